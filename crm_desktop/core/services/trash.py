"""The trash: list and restore soft-deleted records; empty it, or erase one record at once (privacy).

Erasing removes the record and every row that hangs off it, clears pointers to it from live rows,
blanks the content of its earlier audit entries (and operation summaries that quoted it), and leaves
one content-free "erase" line per removed row. It is one operation that cannot be undone.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import String, delete, func, insert, select, tuple_, update
from sqlalchemy.orm import Session

from crm_desktop.core import search
from crm_desktop.core.backup.auto import auto_backup
from crm_desktop.core.errors import NotFound, ValidationError
from crm_desktop.core.models import (
    Attachment,
    AuditEntry,
    Base,
    Contact,
    Deal,
    DealNote,
    Interaction,
    InteractionParticipant,
    Operation,
    Reminder,
    utcnow,
)

from .audit_log import Relation, related_entries
from .interactions import refresh_last_interaction
from .uow import ReadSession, UnitOfWork

if TYPE_CHECKING:
    from crm_desktop.core.vault import Vault

TRASHABLE: dict[str, Any] = {"contact": Contact, "deal": Deal, "interaction": Interaction,
                             "reminder": Reminder, "deal_note": DealNote, "attachment": Attachment}
# Rows that hang off a record and are removed with it.
CHILDREN: list[Relation] = [
    ("contact_phone", "contact", "contact_id"), ("contact_email", "contact", "contact_id"),
    ("contact_address", "contact", "contact_id"), ("affiliation", "contact", "person_id"),
    ("affiliation", "contact", "organization_id"), ("contact_tag", "contact", "contact_id"),
    ("deal_party", "contact", "contact_id"), ("deal_party", "deal", "deal_id"),
    ("deal_stage_entry", "deal", "deal_id"), ("interaction_participant", "contact", "contact_id"),
    ("interaction_participant", "interaction", "interaction_id"),
    ("attachment_blob", "attachment", "attachment_id"),
] + [("custom_field_value", e, "entity_id") for e in ("contact", "deal", "interaction")]
# Records that exist only for another one (about it, on it): erased with it.
DEPENDENTS: list[Relation] = [
    ("deal_note", "deal", "deal_id"), ("reminder", "contact", "contact_id"),
    ("reminder", "deal", "deal_id"), ("attachment", "contact", "contact_id"),
    ("attachment", "deal", "deal_id"), ("attachment", "interaction", "interaction_id"),
]
# Live records that merely point at an erased one: the pointer is cleared.
CLEARED: list[tuple[Any, str, str]] = [(Deal, "client_id", "contact"), (Interaction, "deal_id", "deal")]
# Children before parents, so that no foreign key is left dangling at any step. Tables not named
# here whose foreign key says ON DELETE CASCADE (derived indexes, user decisions about a contact)
# are emptied by the database itself; their audit entries are blanked all the same (`cascaded`).
DELETE_ORDER = ("attachment_blob", "attachment", "reminder", "custom_field_value", "contact_tag",
                "interaction_participant", "deal_party", "deal_stage_entry", "deal_note", "affiliation",
                "contact_phone", "contact_email", "contact_address", "interaction", "deal", "contact")
CHUNK = 500


@dataclass(frozen=True)
class TrashItem:
    entity: str
    id: int
    label: str
    deleted_at: datetime


@dataclass(frozen=True)
class EraseResult:
    records: int  # contacts, deals, interactions, reminders, notes and attachments erased
    rows: int  # every row removed, child rows included
    operation_id: int | None  # None when there was nothing to erase


def _chunks(ids: Iterable[Any]) -> Iterator[list[Any]]:
    items = sorted(set(ids))
    for start in range(0, len(items), CHUNK):
        yield items[start:start + CHUNK]


def _label_column(entity: str) -> Any:
    model = TRASHABLE[entity]
    return {"contact": Contact.display_name, "deal": Deal.name, "reminder": func.substr(Reminder.text, 1, 80),
            "deal_note": func.substr(DealNote.text, 1, 80), "attachment": Attachment.filename,
            "interaction": func.coalesce(Interaction.subject, Interaction.kind)}.get(entity, model.id)


def cascaded() -> list[Relation]:
    """Rows of other tables that the database deletes with a record (ON DELETE CASCADE)."""
    known = {(t, c) for t, _, c in CHILDREN + DEPENDENTS}
    return [(t.name, fk.column.table.name, fk.parent.name) for t in Base.metadata.sorted_tables
            for fk in t.foreign_keys if fk.column.table.name in TRASHABLE
            and (fk.ondelete or "").upper() == "CASCADE" and (t.name, fk.parent.name) not in known]


def _first_line(label: Any) -> str:
    return str(label).strip().splitlines()[0] if label is not None and str(label).strip() else ""


def _model(entity: str) -> Any:
    if entity not in TRASHABLE:
        raise ValidationError("entity", f"'{entity}' is not one of {', '.join(TRASHABLE)}")
    return TRASHABLE[entity]


def list_trash(vault: Vault, *, limit: int | None = None) -> list[TrashItem]:
    """Everything in the trash, most recently deleted first."""
    with ReadSession(vault) as s:
        items = [TrashItem(entity, ident, _first_line(label), at)
                 for entity, model in TRASHABLE.items()
                 for ident, label, at in s.execute(
                     select(model.id, _label_column(entity), model.deleted_at)
                     .where(model.deleted_at.is_not(None)))]
    items.sort(key=lambda i: (i.deleted_at, i.entity, i.id), reverse=True)
    return items[:limit] if limit is not None else items


def restore(vault: Vault, entity: str, ident: int) -> TrashItem:
    """Take a record out of the trash (one undoable operation)."""
    model = _model(entity)
    with UnitOfWork(vault, "trash.restore") as uow:
        s = uow.session
        row = s.get(model, ident)
        if row is None or row.deleted_at is None:
            raise NotFound(f"{entity} in the trash", ident)
        label = s.scalar(select(_label_column(entity)).where(model.id == ident))
        item = TrashItem(entity, ident, _first_line(label), row.deleted_at)
        row.deleted_at = None
        if entity == "interaction":
            refresh_last_interaction(s, s.scalars(select(InteractionParticipant.contact_id).where(
                InteractionParticipant.interaction_id == ident)))
        uow.operation.summary = f"Restore {entity.replace('_', ' ')} {item.label}"
        return item


def empty(vault: Vault, older_than: datetime | timedelta | None = None, *,
          now: datetime | None = None) -> EraseResult:
    """Erase everything in the trash (or what was deleted before `older_than`: an instant, or an
    age such as timedelta(days=30)) for good, in one operation that cannot be undone."""
    cutoff = (now or utcnow()) - older_than if isinstance(older_than, timedelta) else older_than
    if cutoff is not None and cutoff.tzinfo is None:
        raise ValidationError("older_than", "give an age, or an instant with its time zone")
    with ReadSession(vault) as s:
        roots = {entity: set(s.scalars(select(m.id).where(
            m.deleted_at.is_not(None), *([m.deleted_at < cutoff] if cutoff else []))))
            for entity, m in TRASHABLE.items()}
    if not any(roots.values()):
        return EraseResult(0, 0, None)
    auto_backup(vault, "erase")  # erasing cannot be undone: only a backup can bring it back
    with UnitOfWork(vault, "trash.empty", "Empty the trash", undoable=False) as uow:
        result = _erase(uow.session, roots)
        uow.operation.summary = f"Empty the trash: {result.records} records erased"
        return EraseResult(result.records, result.rows, uow.operation.id)


def erase(vault: Vault, entity: str, ident: int) -> EraseResult:
    """Erase one record now, in the trash or not (the privacy "erase this person")."""
    model = _model(entity)
    auto_backup(vault, "erase")
    with UnitOfWork(vault, f"{entity}.erase", f"Erase {entity.replace('_', ' ')} #{ident}",
                    undoable=False) as uow:
        if uow.session.get(model, ident) is None:
            raise NotFound(entity, ident)
        result = _erase(uow.session, {entity: {ident}})
        return EraseResult(result.records, result.rows, uow.operation.id)


# ---------------------------------------------------------------- the erase itself
def _ids(s: Session, table: str, column: str, values: Iterable[int], key: str = "id") -> set[Any]:
    t = Base.metadata.tables[table]
    return {v for chunk in _chunks(values) for v in s.scalars(select(t.c[key]).where(t.c[column].in_(chunk)))}


def _expand(s: Session, roots: dict[str, set[int]]) -> dict[str, set[int]]:
    """The records to erase: the roots; interactions that would be left with neither a contact
    nor a deal (only erased contacts took part, on no deal or an erased one); and the records
    that exist only for an erased one."""
    ids = {entity: set(roots.get(entity, ())) for entity in TRASHABLE}
    contacts, deals = ids["contact"], ids["deal"]
    ip = InteractionParticipant
    candidates = (_ids(s, "interaction_participant", "contact_id", contacts, "interaction_id")
                  | _ids(s, "interaction", "deal_id", deals))
    for chunk in _chunks(candidates):
        kept = {iid for iid, cid in s.execute(select(ip.interaction_id, ip.contact_id)
                                              .where(ip.interaction_id.in_(chunk))) if cid not in contacts}
        kept |= {iid for iid, did in s.execute(select(Interaction.id, Interaction.deal_id)
                                               .where(Interaction.id.in_(chunk)))
                 if did is not None and did not in deals}
        ids["interaction"] |= set(chunk) - kept
    for table, parent, column in DEPENDENTS:
        ids[table] |= _ids(s, table, column, ids[parent])
    return ids


def _child_rows(s: Session, ids: dict[str, set[int]]) -> dict[str, set[tuple[Any, ...]]]:
    """Primary keys of the child rows of the erased records, by table."""
    out: dict[str, set[tuple[Any, ...]]] = defaultdict(set)
    fields = dict(s.execute(select(Base.metadata.tables["custom_field_def"].c.id,
                                   Base.metadata.tables["custom_field_def"].c.entity)).all())
    for table, parent, column in CHILDREN:
        t = Base.metadata.tables[table]
        pk = list(t.primary_key.columns)
        for chunk in _chunks(ids[parent]):
            q = select(*pk, *([t.c.field_id] if table == "custom_field_value" else []))
            for row in s.execute(q.where(t.c[column].in_(chunk))):
                if table != "custom_field_value" or fields.get(row[-1]) == parent:
                    out[table].add(tuple(row[:len(pk)]))
    return out


def _scrub(s: Session, ids: dict[str, set[int]], children: dict[str, set[tuple[Any, ...]]]) -> None:
    """Blank the earlier audit entries of everything erased, and the operation summaries that
    quoted any of its text."""
    parents = {t: set(v) for t, v in ids.items()}
    for table, keys in children.items():
        if len(Base.metadata.tables[table].primary_key.columns) == 1:
            parents[table] = {k[0] for k in keys}
    entries = related_entries(s, parents, CHILDREN + DEPENDENTS + cascaded())
    quoted: set[str] = set()
    for e in entries:
        for value in json.loads(e.changes or "{}").values():
            for v in value if isinstance(value, list) else [value]:
                if isinstance(v, str) and len(v) >= 2:
                    quoted.add(v[:20])  # summaries quote at most a prefix of long text
    for entity, model in TRASHABLE.items():
        cols = [c for c in model.__table__.columns if isinstance(c.type, String) and c.name != "uid"]
        for chunk in _chunks(ids[entity]):
            for row in s.execute(select(*cols).where(model.id.in_(chunk))):
                quoted |= {v[:20] for v in row if isinstance(v, str) and len(v) >= 2}
    for chunk in _chunks(e.id for e in entries):
        s.execute(update(AuditEntry).where(AuditEntry.id.in_(chunk)).values(changes=None))
    op_ids = {e.operation_id for e in entries}
    # Past a certain size checking each summary costs more than it saves: blank them all.
    blank_all = len(quoted) * len(op_ids) > 5_000_000
    for chunk in _chunks(op_ids):
        for op in s.scalars(select(Operation).where(Operation.id.in_(chunk))):
            if blank_all or any(q in op.summary for q in quoted):
                op.summary = f"{op.kind} (details erased)"


def _erase(s: Session, roots: dict[str, set[int]]) -> EraseResult:
    ids = _expand(s, roots)
    children = _child_rows(s, ids)
    # Whose search documents and last-interaction dates change once these rows are gone.
    touched = {"contact": _ids(s, "affiliation", "organization_id", ids["contact"], "person_id")
               | _ids(s, "affiliation", "person_id", ids["contact"], "organization_id")
               | {k[1] for k in children["interaction_participant"]},
               "deal": _ids(s, "deal_party", "contact_id", ids["contact"], "deal_id")
               | _ids(s, "deal_note", "id", ids["deal_note"], "deal_id"),
               "interaction": {k[0] for k in children["interaction_participant"]}}
    _scrub(s, ids, children)
    for model, column, parent in CLEARED:
        for chunk in _chunks(ids[parent]):
            for row in s.scalars(select(model).where(getattr(model, column).in_(chunk))):
                if row.id not in ids[model.__tablename__]:
                    setattr(row, column, None)  # through the ORM: audited, and search sees it
    s.flush()
    conn = s.connection()
    now = utcnow()
    for entity in ("contact", "deal", "interaction"):
        model = TRASHABLE[entity]
        # Retire the search documents while the rows still exist (the index may need their
        # old words to forget them), then again once the rows and links are gone.
        for chunk in _chunks(ids[entity]):
            s.execute(update(model).where(model.id.in_(chunk), model.deleted_at.is_(None))
                      .values(deleted_at=now).execution_options(synchronize_session=False))
        search.refresh(s, entity, touched[entity] | ids[entity])
    rows = 0
    lines: set[tuple[str, int]] = set()
    for table in DELETE_ORDER:
        t = Base.metadata.tables[table]
        pk = list(t.primary_key.columns)
        keys = {(i,) for i in ids[table]} if table in TRASHABLE else children.get(table, set())
        lines |= {(table, k[0]) for k in keys}  # as audit_capture names a row: its first key column
        for chunk in _chunks(keys):
            key = pk[0].in_([k[0] for k in chunk]) if len(pk) == 1 else tuple_(*pk).in_(chunk)
            rows += conn.execute(delete(t).where(key)).rowcount
    if lines:
        conn.execute(insert(AuditEntry), [
            {"operation_id": s.info["operation_id"], "entity": table, "entity_id": key,
             "action": "erase", "changes": None} for table, key in sorted(lines)])
    for entity in ("contact", "deal", "interaction"):
        search.refresh(s, entity, touched[entity] | ids[entity])
    # The FTS indexes only tombstone a deleted row: merge them now so the erased words are gone
    # from the file, not just from the results.
    search.purge(s, [e for e in ("contact", "deal", "interaction") if ids[e]])
    refresh_last_interaction(s, touched["contact"] - ids["contact"])
    return EraseResult(sum(len(v) for v in ids.values()), rows, None)
