"""Everything the vault holds about one person, for a privacy request (PIPL, GDPR access): the
contact with its phones, e-mails, addresses, organizations, custom fields, tags and files; the
interactions they took part in; the deals where they are the client or a party; the reminders
about them; and the audit trail of their record."""

from __future__ import annotations

import json
import os
from typing import TYPE_CHECKING, Any

from sqlalchemy import or_, select

from crm_desktop.core.models import (
    AuditEntry,
    Contact,
    Deal,
    DealParty,
    InteractionParticipant,
    Operation,
    Reminder,
    utcnow,
)
from crm_desktop.core.services.common import get_or_404
from crm_desktop.core.services.uow import ReadSession

from . import data
from .files import ExportResult, atomic
from .json_export import FORMAT, VERSION

if TYPE_CHECKING:
    from crm_desktop.core.vault import Vault

_CHILD_TABLES = ("contact_phone", "contact_email", "contact_address", "contact_tag", "affiliation")


def export_person(vault: Vault, contact_id: int) -> dict[str, Any]:
    """A JSON-ready dict of everything about one contact (NotFound for an unknown id; a contact in
    the trash is included too: it is still held)."""
    with ReadSession(vault) as s:
        get_or_404(s, Contact, contact_id, "contact", include_deleted=True)
        contact = next(data.contacts(s, ids=[contact_id]))
        inter_ids = sorted(s.scalars(select(InteractionParticipant.interaction_id).where(
            InteractionParticipant.contact_id == contact_id)))
        as_client = set(s.scalars(select(Deal.id).where(Deal.client_id == contact_id)))
        as_party = set(s.scalars(select(DealParty.deal_id).where(DealParty.contact_id == contact_id)))
        deal_ids = sorted(as_client | as_party)
        audit = []
        like = [AuditEntry.changes.like(f'%"{col}":{contact_id},%') for col in ("contact_id", "person_id")]
        q = (select(AuditEntry, Operation.summary).join(Operation, Operation.id == AuditEntry.operation_id)
             .where(or_((AuditEntry.entity == "contact") & (AuditEntry.entity_id == contact_id),
                        AuditEntry.entity.in_(_CHILD_TABLES) & or_(*like)))
             .order_by(AuditEntry.id))
        for e, summary in s.execute(q):
            audit.append({"at": data.plain(e.at), "operation": summary, "table": e.entity, "action": e.action,
                          "changes": json.loads(e.changes) if e.changes else None})
        return {
            "format": FORMAT, "version": VERSION, "kind": "person-export",
            "exported_at": utcnow().isoformat(),
            "contact": contact,
            "interactions": list(data.interactions(s, ids=inter_ids)),
            "deals": list(data.deals(s, ids=deal_ids)),
            "reminders": list(data.reminders(s, where=Reminder.contact_id == contact_id)),
            "audit": audit,
        }


def write_person(vault: Vault, contact_id: int, path: str | os.PathLike[str]) -> ExportResult:
    doc = export_person(vault, contact_id)
    with atomic(path, "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
    counts = {k: len(doc[k]) for k in ("interactions", "deals", "reminders")}
    return ExportResult(os.fspath(path), "json", counts)
