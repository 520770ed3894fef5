"""Keep the search index in step with ORM writes, inside the same transaction.

Mapper events note which contacts, deals and interactions a flush touched (child rows included);
just before the session commits, their documents are rebuilt on the session's connection, so a
service returns with its change already searchable and a rollback leaves the index untouched.
Writes that bypass the ORM (undo's Core statements, bulk imports) call `refresh` / `refresh_rows`.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterable
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.orm import Session, object_session

from crm_desktop.core.models import Base

from .index import refresh_conn, refresh_rank

PENDING = "search_pending"

# table -> (what it belongs to, the column naming its owner, columns whose change matters or None: all)
WATCH: dict[str, tuple[str, str, frozenset[str] | None]] = {
    "contact": ("contact", "id", frozenset({
        "kind", "display_name", "given_name", "family_name", "phonetic_given_name",
        "phonetic_family_name", "other_names", "title", "department", "note", "deleted_at"})),
    "contact_phone": ("contact", "contact_id", None),
    "contact_email": ("contact", "contact_id", None),
    "contact_tag": ("contact", "contact_id", None),
    "affiliation": ("contact", "person_id", None),
    "deal": ("deal", "id", frozenset({"name", "client_id", "description", "deleted_at"})),
    "deal_note": ("deal", "deal_id", frozenset({"deal_id", "text", "deleted_at"})),
    "interaction": ("interaction", "id", frozenset({"subject", "body", "deleted_at"})),
    "custom_field_value": ("field", "entity_id", None),  # entity type: on the field's definition
    "tag": ("tag", "id", frozenset({"name"})),
}
# A contact's name shows in other documents: its people's (organization) and its deals' (client).
NAME_COLUMNS = frozenset({"display_name", "deleted_at", "kind"})
# Columns copied into search_doc to rank and filter: a change updates that row only.
RANK_COLUMNS = {"contact": frozenset({"tier", "owner", "last_interaction_at"}),
                "deal": frozenset({"owner", "stage_id", "updated_at"})}


class Pending:
    def __init__(self) -> None:
        self.ids: dict[str, set[int]] = {"contact": set(), "deal": set(), "interaction": set()}
        self.rank: dict[str, set[int]] = {"contact": set(), "deal": set()}
        self.renamed: set[int] = set()
        self.tags: set[int] = set()
        self.fields: set[tuple[int, int]] = set()  # (field_id, entity_id)

    def add(self, table: str, owner: int | None, row: dict[str, Any], renamed: bool = False) -> None:
        if owner is None:
            return
        kind = WATCH[table][0]
        if kind == "field":
            self.fields.add((row["field_id"], owner))
        elif kind == "tag":
            self.tags.add(owner)
        else:
            self.ids[kind].add(owner)
            if renamed and table == "contact":
                self.renamed.add(owner)

    def __bool__(self) -> bool:
        return any(self.ids.values()) or any(self.rank.values()) or bool(
            self.renamed or self.tags or self.fields)


def _pending(session: Session) -> Pending:
    p = session.info.get(PENDING)
    if p is None:
        p = session.info[PENDING] = Pending()
    return p


def _note(target: Any, action: str) -> None:
    table = target.__table__.name
    spec = WATCH.get(table)
    session = object_session(target)
    if spec is None or session is None:
        return
    _, fk, columns = spec
    p = _pending(session)
    row = {"field_id": getattr(target, "field_id", None)}
    if action != "update":
        p.add(table, getattr(target, fk), row, renamed=True)
        return
    state = inspect(target)
    changed = {a.key for a in state.attrs if a.history.has_changes()}
    if columns is not None and not (changed & columns):
        if changed & RANK_COLUMNS.get(table, frozenset()):
            p.rank[table].add(getattr(target, fk))
        return
    p.add(table, getattr(target, fk), row, renamed=bool(changed & NAME_COLUMNS))
    for old in state.attrs[fk].history.deleted or ():  # moved to another owner (a merge): both
        p.add(table, old, row, renamed=True)


@event.listens_for(Base, "after_insert", propagate=True)
def _after_insert(mapper: Any, connection: Any, target: Any) -> None:
    _note(target, "insert")


@event.listens_for(Base, "after_update", propagate=True)
def _after_update(mapper: Any, connection: Any, target: Any) -> None:
    _note(target, "update")


@event.listens_for(Base, "after_delete", propagate=True)
def _after_delete(mapper: Any, connection: Any, target: Any) -> None:
    _note(target, "delete")


_READY: weakref.WeakSet[Engine] = weakref.WeakSet()


def _index_ready(conn: Connection) -> bool:
    """False on a vault not yet migrated to the search schema (only positive answers are cached)."""
    if conn.engine in _READY:
        return True
    if conn.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE name = 'search_note'").first():
        _READY.add(conn.engine)
        return True
    return False


def apply(conn: Connection, p: Pending) -> None:
    """Resolve what depends on the changed rows, then refresh every document concerned."""
    if not p or not _index_ready(conn):
        return
    ids = p.ids
    if p.tags:
        ids["contact"].update(conn.exec_driver_sql(
            f"SELECT contact_id FROM contact_tag WHERE tag_id IN ({_inline(p.tags)})").scalars())
    if p.fields:
        defs = {r[0]: r[1] for r in conn.exec_driver_sql(
            f"SELECT id, entity FROM custom_field_def WHERE id IN ({_inline(f for f, _ in p.fields)})")}
        for field_id, entity_id in p.fields:
            if defs.get(field_id) in ids:
                ids[defs[field_id]].add(entity_id)
    if p.renamed:
        inlined = _inline(p.renamed)
        ids["contact"].update(conn.exec_driver_sql(
            f"SELECT person_id FROM affiliation WHERE organization_id IN ({inlined})").scalars())
        ids["deal"].update(conn.exec_driver_sql(
            f"SELECT id FROM deal WHERE client_id IN ({inlined})").scalars())
    for entity, entity_ids in ids.items():
        if entity_ids:
            refresh_conn(conn, entity, entity_ids)
    for entity, rank_ids in p.rank.items():
        if rank_ids - ids[entity]:
            refresh_rank(conn, entity, rank_ids - ids[entity])


def _inline(ids: Iterable[int | None]) -> str:
    return ",".join(str(int(i)) for i in ids if i is not None) or "NULL"


@event.listens_for(Session, "before_commit")
def _before_commit(session: Session) -> None:
    session.flush()  # the last changes' mapper events fire now, before the pending set is read
    p = session.info.pop(PENDING, None)
    if p:
        apply(session.connection(), p)


@event.listens_for(Session, "after_rollback")
def _after_rollback(session: Session) -> None:
    session.info.pop(PENDING, None)
