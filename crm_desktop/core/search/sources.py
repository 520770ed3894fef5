"""What search reads of contacts, deals and interactions: plain rows, loaded a chunk of ids at a
time with one query per child table (Core, so the same code serves refresh, reindex and hits)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import String, bindparam, select, type_coerce
from sqlalchemy.engine import Connection
from sqlalchemy.orm import aliased

from crm_desktop.core.models import (
    Affiliation,
    Contact,
    ContactEmail,
    ContactPhone,
    ContactTag,
    CustomFieldDef,
    CustomFieldValue,
    Deal,
    DealNote,
    Interaction,
    Stage,
    Tag,
)


@dataclass
class ContactSource:
    id: int
    kind: str
    display_name: str
    given_name: str | None
    family_name: str | None
    phonetic_given_name: str | None
    phonetic_family_name: str | None
    other_names: list[str]
    title: str | None
    department: str | None
    note: str | None
    tier: str | None
    owner: str | None
    activity: str | None  # last_interaction_at, as stored (UTC ISO text)
    stamp: str | None
    deleted: bool
    phones: list[tuple[str, str | None]] = field(default_factory=list)  # (as typed, E.164)
    emails: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    custom: list[str] = field(default_factory=list)
    organizations: list[str] = field(default_factory=list)  # primary first


@dataclass
class DealSource:
    id: int
    name: str
    client: str | None
    stage: str | None
    amount: Any
    currency: str | None
    description: str | None
    owner: str | None
    stage_id: int | None
    stamp: str | None  # updated_at, as stored: also the deal's activity
    deleted: bool
    notes: list[str] = field(default_factory=list)
    custom: list[str] = field(default_factory=list)


@dataclass
class InteractionSource:
    id: int
    kind: str
    occurred_at: Any
    subject: str | None
    body: str | None
    deleted: bool
    custom: list[str] = field(default_factory=list)


# Statements built once (SQLAlchemy caches their compiled form): a search runs them per keystroke.
IDS = bindparam("ids", expanding=True)
_c, _org, _client = Contact, aliased(Contact), aliased(Contact)
_CUSTOM = (select(CustomFieldValue.entity_id, CustomFieldValue.value)
           .join(CustomFieldDef, CustomFieldDef.id == CustomFieldValue.field_id)
           .where(CustomFieldDef.entity == bindparam("entity"), CustomFieldValue.entity_id.in_(IDS))
           .order_by(CustomFieldDef.position, CustomFieldDef.id))
_CONTACTS = select(
    _c.id, _c.kind, _c.display_name, _c.given_name, _c.family_name, _c.phonetic_given_name,
    _c.phonetic_family_name, _c.other_names, _c.title, _c.department, _c.note, _c.tier, _c.owner,
    type_coerce(_c.last_interaction_at, String), type_coerce(_c.updated_at, String),
    _c.deleted_at.is_not(None)).where(_c.id.in_(IDS))
_PHONES = (select(ContactPhone.contact_id, ContactPhone.raw, ContactPhone.e164)
           .where(ContactPhone.contact_id.in_(IDS)).order_by(ContactPhone.position, ContactPhone.id))
_EMAILS = (select(ContactEmail.contact_id, ContactEmail.address)
           .where(ContactEmail.contact_id.in_(IDS)).order_by(ContactEmail.position, ContactEmail.id))
_TAGS = (select(ContactTag.contact_id, Tag.name).join(Tag, Tag.id == ContactTag.tag_id)
         .where(ContactTag.contact_id.in_(IDS)).order_by(Tag.name))
# Trashed rows are skipped in Python, not in SQL: given "deleted_at IS NULL", SQLite walks that
# index over every live row (seconds at 100k) instead of starting from the few ids asked for.
_ORGS = (select(Affiliation.person_id, _org.display_name, _org.deleted_at.is_(None))
         .join(_org, _org.id == Affiliation.organization_id)
         .where(Affiliation.person_id.in_(IDS))
         .order_by(Affiliation.is_primary.desc(), _org.display_name))
_DEALS = (select(Deal.id, Deal.name, _client.display_name, Stage.name, Deal.amount, Deal.currency,
                 Deal.description, Deal.owner, Deal.stage_id, type_coerce(Deal.updated_at, String),
                 Deal.deleted_at.is_not(None))
          .outerjoin(_client, _client.id == Deal.client_id).outerjoin(Stage, Stage.id == Deal.stage_id)
          .where(Deal.id.in_(IDS)))
_NOTES = (select(DealNote.deal_id, DealNote.text, DealNote.deleted_at.is_(None))
          .where(DealNote.deal_id.in_(IDS)).order_by(DealNote.id))
_i = Interaction
_INTERACTIONS = select(_i.id, _i.kind, _i.occurred_at, _i.subject, _i.body, _i.deleted_at.is_not(None))
_BY_IDS = _INTERACTIONS.where(_i.id.in_(IDS))
_BY_RANGE = _INTERACTIONS.where(_i.id >= bindparam("lo"), _i.id < bindparam("hi"))


def _custom(conn: Connection, entity: str, ids: list[int]) -> dict[int, list[str]]:
    out: dict[int, list[str]] = defaultdict(list)
    for eid, value in conn.execute(_CUSTOM, {"entity": entity, "ids": ids}):
        out[eid].append(value)
    return out


def contacts(conn: Connection, ids: list[int]) -> dict[int, ContactSource]:
    """Every listed contact that exists (deleted ones too, flagged), keyed by id."""
    if not ids:
        return {}
    args = {"ids": ids}
    out: dict[int, ContactSource] = {}
    for r in conn.execute(_CONTACTS, args):
        out[r[0]] = ContactSource(*r[:7], (r[7] or "").splitlines(), *r[8:])
    for cid, raw, e164 in conn.execute(_PHONES, args):
        out[cid].phones.append((raw, e164))
    for cid, address in conn.execute(_EMAILS, args):
        out[cid].emails.append(address)
    for cid, name in conn.execute(_TAGS, args):
        out[cid].tags.append(name)
    for pid, name, live in conn.execute(_ORGS, args):
        if live:
            out[pid].organizations.append(name)
    for cid, values in _custom(conn, "contact", ids).items():
        if cid in out:
            out[cid].custom = values
    return out


def deals(conn: Connection, ids: list[int]) -> dict[int, DealSource]:
    if not ids:
        return {}
    out: dict[int, DealSource] = {r[0]: DealSource(*r) for r in conn.execute(_DEALS, {"ids": ids})}
    for did, text, live in conn.execute(_NOTES, {"ids": ids}):
        if live:
            out[did].notes.append(text)
    for did, values in _custom(conn, "deal", ids).items():
        if did in out:
            out[did].custom = values
    return out


def interactions(conn: Connection, ids: list[int] | None = None, *,
                 id_range: tuple[int, int] | None = None) -> dict[int, InteractionSource]:
    """By ids, or every interaction with lo <= id < hi (the bulk path: an index range, no IN list)."""
    if id_range is not None:
        rows = conn.execute(_BY_RANGE, {"lo": id_range[0], "hi": id_range[1]})
    elif ids:
        rows = conn.execute(_BY_IDS, {"ids": ids})
    else:
        return {}
    out = {r[0]: InteractionSource(*r) for r in rows}
    if out:
        for iid, values in _custom(conn, "interaction", list(out)).items():
            if iid in out:
                out[iid].custom = values
    return out
