"""Duplicates of a contact being typed (before it is saved) or of rows being imported.

`find_matches` checks one candidate against the vault; `RowMatcher` checks rows chunk by chunk,
against the vault and against the rows it has seen (an import preview); `match_rows` does both for
one list of rows.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from crm_desktop.core.services.common import get_setting

from .candidate import OrgCache, candidate_profile
from .distinct import distinct_pairs, pair
from .load import ProfileCache, load_profiles
from .profile import Profile, blocking_keys
from .score import ENTRY_THRESHOLD, NAME_ONLY, score
from .sync import ready, watch

MAX_PER_KEY = 200  # contacts read per shared key (a common name at a big organization)
KEYS_PER_QUERY = 5000  # bound parameters per statement (SQLite allows 32,766)


@dataclass(frozen=True)
class Match:
    contact_id: int | None  # the contact in the vault; None: another row (see `row`)
    display_name: str
    score: float
    reasons: list[str] = field(default_factory=list)
    row: int | None = None  # match_rows / RowMatcher: the index of the other row
    shared: tuple[str, ...] = ()  # the phones (E.164, or digits as typed) and e-mails both hold


def _match(prof: Profile, other: Profile, value: float, reasons: list[str], row: int | None = None) -> Match:
    shared = sorted(prof.phones & other.phones) + sorted(prof.loose & other.loose) + sorted(
        prof.emails & other.emails)
    return Match(other.id if row is None else None, other.display_name, value, reasons, row, tuple(shared))


def _holders(session: Session, keys: set[tuple[str, str]]) -> dict[tuple[str, str], list[int]]:
    """The contacts holding each key (the first MAX_PER_KEY by id). One statement per kind and
    KEYS_PER_QUERY keys, answered from match_key's primary key (kind, key, contact_id) alone; in
    plain SQL, as store.py writes the keys: an import asks for 100,000s, and the ORM's expanding
    IN cost more than the look-ups (a per-key LIMIT in SQL, a window function, costs 2x more)."""
    by_kind: dict[str, list[str]] = defaultdict(list)
    for kind, key in keys:
        by_kind[kind].append(key)
    conn = session.connection()
    out: dict[tuple[str, str], list[int]] = {}
    for kind, values in by_kind.items():
        values.sort()
        for i in range(0, len(values), KEYS_PER_QUERY):
            part = values[i:i + KEYS_PER_QUERY]
            marks = ",".join("?" * len(part))
            sql = f"SELECT key, contact_id FROM match_key WHERE kind = ? AND key IN ({marks})"
            for key, cid in conn.exec_driver_sql(sql, (kind, *part)):
                held = out.get((kind, key))
                if held is None:
                    out[(kind, key)] = [cid]
                elif len(held) < MAX_PER_KEY:
                    held.append(cid)
    return out


def _keys(p: Profile, min_score: float) -> set[tuple[str, str]]:
    """The keys to look up: a bare name ('n') cannot reach a threshold above NAME_ONLY by itself, and
    every other evidence has its own key — so above it, name keys only find contacts to reject
    (thousands for 王伟 or John Smith)."""
    keys = blocking_keys(p)
    return keys if min_score <= NAME_ONLY else {k for k in keys if k[0] != "n"}


def _ranked(found: list[Match], limit: int) -> list[Match]:
    # At one score, a contact of the vault before another row (what an import would update).
    ranked = sorted(found, key=lambda m: (-m.score, m.contact_id is None, m.contact_id or 0, m.row or 0))
    return ranked[:limit]


def _against_vault(session: Session, profiles: Sequence[Profile], excludes: Sequence[int | None],
                   min_score: float, limit: int, wanted: list[set[tuple[str, str]]] | None = None,
                   cache: ProfileCache | None = None) -> list[list[Match]]:
    """`wanted`: each profile's keys, when the caller has them; `cache`: profiles read before."""
    if not ready(session.connection()):
        return [[] for _ in profiles]
    wanted = wanted if wanted is not None else [_keys(p, min_score) for p in profiles]
    holders = _holders(session, set().union(*wanted)) if wanted else {}
    ids_per = [{cid for k in keys for cid in holders.get(k, ())} for keys in wanted]
    every: set[int] = set().union(*ids_per) if ids_per else set()
    stored = cache.load(session.connection(), every) if cache is not None else \
        load_profiles(session.connection(), every)[0]
    own = [x for x in excludes if x is not None]
    apart = distinct_pairs(session, own) if own else set()
    out = []
    for prof, ids, exclude in zip(profiles, ids_per, excludes, strict=True):
        found = []
        for cid in ids:
            other = stored.get(cid)
            if other is None or cid == exclude or (exclude is not None and pair(cid, exclude) in apart):
                continue
            value, reasons = score(prof, other)
            if value >= min_score:
                found.append(_match(prof, other, value, reasons))
        out.append(_ranked(found, limit))
    return out


def find_matches(session: Session, candidate: Any, exclude_id: int | None = None, limit: int = 10,
                 min_score: float = ENTRY_THRESHOLD) -> list[Match]:
    """Live contacts the candidate may duplicate, best first. `candidate`: a mapping or object
    with display_name, given_name / family_name, phones, emails, organization (see candidate.py);
    `exclude_id`: the contact being edited (and pairs it was marked distinct from)."""
    region = get_setting(session, "phone_region", "CN")
    prof = candidate_profile(session, candidate, region)
    return _against_vault(session, [prof], [exclude_id], min_score, limit)[0]


class RowMatcher:
    """Rows checked chunk by chunk against the vault and the rows seen before them. Remembers
    each row's profile (about a kilobyte) to score later rows against it."""

    def __init__(self, session: Session, *, min_score: float = ENTRY_THRESHOLD, limit: int = 10,
                 region: str | None = None) -> None:
        self.session = session
        self.min_score = min_score
        self.limit = limit
        self.region = region or get_setting(session, "phone_region", "CN")
        self.orgs: OrgCache = {}
        self.seen: list[Profile] = []
        self.index: dict[tuple[str, str], list[int]] = defaultdict(list)
        self.offset = 0  # rows forgotten: Match.row counts every row checked since the start
        self.cache = ProfileCache()
        watch(session, self.cache)

    def forget(self) -> None:
        """Drop the rows seen so far (an import that wrote and keyed them: the vault finds them now),
        so memory stays bounded; later rows are numbered on."""
        self.offset += len(self.seen)
        self.seen.clear()
        self.index.clear()

    def check(self, rows: Iterable[Any]) -> list[list[Match]]:
        """For each row: contacts it may duplicate, then earlier rows it may repeat."""
        profiles = [candidate_profile(self.session, r, self.region, self.orgs) for r in rows]
        wanted = [_keys(p, self.min_score) for p in profiles]
        results = _against_vault(self.session, profiles, [None] * len(profiles), self.min_score, self.limit,
                                 wanted, self.cache)
        for prof, found, keys in zip(profiles, results, wanted, strict=True):
            n = len(self.seen)
            earlier = {i for k in keys for i in self.index.get(k, ())}
            for i in sorted(earlier):
                value, reasons = score(prof, self.seen[i])
                if value >= self.min_score:
                    found.append(_match(prof, self.seen[i], value, reasons, row=self.offset + i))
            found[:] = _ranked(found, self.limit)
            self.seen.append(prof)
            for k in keys:
                if len(self.index[k]) < MAX_PER_KEY:
                    self.index[k].append(n)
        return results


def match_rows(session: Session, rows: Sequence[Any], limit: int = 10,
               min_score: float = ENTRY_THRESHOLD) -> list[list[Match]]:
    """For each row (in order): the contacts it may duplicate and the earlier rows it may repeat
    (`Match.row` is the index of that row in `rows`)."""
    return RowMatcher(session, min_score=min_score, limit=limit).check(rows)
