"""Contact use cases: add, edit, delete (to the trash), link to organizations."""

from __future__ import annotations

import re
from dataclasses import fields
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.core.errors import NotFound, ValidationError
from crm_desktop.core.models import (
    KINDS,
    TIERS,
    Affiliation,
    Contact,
    ContactAddress,
    ContactEmail,
    ContactPhone,
    utcnow,
)
from crm_desktop.core.normalize.emails import normalize_email
from crm_desktop.core.normalize.phones import normalize_phone

from . import contact_read, custom_fields, tags
from .common import UNSET, choice, clean_text, get_or_404, get_setting, is_set, parse_date
from .contact_dto import AddressIn, ContactInput, ContactOut, EmailIn, PhoneIn
from .uow import UnitOfWork

if TYPE_CHECKING:
    from crm_desktop.core.vault import Vault

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_SIMPLE_FIELDS = {  # field -> max length
    "given_name": 200, "family_name": 200, "phonetic_given_name": 200, "phonetic_family_name": 200,
    "title": 200, "department": 200, "website": 500, "note": 100_000, "owner": 100,
}


def compose_name(given: str | None, family: str | None) -> str | None:
    """Chinese names read family-first with no space; Latin names given-first."""
    parts = [p for p in (family, given) if p]
    if not parts:
        return None
    if any(_CJK.search(p) for p in parts):
        return "".join(parts)
    return " ".join(p for p in (given, family) if p)


def _apply(session: Session, c: Contact, data: ContactInput, *, creating: bool) -> None:
    if is_set(data.kind):
        c.kind = choice(data.kind, KINDS, "kind") or "person"
    for name, max_len in _SIMPLE_FIELDS.items():
        value = getattr(data, name)
        if is_set(value):
            setattr(c, name, clean_text(value, name, max_len))
    if is_set(data.other_names):
        names = [n.strip() for n in (data.other_names or []) if n and n.strip()]
        c.other_names = "\n".join(names) or None
    if is_set(data.birthday):
        c.birthday = parse_date(data.birthday, "birthday")
    if is_set(data.tier):
        c.tier = choice(data.tier, TIERS, "tier")
    if is_set(data.display_name):
        c.display_name = clean_text(data.display_name, "display_name", 300) or ""
    if creating or not c.display_name:
        c.display_name = c.display_name or compose_name(c.given_name, c.family_name) or ""
    if not c.display_name:
        raise ValidationError("display_name", "a contact needs a name")


def _set_phones(session: Session, c: Contact, phones: list[PhoneIn | str]) -> None:
    region = get_setting(session, "phone_region", "CN")
    c.phones.clear()
    session.flush()
    for i, item in enumerate(phones):
        p = PhoneIn(item) if isinstance(item, str) else item
        number = clean_text(p.number, f"phones[{i}]", 100)
        if not number:
            continue
        n = normalize_phone(number, region)
        c.phones.append(ContactPhone(position=i, label=clean_text(p.label, "label", 50), raw=n.raw,
                                     e164=n.e164, valid=n.valid))


def _set_emails(session: Session, c: Contact, emails: list[EmailIn | str], strict: bool) -> None:
    c.emails.clear()
    session.flush()
    for i, item in enumerate(emails):
        e = EmailIn(item) if isinstance(item, str) else item
        addr = clean_text(e.address, f"emails[{i}]", 320)
        if not addr:
            continue
        n = normalize_email(addr)
        if strict and not n.valid:
            raise ValidationError(f"emails[{i}]", f"'{addr}' is not a valid e-mail address ({n.problem})")
        c.emails.append(ContactEmail(position=i, label=clean_text(e.label, "label", 50),
                                     address=n.address, normalized=n.normalized, valid=n.valid))


def _set_addresses(c: Contact, addresses: list[AddressIn]) -> None:
    c.addresses.clear()
    for i, a in enumerate(addresses):
        c.addresses.append(ContactAddress(
            position=i, label=a.label, street=clean_text(a.street, "street", 1000),
            city=clean_text(a.city, "city", 200), region=clean_text(a.region, "region", 200),
            postcode=clean_text(a.postcode, "postcode", 40), country=clean_text(a.country, "country", 100)))


def _set_organization(session: Session, c: Contact, data: ContactInput) -> None:
    org_id = data.organization_id if is_set(data.organization_id) else UNSET
    if is_set(data.organization):
        name = clean_text(data.organization, "organization", 300)
        if name is None:
            org_id = None
        else:
            org = contact_read.find_organization(session, name)
            if org is None:
                org = Contact(kind="organization", display_name=name, source=c.source)
                session.add(org)
                session.flush()
            org_id = org.id
    if not is_set(org_id) and not is_set(data.role):
        return
    if c.kind != "person":
        raise ValidationError("organization", "only a person is linked to an organization")
    current = session.scalar(select(Affiliation).where(
        Affiliation.person_id == c.id, Affiliation.is_primary.is_(True)))
    if not is_set(org_id):
        if current is not None:
            current.role = clean_text(data.role, "role", 200)
        return
    if org_id is None:
        if current is not None:
            session.delete(current)
        return
    org = session.get(Contact, org_id)
    if org is None or org.kind != "organization" or org.deleted_at is not None:
        raise ValidationError("organization", f"no organization with id {org_id}")
    role = clean_text(data.role, "role", 200) if is_set(data.role) else (current.role if current else None)
    if current is not None and current.organization_id != org_id:
        session.delete(current)
        session.flush()
        current = None
    existing = session.scalar(select(Affiliation).where(
        Affiliation.person_id == c.id, Affiliation.organization_id == org_id))
    if existing is not None:
        existing.is_primary, existing.role = True, role
    else:
        session.add(Affiliation(person_id=c.id, organization_id=org_id, role=role, is_primary=True))


def _write(session: Session, c: Contact, data: ContactInput, *, creating: bool) -> None:
    _apply(session, c, data, creating=creating)
    if creating:
        session.add(c)
    session.flush()
    if is_set(data.phones):
        _set_phones(session, c, data.phones or [])
    if is_set(data.emails):
        _set_emails(session, c, data.emails or [], strict=True)
    if is_set(data.addresses):
        _set_addresses(c, data.addresses or [])
    _set_organization(session, c, data)
    if is_set(data.tags):
        tags.set_tags(session, c.id, data.tags or [])
    if is_set(data.custom_fields):
        custom_fields.set_values(session, "contact", c.id, data.custom_fields or {})
    session.flush()


def add(vault: Vault, data: ContactInput | None = None, **values: Any) -> ContactOut:
    data = data or ContactInput(**values)
    with UnitOfWork(vault, "contact.add") as uow:
        c = Contact(source="typed")
        _write(uow.session, c, data, creating=True)
        uow.operation.summary = f"Add contact {c.display_name}"
        return contact_read.load(uow.session, [c.id])[0]


def edit(vault: Vault, contact_id: int, data: ContactInput | None = None, **values: Any) -> ContactOut:
    data = data or ContactInput(**values)
    with UnitOfWork(vault, "contact.edit") as uow:
        c = get_or_404(uow.session, Contact, contact_id, "contact")
        _write(uow.session, c, data, creating=False)
        changed = [f.name for f in fields(data) if is_set(getattr(data, f.name))]
        uow.operation.summary = f"Edit {c.display_name}: {', '.join(changed)}"
        c.updated_at = utcnow()
        return contact_read.load(uow.session, [c.id])[0]


def delete(vault: Vault, ids: list[int]) -> int:
    """Move contacts to the trash (one undoable operation, however many)."""
    with UnitOfWork(vault, "contact.delete") as uow:
        now = utcnow()
        found = list(uow.session.scalars(select(Contact).where(Contact.id.in_(ids),
                                                                  Contact.deleted_at.is_(None))))
        missing = set(ids) - {c.id for c in found}
        if missing:
            raise NotFound("contact", sorted(missing)[0])
        for c in found:
            c.deleted_at = now
        uow.operation.summary = (f"Delete {found[0].display_name}" if len(found) == 1
                                 else f"Delete {len(found)} contacts")
        return len(found)


def link(vault: Vault, person_id: int, organization_id: int, role: str | None = None,
         primary: bool = False) -> None:
    """Link a person to (another) organization with a role."""
    with UnitOfWork(vault, "contact.link") as uow:
        s = uow.session
        person = get_or_404(s, Contact, person_id, "contact")
        org = get_or_404(s, Contact, organization_id, "contact")
        if person.kind != "person" or org.kind != "organization":
            raise ValidationError("organization", "link a person to an organization")
        if primary:
            for a in s.scalars(select(Affiliation).where(Affiliation.person_id == person_id)):
                a.is_primary = False
        existing = s.scalar(select(Affiliation).where(Affiliation.person_id == person_id,
                                                      Affiliation.organization_id == organization_id))
        if existing:
            existing.role, existing.is_primary = clean_text(role, "role", 200), primary or existing.is_primary
        else:
            has_primary = s.scalar(select(Affiliation.id).where(
                Affiliation.person_id == person_id, Affiliation.is_primary.is_(True)))
            s.add(Affiliation(person_id=person_id, organization_id=organization_id,
                              role=clean_text(role, "role", 200), is_primary=primary or not has_primary))
        uow.operation.summary = f"Link {person.display_name} to {org.display_name}"
