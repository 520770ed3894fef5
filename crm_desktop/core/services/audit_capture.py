"""Write the audit trail from the ORM's flushes: every inserted, changed and deleted row of a
unit of work becomes an AuditEntry of its operation, with old and new values."""

from __future__ import annotations

from typing import Any

from sqlalchemy import event, insert, inspect
from sqlalchemy.orm import Session, UOWTransaction, object_session

from crm_desktop.core.models import AuditEntry, Base, Operation, utcnow

from .rowcodec import dumps, encode_value

NOT_AUDITED = {AuditEntry.__tablename__, Operation.__tablename__}


def _row(obj: Any) -> tuple[str, int, dict[str, Any]]:
    mapper = inspect(obj).mapper
    table = mapper.local_table
    values = {c.name: encode_value(c.type, getattr(obj, mapper.get_property_by_column(c).key))
              for c in table.columns}
    pk = values[next(iter(table.primary_key.columns)).name]
    # Tables keyed by text or by two columns: the row data carries the key (see undo._pk_clause).
    return table.name, pk if isinstance(pk, int) else 0, values


def _changes(obj: Any) -> dict[str, list[Any]]:
    state = inspect(obj)
    mapper = state.mapper
    out: dict[str, list[Any]] = {}
    for col in mapper.local_table.columns:
        prop = mapper.get_property_by_column(col)
        hist = state.attrs[prop.key].history
        if not hist.has_changes():
            continue
        old = hist.deleted[0] if hist.deleted else None
        new = hist.added[0] if hist.added else None
        if old != new:
            out[col.name] = [encode_value(col.type, old), encode_value(col.type, new)]
    pk_cols = list(mapper.local_table.primary_key.columns)
    if out and (len(pk_cols) > 1 or not isinstance(getattr(obj, pk_cols[0].name), int)):
        for col in pk_cols:
            value = encode_value(col.type, getattr(obj, mapper.get_property_by_column(col).key))
            out.setdefault(col.name, [value, value])
    return out


def _record(action: str, target: Any) -> None:
    session = object_session(target)
    if session is None or session.info.get("operation_id") is None:
        return
    if target.__table__.name in NOT_AUDITED:
        return
    if action == "update":
        payload: Any = _changes(target)
        if not payload:
            return
        table, pk, _ = _row(target)
    else:
        table, pk, payload = _row(target)
    session.info.setdefault("audit_rows", []).append(
        {"operation_id": session.info["operation_id"], "entity": table, "entity_id": pk,
         "action": action, "changes": dumps(payload)})


# Mapper events see every row the flush writes, orphans removed by a cascade included
# (those never show in Session.deleted).
@event.listens_for(Base, "after_insert", propagate=True)
def _after_insert(mapper: Any, connection: Any, target: Any) -> None:
    _record("insert", target)


@event.listens_for(Base, "after_update", propagate=True)
def _after_update(mapper: Any, connection: Any, target: Any) -> None:
    _record("update", target)


@event.listens_for(Base, "after_delete", propagate=True)
def _after_delete(mapper: Any, connection: Any, target: Any) -> None:
    _record("delete", target)


@event.listens_for(Session, "after_flush")
def _after_flush(session: Session, flush_context: UOWTransaction) -> None:
    rows = session.info.pop("audit_rows", None)
    if rows:
        session.connection().execute(insert(AuditEntry), rows)


@event.listens_for(Session, "before_flush")
def _stamp_updated(session: Session, flush_context: UOWTransaction, instances: Any) -> None:
    # Set `updated_at` in the ORM rather than by the column's onupdate (applied in SQL, unseen by
    # the attribute history): the audit entry then carries old -> new and undo restores it exactly.
    if session.info.get("operation_id") is None:
        return
    now = utcnow()
    for obj in session.dirty:
        if hasattr(obj, "updated_at") and session.is_modified(obj, include_collections=False):
            obj.updated_at = now
