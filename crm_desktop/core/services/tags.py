"""Tags on contacts."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.core.models import ContactTag, Tag

from .common import clean_text


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
