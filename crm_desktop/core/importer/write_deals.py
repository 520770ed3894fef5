"""Deals and interactions of an import into the vault, in bulk, linked to contacts by name or
e-mail (a party or participant the vault does not know yet is created, and said so)."""

from __future__ import annotations

from sqlalchemy import select

from crm_desktop.core.models import (
    Contact,
    ContactEmail,
    Deal,
    DealNote,
    DealParty,
    DealStageEntry,
    Interaction,
    InteractionParticipant,
    Stage,
    new_uid,
)
from crm_desktop.core.normalize.emails import normalize_email

from .lookups import Lookups
from .records import DealRow, InteractionRow


class LinkCache:
    """Contacts and deals by the name (or e-mail) a file gives, looked up once each, by index."""

    def __init__(self, lk: Lookups) -> None:
        self.lk = lk
        self.contacts: dict[str, int] = {}
        self.deals: dict[str, int | None] = {}
        stages = list(lk.session.scalars(select(Stage).order_by(Stage.position, Stage.id)))
        self.stages = {s.name: s for s in stages}
        self.first = stages[0] if stages else None

    def contact(self, text: str, notes: list[str]) -> int:
        key = text.strip()
        if key in self.contacts:
            return self.contacts[key]
        s = self.lk.session
        email = normalize_email(key) if "@" in key else None
        cid = None
        if email and email.valid:
            cid = s.scalar(select(ContactEmail.contact_id)
                           .join(Contact, Contact.id == ContactEmail.contact_id)
                           .where(ContactEmail.normalized == email.normalized, Contact.deleted_at.is_(None))
                           .limit(1))
        if cid is None:
            cid = s.scalar(select(Contact.id).where(Contact.display_name == key, Contact.deleted_at.is_(None))
                           .order_by(Contact.id).limit(1))
        if cid is None:
            cid = self.lk.new_contact(kind="person", display_name=key[:300])
            if email and email.valid:
                self.lk.writer.add(ContactEmail, contact_id=cid, position=0, address=email.address,
                                   normalized=email.normalized, valid=True)
            notes.append(f"'{key}' was not in the vault: a contact was created for them")
        self.contacts[key] = cid
        return cid

    def deal(self, name: str) -> int | None:
        if name not in self.deals:
            self.deals[name] = self.lk.session.scalar(
                select(Deal.id).where(Deal.name == name, Deal.deleted_at.is_(None))
                .order_by(Deal.id).limit(1))
        return self.deals[name]


def create_deal(links: LinkCache, rec: DealRow) -> tuple[int, list[str]]:
    lk, notes = links.lk, []
    w, now = lk.writer, lk.now
    stage = links.stages.get(rec.stage or "") or links.first
    assert stage is not None  # a vault always keeps one stage
    status = "won" if stage.is_won else "lost" if stage.is_lost else "open"
    client_id = lk.org(rec.client) if rec.client else None
    did = w.add(Deal, uid=rec.uid or new_uid(), name=rec.name, client_id=client_id,
                amount=rec.amount, currency=rec.currency, stage_id=stage.id, probability=rec.probability,
                expected_close=rec.expected_close, status=status, close_reason=rec.close_reason,
                closed_at=None if status == "open" else now, owner=rec.owner, description=rec.description,
                fee_retainer=rec.fee_retainer, fee_success_amount=rec.fee_success_amount,
                fee_success_percent=rec.fee_success_percent, import_batch_id=lk.batch_id,
                created_at=now, updated_at=now)
    assert did is not None
    links.deals.setdefault(rec.name, did)
    w.add(DealStageEntry, deal_id=did, stage_id=stage.id, entered_at=now)
    for text in rec.notes:
        w.add(DealNote, deal_id=did, at=now, text=text, uid=new_uid(), created_at=now, updated_at=now)
    seen: set[tuple[int, str]] = set()
    for name, role in rec.parties:
        key = (links.contact(name, notes), role)
        if key not in seen:
            seen.add(key)
            w.add(DealParty, deal_id=did, contact_id=key[0], role=role)
    notes += lk.custom("deal", did, rec.custom_fields)
    return did, notes


def create_interaction(links: LinkCache, rec: InteractionRow) -> tuple[int | None, list[str], set[int]]:
    """The interaction's id (None when neither a contact nor the deal can be found), notes, and
    its participants (their last interaction moves)."""
    lk, notes = links.lk, []
    custom = dict(rec.custom_fields)
    deal_id = links.deal(rec.deal) if rec.deal else None
    if rec.deal and deal_id is None:
        custom.setdefault("Deal", rec.deal)
        notes.append(f"no deal named '{rec.deal}'; its name is kept in the custom field 'Deal'")
    if deal_id is None and not rec.participants:
        return None, [*notes, "neither a contact nor a deal to attach it to"], set()
    people = {links.contact(p, notes) for p in rec.participants}
    iid = lk.writer.add(Interaction, uid=rec.uid or new_uid(), kind=rec.kind, occurred_at=rec.occurred_at,
                        subject=rec.subject, body=rec.body, deal_id=deal_id, import_batch_id=lk.batch_id,
                        created_at=lk.now, updated_at=lk.now)
    assert iid is not None
    for cid in sorted(people):
        lk.writer.add(InteractionParticipant, interaction_id=iid, contact_id=cid)
    notes += lk.custom("interaction", iid, custom)
    return iid, notes, people
