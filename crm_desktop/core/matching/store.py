"""Writing the blocking keys: refresh some contacts, find the stale ones, rebuild everything.

All statements run on the caller's connection, so keys change in the caller's transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from sqlalchemy import delete, func, or_, select
from sqlalchemy.engine import Connection

from crm_desktop.core.models import Affiliation, Contact, MatchKey, MatchState

from .load import Loaded, chunks, load_profiles, load_range
from .profile import blocking_keys

if TYPE_CHECKING:
    from crm_desktop.core.vault import Vault

Progress = Callable[[int, int], None]
BUILD_CHUNK = 2000
RANGE = BUILD_CHUNK  # contact ids per range scan, when many are re-keyed
BIG = 20_000  # contacts re-keyed at once from which the page cache is enlarged
BUILD_CACHE_KIB = 128 * 1024


@contextmanager
def _big_cache(conn: Connection, n: int) -> Iterator[None]:
    """Keys arrive in random order: with the default page cache, inserting 700,000 of them reads
    and decrypts index pages again and again (3x slower). SQLite only, as the vault is."""
    if n < BIG or conn.dialect.name != "sqlite":
        yield
        return
    old = conn.exec_driver_sql("PRAGMA cache_size").scalar()
    conn.exec_driver_sql(f"PRAGMA cache_size = -{BUILD_CACHE_KIB}")
    try:
        yield
    finally:
        conn.exec_driver_sql(f"PRAGMA cache_size = {int(old)}")


def _org_keys(conn: Connection, ids: list[int]) -> dict[int, set[str]]:
    out: dict[int, set[str]] = {}
    for cid, key in conn.execute(select(MatchKey.contact_id, MatchKey.key).where(
            MatchKey.contact_id.in_(ids), MatchKey.kind == "o")):
        out.setdefault(cid, set()).add(key)
    return out


def _write(conn: Connection, ids: list[int], loaded: Loaded | None = None, *,
           fresh: bool = False) -> set[int]:
    """Replace the keys of these contacts; returns the people whose organization's name changed.
    `fresh`: the tables hold no keys for them (a rebuild): nothing to compare or delete."""
    profiles, stamps = loaded or load_profiles(conn, ids)
    old_orgs = {} if fresh else _org_keys(conn, ids)
    if not fresh:
        conn.execute(delete(MatchKey).where(MatchKey.contact_id.in_(ids)))
        conn.execute(delete(MatchState).where(MatchState.contact_id.in_(ids)))
    rows = [(k, v, cid) for cid, p in profiles.items() for k, v in blocking_keys(p)]
    # Plain DB-API executemany: the ORM's per-row parameter handling would double the build time
    # of 700,000 keys (a derived index, like the search tables, written beside the vault's SQL).
    if rows:
        conn.exec_driver_sql("INSERT INTO match_key (kind, key, contact_id) VALUES (?, ?, ?)", rows)
    if stamps:
        conn.exec_driver_sql("INSERT INTO match_state (contact_id, stamp) VALUES (?, ?)",
                             list(stamps.items()))
    if fresh:
        return set()
    renamed = [cid for cid in ids if old_orgs.get(cid, set()) != (
        profiles[cid].orgs if cid in profiles and profiles[cid].kind == "organization" else set())]
    if not renamed:
        return set()
    # A person's keys hold their organizations' names: an organization renamed (or trashed) re-keys them.
    return set(conn.scalars(select(Affiliation.person_id).where(Affiliation.organization_id.in_(renamed))))


def _by_ranges(conn: Connection, todo: set[int]) -> set[int]:
    """Many contacts (a bulk build): read by id ranges, not by long lists of ids."""
    more: set[int] = set()
    for start in range(min(todo) // RANGE * RANGE, max(todo) + 1, RANGE):
        part = [i for i in range(start, start + RANGE) if i in todo]
        if part:
            profiles, stamps = load_range(conn, start, start + RANGE)
            wanted = set(part)
            more |= _write(conn, part, ({k: v for k, v in profiles.items() if k in wanted},
                                        {k: v for k, v in stamps.items() if k in wanted}))
    return more


def refresh_conn(conn: Connection, ids: Iterable[int]) -> set[int]:
    """Bring the keys of these contacts in line with their rows (deleted ones: removed); returns
    every contact re-keyed (people of a renamed organization too)."""
    todo = set(ids)
    done: set[int] = set()
    with _big_cache(conn, len(todo)):
        while todo:
            more: set[int] = set()
            if len(todo) >= BIG:
                more = _by_ranges(conn, todo)
            else:
                for chunk in chunks(todo, BUILD_CHUNK):
                    more |= _write(conn, chunk)
            done |= todo
            todo = more - done
    return done


def stale_ids(conn: Connection) -> set[int]:
    """Live contacts whose keys are missing or older than the row; trashed ones still keyed."""
    live = set(conn.scalars(
        select(Contact.id).outerjoin(MatchState, MatchState.contact_id == Contact.id)
        .where(Contact.deleted_at.is_(None),
               or_(MatchState.stamp.is_(None), MatchState.stamp != Contact.updated_at))))
    gone = set(conn.scalars(select(MatchState.contact_id).join(Contact, Contact.id == MatchState.contact_id)
                            .where(Contact.deleted_at.is_not(None))))
    return live | gone


def rebuild_conn(conn: Connection, progress: Progress | None = None) -> int:
    """Empty the keys and build them again for every live contact; returns how many."""
    conn.execute(delete(MatchKey))
    conn.execute(delete(MatchState))
    top = conn.scalar(select(func.max(Contact.id))) or 0
    total = conn.scalar(select(func.count(Contact.id)).where(Contact.deleted_at.is_(None))) or 0
    done = 0
    with _big_cache(conn, total):
        for start in range(0, top + 1, RANGE):
            loaded = load_range(conn, start, start + RANGE)
            _write(conn, list(loaded[0]), loaded, fresh=True)
            done += len(loaded[0])
            if progress:
                progress(done, total)
    return done


def ensure_keys(vault: Vault, progress: Progress | None = None) -> int:
    """Key the contacts whose keys are missing or stale (a vault filled by bulk writes that bypass
    the audit); returns how many. Keys are derived data: no operation, nothing to undo."""
    with vault.engine.begin() as conn:
        ids = stale_ids(conn)
        if progress:
            progress(0, len(ids))
        refresh_conn(conn, ids)
        if progress:
            progress(len(ids), len(ids))
        return len(ids)


def rebuild(vault: Vault, progress: Progress | None = None) -> int:
    """Rebuild every key in one transaction (a repair; never needed in normal use)."""
    with vault.engine.begin() as conn:
        return rebuild_conn(conn, progress)
