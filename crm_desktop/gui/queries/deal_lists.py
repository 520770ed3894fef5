"""Small reads for the deal pages, run on the worker: the filter choices, the deal page's
records, a contact's deals. Qt-free; only `owners` and `contact_deals` touch SQL (they belong in
core's deal_read, and live here until its owners take them)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import or_, select

from crm_desktop.core.models import Deal, DealParty
from crm_desktop.core.services import deal_read, interactions, reminders, stages
from crm_desktop.core.services.common import get_setting
from crm_desktop.core.services.deal_dto import DealDetail, DealOut
from crm_desktop.core.services.interaction_dto import InteractionPage
from crm_desktop.core.services.reminder_dto import ReminderOut
from crm_desktop.core.services.stages import StageOut
from crm_desktop.core.services.uow import ReadSession

if TYPE_CHECKING:
    from crm_desktop.core.vault import Vault

LINKED_LIMIT = 50  # interactions shown on a deal or contact page before "show more"


@dataclass(frozen=True)
class FilterChoices:
    stages: list[StageOut]
    owners: list[str]


@dataclass(frozen=True)
class DealPageData:
    deal: DealDetail
    stages: list[StageOut]
    interactions: InteractionPage
    reminders: list[ReminderOut]  # open ones first (by due time), then the done ones


def filter_choices(vault: Vault) -> FilterChoices:
    with ReadSession(vault) as s:
        owners = [o for o in s.scalars(select(Deal.owner).where(Deal.deleted_at.is_(None),
                                                                Deal.owner.is_not(None))
                                       .distinct().order_by(Deal.owner)) if o]
    return FilterChoices(stages.list_stages(vault), owners)


def deal_page(vault: Vault, deal_id: int) -> DealPageData:
    return DealPageData(
        deal=deal_read.get(vault, deal_id), stages=stages.list_stages(vault),
        interactions=interactions.list_interactions(vault, deal_id=deal_id, limit=LINKED_LIMIT),
        reminders=(reminders.list_reminders(vault, "open", deal_id=deal_id)
                   + reminders.list_reminders(vault, "done", deal_id=deal_id, limit=20)))


def contact_deals(vault: Vault, contact_id: int, limit: int = 200) -> list[DealOut]:
    """Live deals where the contact is the client or a party, newest first."""
    with ReadSession(vault) as s:
        party = select(DealParty.deal_id).where(DealParty.contact_id == contact_id)
        ids = list(s.scalars(select(Deal.id).where(
            Deal.deleted_at.is_(None), or_(Deal.client_id == contact_id, Deal.id.in_(party)))
            .order_by(Deal.created_at.desc(), Deal.id.desc()).limit(limit)))
        return deal_read.load(s, ids)


@dataclass(frozen=True)
class QuickAddChoices:
    stages: list[StageOut]
    currency: str  # the vault's "default_currency" setting, else that of the newest deal, else ""


def quick_add_choices(vault: Vault) -> QuickAddChoices:
    with ReadSession(vault) as s:
        currency = get_setting(s, "default_currency", "") or s.scalar(
            select(Deal.currency).where(Deal.currency.is_not(None), Deal.deleted_at.is_(None))
            .order_by(Deal.created_at.desc(), Deal.id.desc()).limit(1)) or ""
    return QuickAddChoices(stages.list_stages(vault), currency)
