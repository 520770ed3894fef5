"""Bulk inserts for an import: SQLAlchemy Core `insert` with lists of rows (4–5x faster than the
ORM), each row with its own AuditEntry so that `undo` removes the import like any operation.
Ids are allocated here (the unit of work holds the write lock), so children are written in the
same flush as their parents; tables go in dependency order, and undo reverts in reverse."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from crm_desktop.core.models import AuditEntry, Base
from crm_desktop.core.services.rowcodec import dumps, encode_row

FLUSH_ROWS = 2000


class BulkWriter:
    def __init__(self, session: Session, operation_id: int) -> None:
        self.session = session
        self.operation_id = operation_id
        self.pending: dict[str, list[dict[str, Any]]] = defaultdict(list)
        self.ids: dict[str, int] = {}
        self.count = 0

    def _next_id(self, table: Any) -> int:
        if table.name not in self.ids:
            self.session.flush()  # rows the ORM added in this unit of work count too
            self.ids[table.name] = self.session.scalar(select(func.max(table.c.id))) or 0
        self.ids[table.name] += 1
        return self.ids[table.name]

    def add(self, model: type, **values: Any) -> int | None:
        """Queue one row (defaults filled in, so the audit entry holds the whole row); its id."""
        table = model.__table__  # type: ignore[attr-defined]
        row: dict[str, Any] = {}
        for col in table.columns:
            if col.name in values:
                row[col.name] = values[col.name]
            elif col.primary_key and col.name == "id":
                row["id"] = self._next_id(table)
            elif col.default is not None:
                arg = col.default.arg
                row[col.name] = arg(None) if col.default.is_callable else arg
            else:
                row[col.name] = None
        self.pending[table.name].append(row)
        self.count += 1
        return row.get("id")

    def maybe_flush(self) -> None:
        if self.count >= FLUSH_ROWS:
            self.flush()

    def flush(self) -> None:
        if not self.count:
            return
        self.session.flush()
        conn = self.session.connection()
        audits: list[dict[str, Any]] = []
        for table in Base.metadata.sorted_tables:
            rows = self.pending.pop(table.name, None)
            if not rows:
                continue
            conn.execute(insert(table), rows)
            pk = next(iter(table.primary_key.columns)).name
            audits += [{"operation_id": self.operation_id, "entity": table.name,
                        "entity_id": r[pk] if isinstance(r[pk], int) else 0, "action": "insert",
                        "changes": dumps(encode_row(table, r))} for r in rows]
        conn.execute(insert(AuditEntry), audits)
        self.count = 0
