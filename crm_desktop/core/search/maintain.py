"""Entry points for writes that bypass the ORM's flush events, and a full rebuild."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from crm_desktop.core.models import AuditEntry

from .index import DOC_FTS, Progress, rebuild_conn, refresh_conn
from .sync import WATCH, Pending, _index_ready, apply

if TYPE_CHECKING:
    from crm_desktop.core.vault import Vault


def _conn(target: Session | Connection) -> Connection:
    if isinstance(target, Session):
        target.flush()
        return target.connection()
    return target


def refresh(target: Session | Connection, entity: str, ids: Iterable[int]) -> None:
    """Rebuild the search documents of these contacts, deals or interactions from their rows, in
    the caller's transaction (a soft-deleted or missing row: its document goes). For Core writes
    (bulk imports) that the flush listeners cannot see."""
    conn = _conn(target)
    if _index_ready(conn):
        refresh_conn(conn, entity, ids)


def refresh_rows(target: Session | Connection, rows: Iterable[tuple[str, int, dict[str, Any]]]) -> None:
    """Refresh whatever these written rows belong to: (table, primary key, values) as an audit entry
    holds them (a whole row, or {column: [old, new]}). Undo and redo call it after replaying."""
    conn = _conn(target)
    p = Pending()
    for table, pk, data in rows:
        spec = WATCH.get(table)
        if spec is None:
            continue
        _, fk, _ = spec
        needed = {fk, "field_id"} if table == "custom_field_value" else {fk}
        values: dict[str, list[Any]] = {}
        for col in needed:
            v = pk if col == "id" else data.get(col)
            values[col] = v if isinstance(v, list) else [v]
        if any(v == [None] for v in values.values()) and pk:  # an update that left them out
            row = conn.exec_driver_sql(f"SELECT {', '.join(sorted(needed))} FROM {table} WHERE id = ?",
                                       (pk,)).mappings().first()
            if row is not None:
                values = {k: [row[k]] for k in needed}
        for owner in values[fk]:
            for field_id in values.get("field_id", [None]):
                p.add(table, owner, {"field_id": field_id}, renamed=True)
    apply(conn, p)


def refresh_operation(target: Session | Connection, operation_id: int) -> None:
    """Refresh everything an audited operation wrote (undo/redo: the operation that replayed)."""
    conn = _conn(target)
    entries = conn.execute(select(AuditEntry.entity, AuditEntry.entity_id, AuditEntry.changes)
                           .where(AuditEntry.operation_id == operation_id))
    refresh_rows(conn, [(table, pk, json.loads(changes or "{}")) for table, pk, changes in entries])


def purge(target: Session | Connection, entities: Iterable[str] = ("contact", "deal", "interaction")) -> None:
    """Rewrite the FTS5 indexes of these entities so that nothing of a deleted row is left in
    their pages.

    The FTS5 tables are contentless with contentless_delete: a delete only marks the row (a
    tombstone) and its words stay in the segment pages until those are merged; 'optimize' merges
    now (and secure_delete zeroes the freed pages). Erasing and emptying the trash call this after
    their refresh, in the same transaction, for the entities they erased. It rewrites whole indexes:
    at 100k contacts / 1M notes ~2 s for contacts and deals, ~8 s for interactions (bench/search.py)."""
    conn = _conn(target)
    if not _index_ready(conn):
        return
    wanted = set(entities)
    tables = [*(DOC_FTS if wanted & {"contact", "deal"} else ()),
              *(("search_note",) if "interaction" in wanted else ())]
    for table in tables:
        conn.exec_driver_sql(f"INSERT INTO {table}({table}) VALUES('optimize')")


def reindex(vault: Vault, progress: Progress | None = None) -> None:
    """Rebuild the whole index in one transaction; `progress(done, total)` is called per chunk."""
    with vault.engine.begin() as conn:
        rebuild_conn(conn, progress)
