"""Fill an empty vault with a realistic, bilingual project-financing book of business.

Everything is written with SQLAlchemy Core bulk inserts in ONE transaction (all or nothing) and
recorded as ONE operation: a demo of a million rows is not undone row by row, it lives in its own
vault and is thrown away whole, so per-row audit entries would only double its size and build time.
"""

from __future__ import annotations

import contextlib
import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import Connection, func, insert, select
from sqlalchemy.orm import Session

from crm_desktop.core.errors import ValidationError
from crm_desktop.core.models import Contact, Deal, Interaction, Stage, Tag, utcnow
from crm_desktop.core.services.uow import UnitOfWork

from . import activity, deals, organizations, people, reminders
from .roles import TAGS
from .world import World
from .writer import Writer

if TYPE_CHECKING:
    from crm_desktop.core.vault import Vault

MAX_CONTACTS = 1_000_000
MAX_INTERACTIONS_PER_CONTACT = 100
# Page cache while building (KiB): index pages stay in memory instead of being spilled to the
# WAL and read back (and decrypted) again. Restored afterwards.
BUILD_CACHE_KIB = 256 * 1024


@dataclass(frozen=True)
class DemoStats:
    contacts: int  # every contact row: people and organizations
    organizations: int  # of which organizations
    interactions: int
    deals: int
    reminders: int
    seconds: float


def _check_empty(session: Session) -> None:
    for model, what in ((Contact, "contacts"), (Deal, "deals"), (Interaction, "interactions")):
        if session.scalar(select(model.id).limit(1)) is not None:  # trashed rows count too
            raise ValidationError("vault", f"the vault already holds data ({what}); "
                                           "the demo fills only an empty vault")


def _next_id(session: Session, model: type) -> int:
    return (session.scalar(select(func.max(model.id))) or 0) + 1  # type: ignore[attr-defined]


def _tag_ids(session: Session, conn: Connection) -> list[int]:
    existing = dict(session.execute(select(Tag.name, Tag.id).where(Tag.name.in_(TAGS))).all())
    next_id = _next_id(session, Tag)
    new = []
    for name in TAGS:
        if name not in existing:
            existing[name] = next_id
            new.append({"id": next_id, "name": name})
            next_id += 1
    if new:
        conn.execute(insert(Tag.__table__), new)
    return [existing[name] for name in TAGS]


def _shrink_wal(vault: Vault) -> None:
    """The commit copied the WAL into the file; truncate it, or a WAL as big as the demo stays on
    disk for as long as the vault is open."""
    if vault.engine.dialect.name != "sqlite":
        return
    conn = vault.engine.raw_connection()  # autocommit DB-API connection: no open transaction
    try:
        conn.cursor().execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


def build_demo(vault: Vault, contacts: int = 300, seed: int = 1, interactions_per_contact: int = 10,
               progress: Callable[[int, int], None] | None = None, *,
               now: datetime | None = None) -> DemoStats:
    """Fill an empty vault: `contacts` contacts (about 8 % of them organizations), `contacts ×
    interactions_per_contact` interactions, deals and reminders. The same seed gives the same names,
    amounts and texts; dates are relative to `now` (default: the current time).

    `progress(done, total)` is called after each batch; units are contacts + interactions + deals +
    reminders. Raises ValidationError for a vault that holds contacts, deals or interactions."""
    if not 10 <= contacts <= MAX_CONTACTS:
        raise ValidationError("contacts", f"must be between 10 and {MAX_CONTACTS:,}")
    if not 0 <= interactions_per_contact <= MAX_INTERACTIONS_PER_CONTACT:
        raise ValidationError("interactions_per_contact",
                              f"must be between 0 and {MAX_INTERACTIONS_PER_CONTACT}")
    started = time.perf_counter()
    now = now or utcnow()
    if now.tzinfo is None:
        raise ValidationError("now", "needs a time zone")
    n_orgs = min(max(5, contacts * 8 // 100), contacts // 2)
    n_interactions = contacts * interactions_per_contact
    n_reminders = max(10, contacts // 10)
    w = World(random.Random(seed), now)
    with UnitOfWork(vault, "demo.build", undoable=False) as uow:
        session = uow.session
        _check_empty(session)
        stages = [deals.StageRow(s.id, s.position, s.probability, s.is_won, s.is_lost)
                  for s in session.scalars(select(Stage).order_by(Stage.position, Stage.id))]
        if not stages:
            raise ValidationError("vault", "has no pipeline stages to put demo deals in")
        n_deals = max(len(stages), contacts // 20)
        conn = session.connection()
        sqlite = conn.dialect.name == "sqlite"
        old_cache = conn.exec_driver_sql("PRAGMA cache_size").scalar() if sqlite else None
        if sqlite:
            conn.exec_driver_sql(f"PRAGMA cache_size = -{BUILD_CACHE_KIB}")
        try:
            out = Writer(conn, progress, contacts + n_interactions + n_deals + n_reminders)
            tag_ids = _tag_ids(session, conn)
            first_contact = _next_id(session, Contact)
            organizations.plan(w, n_orgs, first_contact)
            organizations.write(w, out, tag_ids)
            out.flush(n_orgs)
            n_people = contacts - n_orgs
            people.plan(w, n_people, first_contact + n_orgs)
            for start in range(0, n_people, people.CHUNK):
                stop = min(start + people.CHUNK, n_people)
                people.write(w, out, tag_ids, start, stop)
                out.flush(stop - start)
            deals.write(w, out, n_deals, _next_id(session, Deal), stages)
            out.flush(n_deals)
            keys = activity.plan(w, n_interactions)
            last: dict[int, datetime] = {}
            activity.write(w, out, keys, _next_id(session, Interaction), last)
            del keys
            activity.set_last_interaction(conn, last)
            reminders.write(w, out, n_reminders)
            out.flush(n_reminders)
            if sqlite:
                # After a bulk load the planner has no statistics and takes `deleted_at IS NULL`
                # for a selective index: a page of 50 names then sorts every contact (3 s instead
                # of 30 ms at 100k). ANALYZE costs ~3 s at that size.
                conn.exec_driver_sql("ANALYZE")
        finally:
            if sqlite:
                with contextlib.suppress(Exception):  # never hide the error that brought us here
                    conn.exec_driver_sql(f"PRAGMA cache_size = {int(old_cache)}")
        uow.operation.summary = (f"Demo data: {contacts:,} contacts ({n_orgs:,} organizations), "
                                 f"{n_interactions:,} interactions, {n_deals:,} deals, "
                                 f"{n_reminders:,} reminders (seed {seed})")
    _shrink_wal(vault)
    return DemoStats(contacts, n_orgs, n_interactions, n_deals, n_reminders,
                     round(time.perf_counter() - started, 3))
