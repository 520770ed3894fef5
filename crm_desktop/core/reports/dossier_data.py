"""Everything about one contact (and, for an organization, its people) as plain data."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from crm_desktop.core.models import (
    Contact,
    Deal,
    DealParty,
    Interaction,
    InteractionParticipant,
    Reminder,
    Stage,
)
from crm_desktop.core.services import contact_read
from crm_desktop.core.services.common import get_or_404
from crm_desktop.core.services.contact_dto import ContactOut

from .document import Progress

CHUNK = 500


@dataclass(frozen=True)
class DossierDeal:
    deal_id: int
    name: str
    roles: list[str]  # "client" and/or party roles (sponsor, lender...)
    stage: str
    status: str
    amount: Decimal | None
    currency: str | None
    expected_close: date | None
    probability: int


@dataclass(frozen=True)
class DossierInteraction:
    interaction_id: int
    occurred_at: datetime
    kind: str
    subject: str | None
    body: str | None  # the full minutes
    participants: list[str]
    deal: str | None


@dataclass(frozen=True)
class DossierReminder:
    reminder_id: int
    text: str
    due_at: datetime
    status: str
    contact: str | None
    deal: str | None


@dataclass(frozen=True)
class Dossier:
    contact: ContactOut
    people: list[ContactOut]  # an organization's people; empty for a person
    deals: list[DossierDeal]
    interactions: list[DossierInteraction]  # newest first
    reminders: list[DossierReminder]  # open first, then by due time


def dossier_data(session: Session, contact_id: int, progress: Progress | None = None) -> Dossier:
    get_or_404(session, Contact, contact_id, "contact")
    contact = contact_read.load(session, [contact_id])[0]
    people_ids = [lk.id for lk in contact.links] if contact.kind == "organization" else []
    people = contact_read.load(session, people_ids)
    ids = [contact_id, *people_ids]
    names = {c.id: c.display_name for c in [contact, *people]}
    deals = _deals(session, ids)
    interactions = _interactions(session, ids, progress)
    deal_names = {d.deal_id: d.name for d in deals}
    reminders = []
    for r in session.scalars(
            select(Reminder).where(Reminder.deleted_at.is_(None), or_(
                Reminder.contact_id.in_(ids), Reminder.deal_id.in_(list(deal_names) or [-1])))):
        reminders.append(DossierReminder(r.id, r.text, r.due_at, r.status, names.get(r.contact_id or -1),
                                         deal_names.get(r.deal_id or -1)))
    reminders.sort(key=lambda r: (r.status != "open", r.due_at))
    return Dossier(contact, people, deals, interactions, reminders)


def _deals(session: Session, ids: list[int]) -> list[DossierDeal]:
    roles: dict[int, list[str]] = defaultdict(list)
    for deal_id in session.scalars(select(Deal.id).where(Deal.client_id.in_(ids),
                                                           Deal.deleted_at.is_(None))):
        roles[deal_id].append("client")
    for deal_id, role in session.execute(select(DealParty.deal_id, DealParty.role).where(
            DealParty.contact_id.in_(ids))):
        if role not in roles[deal_id]:
            roles[deal_id].append(role)
    if not roles:
        return []
    out = []
    for d, stage in session.execute(
            select(Deal, Stage).join(Stage, Stage.id == Deal.stage_id)
            .where(Deal.id.in_(list(roles)), Deal.deleted_at.is_(None))
            .order_by(Deal.status != "open", Deal.expected_close, Deal.id)):
        prob = d.probability if d.probability is not None else stage.probability
        out.append(DossierDeal(d.id, d.name, roles[d.id], stage.name, d.status, d.amount, d.currency,
                               d.expected_close, prob))
    return out


def _interactions(session: Session, ids: list[int], progress: Progress | None) -> list[DossierInteraction]:
    found = list(session.scalars(
        select(InteractionParticipant.interaction_id).distinct()
        .join(Interaction, Interaction.id == InteractionParticipant.interaction_id)
        .where(InteractionParticipant.contact_id.in_(ids), Interaction.deleted_at.is_(None))))
    out = []
    for i in range(0, len(found), CHUNK):
        chunk = found[i:i + CHUNK]
        who: dict[int, list[str]] = defaultdict(list)
        for iid, name in session.execute(
                select(InteractionParticipant.interaction_id, Contact.display_name)
                .join(Contact, Contact.id == InteractionParticipant.contact_id)
                .where(InteractionParticipant.interaction_id.in_(chunk), Contact.deleted_at.is_(None))
                .order_by(Contact.display_name)):
            who[iid].append(name)
        for it, deal in session.execute(
                select(Interaction, Deal.name).outerjoin(Deal, Deal.id == Interaction.deal_id)
                .where(Interaction.id.in_(chunk))):
            out.append(DossierInteraction(it.id, it.occurred_at, it.kind, it.subject, it.body,
                                          who[it.id], deal))
        if progress is not None:
            progress(min(i + CHUNK, len(found)), len(found), "interactions")
    out.sort(key=lambda x: (x.occurred_at, x.interaction_id), reverse=True)
    return out
