"""The SQL of a search (SQLite: FTS5 MATCH, B-tree key ranges), built from a Plan.

Contacts and deals are ranked in tiers — 0 a whole name / pinyin / initials equal to the query,
1 a name key starting with it, 2 a substring of a name, 3 of a name or a detail (organization,
e-mail, phone…), 4 words in notes, 5 a forgiven typo — and within a tier by recent activity.
A tier is read only while the page is not full, for one entity at a time (contacts and deals are
two ranges of doc ids). Up to JOIN_MAX hits: their ids are looked up in search_doc and sorted.
More (a common letter or character): search_doc is walked by activity until the page is full,
testing each row against the hits held in memory, or for a very common key (more than IN_MAX
hits: 'z') against the key index, row by row.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from .plan import Plan, Term
from .results import SearchFilters

KEY_END = "\U0010ffff"  # sorts after any character: key >= 'zh' AND key < 'zh\U0010ffff' is a prefix
JOIN_MAX = 3000  # hits up to which join-and-sort (~2 µs a hit) beats a walk by activity (~7 µs a row)
IN_MAX = 20000  # key hits up to which a walk probes them in memory rather than in the key index
_UTC_TEXT = "%Y-%m-%dT%H:%M:%S.%fZ"  # as models.base.UTCDateTime stores instants
# Exactly the (entity, activity) index read backwards (rowid last): no sort, stops at the page's end.
_ORDER = "d.activity DESC, d.id DESC"

Range = tuple[int, int]  # [lo, hi) of doc ids: one entity (docs.RANGES)


class Binds:
    """Named parameters for exec_driver_sql."""

    def __init__(self) -> None:
        self.params: dict[str, Any] = {}

    def __call__(self, value: Any) -> str:
        name = f"p{len(self.params)}"
        self.params[name] = value
        return ":" + name


def _fts(table: str, b: Binds, match: str, r: Range) -> str:
    # The rowid range lets FTS5 seek past the other entity's postings.
    return (f"SELECT rowid AS doc_id FROM {table} WHERE {table} MATCH {b(match)} "
            f"AND rowid >= {int(r[0])} AND rowid < {int(r[1])}")


def _keys(b: Binds, where: str, r: Range) -> str:
    # "+doc_id": filter on it, never walk its index (every doc of the entity qualifies).
    return f"SELECT doc_id FROM search_key WHERE {where} AND +doc_id >= {int(r[0])} AND +doc_id < {int(r[1])}"


@dataclass(frozen=True)
class TierSet:
    tier: int
    members: Callable[[Binds, Range], str | None]  # SELECT doc_id …
    key: str | None = None  # a key-prefix tier: its hits can also be probed per row (exists)

    def exists(self, b: Binds) -> str:
        assert self.key is not None
        return (f"EXISTS (SELECT 1 FROM search_key k WHERE k.doc_id = d.id AND k.key >= {b(self.key)} "
                f"AND k.key < {b(self.key + KEY_END)})")


def _tri_expr(t: Term) -> str:
    return f"({t.tri} OR {t.phone})" if t.phone else str(t.tri)


def _names(p: Plan, column: str | None) -> Callable[[Binds, Range], str | None]:
    """Tiers 2 and 3: every term a substring (trigram, 3+ characters) or a word (shorter terms) of
    a name (`column` "name") or of a name or detail (None) — one FTS5 query per index, the AND done
    inside FTS5."""
    def members(b: Binds, r: Range) -> str | None:
        long = [t for t in p.terms if t.tri]
        short = [t for t in p.terms if not t.tri and t.word]
        parts = []
        if long:
            expr = " AND ".join(map(_tri_expr, long))
            parts.append(_fts("search_tri", b, f"{{{column}}} : ({expr})" if column else expr, r))
        if short:
            words = " AND ".join(str(t.word) for t in short)
            parts.append(_fts("search_word", b, f"{{{column or 'name info'}}} : ({words})", r))
        found = " INTERSECT ".join(f"SELECT doc_id FROM ({x})" for x in parts) if parts else None
        if p.phone and not column:  # '138 0013 8000': the whole query as one phone number
            whole = _fts("search_tri", b, p.phone, r)
            return f"{found} UNION {whole}" if found else whole
        return found
    return members


def _notes(p: Plan) -> Callable[[Binds, Range], str | None]:
    """Tier 4: every term a word anywhere, notes included."""
    def members(b: Binds, r: Range) -> str | None:
        words = [str(t.word) for t in p.terms if t.word]
        return _fts("search_word", b, " AND ".join(words), r) if words else None
    return members


def tiers(p: Plan) -> list[TierSet]:
    out = []
    if p.key:
        key = p.key
        out.append(TierSet(0, lambda b, r: _keys(b, f"key = {b(key)} AND kind IN ('n', 'p', 'i')", r)))
        out.append(TierSet(1, lambda b, r: _keys(b, f"key >= {b(key)} AND key < {b(key + KEY_END)}", r),
                           key=key))
    return [*out, TierSet(2, _names(p, "name")), TierSet(3, _names(p, None)), TierSet(4, _notes(p))]


def fuzzy_tier(keys: list[str]) -> TierSet:
    return TierSet(5, lambda b, r: _keys(b, f"key IN ({', '.join(map(b, keys))})", r))


def utc_text(value: datetime | date) -> str:
    if not isinstance(value, datetime):
        value = datetime(value.year, value.month, value.day, tzinfo=UTC)
    return value.astimezone(UTC).strftime(_UTC_TEXT)


def filters_sql(b: Binds, entity: str, f: SearchFilters, now: datetime) -> str:
    out = []
    if entity == "contact":
        if f.kind:
            out.append(f"d.kind = {b(f.kind)}")
        if f.tier:
            out.append(f"d.tier = {b(f.tier.upper())}")
        if f.tag:
            out.append("EXISTS (SELECT 1 FROM contact_tag ct WHERE ct.contact_id = d.entity_id "
                       f"AND ct.tag_id = (SELECT id FROM tag WHERE name = {b(f.tag)}))")
        if f.no_interaction_since:
            out.append(f"d.activity < {b(utc_text(f.no_interaction_since))}")  # never met: ''
    if entity == "deal" and f.stage_id is not None:
        out.append(f"d.stage_id = {b(f.stage_id)}")
    if f.owner:
        out.append(f"d.owner = {b(f.owner)}")
    if f.has_overdue_reminder is not None:
        exists = (f"EXISTS (SELECT 1 FROM reminder r WHERE r.{entity}_id = d.entity_id "
                  f"AND r.status = 'open' AND r.deleted_at IS NULL AND r.due_at < {b(utc_text(now))})")
        out.append(exists if f.has_overdue_reminder else "NOT " + exists)
    return "".join(" AND " + x for x in out)


def count_sql(members: str, cap: int) -> str:
    return f"SELECT count(*) FROM ({members} LIMIT {int(cap) + 1})"


def fetch_sql(members: str, cap: int) -> str:
    """A tier's doc ids, at most cap + 1 (more: the tier is big)."""
    return f"SELECT doc_id FROM ({members}) LIMIT {int(cap) + 1}"


def ranked_sql(b: Binds, entity: str, *, ids: list[int] | None = None, members: str | None = None,
               exists: str | None = None, where: Callable[[Binds], str], limit: int,
               exclude: list[int]) -> str | None:
    """Entity ids, most recent activity first, of: the doc `ids` (a small tier: primary-key look-ups
    and a sort); the doc ids `members` selects, or those `exists` accepts (a big tier: a walk by
    activity that stops at the page's end); every row the filters allow (none of them)."""
    skip = f" AND d.entity_id NOT IN ({','.join(map(str, exclude))})" if exclude else ""
    tail = f"ORDER BY {_ORDER} LIMIT {int(limit)}"
    if ids is not None:
        # Ints read from the index, inlined (one statement, no parameter limit to mind). No
        # "d.entity =": it would tempt SQLite to walk that index instead of looking up the ids.
        listed = ",".join(map(str, ids))
        return (f"SELECT d.entity_id FROM search_doc d WHERE d.id IN ({listed}){where(b)}{skip} {tail}"
                if ids else None)
    head = f"SELECT d.entity_id FROM search_doc d WHERE d.entity = {b(entity)}"
    if members is not None:
        head += f" AND d.id IN ({members})"
    elif exists is not None:
        head += f" AND {exists}"
    return f"{head}{where(b)}{skip} {tail}"
