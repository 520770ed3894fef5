"""Search: one call per keystroke, answered from indexes (FTS5, B-tree keys), never a scan of notes.

Contacts and deals are ranked by tier (sql.py) then recent activity; interactions (notes) come
newest first by FTS rowid. When the exact search finds few contacts for a Latin word, typo
forgiveness compares it with the name keys sharing its first letter (rapidfuzz), not with every name.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from rapidfuzz import process
from rapidfuzz.distance import DamerauLevenshtein
from sqlalchemy.engine import Connection

from crm_desktop.core.errors import ValidationError

from . import hits, participants, sql
from .docs import RANGES
from .plan import Plan, plan
from .results import TYPES, Group, Hit, SearchFilters, SearchResults

if TYPE_CHECKING:
    from crm_desktop.core.vault import Vault

FUZZY_BELOW = 3  # fewer exact contact hits than this: try forgiving a typo
FUZZY_KEYS = 30


def search(vault: Vault, text: str, *, types: Iterable[str] | None = None, limit: int = 20,
           filters: SearchFilters | None = None, count_to: int = 0) -> SearchResults:
    """Contacts, deals and interactions matching `text` (and `filters`), at most `limit` per type.
    With `count_to`, each group also counts its hits up to that many (Group.total): ids only, the
    hits past `limit` are not rendered."""
    with vault.engine.connect() as conn:
        return search_conn(conn, text, types=types, limit=limit, filters=filters, count_to=count_to)


def search_conn(conn: Connection, text: str, *, types: Iterable[str] | None = None, limit: int = 20,
                filters: SearchFilters | None = None, count_to: int = 0) -> SearchResults:
    started = time.perf_counter()
    wanted = tuple(t for t in TYPES if t in set(types or TYPES))
    unknown = set(types or ()) - set(TYPES)
    if unknown:
        raise ValidationError("types", f"not a searchable type: {', '.join(sorted(unknown))} "
                                       f"(use {', '.join(TYPES)})")
    f = filters or SearchFilters()
    p = plan(text or "")
    limit = max(1, int(limit))
    count = max(limit, int(count_to))
    groups: list[Group] = []
    fuzzy = False
    ranked: dict[str, list[tuple[int, int]]] = {}
    notes = "interaction" in wanted and bool(p.terms) and not f.active()
    if p.terms or f.active():
        ranked_types = [e for e in wanted if e != "interaction" and f.allows(e)]
        if notes and "contact" not in ranked_types:  # the people named: their interactions
            ranked_types.insert(0, "contact")
        ranked, fuzzy = _rank(conn, ranked_types, p, f, count + 1)
        fuzzy = fuzzy and "contact" in wanted
    for entity in wanted:
        found: list[Hit] = []
        n = 0
        if entity == "interaction":
            if notes:
                ids = _interaction_ids(conn, p, ranked.get("contact", []), count + 1)
                n, found = len(ids), hits.interaction_hits(conn, ids[:limit], p)
        elif entity in ranked:
            rows = ranked[entity]
            render = hits.contact_hits if entity == "contact" else hits.deal_hits
            n, found = len(rows), render(conn, rows[:limit], p)
        groups.append(Group(entity, tuple(found), n > limit, n if count_to else None))
    return SearchResults(text, tuple(groups), fuzzy, (time.perf_counter() - started) * 1000)


def _interaction_ids(conn: Connection, p: Plan, contacts: list[tuple[int, int]], limit: int) -> list[int]:
    """Notes whose words match, and interactions of the people the query names: newest first."""
    ids: list[int] = []
    if p.note_match:
        ids = [r[0] for r in conn.exec_driver_sql(
            "SELECT rowid FROM search_note WHERE search_note MATCH ? ORDER BY rowid DESC LIMIT ?",
            (p.note_match, limit))]
    met = participants.interaction_ids(conn, participants.people(p, contacts), limit)
    return sorted(set(ids) | set(met), reverse=True)[:limit] if met else ids


class _Ranking:
    """Contacts and deals ranked tier by tier until each page is full."""

    def __init__(self, conn: Connection, entities: list[str], f: SearchFilters, limit: int) -> None:
        self.conn, self.entities, self.filters, self.limit = conn, entities, f, limit
        self.now = datetime.now(UTC)
        self.out: dict[str, list[tuple[int, int]]] = {e: [] for e in entities}

    def _where(self, entity: str) -> Callable[[sql.Binds], str]:
        return lambda b: sql.filters_sql(b, entity, self.filters, self.now)

    def open_entities(self) -> list[str]:
        return [e for e in self.entities if len(self.out[e]) < self.limit]

    def _run(self, entity: str, tier: int, b: sql.Binds, statement: str | None) -> None:
        if statement:
            self.out[entity].extend((r[0], tier) for r in self.conn.exec_driver_sql(statement, b.params))

    def tier(self, ts: sql.TierSet) -> None:
        for entity in self.open_entities():
            self._tier(entity, ts)

    def _tier(self, entity: str, ts: sql.TierSet) -> None:
        """One tier of one entity, by the cheapest way for its size (see sql.py)."""
        out, rng = self.out[entity], RANGES[entity]
        b = sql.Binds()
        members = ts.members(b, rng)
        if not members:
            return
        fetched = self.conn.exec_driver_sql(sql.fetch_sql(members, sql.JOIN_MAX), b.params)
        doc_ids = list(dict.fromkeys(r[0] for r in fetched))
        if not doc_ids:
            return
        b = sql.Binds()
        ids = doc_ids if len(doc_ids) <= sql.JOIN_MAX else None
        exists = None
        if ids is None and ts.key is not None:
            c = sql.Binds()
            count = sql.count_sql(str(ts.members(c, rng)), sql.IN_MAX)
            # A very common key ('z'): dense, a probe per row finds a page at once.
            if (self.conn.exec_driver_sql(count, c.params).scalar() or 0) > sql.IN_MAX:
                exists = ts.exists(b)
        statement = sql.ranked_sql(b, entity, ids=ids, members=None if ids or exists else ts.members(b, rng),
                                   exists=exists, where=self._where(entity), limit=self.limit - len(out),
                                   exclude=[i for i, _ in out])
        self._run(entity, ts.tier, b, statement)

    def listing(self) -> None:
        for entity in self.entities:
            b = sql.Binds()
            self._run(entity, 0, b, sql.ranked_sql(b, entity, where=self._where(entity), limit=self.limit,
                                                   exclude=[]))


def _rank(conn: Connection, entities: list[str], p: Plan, f: SearchFilters,
          limit: int) -> tuple[dict[str, list[tuple[int, int]]], bool]:
    r = _Ranking(conn, entities, f, limit)
    if not p.terms:
        r.listing()
        return r.out, False
    for ts in sql.tiers(p):
        if not r.open_entities():
            break
        r.tier(ts)
    # Forgive a typo only when nothing matched the name itself (no exact or prefix hit).
    contacts = r.out.get("contact")
    if contacts is not None and p.fuzzy and len(contacts) < FUZZY_BELOW and all(t > 1 for _, t in contacts):
        keys = fuzzy_keys(conn, p.key)
        if keys:
            before = len(contacts)
            r.entities = ["contact"]
            r.tier(sql.fuzzy_tier(keys))
            return r.out, len(contacts) > before
    return r.out, False


def fuzzy_keys(conn: Connection, key: str) -> list[str]:
    """Name keys within one typo (two for longer words) of `key`, among those sharing its first
    letter: a few thousand strings, not every name in the vault."""
    first = key[0]
    candidates = [r[0] for r in conn.exec_driver_sql(
        "SELECT DISTINCT key FROM search_key WHERE key >= ? AND key < ? AND kind IN ('n', 'w')",
        (first, chr(ord(first) + 1)))]
    max_distance = 1 if len(key) <= 5 else 2
    matches = process.extract(key, candidates, scorer=DamerauLevenshtein.distance,
                              score_cutoff=max_distance, limit=FUZZY_KEYS)
    return [m[0] for m in sorted(matches, key=lambda m: m[1])]


def ranked_ids(vault: Vault, text: str, entity: str = "contact", *, limit: int = 300) -> list[int]:
    """The ids `search` would rank for `text`, best first, without rendering a hit (the contact
    list asks for hundreds at each keystroke: rendering them would cost ~0.25 ms each)."""
    if entity not in ("contact", "deal"):
        raise ValidationError("entity", "ranked ids are for contacts or deals")
    p = plan(text or "")
    if not p.terms:
        return []
    with vault.engine.connect() as conn:
        ranked, _fuzzy = _rank(conn, [entity], p, SearchFilters(), max(1, int(limit)))
    return [ident for ident, _tier in ranked.get(entity, [])]
