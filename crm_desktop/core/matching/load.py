"""Profiles of stored contacts, read in batches: by ids (one query per table per chunk of ids), or
by a range of ids (index range scans: the whole vault in one pass when every contact is re-keyed)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from itertools import islice

from sqlalchemy.engine import Connection

from .profile import Profile, make_profile

CHUNK = 500  # ids per IN (...): far below SQLite's variable limit
Loaded = tuple[dict[int, Profile], dict[int, str]]


def chunks(ids: Iterable[int], size: int = CHUNK) -> Iterable[list[int]]:
    items = sorted(set(ids))
    for i in range(0, len(items), size):
        yield items[i:i + size]


def _lines(text: str | None) -> list[str]:
    return [n for n in (text or "").splitlines() if n.strip()]


# Plain SQL on the caller's connection, as store.py writes the keys: an import reads profiles
# chunk after chunk, and the ORM's statement building and row processing cost more than SQLite.
_CONTACTS = ("SELECT id, kind, display_name, other_names, given_name, family_name, phonetic_given_name, "
             "phonetic_family_name, updated_at FROM contact WHERE {} AND deleted_at IS NULL")
_PHONES = "SELECT contact_id, e164, raw FROM contact_phone WHERE {}"
_EMAILS = "SELECT contact_id, normalized FROM contact_email WHERE {}"
# Trashed organizations are left out here, not in SQL: with `deleted_at IS NULL` in the WHERE,
# SQLite walks every live contact by that index per chunk (an import of 20,000 rows: 140 s).
_ORGS = ("SELECT a.person_id, c.display_name, c.other_names, c.deleted_at FROM affiliation a "
         "JOIN contact c ON c.id = a.organization_id WHERE {}")


def _where(column: str, ids: list[int] | None, span: tuple[int, int] | None) -> tuple[str, tuple[int, ...]]:
    if ids is not None:
        return f"{column} IN ({','.join('?' * len(ids))})", tuple(ids)
    assert span is not None
    return f"{column} BETWEEN ? AND ?", (span[0], span[1] - 1)


def _load(conn: Connection, ids: list[int] | None, span: tuple[int, int] | None) -> Loaded:
    profiles: dict[int, Profile] = {}
    stamps: dict[int, str] = {}
    # updated_at as stored (text): compared as text with match_state.stamp, never parsed.
    where, args = _where("id", ids, span)
    rows = conn.exec_driver_sql(_CONTACTS.format(where), args).all()
    if not rows:
        return profiles, stamps
    phones: dict[int, list[tuple[str | None, str | None]]] = defaultdict(list)
    where, args = _where("contact_id", ids, span)
    for cid, e164, raw in conn.exec_driver_sql(_PHONES.format(where), args):
        phones[cid].append((e164, raw))
    emails: dict[int, list[str]] = defaultdict(list)
    for cid, address in conn.exec_driver_sql(_EMAILS.format(where), args):
        emails[cid].append(address)
    orgs: dict[int, list[tuple[str, list[str]]]] = defaultdict(list)
    where, args = _where("a.person_id", ids, span)
    for person_id, name, other, deleted in conn.exec_driver_sql(_ORGS.format(where), args):
        if deleted is None:
            orgs[person_id].append((name, _lines(other)))
    for (cid, kind, name, other, given, family, ph_given, ph_family, updated) in rows:
        profiles[cid] = make_profile(
            cid, kind, name, _lines(other), given=given, family=family, phonetic_given=ph_given,
            phonetic_family=ph_family, phones=phones.get(cid, []), emails=emails.get(cid, []),
            orgs=orgs.get(cid, []) if kind == "person" else [])
        stamps[cid] = updated
    return profiles, stamps


def load_profiles(conn: Connection, ids: Iterable[int]) -> Loaded:
    """Profiles of the live contacts among `ids`, and each one's updated_at as stored (deleted or
    missing contacts are left out of both)."""
    profiles: dict[int, Profile] = {}
    stamps: dict[int, str] = {}
    for chunk in chunks(ids):
        # Contacts an import just wrote have consecutive ids: a range scan, no IN list to build.
        span = (chunk[0], chunk[-1] + 1) if chunk[-1] - chunk[0] + 1 == len(chunk) else None
        p, s = _load(conn, None if span else chunk, span)
        profiles.update(p)
        stamps.update(s)
    return profiles, stamps


def load_range(conn: Connection, start: int, stop: int) -> Loaded:
    """Profiles of the live contacts with start <= id < stop."""
    return _load(conn, None, (start, stop))


class ProfileCache:
    """Profiles of stored contacts kept from one chunk of an import to the next: the contacts a
    row's keys find are mostly those found before (people of one organization), and reading and
    forming them again was a third of the duplicate check. The key writer (sync.key_touched) drops
    the contacts it re-keys, so a profile here is never older than the keys that found it."""

    def __init__(self, limit: int = 8000) -> None:  # ~1.5 KB a profile: RSS stays bounded
        self.limit = limit
        self.profiles: dict[int, Profile] = {}

    def load(self, conn: Connection, ids: set[int]) -> dict[int, Profile]:
        """The live contacts among `ids`."""
        have = self.profiles
        out = {i: have[i] for i in ids if i in have}
        missing = [i for i in ids if i not in out]
        if missing:
            fresh, _ = load_profiles(conn, missing)
            out.update(fresh)
            over = len(have) + len(fresh) - self.limit
            if over > 0:  # the oldest read go first (an LRU would cost a move per hit)
                for i in list(islice(have, max(over, self.limit // 4))):
                    del have[i]
            have.update(fresh)
        return out

    def drop(self, ids: Iterable[int]) -> None:
        for i in ids:
            self.profiles.pop(i, None)
