"""A row merged into the contact it repeats: what the row adds joins the contact, nothing the contact
holds is overwritten. Through the ORM, so the audit keeps the old values and undo restores the
contact exactly; a row that adds nothing touches nothing (not even updated_at)."""

from __future__ import annotations

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
        known = {(a.street, a.city, a.region, a.postcode, a.country) for a in c.addresses}
        pos = max((a.position for a in c.addresses), default=-1)
        for a in rec.addresses:
            if (key := (a.street, a.city, a.region, a.postcode, a.country)) not in known:
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
    custom = dict(rec.custom_fields)
    if rec.role and not (rec.organization and rec.kind == "person"):
        custom.setdefault("Role", rec.role)  # a role with no organization to hold it, as on create
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
