"""Import batches: list them, find an earlier import of the same file, undo one.

The newest import is undone by the ordinary undo (its audit entries replayed backwards: created
rows go, updated values come back). An older one cannot be replayed without undoing what came
after it, so `undo_batch` moves what it created to the trash and restores the values it changed
where nobody has changed them since — one audited operation, itself undoable.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import and_, delete, insert, select, update
from sqlalchemy.orm import Session

from crm_desktop.core.errors import CrmError, NotFound
from crm_desktop.core.models import (
    AuditEntry,
    Base,
    Contact,
    Deal,
    ImportBatch,
    Interaction,
    InteractionParticipant,
    Operation,
    utcnow,
)
from crm_desktop.core.services import undo as undo_service
from crm_desktop.core.services.interactions import refresh_last_interaction
from crm_desktop.core.services.rowcodec import decode_row, dumps, encode_value
from crm_desktop.core.services.uow import ReadSession, UnitOfWork

if TYPE_CHECKING:
    from crm_desktop.core.vault import Vault

_CHILDREN = {"contact_phone": "contact_id", "contact_email": "contact_id", "contact_address": "contact_id",
             "contact_tag": "contact_id", "affiliation": "person_id", "custom_field_value": "entity_id"}


@dataclass(frozen=True)
class BatchInfo:
    id: int
    uid: str
    source_name: str
    format: str
    row_count: int
    status: str  # done | undone
    created_at: datetime
    sha256: str | None
    operation_id: int | None
    detail: dict[str, Any]


def _info(b: ImportBatch) -> BatchInfo:
    detail = json.loads(b.detail or "{}")
    return BatchInfo(b.id, b.uid, b.source_name, b.format, b.row_count, b.status, b.created_at,
                     detail.get("sha256"), detail.get("operation_id"), detail)


def earlier_imports(session: Session, sha256: str) -> list[BatchInfo]:
    """Batches (not undone) that imported a file with these exact bytes."""
    pattern = f'%"sha256":"{sha256}"%'
    return [_info(b) for b in session.scalars(select(ImportBatch).where(
        ImportBatch.detail.like(pattern), ImportBatch.status == "done").order_by(ImportBatch.id))]


def list_batches(vault: Vault) -> list[BatchInfo]:
    with ReadSession(vault) as s:
        return [_info(b) for b in s.scalars(select(ImportBatch).order_by(ImportBatch.id.desc()))]


def _audited_update(session: Session, table: Any, ids: list[int], values: dict[str, Any], op_id: int) -> None:
    conn = session.connection()
    for i in range(0, len(ids), 500):
        part = ids[i:i + 500]
        olds = {r[0]: r[1:] for r in conn.execute(select(table.c.id, *(table.c[k] for k in values))
                                                  .where(table.c.id.in_(part)))}
        conn.execute(update(table).where(table.c.id.in_(part)).values(**values))
        conn.execute(insert(AuditEntry), [
            {"operation_id": op_id, "entity": table.name, "entity_id": rid, "action": "update",
             "changes": dumps({k: [encode_value(table.c[k].type, old[j]), encode_value(table.c[k].type, v)]
                               for j, (k, v) in enumerate(values.items())})}
            for rid, old in olds.items()])


def _restore_updates(session: Session, op_id: int, updated: set[int], new_op: int) -> None:
    """Values the batch changed on existing contacts go back, where they still hold its value;
    phones, e-mails, tags ... it added to them are removed."""
    conn = session.connection()
    tables = Base.metadata.tables
    for e in session.scalars(select(AuditEntry).where(AuditEntry.operation_id == op_id,
                                                      AuditEntry.action.in_(("update", "insert")))
                             .order_by(AuditEntry.id.desc())):
        table, data = tables[e.entity], json.loads(e.changes or "{}")
        if e.action == "update" and e.entity == "contact" and e.entity_id in updated:
            row = conn.execute(select(table).where(table.c.id == e.entity_id)).mappings().first()
            if row is None:
                continue
            back = {k: v[0] for k, v in data.items()
                    if k != "updated_at" and encode_value(table.c[k].type, row[k]) == v[1]}
            if back:
                conn.execute(update(table).where(table.c.id == e.entity_id).values(**decode_row(table, back)))
                _audit(conn, new_op, e, "update", dumps({k: [data[k][1], v] for k, v in back.items()}))
        elif e.action == "insert" and data.get(_CHILDREN.get(e.entity, "")) in updated:
            where = and_(*(c == data[c.name] for c in table.primary_key.columns))
            if conn.execute(delete(table).where(where)).rowcount:
                _audit(conn, new_op, e, "delete", e.changes)


def _audit(conn: Any, op_id: int, e: AuditEntry, action: str, changes: str | None) -> None:
    conn.execute(insert(AuditEntry), [{"operation_id": op_id, "entity": e.entity, "entity_id": e.entity_id,
                                       "action": action, "changes": changes}])


def undo_batch(vault: Vault, batch_id: int) -> str:
    """Undo one import; returns what was done, in words."""
    with ReadSession(vault) as s:
        batch = s.get(ImportBatch, batch_id)
        if batch is None:
            raise NotFound("import batch", batch_id)
        info = _info(batch)
        if info.status != "done":
            raise CrmError(f"Import batch {batch_id} ({info.source_name}) is already undone.")
        newest = s.scalar(select(Operation.id).where(
            Operation.undone.is_(False), Operation.undoable.is_(True),
            Operation.kind.notin_(("undo", "redo"))).order_by(Operation.id.desc()).limit(1))
    if info.operation_id is not None and newest == info.operation_id:
        result = undo_service.undo(vault)
        return f"Undone: {result.summary}"
    with UnitOfWork(vault, "import.undo", f"Undo import {info.source_name}") as uow:
        s, now = uow.session, utcnow()
        people: set[int] = set()
        for model in (Interaction, Deal, Contact):
            ids = list(s.scalars(select(model.id).where(model.import_batch_id == batch_id,
                                                        model.deleted_at.is_(None))))
            if model is Interaction and ids:
                people |= set(s.scalars(select(InteractionParticipant.contact_id).where(
                    InteractionParticipant.interaction_id.in_(ids))))
            _audited_update(s, model.__table__, ids, {"deleted_at": now, "updated_at": now}, uow.operation.id)
            _refresh_search(s, model.__tablename__, ids)
        updated = set(info.detail.get("updated_ids") or [])
        if updated and info.operation_id:
            _restore_updates(s, info.operation_id, updated, uow.operation.id)
            _refresh_search(s, "contact", sorted(updated))
        refresh_last_interaction(s, people)
        b = s.get(ImportBatch, batch_id)
        assert b is not None
        b.status = "undone"
        s.flush()
        return f"Undone import {info.source_name}: what it created is in the trash"


def _refresh_search(session: Session, entity: str, ids: list[int]) -> None:
    if ids:
        from crm_desktop.core import search

        search.refresh(session, entity, ids)
