"""Tags on contacts, and the tag list itself: counts, rename, merge, remove."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from crm_desktop.core.errors import ValidationError
from crm_desktop.core.models import Contact, ContactTag, Tag

from .common import clean_text, get_or_404
from .uow import ReadSession, UnitOfWork

if TYPE_CHECKING:
    from crm_desktop.core.vault import Vault


def tag_id(session: Session, name: str) -> int:
    clean = clean_text(name, "tag", 100, required=True)
    found = session.scalar(select(Tag).where(Tag.name == clean))
    if found is None:
        found = Tag(name=clean)
        session.add(found)
        session.flush()
    return found.id


def set_tags(session: Session, contact_id: int, names: list[str]) -> None:
    wanted = {tag_id(session, n) for n in names if n and n.strip()}
    current = {ct.tag_id: ct for ct in session.scalars(
        select(ContactTag).where(ContactTag.contact_id == contact_id))}
    for tid, link in current.items():
        if tid not in wanted:
            session.delete(link)
    for tid in wanted - current.keys():
        session.add(ContactTag(contact_id=contact_id, tag_id=tid))


def tags_for(session: Session, ids: list[int]) -> dict[int, list[str]]:
    out: dict[int, list[str]] = defaultdict(list)
    if not ids:
        return out
    rows = session.execute(select(ContactTag.contact_id, Tag.name).join(Tag, Tag.id == ContactTag.tag_id)
                           .where(ContactTag.contact_id.in_(ids)).order_by(Tag.name))
    for cid, name in rows:
        out[cid].append(name)
    return out


@dataclass(frozen=True)
class TagOut:
    id: int
    name: str
    contacts: int  # live contacts with the tag


def list_tags(vault: Vault) -> list[TagOut]:
    """Every tag by name, with how many live contacts carry it (unused tags show 0)."""
    with ReadSession(vault) as s:
        counts = dict(s.execute(
            select(ContactTag.tag_id, func.count()).join(Contact, Contact.id == ContactTag.contact_id)
            .where(Contact.deleted_at.is_(None)).group_by(ContactTag.tag_id)).all())
        return [TagOut(t.id, t.name, counts.get(t.id, 0))
                for t in s.scalars(select(Tag).order_by(func.lower(Tag.name), Tag.id))]


def rename(vault: Vault, tag_id: int, name: str) -> TagOut:
    """Rename a tag; a name another tag has is refused (merge them instead)."""
    with UnitOfWork(vault, "tag.rename") as uow:
        s = uow.session
        tag = get_or_404(s, Tag, tag_id, "tag")
        clean = clean_text(name, "name", 100, required=True) or ""
        if s.scalar(select(Tag.id).where(Tag.name == clean, Tag.id != tag.id).limit(1)) is not None:
            raise ValidationError("name", f"a tag named '{clean}' exists already; merge into it instead")
        old, tag.name = tag.name, clean
        uow.operation.summary = f"Rename tag {old} to {clean}"
        s.flush()
        return TagOut(tag.id, tag.name, _count(s, tag.id))


def merge(vault: Vault, tag_id: int, into_id: int) -> TagOut:
    """Give every contact tagged `tag_id` the tag `into_id` instead, then remove `tag_id`."""
    if tag_id == into_id:
        raise ValidationError("into", "choose another tag to merge into")
    with UnitOfWork(vault, "tag.merge") as uow:
        s = uow.session
        tag = get_or_404(s, Tag, tag_id, "tag")
        into = get_or_404(s, Tag, into_id, "tag")
        have = set(s.scalars(select(ContactTag.contact_id).where(ContactTag.tag_id == into.id)))
        _unlink(s, tag.id, keep=have, into=into.id)
        s.delete(tag)
        uow.operation.summary = f"Merge tag {tag.name} into {into.name}"
        s.flush()
        return TagOut(into.id, into.name, _count(s, into.id))


def remove(vault: Vault, tag_id: int) -> None:
    """Take a tag off every contact and forget it (undo puts it back on them)."""
    with UnitOfWork(vault, "tag.delete") as uow:
        s = uow.session
        tag = get_or_404(s, Tag, tag_id, "tag")
        _unlink(s, tag.id)
        s.delete(tag)
        uow.operation.summary = f"Delete tag {tag.name}"


def _unlink(s: Session, tag_id: int, *, keep: set[int] | None = None, into: int | None = None) -> None:
    # Row by row through the ORM, not the FK's cascade: the audit trail (and so undo) sees each link.
    for link in s.scalars(select(ContactTag).where(ContactTag.tag_id == tag_id)):
        if into is not None and link.contact_id not in (keep or set()):
            s.add(ContactTag(contact_id=link.contact_id, tag_id=into))
        s.delete(link)
    s.flush()


def _count(s: Session, tag_id: int) -> int:
    return s.scalar(select(func.count()).select_from(ContactTag)
                    .join(Contact, Contact.id == ContactTag.contact_id)
                    .where(ContactTag.tag_id == tag_id, Contact.deleted_at.is_(None))) or 0
