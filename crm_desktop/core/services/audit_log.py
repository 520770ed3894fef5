"""Reading the audit trail: the history of one record (its child rows included) and the latest
operations; and finding every entry about a record and what hung off it, which erasing needs.

A child row (a phone, a tag link, a custom value) is tied to its parent by a column that only
insert and delete entries carry in full, so the trail is walked in order, following each child
row's owner through its inserts and moves.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, NamedTuple

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from crm_desktop.core.errors import ValidationError
from crm_desktop.core.models import AuditEntry, Base, CustomFieldDef, Operation, Tag

from .rowcodec import decode_value
from .uow import ReadSession

if TYPE_CHECKING:
    from crm_desktop.core.vault import Vault

# (child table, parent entity, the child's column naming the parent)
Relation = tuple[str, str, str]
HISTORY_CHILDREN: dict[str, list[Relation]] = {
    "contact": [("contact_phone", "contact", "contact_id"), ("contact_email", "contact", "contact_id"),
                ("contact_address", "contact", "contact_id"), ("affiliation", "contact", "person_id"),
                ("affiliation", "contact", "organization_id"), ("contact_tag", "contact", "contact_id"),
                ("custom_field_value", "contact", "entity_id")],
    "deal": [("deal_party", "deal", "deal_id"), ("deal_note", "deal", "deal_id"),
             ("deal_stage_entry", "deal", "deal_id"), ("custom_field_value", "deal", "entity_id")],
    "interaction": [("interaction_participant", "interaction", "interaction_id"),
                    ("custom_field_value", "interaction", "entity_id")],
}
# Bookkeeping columns that change on every write and say nothing to a reader.
NOISE = frozenset({"id", "uid", "created_at", "updated_at"})


@dataclass(frozen=True)
class HistoryEntry:
    at: datetime
    operation_id: int
    kind: str  # the operation's kind, e.g. "contact.edit"
    summary: str  # the operation's summary
    undone: bool  # the operation was undone later
    entity: str  # the table: "contact", or a child such as "contact_phone"
    entity_id: int
    action: str  # insert | update | delete | erase
    changes: dict[str, list[Any]]  # {field: [old, new]}; empty for an erased (or scrubbed) entry


@dataclass(frozen=True)
class OperationOut:
    id: int
    at: datetime
    kind: str
    summary: str
    undone: bool
    undoable: bool


class Entry(NamedTuple):
    id: int
    at: datetime
    operation_id: int
    entity: str
    entity_id: int
    action: str
    changes: str | None


def related_entries(s: Session, parents: dict[str, set[int]],
                    relations: Iterable[Relation]) -> list[Entry]:
    """Entries of the `parents` records and of the rows that belonged to one of them when the
    entry was written, in order."""
    by_table: dict[str, list[tuple[str, str]]] = {}
    for child, parent, column in relations:
        by_table.setdefault(child, []).append((parent, column))
    columns = {t: {c for _, c in specs} | ({"field_id"} if t == "custom_field_value" else set())
               for t, specs in by_table.items()}
    if sum(map(len, parents.values())) <= 50:
        scope = _narrow_scope(s, parents, by_table)
    else:  # many records (emptying a big trash): read the whole trail once
        scope = AuditEntry.entity.in_(set(parents) | set(by_table))
    field_entity = dict(s.execute(select(CustomFieldDef.id, CustomFieldDef.entity)).all())
    owner: dict[tuple[str, str, int], Any] = {}  # (table, column, row id) -> the column's last value
    found: list[Any] = []
    q = (select(AuditEntry.id, AuditEntry.operation_id, AuditEntry.entity, AuditEntry.entity_id,
                AuditEntry.action, AuditEntry.changes)
         .where(scope).order_by(AuditEntry.id).execution_options(yield_per=2000))
    for row in s.execute(q):
        specs = by_table.get(row.entity)
        if row.entity_id in parents.get(row.entity, ()) and not specs:
            found.append(row)
            continue
        if not specs or not row.changes:
            continue
        cols = columns[row.entity]
        # An update that did not move the row leaves its owner where the trail last put it.
        moved = row.action != "update" or any(f'"{c}":' in row.changes for c in cols)
        data = json.loads(row.changes) if moved else {}
        values = {c: _column_values(s, owner, row, data, c) for c in cols}
        fields = [field_entity.get(f) for f in values.get("field_id", [])]
        if any(v in parents.get(parent, ()) and (row.entity != "custom_field_value" or parent in fields)
               for parent, column in specs for v in values[column]) \
                or row.entity_id in parents.get(row.entity, ()):
            found.append(row)
    at: dict[int, datetime] = {}
    ids = [r.id for r in found]
    for start in range(0, len(ids), 500):
        at.update(s.execute(select(AuditEntry.id, AuditEntry.at)
                            .where(AuditEntry.id.in_(ids[start:start + 500]))).all())
    return [Entry(r.id, at[r.id], r.operation_id, r.entity, r.entity_id, r.action, r.changes)
            for r in found]


def _narrow_scope(s: Session, parents: dict[str, set[int]],
                  by_table: dict[str, list[tuple[str, str]]]) -> Any:
    """For a few records: the entries of the records themselves and of every child row that ever
    named one of them (a LIKE over the JSON finds those, inside SQLite), or belongs to one now."""
    named = [and_(AuditEntry.entity == t, or_(*[AuditEntry.changes.like(f'%"{c}":{p}%')
                                               for parent, c in specs for p in parents.get(parent, ())]))
             for t, specs in by_table.items() if any(parents.get(parent) for parent, _ in specs)]
    rows: dict[str, set[int]] = {t: set(ids) for t, ids in parents.items()}
    if named:
        for t, eid in s.execute(select(AuditEntry.entity, AuditEntry.entity_id).where(or_(*named))):
            rows.setdefault(t, set()).add(eid)
    for t, specs in by_table.items():  # rows written without an audited insert (bulk imports)
        table = Base.metadata.tables[t]
        pk = next(iter(table.primary_key.columns))
        for parent, c in specs:
            if parents.get(parent):
                rows.setdefault(t, set()).update(
                    v for v in s.scalars(select(pk).where(table.c[c].in_(parents[parent])))
                    if isinstance(v, int))
    return or_(*[and_(AuditEntry.entity == t, AuditEntry.entity_id.in_(ids))
                 for t, ids in rows.items() if ids])


def _column_values(s: Session, owner: dict[tuple[str, str, int], Any], row: Any,
                   data: dict[str, Any], column: str) -> list[Any]:
    key = (row.entity, column, row.entity_id)
    if column in data:
        value = data[column]
        if row.action == "update" and isinstance(value, list):
            owner[key] = value[1]
            return value  # moved from one owner to another: it concerns both
        owner[key] = value
        return [value]
    if key not in owner:  # written before the trail knew it (a Core import): ask the row itself
        table = Base.metadata.tables[row.entity]
        pk = next(iter(table.primary_key.columns))
        owner[key] = s.execute(select(table.c[column]).where(pk == row.entity_id)).scalar()
    return [owner[key]]


def _decode(entity: str, action: str, raw: str | None,
            names: dict[str, dict[int, str]]) -> dict[str, list[Any]]:
    if not raw or action == "erase":
        return {}
    data = json.loads(raw)
    table = Base.metadata.tables[entity]
    pairs: dict[str, list[Any]] = {}
    for column, value in data.items():
        if column in NOISE:
            continue
        if action == "update":
            old, new = value
        else:
            old, new = (None, value) if action == "insert" else (value, None)
        if old == new or column not in table.c:
            continue
        col_type = table.c[column].type
        pairs[column] = [decode_value(col_type, old), decode_value(col_type, new)]
    # Name what a bare id stands for where a reader needs it.
    for column, label in (("tag_id", "tag"), ("field_id", "field")):
        if column in pairs:
            pairs[label] = [names[label].get(v) if v is not None else None for v in pairs[column]]
    return pairs


def history(vault: Vault, entity: str, entity_id: int) -> list[HistoryEntry]:
    """Every change to one record and to its child rows (a contact's phones, e-mails, addresses,
    organizations, tags and custom values; a deal's parties, notes and stages), oldest first."""
    if entity not in Base.metadata.tables:
        raise ValidationError("entity", f"'{entity}' is not a kind of record")
    with ReadSession(vault) as s:
        rows = related_entries(s, {entity: {entity_id}}, HISTORY_CHILDREN.get(entity, []))
        op_ids = sorted({r.operation_id for r in rows})
        ops = {o.id: o for start in range(0, len(op_ids), 500)
               for o in s.scalars(select(Operation).where(Operation.id.in_(op_ids[start:start + 500])))}
        names = {"tag": dict(s.execute(select(Tag.id, Tag.name)).all()),
                 "field": dict(s.execute(select(CustomFieldDef.id, CustomFieldDef.name)).all())}
        out = []
        for r in rows:
            changes = _decode(r.entity, r.action, r.changes, names)
            if r.action == "update" and r.changes and not changes:
                continue  # only bookkeeping (updated_at) changed
            op = ops[r.operation_id]
            out.append(HistoryEntry(at=r.at, operation_id=op.id, kind=op.kind, summary=op.summary,
                                    undone=op.undone, entity=r.entity, entity_id=r.entity_id,
                                    action=r.action, changes=changes))
        return out


def recent_operations(vault: Vault, limit: int = 50) -> list[OperationOut]:
    """The latest operations, newest first."""
    with ReadSession(vault) as s:
        return [OperationOut(o.id, o.at, o.kind, o.summary, o.undone, o.undoable) for o in s.scalars(
            select(Operation).order_by(Operation.id.desc()).limit(max(1, int(limit))))]
