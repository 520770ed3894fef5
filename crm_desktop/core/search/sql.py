"""The SQL of a search (SQLite: FTS5 MATCH, B-tree key ranges), built from a Plan.

Tiers rank contacts and deals: 0 a whole name / pinyin / initials equal to the query, 1 a name key
that starts with it, 2 a substring of a name or detail, 3 words in a note, 4 a forgiven typo.
Within a tier the most recent activity comes first.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from .plan import Plan, Term
from .results import SearchFilters

KEY_END = "\U0010ffff"  # sorts after any character: key >= 'zh' AND key < 'zh\U0010ffff' is a prefix
TRI = "SELECT rowid AS doc_id FROM search_tri WHERE search_tri MATCH {}"
WORD = "SELECT rowid AS doc_id FROM search_word WHERE search_word MATCH {}"
KEYS = "SELECT doc_id FROM search_key WHERE key >= {} AND key < {}"
_UTC_TEXT = "%Y-%m-%dT%H:%M:%S.%fZ"  # as models.base.UTCDateTime stores instants

ENTITY_SQL = {
    "contact": ("contact", 0, "c.last_interaction_at DESC, c.display_name, c.id"),
    "deal": ("deal", 1, "c.updated_at DESC, c.name, c.id"),
}


class Binds:
    """Named parameters for a text() statement."""

    def __init__(self) -> None:
        self.params: dict[str, Any] = {}

    def __call__(self, value: Any) -> str:
        name = f"p{len(self.params)}"
        self.params[name] = value
        return ":" + name


def _name_set(b: Binds, t: Term, multi: bool) -> str | None:
    parts = []
    if t.tri:
        parts.append(TRI.format(b(t.tri)))
    elif t.word:
        parts.append(WORD.format(b("{name info} : " + t.word)))
    if t.phone:
        parts.append(TRI.format(b(t.phone)))
    if multi and t.key:  # 'zhang wei': each word may be a pinyin or name key
        parts.append(KEYS.format(b(t.key), b(t.key + KEY_END)))
    return " UNION ".join(parts) or None


def _body_set(b: Binds, t: Term) -> str | None:
    return WORD.format(b("{body} : " + t.word)) if t.word else None


def _intersect(sets: list[str | None]) -> str | None:
    if not sets or any(s is None for s in sets):
        return None
    return " INTERSECT ".join(f"SELECT doc_id FROM ({s})" for s in sets)


def names_hits(b: Binds, p: Plan) -> str | None:
    """Tiers 0–2: names, keys and details."""
    parts = []
    if p.key:
        k = b(p.key)
        parts.append(f"SELECT doc_id, CASE WHEN key = {k} AND kind <> 'w' THEN 0 ELSE 1 END "
                     f"FROM search_key WHERE key >= {k} AND key < {b(p.key + KEY_END)}")
    multi = len(p.terms) > 1
    names = _intersect([_name_set(b, t, multi) for t in p.terms])
    if names:
        parts.append(f"SELECT doc_id, 2 FROM ({names})")
    if p.phone:
        parts.append(f"SELECT doc_id, 2 FROM ({TRI.format(b(p.phone))})")
    return " UNION ALL ".join(parts) or None


def notes_hits(b: Binds, p: Plan) -> str | None:
    """Tier 3: every term somewhere, one at least in a contact's note or a deal's notes."""
    if len(p.terms) == 1:
        body = _body_set(b, p.terms[0])
    else:
        body = _intersect([" UNION ".join(s for s in (_name_set(b, t, True), _body_set(b, t)) if s)
                           for t in p.terms])
    return f"SELECT doc_id, 3 FROM ({body})" if body else None


def fuzzy_hits(b: Binds, keys: list[str]) -> str:
    return f"SELECT doc_id, 4 FROM search_key WHERE key IN ({', '.join(b(k) for k in keys)})"


def utc_text(value: datetime | date) -> str:
    if not isinstance(value, datetime):
        value = datetime(value.year, value.month, value.day, tzinfo=UTC)
    return value.astimezone(UTC).strftime(_UTC_TEXT)


def filters_sql(b: Binds, entity: str, f: SearchFilters, now: datetime) -> str:
    out = []
    if entity == "contact":
        if f.kind:
            out.append(f"c.kind = {b(f.kind)}")
        if f.tier:
            out.append(f"c.tier = {b(f.tier.upper())}")
        if f.tag:
            out.append("c.id IN (SELECT ct.contact_id FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id "
                       f"WHERE t.name = {b(f.tag)})")
        if f.no_interaction_since:
            out.append(f"(c.last_interaction_at IS NULL OR c.last_interaction_at < "
                       f"{b(utc_text(f.no_interaction_since))})")
    if entity == "deal" and f.stage_id is not None:
        out.append(f"c.stage_id = {b(f.stage_id)}")
    if f.owner:
        out.append(f"c.owner = {b(f.owner)}")
    if f.has_overdue_reminder is not None:
        exists = (f"EXISTS (SELECT 1 FROM reminder r WHERE r.{entity}_id = c.id AND r.status = 'open' "
                  f"AND r.deleted_at IS NULL AND r.due_at < {b(utc_text(now))})")
        out.append(exists if f.has_overdue_reminder else "NOT " + exists)
    return "".join(" AND " + x for x in out)


def ranked(entity: str, hits: str | None, where: str, limit: int, exclude: list[int]) -> str:
    """Ids and tiers of one type, best first. Without hits: every row the filters let through."""
    table, parity, order = ENTITY_SQL[entity]
    skip = f" AND c.id NOT IN ({','.join(map(str, exclude))})" if exclude else ""
    if hits is None:
        return (f"SELECT c.id, 0 FROM {table} c WHERE c.deleted_at IS NULL{where}{skip} "
                f"ORDER BY {order} LIMIT {int(limit)}")
    return (f"WITH hits(doc_id, tier) AS ({hits}) "
            f"SELECT c.id, min(h.tier) AS tier FROM hits h JOIN {table} c ON c.id = h.doc_id / 2 "
            f"WHERE h.doc_id % 2 = {parity} AND c.deleted_at IS NULL{where}{skip} "
            f"GROUP BY c.id ORDER BY tier, {order} LIMIT {int(limit)}")
