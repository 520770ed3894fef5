"""Undo and redo, by replaying an operation's audit entries backwards.

Undo reverts the newest operation not yet undone (bulk ones as a whole); redo reverts the
undo, as long as nothing new was done since. Neither crosses an operation that cannot be
undone (emptying the trash, erasing a person): its data is gone on purpose.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import and_, delete, insert, select, update

from crm_desktop.core.errors import NothingToUndo, OperationRefused
from crm_desktop.core.models import AuditEntry, Base, Operation
from crm_desktop.core.search.maintain import refresh_operation

from .rowcodec import BLOB_OMITTED, decode_row, dumps
from .uow import UnitOfWork

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection
    from sqlalchemy.orm import Session

    from crm_desktop.core.vault import Vault


# Called as listener(connection, operation_id) after an undo/redo replayed its rows.
REPLAY_LISTENERS: list[Callable[[Connection, int], None]] = [refresh_operation]


@dataclass(frozen=True)
class UndoResult:
    operation_id: int
    kind: str
    summary: str
    rows: int


def _target(session: Session, redo: bool, current: int) -> Operation | None:
    newest_normal = session.scalar(
        select(Operation.id).where(Operation.reverts_id.is_(None), Operation.kind != "undo",
                                   Operation.id < current)
        .order_by(Operation.id.desc()).limit(1))
    if redo:
        cand = session.scalar(
            select(Operation).where(Operation.kind == "undo", Operation.undone.is_(False),
                                    Operation.id < current)
            .order_by(Operation.id.desc()).limit(1))
        if cand is None or (newest_normal is not None and newest_normal > cand.id):
            return None
        return cand
    return session.scalar(
        select(Operation).where(Operation.undone.is_(False), Operation.undoable.is_(True),
                                Operation.kind != "undo", Operation.id < current)
        .order_by(Operation.id.desc()).limit(1))


def _pk_clause(table: Any, row: dict[str, Any], entity_id: int) -> Any:
    cols = list(table.primary_key.columns)
    if len(cols) == 1 and entity_id:
        return cols[0] == entity_id
    # Text or composite keys: taken from the row (update entries carry them as [key, key]).
    key = {c.name: row[c.name][0] if isinstance(row[c.name], list) else row[c.name] for c in cols}
    return and_(*(c == key[c.name] for c in cols))


def revert(vault: Vault, *, redo: bool = False) -> UndoResult:
    with UnitOfWork(vault, "undo") as uow:
        s = uow.session
        target = _target(s, redo, uow.operation.id)
        if target is None:
            raise NothingToUndo("redo" if redo else "undo")
        blocker = s.scalar(select(Operation).where(Operation.id > target.id, Operation.id < uow.operation.id,
                                                   Operation.undoable.is_(False)).limit(1))
        if blocker is not None:
            raise OperationRefused(f"Cannot {'redo' if redo else 'undo'} '{target.summary or target.kind}': "
                           f"'{blocker.summary or blocker.kind}' came after it and cannot be undone.")
        uow.operation.reverts_id = target.id
        uow.operation.summary = ("Redo: " if redo else "Undo: ") + (target.summary or target.kind)
        if redo:
            uow.operation.kind = "redo"
        entries = s.scalars(select(AuditEntry).where(AuditEntry.operation_id == target.id)
                            .order_by(AuditEntry.id.desc())).all()
        tables = Base.metadata.tables
        inverse: list[dict[str, Any]] = []
        conn = s.connection()
        for e in entries:
            table = tables[e.entity]
            data = json.loads(e.changes or "{}")
            if e.action == "insert":
                conn.execute(delete(table).where(_pk_clause(table, data, e.entity_id)))
                inverse.append({"action": "delete", "changes": data})
            elif e.action == "delete":
                _refuse_blob(target, data)
                conn.execute(insert(table).values(**decode_row(table, data)))
                inverse.append({"action": "insert", "changes": data})
            elif e.action == "update":
                old = {k: v[0] for k, v in data.items()}
                conn.execute(update(table).where(_pk_clause(table, data, e.entity_id))
                             .values(**decode_row(table, old)))
                inverse.append({"action": "update", "changes": {k: [v[1], v[0]] for k, v in data.items()}})
            else:
                raise OperationRefused(f"Cannot undo '{target.summary or target.kind}': it erased data.")
            inverse[-1].update(entity=e.entity, entity_id=e.entity_id)
        if inverse:
            conn.execute(insert(AuditEntry), [
                {"operation_id": uow.operation.id, "entity": i["entity"], "entity_id": i["entity_id"],
                 "action": i["action"], "changes": dumps(i["changes"])} for i in inverse])
        target.undone = True
        s.flush()
        # The replay wrote with Core, which the flush listeners do not see: refresh what
        # depends on those rows (search documents, match keys) in this same transaction.
        for listener in REPLAY_LISTENERS:
            listener(conn, uow.operation.id)
        return UndoResult(target.id, target.kind, target.summary, len(entries))


def _refuse_blob(target: Operation, row: dict[str, Any]) -> None:
    # File bytes are not copied into the audit trail (it would double the vault per attachment),
    # so a row whose bytes are gone cannot come back from it.
    if BLOB_OMITTED in row.values():
        raise OperationRefused(f"Cannot undo or redo '{target.summary or target.kind}': "
                       "the attached file's bytes are no longer kept; add the file again.")


def undo(vault: Vault) -> UndoResult:
    return revert(vault)


def redo(vault: Vault) -> UndoResult:
    return revert(vault, redo=True)
