"""Copy one contact back from a backup into the live vault, as one new audited (undoable)
operation: its fields, phones, e-mails, addresses, tags and custom fields as they were in the
backup, its links to organizations or people that are still in the vault, and the interactions
it took part in (with the other participants and the deal still in the vault).

The record is found by its UUID: a contact still in the vault (or in its trash) is brought back
to the backup's version; one that was erased is created again under the same UUID."""

from __future__ import annotations

import os
from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import Table, and_, or_, select
from sqlalchemy.engine import Connection

from crm_desktop.core.errors import NotFound, ValidationError, VaultWriteError
from crm_desktop.core.models import (
    Affiliation,
    Contact,
    ContactAddress,
    ContactEmail,
    ContactPhone,
    ContactTag,
    CustomFieldDef,
    CustomFieldValue,
    Deal,
    ImportBatch,
    Interaction,
    InteractionParticipant,
    Tag,
    utcnow,
)
from crm_desktop.core.services import contact_read, custom_fields, tags
from crm_desktop.core.services.interactions import refresh_last_interaction
from crm_desktop.core.services.uow import UnitOfWork

from . import manifest
from .model import CopyBackResult
from .restore import open_backup
from .verify import passphrase_of

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from crm_desktop.core.vault import Vault

ENTITIES = ("contact",)
_NOT_COPIED = {"id", "uid", "import_batch_id", "last_interaction_at", "deleted_at", "updated_at"}
_CHILDREN = (ContactPhone, ContactEmail, ContactAddress)
_INTERACTION_FIELDS = ("kind", "occurred_at", "subject", "body", "created_at")
_CHUNK = 500


@dataclass(frozen=True)
class CopyBack(CopyBackResult):
    interactions: int = 0  # interactions the contact takes part in again (created, untrashed, relinked)


def _columns(conn: Connection, table: Table) -> list[Any]:
    """The columns of `table` that the backup has (an older schema may lack some)."""
    have = {r[1] for r in conn.exec_driver_sql(f'PRAGMA table_info("{table.name}")')}
    return [c for c in table.columns if c.name in have]


def _read(conn: Connection, ident: int) -> dict[str, Any]:
    ct = Contact.__table__
    row = conn.execute(select(*_columns(conn, ct)).where(ct.c.id == ident)).mappings().first()
    if row is None:
        raise NotFound("contact in the backup", ident)
    out: dict[str, Any] = {"contact": dict(row), "children": {}}
    for model in _CHILDREN:
        t = model.__table__
        cols = _columns(conn, t)
        out["children"][model] = [dict(r) for r in conn.execute(
            select(*cols).where(t.c.contact_id == ident).order_by(t.c.position, t.c.id)).mappings()] \
            if cols else []
    out["tags"] = list(conn.execute(select(Tag.__table__.c.name).join(
        ContactTag.__table__, ContactTag.__table__.c.tag_id == Tag.__table__.c.id)
        .where(ContactTag.__table__.c.contact_id == ident)).scalars())
    d, v = CustomFieldDef.__table__, CustomFieldValue.__table__
    out["custom"] = {name: value for name, value in conn.execute(
        select(d.c.name, v.c.value).join(v, v.c.field_id == d.c.id)
        .where(d.c.entity == "contact", v.c.entity_id == ident))}
    a, other = Affiliation.__table__, ct.alias("other")
    out["links"] = [dict(r) for r in conn.execute(
        select(a.c.person_id, a.c.organization_id, a.c.role, a.c.is_primary, other.c.uid,
               other.c.display_name)
        .join(other, or_(and_(a.c.person_id == ident, other.c.id == a.c.organization_id),
                         and_(a.c.organization_id == ident, other.c.id == a.c.person_id)))).mappings()]
    out["interactions"] = _read_interactions(conn, ident)
    return out


def _read_interactions(conn: Connection, ident: int) -> list[dict[str, Any]]:
    """The live interactions the contact took part in, each with the deal's UID and the UIDs
    of the other participants (ids differ between the backup and the vault; UIDs do not)."""
    i, p, ct, d = (Interaction.__table__, InteractionParticipant.__table__, Contact.__table__,
                   Deal.__table__)
    cols = [c for c in _columns(conn, i) if c.name in ("id", "uid", "deal_id", *_INTERACTION_FIELDS)]
    rows = [dict(r) for r in conn.execute(
        select(*cols, d.c.uid.label("deal_uid")).outerjoin(d, d.c.id == i.c.deal_id)
        .where(i.c.id.in_(select(p.c.interaction_id).where(p.c.contact_id == ident)),
               i.c.deleted_at.is_(None)).order_by(i.c.occurred_at, i.c.id)).mappings()]
    others: dict[int, list[str]] = defaultdict(list)
    ids = [r["id"] for r in rows]
    for start in range(0, len(ids), _CHUNK):
        for iid, uid in conn.execute(
                select(p.c.interaction_id, ct.c.uid).join(ct, ct.c.id == p.c.contact_id)
                .where(p.c.interaction_id.in_(ids[start:start + _CHUNK]), p.c.contact_id != ident)):
            others[iid].append(uid)
    for r in rows:
        r["others"] = others[r["id"]]
    return rows


def copy_record_back(vault: Vault, backup_path: str | os.PathLike[str], entity: str, ident: int, *,
                     backup_passphrase: str | None = None) -> CopyBack:
    """Copy the record `entity` #`ident` of the backup into the vault (see the module text).
    Only contacts for now. A backup made before a passphrase change needs `backup_passphrase`."""
    if entity not in ENTITIES:
        raise ValidationError("entity", f"'{entity}' cannot be copied back; only: {', '.join(ENTITIES)}")
    if vault.read_only:
        raise VaultWriteError(vault.path, "it is open read-only; open it for writing to copy a record back")
    backup = open_backup(backup_path, backup_passphrase or passphrase_of(vault))
    try:
        with backup.engine.connect() as conn:
            snap = _read(conn, ident)
    finally:
        backup.close()
    parsed = manifest.parse_name(os.path.basename(str(backup_path)))
    when = f" of {parsed[1]:%Y-%m-%d %H:%M} UTC" if parsed else ""
    with UnitOfWork(vault, "contact.copy_back") as uow:
        s = uow.session
        c, action = _write_contact(s, snap["contact"])
        _write_children(s, c.id, snap["children"])
        tags.set_tags(s, c.id, snap["tags"])
        now_custom = custom_fields.values_for(s, "contact", [c.id]).get(c.id, {})
        custom_fields.set_values(s, "contact", c.id, {**dict.fromkeys(now_custom), **snap["custom"]})
        skipped = _write_links(s, c.id, ident, snap["links"])
        brought, touched = _write_interactions(s, c.id, snap["interactions"])
        s.flush()
        refresh_last_interaction(s, touched | {c.id})
        uow.operation.summary = f"Copy {c.display_name} back from the backup{when}"
        return CopyBack(contact_read.load(s, [c.id])[0], action, uow.operation.id, skipped, brought)


def _write_contact(s: Session, values: dict[str, Any]) -> tuple[Contact, str]:
    c = s.scalar(select(Contact).where(Contact.uid == values["uid"]))
    if c is None:
        c, action = Contact(uid=values["uid"]), "created"
        s.add(c)
    else:
        action = "restored" if c.deleted_at is not None else "updated"
    for name, value in values.items():
        if name not in _NOT_COPIED and (name != "created_at" or action == "created"):
            setattr(c, name, value)
    batch = values.get("import_batch_id")
    c.import_batch_id = batch if batch is not None and s.get(ImportBatch, batch) is not None else None
    c.deleted_at = None
    c.updated_at = utcnow()
    s.flush()
    return c, action


def _write_children(s: Session, contact_id: int, rows: dict[Any, list[dict[str, Any]]]) -> None:
    for model in _CHILDREN:
        for old in s.scalars(select(model).where(model.contact_id == contact_id)):
            s.delete(old)
    s.flush()
    for model, items in rows.items():
        for r in items:
            values = {k: v for k, v in r.items() if k not in ("id", "contact_id")}
            s.add(model(contact_id=contact_id, **values))


def _write_links(s: Session, new_id: int, old_id: int, links: list[dict[str, Any]]) -> list[str]:
    """Links are added back, never removed: one made since the backup stays."""
    skipped: list[str] = []
    for link in links:
        other = s.scalar(select(Contact).where(Contact.uid == link["uid"], Contact.deleted_at.is_(None)))
        if other is None:
            skipped.append(link["display_name"])
            continue
        person, org = (new_id, other.id) if link["person_id"] == old_id else (other.id, new_id)
        if s.scalar(select(Affiliation.id).where(Affiliation.person_id == person,
                                                 Affiliation.organization_id == org)) is not None:
            continue
        has_primary = s.scalar(select(Affiliation.id).where(Affiliation.person_id == person,
                                                            Affiliation.is_primary.is_(True)))
        s.add(Affiliation(person_id=person, organization_id=org, role=link["role"],
                          is_primary=bool(link["is_primary"]) and has_primary is None))
    return skipped


def _live_ids(s: Session, model: Any, uids: set[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    items = sorted(uids)
    for start in range(0, len(items), _CHUNK):
        found.update((uid, ident) for uid, ident in s.execute(select(model.uid, model.id).where(
            model.uid.in_(items[start:start + _CHUNK]), model.deleted_at.is_(None))))
    return found


def _write_interactions(s: Session, contact_id: int, items: list[dict[str, Any]]) -> tuple[int, set[int]]:
    """Interactions are added back (or taken out of the trash) and the contact linked to them
    again, never removed or rewritten: one still in the vault keeps what was written since.
    Returns (how many the contact takes part in again, the contacts whose last-interaction date
    may have moved)."""
    people = _live_ids(s, Contact, {u for r in items for u in r["others"]})
    deals = _live_ids(s, Deal, {r["deal_uid"] for r in items if r["deal_uid"]})
    brought, touched = 0, {contact_id}
    for r in items:
        i = s.scalar(select(Interaction).where(Interaction.uid == r["uid"]))
        restored = False
        if i is None:
            i = Interaction(uid=r["uid"], deal_id=deals.get(r["deal_uid"]),
                            **{k: r[k] for k in _INTERACTION_FIELDS if k in r})
            s.add(i)
            s.flush()
        elif i.deleted_at is not None:
            i.deleted_at, restored = None, True
        who = {contact_id} | {people[u] for u in r["others"] if u in people}
        have = set(s.scalars(select(InteractionParticipant.contact_id)
                             .where(InteractionParticipant.interaction_id == i.id)))
        s.add_all(InteractionParticipant(interaction_id=i.id, contact_id=cid) for cid in who - have)
        brought += restored or contact_id not in have
        touched |= who
    return brought, touched
