"""Profiles of stored contacts, read in batches: by ids (one query per table per chunk of ids), or
by a range of ids (index range scans: the whole vault in one pass when every contact is re-keyed)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from sqlalchemy import String, select, type_coerce
from sqlalchemy.engine import Connection

from crm_desktop.core.models import Affiliation, Contact, ContactEmail, ContactPhone

from .profile import Profile, make_profile

CHUNK = 500  # ids per IN (...): far below SQLite's variable limit
Loaded = tuple[dict[int, Profile], dict[int, str]]


def chunks(ids: Iterable[int], size: int = CHUNK) -> Iterable[list[int]]:
    items = sorted(set(ids))
    for i in range(0, len(items), size):
        yield items[i:i + size]


def _lines(text: str | None) -> list[str]:
    return [n for n in (text or "").splitlines() if n.strip()]


def _in(column: Any, ids: list[int] | None, span: tuple[int, int] | None) -> Any:
    return column.in_(ids) if ids is not None else column.between(span[0], span[1] - 1)  # type: ignore[index]


def _load(conn: Connection, ids: list[int] | None, span: tuple[int, int] | None) -> Loaded:
    profiles: dict[int, Profile] = {}
    stamps: dict[int, str] = {}
    # updated_at as stored (text): compared as text with match_state.stamp, never parsed.
    rows = conn.execute(select(
        Contact.id, Contact.kind, Contact.display_name, Contact.other_names, Contact.given_name,
        Contact.family_name, Contact.phonetic_given_name, Contact.phonetic_family_name,
        type_coerce(Contact.updated_at, String))
        .where(_in(Contact.id, ids, span), Contact.deleted_at.is_(None))).all()
    if not rows:
        return profiles, stamps
    phones: dict[int, list[tuple[str | None, str | None]]] = defaultdict(list)
    for cid, e164, raw in conn.execute(select(ContactPhone.contact_id, ContactPhone.e164, ContactPhone.raw)
                                       .where(_in(ContactPhone.contact_id, ids, span))):
        phones[cid].append((e164, raw))
    emails: dict[int, list[str]] = defaultdict(list)
    for cid, address in conn.execute(select(ContactEmail.contact_id, ContactEmail.normalized)
                                     .where(_in(ContactEmail.contact_id, ids, span))):
        emails[cid].append(address)
    orgs: dict[int, list[tuple[str, list[str]]]] = defaultdict(list)
    # Trashed organizations are left out here, not in SQL: with `deleted_at IS NULL` in the WHERE,
    # SQLite walks every live contact by that index per chunk (an import of 20,000 rows: 140 s).
    for person_id, name, other, deleted in conn.execute(
            select(Affiliation.person_id, Contact.display_name, Contact.other_names, Contact.deleted_at)
            .join(Contact, Contact.id == Affiliation.organization_id)
            .where(_in(Affiliation.person_id, ids, span))):
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
            if len(have) + len(fresh) > self.limit:
                have.clear()  # oldest first would need an LRU: a rare event, cheap to refill
            have.update(fresh)
        return out

    def drop(self, ids: Iterable[int]) -> None:
        for i in ids:
            self.profiles.pop(i, None)
