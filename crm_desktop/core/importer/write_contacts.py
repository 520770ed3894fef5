"""Contacts of an import into the vault: new ones in bulk, updates of existing ones via the ORM
(audited with their old values, so undo restores them), vCard groups as tags."""

from __future__ import annotations

from sqlalchemy import select

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

from .lookups import Lookups
from .records import ContactRow

SCALARS = ("given_name", "family_name", "phonetic_given_name", "phonetic_family_name", "title",
           "department", "website", "birthday", "tier", "owner")


# Tables an update or a merge may insert into through the ORM (see orm_wrote).
_ORM_TABLES = ("contact_phone", "contact_email", "contact_address", "affiliation", "contact_tag",
               "custom_field_def", "custom_field_value")


def _label(text: str | None) -> str | None:
    return text[:50] if text else None


def orm_wrote(lk: Lookups) -> None:
    """After the ORM inserted rows (an update, a merge): the bulk writer allocates ids itself, from
    the highest it has seen — let it read them again, or its next rows take the ORM's ids."""
    lk.session.flush()
    lk.writer.flush()
    for name in _ORM_TABLES:
        lk.writer.ids.pop(name, None)


def _adopt(lk: Lookups, rec: ContactRow) -> int | None:
    """An organization's own row, after a person's row made it for its company: the row fills that
    contact (via the ORM, audited) instead of making a second one."""
    oid = lk.created_orgs.pop(rec.display_name.casefold(), None) if rec.kind == "organization" else None
    if oid is None:
        return None
    lk.writer.flush()
    c = lk.session.get(Contact, oid)
    assert c is not None
    for f in (*SCALARS, "note"):
        if getattr(rec, f) is not None:
            setattr(c, f, getattr(rec, f))
    c.other_names = "\n".join(rec.other_names) or None
    if rec.uid:
        c.uid = rec.uid
    lk.session.flush()
    return oid


def create_contact(lk: Lookups, rec: ContactRow) -> tuple[int, list[str]]:
    """A new contact with everything the row holds; its id and what was said on the way."""
    w, notes = lk.writer, []
    cid = _adopt(lk, rec) or lk.new_contact(uid=rec.uid, kind=rec.kind, display_name=rec.display_name,
                                           other_names="\n".join(rec.other_names) or None, note=rec.note,
                                           **{f: getattr(rec, f) for f in SCALARS})
    for i, p in enumerate(rec.phones):
        w.add(ContactPhone, contact_id=cid, position=i, label=_label(p.label), raw=p.raw, e164=p.e164,
              valid=p.valid)
    for i, e in enumerate(rec.emails):
        w.add(ContactEmail, contact_id=cid, position=i, label=_label(e.label), address=e.address,
              normalized=e.normalized, valid=e.valid)
    for i, a in enumerate(rec.addresses):
        w.add(ContactAddress, contact_id=cid, position=i, label=_label(a.label), street=a.street, city=a.city,
              region=a.region, postcode=a.postcode, country=a.country)
    custom = dict(rec.custom_fields)
    if rec.organization and rec.kind == "person":
        w.add(Affiliation, person_id=cid, organization_id=lk.org(rec.organization), role=rec.role,
              is_primary=True)
    elif rec.role:
        custom.setdefault("Role", rec.role)  # a role with no organization to hold it
    for t in rec.tags:
        w.add(ContactTag, contact_id=cid, tag_id=lk.tag(t))
    notes += lk.custom("contact", cid, custom)
    if rec.photo:
        lk.photo(cid, rec.photo)
    if rec.kind == "organization":
        lk.orgs.setdefault(rec.display_name.casefold(), cid)
    if rec.source_uid:
        lk.source_uids[rec.source_uid] = cid
    return cid, notes


def update_contact(lk: Lookups, contact_id: int, rec: ContactRow) -> list[str]:
    """Bring a row's values into an existing contact: given values replace, lists are added to."""
    s, notes = lk.session, []
    tag_ids = [lk.tag(t) for t in rec.tags]
    org_id = lk.org(rec.organization) if rec.organization and rec.kind == "person" else None
    lk.writer.flush()  # tags and organizations the ORM rows below point to
    c = s.get(Contact, contact_id)
    assert c is not None
    for f in SCALARS:
        value = getattr(rec, f)
        if value not in (None, "") and getattr(c, f) != value:
            setattr(c, f, value)
    if rec.note and rec.note not in (c.note or ""):
        c.note = f"{c.note}\n{rec.note}" if c.note else rec.note
    names = (c.other_names or "").splitlines()
    c.other_names = "\n".join(names + [n for n in rec.other_names if n not in names]) or None
    have = {p.e164 or p.raw for p in c.phones}
    for p in rec.phones:
        if (p.e164 or p.raw) not in have:
            c.phones.append(ContactPhone(position=len(c.phones), label=_label(p.label), raw=p.raw,
                                         e164=p.e164, valid=p.valid))
    have = {e.normalized for e in c.emails}
    for e in rec.emails:
        if e.normalized not in have:
            c.emails.append(ContactEmail(position=len(c.emails), label=_label(e.label), address=e.address,
                                         normalized=e.normalized, valid=e.valid))
    known = {(a.street, a.city, a.region, a.postcode, a.country) for a in c.addresses}
    for a in rec.addresses:
        if (a.street, a.city, a.region, a.postcode, a.country) not in known:
            c.addresses.append(ContactAddress(
                position=len(c.addresses), label=_label(a.label), street=a.street, city=a.city,
                region=a.region, postcode=a.postcode, country=a.country))
    if org_id is not None and s.scalar(select(Affiliation.id).where(
            Affiliation.person_id == c.id, Affiliation.organization_id == org_id)) is None:
        primary = s.scalar(select(Affiliation.id).where(Affiliation.person_id == c.id,
                                                        Affiliation.is_primary.is_(True)))
        s.add(Affiliation(person_id=c.id, organization_id=org_id, role=rec.role, is_primary=primary is None))
    current = set(s.scalars(select(ContactTag.tag_id).where(ContactTag.contact_id == c.id)))
    for tid in dict.fromkeys(tag_ids):
        if tid not in current:
            s.add(ContactTag(contact_id=c.id, tag_id=tid))
    for name, text in rec.custom_fields.items():
        try:
            custom_fields.set_values(s, "contact", c.id, {name: text})
        except ValidationError as exc:
            custom_fields.set_values(s, "contact", c.id, {f"{name[:90]} (text)": text})
            notes.append(f"{exc.message}; kept in the text field '{name[:90]} (text)'")
    if rec.photo and s.scalar(select(Attachment.id).where(
            Attachment.contact_id == c.id, Attachment.filename.like("photo.%"),
            Attachment.deleted_at.is_(None))) is None:
        lk.photo(c.id, rec.photo)
    c.updated_at = lk.now
    orm_wrote(lk)
    lk.defs.clear()
    lk.defs.update({(d.entity, d.name): (d.id, d.type, d.choices) for d in s.scalars(
        select(CustomFieldDef))})
    return notes


def apply_groups(lk: Lookups, groups: list[ContactRow]) -> list[str]:
    """vCard group cards (KIND:group, Apple's X-ADDRESSBOOKSERVER-KIND) as tags on their members."""
    notes: list[str] = []
    lk.writer.flush()
    for g in groups:
        if not g.display_name:
            notes.append(f"row {g.row}: a group without a name was not kept")
            continue
        tid = lk.tag(g.display_name)
        lk.writer.flush()
        for member in dict.fromkeys(g.members):
            cid = lk.source_uids.get(member) or lk.session.scalar(
                select(Contact.id).where(Contact.uid == member, Contact.deleted_at.is_(None)))
            if cid is None:
                notes.append(f"row {g.row}: group '{g.display_name}' names a member that is not in the "
                             f"vault ({member})")
            elif lk.session.scalar(select(ContactTag.tag_id).where(
                    ContactTag.contact_id == cid, ContactTag.tag_id == tid)) is None:
                lk.session.add(ContactTag(contact_id=cid, tag_id=tid))
                lk.session.flush()
    return notes
