"""ORM models. Services use them inside a unit of work and hand out dataclasses only."""

from .attachment import MAX_ATTACHMENT_BYTES, Attachment, AttachmentBlob
from .audit import AuditEntry, Operation
from .base import Base, new_uid, utcnow
from .batch import ImportBatch
from .contact import (
    KINDS,
    TIERS,
    Affiliation,
    Contact,
    ContactAddress,
    ContactEmail,
    ContactPhone,
    ContactTag,
    Tag,
)
from .custom import ENTITY_TYPES, FIELD_TYPES, CustomFieldDef, CustomFieldValue
from .deal import DEAL_STATUSES, PARTY_ROLES, Deal, DealNote, DealParty, DealStageEntry, Stage
from .interaction import INTERACTION_KINDS, Interaction, InteractionParticipant
from .matching import DistinctPair, HealthVerified, MatchKey, MatchState, MergedContact  # noqa: F401
from .reminder import Reminder
from .search import SearchDoc, SearchKey  # noqa: F401 - the search index tables, re-exported
from .setting import VaultSetting

__all__ = [
    "DEAL_STATUSES", "ENTITY_TYPES", "FIELD_TYPES", "INTERACTION_KINDS", "KINDS",
    "MAX_ATTACHMENT_BYTES", "PARTY_ROLES", "TIERS",
    "Affiliation", "Attachment", "AttachmentBlob", "AuditEntry", "Base", "Contact",
    "ContactAddress", "ContactEmail", "ContactPhone", "ContactTag", "CustomFieldDef",
    "CustomFieldValue", "Deal", "DealNote", "DealParty", "DealStageEntry", "ImportBatch",
    "Interaction", "InteractionParticipant", "Operation", "Reminder", "Stage", "Tag",
    "VaultSetting", "new_uid", "utcnow",
]
