"""Keep the blocking keys in step with every audited write, inside the same transaction.

Just before a unit of work commits, the contacts its audit entries touched (contact rows, their
phones, e-mails and affiliations) are re-keyed. Reading the audit, not the ORM's flush events,
covers the writes that replay or bulk-insert with Core and add their own entries: undo, redo,
imports. An operation that cannot be undone may write without entries (the demo data), so after
one the keys are checked against each contact's updated_at.

A long operation may key as it goes (`key_touched`: an import, chunk by chunk, so that the next
chunk's duplicate check finds its rows in the vault); the hook then reads only the entries
written after that.
"""

from __future__ import annotations

import json
import weakref
from collections.abc import Iterable
from typing import Any, Protocol

from sqlalchemy import func, select
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.orm import Session

from crm_desktop.core.models import Affiliation, AuditEntry, ContactEmail, ContactPhone, Operation

from .store import refresh_conn, stale_ids

# child table -> (model, the column naming the contact whose keys it feeds)
CHILDREN: dict[str, tuple[Any, str]] = {
    "contact_phone": (ContactPhone, "contact_id"),
    "contact_email": (ContactEmail, "contact_id"),
    "affiliation": (Affiliation, "person_id"),
}
_READY: weakref.WeakSet[Engine] = weakref.WeakSet()
KEYED = "match_keyed"  # session.info: (operation id, the last audit entry whose contacts are keyed)
CACHES = "match_profile_caches"  # session.info: the profile caches of the session's row matchers


class Droppable(Protocol):
    def drop(self, ids: Iterable[int]) -> None: ...


def watch(session: Session, cache: Droppable) -> None:
    """Have `cache` forget the contacts this session re-keys (entry.RowMatcher's profiles)."""
    session.info.setdefault(CACHES, weakref.WeakSet()).add(cache)


def ready(conn: Connection) -> bool:
    """False on a vault not yet migrated to the matching schema (only positive answers are cached)."""
    if conn.engine in _READY:
        return True
    if conn.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE name = 'match_key'").first():
        _READY.add(conn.engine)
        return True
    return False


def touched(conn: Connection, operation_id: int, after: int = 0) -> set[int]:
    """Contacts whose keys an operation's audit entries (those with an id above `after`) may have
    changed."""
    mine = (AuditEntry.operation_id == operation_id, AuditEntry.id > after)
    ids = set(conn.scalars(select(AuditEntry.entity_id).where(*mine, AuditEntry.entity == "contact")))
    for entity, (model, column) in CHILDREN.items():
        # An inserted row names its owner in the table itself: a join, not a JSON parse per entry (an
        # import inserts 100,000s). Were it since moved or deleted, that entry names the old owner.
        owner = getattr(model, column)
        ids.update(conn.scalars(select(owner).join(AuditEntry, AuditEntry.entity_id == model.id).where(
            *mine, AuditEntry.entity == entity, AuditEntry.action == "insert", owner.is_not(None))))
    lookups: dict[str, set[int]] = {}
    for entity, entity_id, changes in conn.execute(
            select(AuditEntry.entity, AuditEntry.entity_id, AuditEntry.changes).where(
                *mine, AuditEntry.entity.in_(list(CHILDREN)), AuditEntry.action != "insert")):
        column = CHILDREN[entity][1]
        value = json.loads(changes).get(column) if changes else None
        if value is None:  # an update that left the owner out: ask the row
            lookups.setdefault(entity, set()).add(entity_id)
            continue
        ids.update(v for v in (value if isinstance(value, list) else [value]) if v is not None)
    for entity, row_ids in lookups.items():
        model, column = CHILDREN[entity]
        ids |= set(conn.scalars(select(getattr(model, column)).where(model.id.in_(sorted(row_ids)))))
    return ids


def _keyed_upto(session: Session, operation_id: int) -> int:
    mark = session.info.get(KEYED)
    return mark[1] if mark is not None and mark[0] == operation_id else 0


def key_touched(session: Session) -> int:
    """Key now the contacts the current operation's audit entries touched since the last call, in
    the operation's transaction; returns how many. The commit hook skips what was keyed here."""
    operation_id = session.info.get("operation_id")
    if operation_id is None:
        return 0
    session.flush()
    conn = session.connection()
    if not ready(conn):
        return 0
    after = _keyed_upto(session, operation_id)
    top = conn.scalar(select(func.max(AuditEntry.id)).where(AuditEntry.operation_id == operation_id)) or 0
    ids = touched(conn, operation_id, after) if top > after else set()
    if ids:
        rekeyed = refresh_conn(conn, ids)
        for cache in list(session.info.get(CACHES, ())):
            cache.drop(rekeyed)
    session.info[KEYED] = (operation_id, top)
    return len(ids)


def before_commit(session: Session) -> None:
    """Called by the listener in crm_desktop.core.models.matching before every commit."""
    operation_id = session.info.get("operation_id")
    if operation_id is None:
        return
    session.flush()  # the audit entries of the last changes are written now
    conn = session.connection()
    if not ready(conn):
        return
    ids = touched(conn, operation_id, _keyed_upto(session, operation_id))
    session.info.pop(KEYED, None)
    op = session.get(Operation, operation_id)
    if op is not None and not op.undoable:
        ids |= stale_ids(conn)
    if ids:
        refresh_conn(conn, ids)
