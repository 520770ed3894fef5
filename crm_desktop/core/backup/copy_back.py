"""Copy one contact back from a backup into the live vault, as one new audited (undoable)
operation: its fields, phones, e-mails, addresses, tags and custom fields as they were in the
backup, and its links to organizations or people that are still in the vault.

The record is found by its UUID: a contact still in the vault (or in its trash) is brought back
to the backup's version; one that was erased is created again under the same UUID."""

from __future__ import annotations

import os
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
    ImportBatch,
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
    return out


def copy_record_back(vault: Vault, backup_path: str | os.PathLike[str], entity: str, ident: int, *,
                     backup_passphrase: str | None = None) -> CopyBackResult:
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
        s.flush()
        refresh_last_interaction(s, [c.id])
        uow.operation.summary = f"Copy {c.display_name} back from the backup{when}"
        return CopyBackResult(contact_read.load(s, [c.id])[0], action, uow.operation.id, skipped)


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
