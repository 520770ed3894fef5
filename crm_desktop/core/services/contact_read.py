"""Contacts out of the database as dataclasses, loaded in batches (one query per child table)."""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from crm_desktop.core.models import (
    Affiliation,
    Contact,
    ContactAddress,
    ContactEmail,
    ContactPhone,
    ContactTag,
    Tag,
)

from .common import get_or_404
from .contact_dto import AddressOut, ContactOut, ContactPage, EmailOut, LinkOut, PhoneOut
from .custom_fields import values_for
from .tags import tags_for
from .uow import ReadSession

if TYPE_CHECKING:
    from crm_desktop.core.vault import Vault


def load(session: Session, ids: list[int]) -> list[ContactOut]:
    """ContactOut for each id, in the order given."""
    if not ids:
        return []
    contacts = {c.id: c for c in session.scalars(select(Contact).where(Contact.id.in_(ids)))}
    phones: dict[int, list[PhoneOut]] = defaultdict(list)
    for p in session.scalars(select(ContactPhone).where(ContactPhone.contact_id.in_(ids))
                             .order_by(ContactPhone.position, ContactPhone.id)):
        phones[p.contact_id].append(PhoneOut(p.label, p.e164 or p.raw, p.valid, p.raw))
    emails: dict[int, list[EmailOut]] = defaultdict(list)
    for e in session.scalars(select(ContactEmail).where(ContactEmail.contact_id.in_(ids))
                             .order_by(ContactEmail.position, ContactEmail.id)):
        emails[e.contact_id].append(EmailOut(e.label, e.address, e.valid))
    addresses: dict[int, list[AddressOut]] = defaultdict(list)
    for a in session.scalars(select(ContactAddress).where(ContactAddress.contact_id.in_(ids))
                             .order_by(ContactAddress.position, ContactAddress.id)):
        addresses[a.contact_id].append(AddressOut(a.label, a.street, a.city, a.region, a.postcode, a.country))
    links: dict[int, list[LinkOut]] = defaultdict(list)
    other = aliased(Contact)
    for aff, oid, oname in session.execute(
            select(Affiliation, other.id, other.display_name)
            .join(other, other.id == Affiliation.organization_id)
            .where(Affiliation.person_id.in_(ids), other.deleted_at.is_(None))
            .order_by(Affiliation.is_primary.desc(), other.display_name)):
        links[aff.person_id].append(LinkOut(oid, oname, aff.role, aff.is_primary))
    for aff, pid, pname in session.execute(
            select(Affiliation, other.id, other.display_name)
            .join(other, other.id == Affiliation.person_id)
            .where(Affiliation.organization_id.in_(ids), other.deleted_at.is_(None))
            .order_by(other.display_name)):
        links[aff.organization_id].append(LinkOut(pid, pname, aff.role, aff.is_primary))
    tags = tags_for(session, ids)
    custom = values_for(session, "contact", ids)
    out = []
    for cid in ids:
        c = contacts.get(cid)
        if c is None:
            continue
        primary = next((lk for lk in links[cid] if lk.is_primary), None) if c.kind == "person" else None
        out.append(ContactOut(
            id=c.id, uid=c.uid, kind=c.kind, display_name=c.display_name, given_name=c.given_name,
            family_name=c.family_name, phonetic_given_name=c.phonetic_given_name,
            phonetic_family_name=c.phonetic_family_name,
            other_names=(c.other_names or "").splitlines() if c.other_names else [],
            organization=primary.display_name if primary else None,
            organization_id=primary.id if primary else None,
            department=c.department, title=c.title, birthday=c.birthday, phones=phones[cid],
            emails=emails[cid], addresses=addresses[cid], website=c.website, tier=c.tier,
            tags=tags.get(cid, []), custom_fields=dict(custom.get(cid, {})), note=c.note, owner=c.owner,
            source=c.source, last_interaction_at=c.last_interaction_at, created_at=c.created_at,
            updated_at=c.updated_at, deleted_at=c.deleted_at, links=links[cid]))
    return out


def get(vault: Vault, contact_id: int, *, include_deleted: bool = False) -> ContactOut:
    with ReadSession(vault) as s:
        get_or_404(s, Contact, contact_id, "contact", include_deleted=include_deleted)
        return load(s, [contact_id])[0]


def list_contacts(vault: Vault, *, kind: str | None = None, tier: str | None = None,
                  tag: str | None = None, limit: int = 100, offset: int = 0) -> ContactPage:
    """A page of live contacts sorted by name, and the total that match."""
    with ReadSession(vault) as s:
        q = select(Contact.id).where(Contact.deleted_at.is_(None))
        if kind:
            q = q.where(Contact.kind == kind)
        if tier:
            q = q.where(Contact.tier == tier.upper())
        if tag:
            q = q.join(ContactTag, ContactTag.contact_id == Contact.id).join(
                Tag, Tag.id == ContactTag.tag_id).where(Tag.name == tag)
        total = s.scalar(select(func.count()).select_from(q.subquery())) or 0
        ids = list(s.scalars(q.order_by(Contact.display_name, Contact.id).limit(limit).offset(offset)))
        return ContactPage(load(s, ids), total)


def find_organization(session: Session, name: str) -> Contact | None:
    """The live organization of this name: exact first, else the same name key (legal suffixes
    dropped, traditional = simplified), so "中國銀行股份有限公司" finds 中国银行."""
    exact = session.scalar(select(Contact).where(
        Contact.kind == "organization", Contact.deleted_at.is_(None),
        func.lower(Contact.display_name) == name.strip().lower()).order_by(Contact.id).limit(1))
    if exact is not None:
        return exact
    from crm_desktop.core.matching.candidate import organizations_named

    for org_id in organizations_named(session, name):
        org = session.get(Contact, org_id)
        if org is not None and org.kind == "organization" and org.deleted_at is None:
            return org
    return None
