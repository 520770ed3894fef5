"""What a contact's page shows beside its fields, in one read on the worker: the timeline of
interactions (newest first), its deals, its reminders and its attachments."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from crm_desktop.core.services import attachments, interactions, reminders
from crm_desktop.core.services.attachments import AttachmentOut
from crm_desktop.core.services.deal_dto import DealOut
from crm_desktop.core.services.interaction_dto import InteractionPage
from crm_desktop.core.services.reminder_dto import ReminderOut

from .deal_lists import LINKED_LIMIT, contact_deals

if TYPE_CHECKING:
    from crm_desktop.core.vault import Vault


@dataclass(frozen=True)
class ContactRecords:
    contact_id: int
    interactions: InteractionPage
    deals: list[DealOut]
    reminders: list[ReminderOut]  # open ones by due time, then the latest done
    attachments: list[AttachmentOut]


def load_contact_records(vault: Vault, contact_id: int, shown: int = LINKED_LIMIT) -> ContactRecords:
    return ContactRecords(
        contact_id=contact_id,
        interactions=interactions.list_interactions(vault, contact_id=contact_id, limit=shown),
        deals=contact_deals(vault, contact_id),
        reminders=(reminders.list_reminders(vault, "open", contact_id=contact_id)
                   + reminders.list_reminders(vault, "done", contact_id=contact_id, limit=10)),
        attachments=attachments.list_for(vault, "contact", contact_id))
