"""Keep the blocking keys in step with every audited write, inside the same transaction.

Just before a unit of work commits, the contacts its audit entries touched (contact rows, their
phones, e-mails and affiliations) are re-keyed. Reading the audit, not the ORM's flush events,
covers the writes that replay or bulk-insert with Core and add their own entries: undo, redo,
imports. An operation that cannot be undone may write without entries (the demo data), so after
one the keys are checked against each contact's updated_at.
"""

from __future__ import annotations

import json
import weakref
from typing import Any

from sqlalchemy import select
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


def ready(conn: Connection) -> bool:
    """False on a vault not yet migrated to the matching schema (only positive answers are cached)."""
    if conn.engine in _READY:
        return True
    if conn.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE name = 'match_key'").first():
        _READY.add(conn.engine)
        return True
    return False


def touched(conn: Connection, operation_id: int) -> set[int]:
    """Contacts whose keys an operation's audit entries may have changed."""
    ids = set(conn.scalars(select(AuditEntry.entity_id).where(
        AuditEntry.operation_id == operation_id, AuditEntry.entity == "contact")))
    lookups: dict[str, set[int]] = {}
    for entity, entity_id, changes in conn.execute(
            select(AuditEntry.entity, AuditEntry.entity_id, AuditEntry.changes).where(
                AuditEntry.operation_id == operation_id, AuditEntry.entity.in_(list(CHILDREN)))):
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


def before_commit(session: Session) -> None:
    """Called by the listener in crm_desktop.core.models.matching before every commit."""
    operation_id = session.info.get("operation_id")
    if operation_id is None:
        return
    session.flush()  # the audit entries of the last changes are written now
    conn = session.connection()
    if not ready(conn):
        return
    ids = touched(conn, operation_id)
    op = session.get(Operation, operation_id)
    if op is not None and not op.undoable:
        ids |= stale_ids(conn)
    if ids:
        refresh_conn(conn, ids)
