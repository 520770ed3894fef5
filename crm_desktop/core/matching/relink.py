"""Move everything that points at merged contacts to the survivor, through the ORM (so the audit
records each row and undo puts it back). Link rows the survivor already has are dropped, not doubled.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.core.models import (
    Affiliation,
    Attachment,
    ContactTag,
    CustomFieldDef,
    CustomFieldValue,
    Deal,
    DealParty,
    InteractionParticipant,
    Reminder,
    utcnow,
)


def move_participants(s: Session, keep: int, others: list[int]) -> int:
    have = set(s.scalars(select(InteractionParticipant.interaction_id)
                         .where(InteractionParticipant.contact_id == keep)))
    moved = 0
    for row in s.scalars(select(InteractionParticipant).where(InteractionParticipant.contact_id.in_(others))):
        s.delete(row)  # part of the key: a new row, not an update
        if row.interaction_id not in have:
            have.add(row.interaction_id)
            s.add(InteractionParticipant(interaction_id=row.interaction_id, contact_id=keep))
            moved += 1
    return moved


def move_parties(s: Session, keep: int, others: list[int]) -> int:
    have = set(s.execute(select(DealParty.deal_id, DealParty.role).where(DealParty.contact_id == keep)).all())
    moved = 0
    for row in s.scalars(select(DealParty).where(DealParty.contact_id.in_(others)).order_by(DealParty.id)):
        if (row.deal_id, row.role) in have:
            s.delete(row)
        else:
            have.add((row.deal_id, row.role))
            row.contact_id = keep
            moved += 1
    return moved


def move_pointers(s: Session, keep: int, others: list[int]) -> int:
    """Deals' clients, reminders and attachments (those in the trash too: restored, they follow)."""
    moved = 0
    for model, column in ((Deal, "client_id"), (Reminder, "contact_id"), (Attachment, "contact_id")):
        for row in s.scalars(select(model).where(getattr(model, column).in_(others))):
            setattr(row, column, keep)
            # Set by hand: an `onupdate` value never reaches the audit, and undo could not restore it.
            row.updated_at = utcnow()
            moved += 1
    return moved


def move_tags(s: Session, keep: int, others: list[int]) -> None:
    have = set(s.scalars(select(ContactTag.tag_id).where(ContactTag.contact_id == keep)))
    for row in s.scalars(select(ContactTag).where(ContactTag.contact_id.in_(others))):
        s.delete(row)
        if row.tag_id not in have:
            have.add(row.tag_id)
            s.add(ContactTag(contact_id=keep, tag_id=row.tag_id))


def move_custom_values(s: Session, keep: int, others: list[int], chosen: dict[str, int]) -> None:
    """A field the survivor lacks takes the merged contact's value; where both have one, the
    survivor's stays unless `chosen` (field name -> contact id) names the other. A value not
    taken stays with the merged contact in the trash."""
    defs = {d.id: d.name for d in s.scalars(select(CustomFieldDef).where(CustomFieldDef.entity == "contact"))}
    if not defs:
        return
    rows = list(s.scalars(select(CustomFieldValue).where(
        CustomFieldValue.field_id.in_(list(defs)), CustomFieldValue.entity_id.in_([keep, *others]))
        .order_by(CustomFieldValue.id)))
    mine = {r.field_id: r for r in rows if r.entity_id == keep}
    order = {cid: n for n, cid in enumerate(others)}
    for row in sorted((r for r in rows if r.entity_id != keep), key=lambda r: order[r.entity_id]):
        current = mine.get(row.field_id)
        wanted = chosen.get(defs[row.field_id])
        if current is None:
            if wanted in (None, row.entity_id):
                row.entity_id = keep
                mine[row.field_id] = row
        elif wanted == row.entity_id:
            current.value = row.value


def move_affiliations(s: Session, keep: int, others: list[int], primary_from: int | None) -> None:
    """Both directions: a merged person's organizations, a merged organization's people. The
    survivor keeps its primary organization unless `primary_from` names a merged contact's."""
    as_person = list(s.scalars(select(Affiliation).where(Affiliation.person_id == keep)))
    orgs = {a.organization_id: a for a in as_person}
    chosen_org = None
    if primary_from is not None and primary_from != keep:
        chosen_org = s.scalar(select(Affiliation.organization_id).where(
            Affiliation.person_id == primary_from, Affiliation.is_primary.is_(True)))
    fallback = None  # a merged person's primary organization, if the survivor has none
    for row in s.scalars(select(Affiliation).where(Affiliation.person_id.in_(others))
                         .order_by(Affiliation.is_primary.desc(), Affiliation.id)):
        mine = orgs.get(row.organization_id)
        if mine is not None:
            if not mine.role and row.role:
                mine.role = row.role
            s.delete(row)
            continue
        if row.is_primary and fallback is None:
            fallback = row.organization_id
        row.person_id, row.is_primary = keep, False
        orgs[row.organization_id] = row
    people = set(s.scalars(select(Affiliation.person_id).where(Affiliation.organization_id == keep)))
    for row in s.scalars(select(Affiliation).where(Affiliation.organization_id.in_(others))):
        if row.person_id in people or row.person_id == keep:
            s.delete(row)
        else:
            people.add(row.person_id)
            row.organization_id = keep
    if chosen_org is None and not any(a.is_primary for a in orgs.values()):
        chosen_org = fallback
    if chosen_org is not None and chosen_org in orgs:
        for org_id, a in orgs.items():
            if a.is_primary != (org_id == chosen_org):
                a.is_primary = org_id == chosen_org
