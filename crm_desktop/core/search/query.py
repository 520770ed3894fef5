"""Search: one call per keystroke, answered from indexes (FTS5, B-tree keys), never a scan of notes.

Contacts and deals are ranked by tier (sql.py) then recent activity; interactions (notes) come
newest first by FTS rowid. When the exact search finds few contacts for a Latin word, typo
forgiveness compares it with the name keys sharing its first letter (rapidfuzz), not with every name.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from rapidfuzz import process
from rapidfuzz.distance import DamerauLevenshtein
from sqlalchemy import text as sql_text
from sqlalchemy.engine import Connection

from . import hits, sql
from .plan import Plan, plan
from .results import TYPES, Group, Hit, SearchFilters, SearchResults

if TYPE_CHECKING:
    from crm_desktop.core.vault import Vault

FUZZY_BELOW = 3  # fewer exact contact hits than this: try forgiving a typo
FUZZY_KEYS = 30


def search(vault: Vault, text: str, *, types: Iterable[str] | None = None, limit: int = 20,
           filters: SearchFilters | None = None) -> SearchResults:
    """Contacts, deals and interactions matching `text` (and `filters`), at most `limit` per type."""
    with vault.engine.connect() as conn:
        return search_conn(conn, text, types=types, limit=limit, filters=filters)


def search_conn(conn: Connection, text: str, *, types: Iterable[str] | None = None, limit: int = 20,
                filters: SearchFilters | None = None) -> SearchResults:
    started = time.perf_counter()
    wanted = tuple(t for t in TYPES if t in set(types or TYPES))
    unknown = set(types or ()) - set(TYPES)
    if unknown:
        raise ValueError(f"not a searchable type: {', '.join(sorted(unknown))}")
    f = filters or SearchFilters()
    p = plan(text or "")
    limit = max(1, int(limit))
    groups: list[Group] = []
    fuzzy = False
    for entity in wanted:
        found: list[Hit] = []
        more = False
        if not p.terms and not f.active():
            pass  # nothing asked: nothing to show
        elif entity == "interaction":
            if p.note_match and not f.active():
                ids = [r[0] for r in conn.exec_driver_sql(
                    "SELECT rowid FROM search_note WHERE search_note MATCH ? ORDER BY rowid DESC LIMIT ?",
                    (p.note_match, limit + 1))]
                more = len(ids) > limit
                found = hits.interaction_hits(conn, ids[:limit], p)
        elif f.allows(entity):
            ranked, used_fuzzy = _rank(conn, entity, p, f, limit + 1)
            fuzzy = fuzzy or used_fuzzy
            more = len(ranked) > limit
            render = hits.contact_hits if entity == "contact" else hits.deal_hits
            found = render(conn, ranked[:limit], p)
        groups.append(Group(entity, tuple(found), more))
    return SearchResults(text, tuple(groups), fuzzy, (time.perf_counter() - started) * 1000)


def _run(conn: Connection, entity: str, hits_sql: str | None, binds: sql.Binds, f: SearchFilters,
         now: datetime, limit: int, exclude: list[int]) -> list[tuple[int, int]]:
    where = sql.filters_sql(binds, entity, f, now)
    statement = sql.ranked(entity, hits_sql, where, limit, exclude)
    return [(r[0], r[1]) for r in conn.execute(sql_text(statement), binds.params)]


def _rank(conn: Connection, entity: str, p: Plan, f: SearchFilters,
          limit: int) -> tuple[list[tuple[int, int]], bool]:
    now = datetime.now(UTC)
    if not p.terms:
        return _run(conn, entity, None, sql.Binds(), f, now, limit, []), False
    out: list[tuple[int, int]] = []
    b = sql.Binds()
    names = sql.names_hits(b, p)
    if names:
        out = _run(conn, entity, names, b, f, now, limit, [])
    if len(out) < limit:  # notes only when names leave room: they are the broadest match
        b = sql.Binds()
        notes = sql.notes_hits(b, p)
        if notes:
            out += _run(conn, entity, notes, b, f, now, limit - len(out), [i for i, _ in out])
    used_fuzzy = False
    if entity == "contact" and p.fuzzy and len(out) < FUZZY_BELOW:
        keys = fuzzy_keys(conn, p.key)
        if keys:
            b = sql.Binds()
            extra = _run(conn, entity, sql.fuzzy_hits(b, keys), b, f, now, limit - len(out),
                         [i for i, _ in out])
            used_fuzzy = bool(extra)
            out += extra
    return out, used_fuzzy


def fuzzy_keys(conn: Connection, key: str) -> list[str]:
    """Name keys within one typo (two for longer words) of `key`, among those sharing its first
    letter: a few thousand strings, not every name in the vault."""
    first = key[0]
    candidates = [r[0] for r in conn.exec_driver_sql(
        "SELECT DISTINCT key FROM search_key WHERE key >= ? AND key < ? AND kind <> 'i'",
        (first, chr(ord(first) + 1)))]
    max_distance = 1 if len(key) <= 5 else 2
    matches = process.extract(key, candidates, scorer=DamerauLevenshtein.distance,
                              score_cutoff=max_distance, limit=FUZZY_KEYS)
    return [m[0] for m in sorted(matches, key=lambda m: m[1])]
