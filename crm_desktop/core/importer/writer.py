"""Bulk inserts for an import: lists of rows executed with the dialect's own compiled INSERT (4–5x
faster than the ORM, 2x faster than Core's per-row parameter handling), each row with its own
AuditEntry so that `undo` removes the import like any operation. Ids are allocated here (the unit
of work holds the write lock), so children are written in the same flush as their parents; tables
go in dependency order, and undo reverts in reverse."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable
from operator import itemgetter
from typing import Any

from sqlalchemy import Table, func, insert, select
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session
from sqlalchemy.types import LargeBinary, TypeDecorator

from crm_desktop.core.models import AuditEntry, Base
from crm_desktop.core.services.rowcodec import BLOB_OMITTED

FLUSH_ROWS = 2000
# The same text as rowcodec.dumps, without json.dumps' per-call argument handling.
_JSON = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def _last(proc: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """`proc` remembering its last answer: an import stamps every row with one `now` (and every
    audit entry of a flush with one instant), and strftime per row was a tenth of the write."""
    memo: list[tuple[Any, Any]] = [(object(), None)]  # one tuple, swapped whole: thread-safe

    def cached(v: Any) -> Any:
        last = memo[0]
        if v is last[0]:  # identity: equal values of two types (1 and True) may encode apart
            return last[1]
        out = proc(v)
        memo[0] = (v, out)
        return out

    return cached


def _audit_encoder(col: Any) -> Callable[[Any], Any] | None:
    """A column's value as rowcodec.encode_value writes it into an audit entry (None: as is)."""
    if isinstance(col.type, TypeDecorator):
        bind = col.type.process_bind_param
        return _last(lambda v: None if v is None else bind(v, None))
    if isinstance(col.type, LargeBinary):
        return lambda v: None if v is None else BLOB_OMITTED
    return None


# (SQL, columns in parameter order, [(position, bind processor)], positional parameters?)
_Compiled = tuple[str, list[str], list[tuple[int, Callable[[Any], Any]]], bool]


class _Shape:
    """What one table's bulk path needs, worked out once: defaults, encoders, the compiled INSERT."""

    def __init__(self, table: Table, exclude: tuple[str, ...] = ()) -> None:
        self.table = table
        self.names = [c.name for c in table.columns if c.name not in exclude]
        self.defaults: list[tuple[str, Any, bool]] = [
            (c.name, c.default.arg, c.default.is_callable) for c in table.columns
            if c.default is not None and not (c.primary_key and c.name == "id")]
        self.auto_id = "id" in table.c and table.c.id.primary_key
        self.all_names = [c.name for c in table.columns]
        self.all_values = itemgetter(*self.all_names)
        self.encoders = [(c.name, enc) for c in table.columns if (enc := _audit_encoder(c)) is not None]
        self.pk = next(iter(table.primary_key.columns)).name
        self._sql: dict[Any, _Compiled] = {}

    def statement(self, conn: Connection) -> _Compiled:
        """(SQL, columns in parameter order, [(position, bind processor)], positional?) for this dialect."""
        dialect = conn.dialect
        if dialect not in self._sql:
            compiled = insert(self.table).compile(dialect=dialect, column_keys=self.names)
            order = list(compiled.positiontup or self.names)
            procs = {c.name: c.type.bind_processor(dialect) for c in self.table.columns}
            self._sql[dialect] = (str(compiled), order,
                                  [(i, _last(p)) for i, k in enumerate(order) if (p := procs[k])],
                                  bool(compiled.positiontup))
        return self._sql[dialect]

    def execute(self, conn: Connection, rows: list[dict[str, Any]]) -> None:
        sql, order, procs, positional = self.statement(conn)
        values = itemgetter(*order)
        data: list[Any] = []
        for r in rows:
            t = list(values(r))
            for i, p in procs:
                t[i] = p(t[i])
            data.append(tuple(t) if positional else dict(zip(order, t, strict=True)))
        conn.exec_driver_sql(sql, data)

    def audit_json(self, row: dict[str, Any]) -> str:
        """The row as rowcodec.encode_row + dumps write it (the ORM's audit entries look the same)."""
        if len(row) == len(self.all_names) and self.names == self.all_names:
            d = row.copy()  # `add` made it with every column, in the table's order
        else:
            d = dict(zip(self.all_names, self.all_values(row), strict=True))
        for k, enc in self.encoders:
            d[k] = enc(d[k])
        return _JSON(d)


_SHAPES: dict[str, _Shape] = {}


def shape(table: Table) -> _Shape:
    if table.name not in _SHAPES:
        _SHAPES[table.name] = _Shape(table)
    return _SHAPES[table.name]


_AUDIT = _Shape(AuditEntry.__table__, exclude=("id",))  # type: ignore[arg-type]  # ids by the database


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
        sh = shape(table)
        row = dict.fromkeys(sh.names)
        row.update(values)
        if sh.auto_id and "id" not in values:
            row["id"] = self._next_id(table)
        for name, arg, is_callable in sh.defaults:
            if name not in values:
                row[name] = arg(None) if is_callable else arg
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
        at = _AUDIT.table.c.at.default.arg(None)  # type: ignore[union-attr]  # one instant per flush
        for table in Base.metadata.sorted_tables:
            rows = self.pending.pop(table.name, None)
            if not rows:
                continue
            sh = shape(table)
            sh.execute(conn, rows)
            audits += [{"operation_id": self.operation_id, "at": at, "entity": table.name,
                        "entity_id": r[sh.pk] if isinstance(r[sh.pk], int) else 0, "action": "insert",
                        "changes": sh.audit_json(r)} for r in rows]
        _AUDIT.execute(conn, audits)
        self.count = 0
