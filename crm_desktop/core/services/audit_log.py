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
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.engine import Row
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


def related_entries(s: Session, parents: dict[str, set[int]],
                    relations: Iterable[Relation]) -> list[Row[Any]]:
    """Entries (id, at, operation_id, entity, entity_id, action, changes) of the `parents`
    records and of the rows that belonged to one of them when the entry was written, in order."""
    by_table: dict[str, list[tuple[str, str]]] = {}
    for child, parent, column in relations:
        by_table.setdefault(child, []).append((parent, column))
    tables = set(parents) | set(by_table)
    field_entity = dict(s.execute(select(CustomFieldDef.id, CustomFieldDef.entity)).all())
    owner: dict[tuple[str, str, int], Any] = {}  # (table, column, row id) -> the column's last value
    out: list[Row[Any]] = []
    q = (select(AuditEntry.id, AuditEntry.at, AuditEntry.operation_id, AuditEntry.entity,
                AuditEntry.entity_id, AuditEntry.action, AuditEntry.changes)
         .where(AuditEntry.entity.in_(tables)).order_by(AuditEntry.id)
         .execution_options(yield_per=2000))
    for row in s.execute(q):
        if row.entity_id in parents.get(row.entity, ()):
            out.append(row)
            continue
        specs = by_table.get(row.entity)
        if not specs or not row.changes:
            continue
        data = json.loads(row.changes)
        values: dict[str, list[Any]] = {}
        for column in {c for _, c in specs} | ({"field_id"} if row.entity == "custom_field_value" else set()):
            values[column] = _column_values(s, owner, row, data, column)
        fields = [field_entity.get(f) for f in values.get("field_id", [])]
        if any(v in parents.get(parent, ()) and (row.entity != "custom_field_value" or parent in fields)
               for parent, column in specs for v in values[column]):
            out.append(row)
    return out


def _column_values(s: Session, owner: dict[tuple[str, str, int], Any], row: Row[Any],
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
