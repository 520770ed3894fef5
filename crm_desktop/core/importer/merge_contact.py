"""A row merged into the contact it repeats: what the row adds joins the contact, nothing the contact
holds is overwritten. Through the ORM, so the audit keeps the old values and undo restores the
contact exactly; a row that adds nothing touches nothing (not even updated_at).

An import queues its merges and runs them at the end of each chunk (MergeQueue): what the contacts
hold is read for all of them at once, so a row that adds nothing — most rows of a file imported
again — costs no query of its own; the others take the ORM's way."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from crm_desktop.core.errors import ValidationError
from crm_desktop.core.models import (
    Affiliation,
    Attachment,
    Contact,
    ContactAddress,
    ContactEmail,
    ContactPhone,
    ContactTag,
    CustomFieldDef,
)
from crm_desktop.core.services import custom_fields
from crm_desktop.core.text import digits

from .lookups import Lookups
from .records import ContactRow
from .write_contacts import SCALARS, _label, orm_wrote


def _phone_key(e164: str | None, raw: str) -> str:
    return e164 or digits(raw) or raw


def _empty(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _address_key(a: Any) -> tuple[Any, ...]:
    return (a.street, a.city, a.region, a.postcode, a.country)


def _custom(rec: ContactRow) -> dict[str, str]:
    custom = dict(rec.custom_fields)
    if rec.role and not (rec.organization and rec.kind == "person"):
        custom.setdefault("Role", rec.role)  # a role with no organization to hold it, as on create
    return custom


class _Merge:
    def __init__(self, lk: Lookups, c: Contact) -> None:
        self.lk, self.s, self.c = lk, lk.session, c
        self.changed = False

    def scalars(self, rec: ContactRow) -> None:
        c = self.c
        for f in SCALARS:
            if _empty(getattr(c, f)) and not _empty(value := getattr(rec, f)):
                setattr(c, f, value)
                self.changed = True
        if rec.note and rec.note not in (c.note or ""):  # a second note is added, the first kept
            c.note = f"{c.note}\n{rec.note}" if c.note else rec.note
            self.changed = True
        names = (c.other_names or "").splitlines()
        extra = [n for n in dict.fromkeys([rec.display_name, *rec.other_names])
                 if n and n != c.display_name and n not in names]
        if extra:  # the row's own name is kept as another name, as the contact merge does
            c.other_names = "\n".join(names + extra)
            self.changed = True

    def lists(self, rec: ContactRow) -> None:
        c = self.c
        have = {_phone_key(p.e164, p.raw) for p in c.phones}
        pos = max((p.position for p in c.phones), default=-1)
        for p in rec.phones:
            if (key := _phone_key(p.e164, p.raw)) not in have:
                pos += 1
                have.add(key)
                c.phones.append(ContactPhone(position=pos, label=_label(p.label), raw=p.raw, e164=p.e164,
                                             valid=p.valid))
                self.changed = True
        seen = {e.normalized for e in c.emails}
        pos = max((e.position for e in c.emails), default=-1)
        for e in rec.emails:
            if e.normalized not in seen:
                pos += 1
                seen.add(e.normalized)
                c.emails.append(ContactEmail(position=pos, label=_label(e.label), address=e.address,
                                             normalized=e.normalized, valid=e.valid))
                self.changed = True
        known = {_address_key(a) for a in c.addresses}
        pos = max((a.position for a in c.addresses), default=-1)
        for a in rec.addresses:
            if (key := _address_key(a)) not in known:
                pos += 1
                known.add(key)
                c.addresses.append(ContactAddress(position=pos, label=_label(a.label), street=a.street,
                                                  city=a.city, region=a.region, postcode=a.postcode,
                                                  country=a.country))
                self.changed = True

    def organization(self, name: str | None, role: str | None) -> None:
        """The row's organization when the contact has none; its role when that link has none."""
        if not name:
            return
        links = list(self.s.scalars(select(Affiliation).where(Affiliation.person_id == self.c.id)))
        if not links:
            org_id = self.lk.org(name)  # made only now: a contact with an organization makes none
            self.lk.writer.flush()
            self.s.add(Affiliation(person_id=self.c.id, organization_id=org_id, role=role, is_primary=True))
            self.changed = True
            return
        org_id = self.lk.orgs.get(name.casefold())
        same = next((a for a in links if a.organization_id == org_id), None)
        if same is not None and _empty(same.role) and role:
            same.role = role
            self.changed = True

    def tags(self, tag_ids: list[int]) -> None:
        current = set(self.s.scalars(select(ContactTag.tag_id).where(ContactTag.contact_id == self.c.id)))
        for tid in dict.fromkeys(tag_ids):
            if tid not in current:
                self.s.add(ContactTag(contact_id=self.c.id, tag_id=tid))
                self.changed = True

    def custom(self, values: dict[str, str]) -> list[str]:
        """Fields the contact has no value for; a value that does not fit its field's type goes to a
        text field "<name> (text)", as on create."""
        notes: list[str] = []
        have = custom_fields.values_for(self.s, "contact", [self.c.id]).get(self.c.id, {})
        for name, text in values.items():
            if name in have or not text.strip():
                continue
            try:
                custom_fields.set_values(self.s, "contact", self.c.id, {name: text})
            except ValidationError as exc:
                alt = f"{name[:90]} (text)"
                if alt not in have:
                    custom_fields.set_values(self.s, "contact", self.c.id, {alt: text})
                notes.append(f"{exc.message}; kept in the text field '{alt}'")
            self.changed = True
        return notes


def merge_contact(lk: Lookups, contact_id: int, rec: ContactRow) -> tuple[bool, list[str]]:
    """Merge a row into a contact; whether anything changed, and what was said on the way."""
    s = lk.session
    tag_ids = [lk.tag(t) for t in rec.tags]
    lk.writer.flush()  # the contact (made by an earlier row) and tags written in bulk
    c = s.get(Contact, contact_id)
    assert c is not None
    m = _Merge(lk, c)
    m.scalars(rec)
    m.lists(rec)
    m.organization(rec.organization if rec.kind == "person" else None, rec.role)
    m.tags(tag_ids)
    custom = _custom(rec)
    notes = m.custom(custom)
    if rec.photo and s.scalar(select(func.count()).select_from(Attachment).where(
            Attachment.contact_id == c.id, Attachment.filename.like("photo.%"),
            Attachment.deleted_at.is_(None))) == 0:
        lk.photo(c.id, rec.photo)
        m.changed = True
    if rec.source_uid:
        lk.source_uids[rec.source_uid] = c.id  # vCard groups name the row's card: it is this contact
    if m.changed:
        c.updated_at = lk.now
        orm_wrote(lk)
    if custom:
        lk.defs.clear()  # fields the ORM defined above: the bulk path must know them
        lk.defs.update({(d.entity, d.name): (d.id, d.type, d.choices) for d in s.scalars(
            select(CustomFieldDef))})
    return m.changed, notes


@dataclass
class _Held:
    """What a contact holds, as far as a merge asks."""

    values: dict[str, Any]
    phones: set[str]
    emails: set[str]
    addresses: set[tuple[Any, ...]]
    links: dict[int, str | None]  # organization -> role
    tags: set[int]
    custom: set[str]
    photo: bool


def _held(session: Any, ids: list[int]) -> dict[int, _Held]:
    """For the contacts `ids` (a chunk's merge targets, at most a chunk): one query per table."""
    cols = ("display_name", "other_names", "note", *SCALARS)
    out = {row[0]: _Held(dict(zip(cols, row[1:], strict=True)), set(), set(), set(), {}, set(), set(), False)
           for row in session.execute(select(Contact.id, *(getattr(Contact, c) for c in cols))
                                      .where(Contact.id.in_(ids)))}
    for cid, e164, raw in session.execute(select(ContactPhone.contact_id, ContactPhone.e164, ContactPhone.raw)
                                          .where(ContactPhone.contact_id.in_(ids))):
        out[cid].phones.add(_phone_key(e164, raw))
    for cid, normalized in session.execute(select(ContactEmail.contact_id, ContactEmail.normalized)
                                           .where(ContactEmail.contact_id.in_(ids))):
        out[cid].emails.add(normalized)
    for a in session.scalars(select(ContactAddress).where(ContactAddress.contact_id.in_(ids))):
        out[a.contact_id].addresses.add(_address_key(a))
    for cid, org, role in session.execute(select(Affiliation.person_id, Affiliation.organization_id,
                                                 Affiliation.role).where(Affiliation.person_id.in_(ids))):
        out[cid].links[org] = role
    for cid, tid in session.execute(select(ContactTag.contact_id, ContactTag.tag_id)
                                    .where(ContactTag.contact_id.in_(ids))):
        out[cid].tags.add(tid)
    for cid, values in custom_fields.values_for(session, "contact", ids).items():
        out[cid].custom = set(values)
    for (cid,) in session.execute(select(Attachment.contact_id).where(
            Attachment.contact_id.in_(ids), Attachment.filename.like("photo.%"),
            Attachment.deleted_at.is_(None))):
        out[cid].photo = True
    return out


def _adds(lk: Lookups, h: _Held, rec: ContactRow) -> bool:
    """Whether merging the row would change the contact (when unsure: yes, the ORM's way decides)."""
    v = h.values
    if any(_empty(v[f]) and not _empty(getattr(rec, f)) for f in SCALARS):
        return True
    if rec.note and rec.note not in (v["note"] or ""):
        return True
    names = (v["other_names"] or "").splitlines()
    if any(n and n != v["display_name"] and n not in names for n in (rec.display_name, *rec.other_names)):
        return True
    if any(_phone_key(p.e164, p.raw) not in h.phones for p in rec.phones) \
            or any(e.normalized not in h.emails for e in rec.emails) \
            or any(_address_key(a) not in h.addresses for a in rec.addresses):
        return True
    if rec.organization and rec.kind == "person":
        org = lk.orgs.get(rec.organization.casefold())
        if not h.links or (rec.role and org in h.links and _empty(h.links[org])):
            return True
    if any(lk.tags.get(t.strip()[:100]) not in h.tags for t in rec.tags):
        return True
    if any(name not in h.custom and text.strip() for name, text in _custom(rec).items()):
        return True
    return bool(rec.photo and not h.photo)


class MergeQueue:
    """The merges of a chunk, run together at its end (see the module's docstring)."""

    def __init__(self, lk: Lookups) -> None:
        self.lk = lk
        self.items: list[tuple[int, ContactRow]] = []

    def add(self, contact_id: int, rec: ContactRow) -> None:
        self.items.append((contact_id, rec))
        if rec.source_uid:
            self.lk.source_uids[rec.source_uid] = contact_id  # vCard groups name the row's card

    def run(self) -> tuple[set[int], list[tuple[ContactRow, list[str]]]]:
        """Merge what was queued, in file order; the contacts changed, and what was said per row."""
        if not self.items:
            return set(), []
        self.lk.writer.flush()  # contacts made by earlier rows of the chunk are merge targets too
        held = _held(self.lk.session, sorted({cid for cid, _ in self.items}))
        changed: set[int] = set()
        said: list[tuple[ContactRow, list[str]]] = []
        for cid, rec in self.items:
            h = held.get(cid)
            if h is not None and not _adds(self.lk, h, rec):
                continue
            did, notes = merge_contact(self.lk, cid, rec)
            held.pop(cid, None)  # it holds more now: a later row of it takes the ORM's way
            if did:
                changed.add(cid)
            if notes:
                said.append((rec, notes))
        self.items.clear()
        return changed, said
