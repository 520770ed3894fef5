"""Duplicate check for import, behind one function so the shared matcher can replace it:
`find_matches(session, candidates)` — for now the same E.164 phone, the same normalized e-mail,
the same uid, or (for an organization) the same name as a live contact. `FileIndex` finds rows
of the same file that repeat an earlier row."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from crm_desktop.core.models import Contact, ContactEmail, ContactPhone

from .records import Match

_CHUNK = 500  # values per IN (...): far below SQLite's variable limit


@dataclass(frozen=True)
class Candidate:
    key: int  # the row number
    display_name: str
    kind: str = "person"
    phones: tuple[str, ...] = ()  # E.164
    emails: tuple[str, ...] = ()  # normalized
    uid: str | None = None


def _lookup(session: Session, column, values: set[str]) -> dict[str, list[tuple[int, str]]]:  # type: ignore[no-untyped-def]
    found: dict[str, list[tuple[int, str]]] = defaultdict(list)
    items = sorted(values)
    for i in range(0, len(items), _CHUNK):
        part = items[i:i + _CHUNK]
        q = select(column, Contact.id, Contact.display_name).where(column.in_(part),
                                                                   Contact.deleted_at.is_(None))
        if column.class_ is not Contact:
            q = q.join(Contact, Contact.id == column.class_.contact_id)
        for value, cid, name in session.execute(q):
            if (cid, name) not in found[value]:
                found[value].append((cid, name))
    return found


def find_matches(session: Session, candidates: Sequence[Candidate]) -> dict[int, list[Match]]:
    """Live contacts each candidate may duplicate, by candidate key (rows with none are left out)."""
    phones = _lookup(session, ContactPhone.e164, {p for c in candidates for p in c.phones})
    emails = _lookup(session, ContactEmail.normalized, {e for c in candidates for e in c.emails})
    uids = _lookup(session, Contact.uid, {c.uid for c in candidates if c.uid})
    orgs: dict[str, list[tuple[int, str]]] = defaultdict(list)
    org_names = {c.display_name.casefold() for c in candidates if c.kind == "organization"}
    if org_names:
        for cid, name in session.execute(select(Contact.id, Contact.display_name).where(
                Contact.kind == "organization", Contact.deleted_at.is_(None),
                func.lower(Contact.display_name).in_(sorted(org_names)))):
            orgs[name.casefold()].append((cid, name))
    out: dict[int, list[Match]] = {}
    for c in candidates:
        matches: list[Match] = []
        keys = [(uids, c.uid, "same uid")] if c.uid else []
        keys += [(phones, p, "same phone") for p in c.phones] + [(emails, e, "same e-mail") for e in c.emails]
        if c.kind == "organization":
            keys.append((orgs, c.display_name.casefold(), "same organization name"))
        for table, value, why in keys:
            for cid, name in table.get(value, []):  # type: ignore[union-attr]
                if all(m.existing_id != cid for m in matches):
                    matches.append(Match(cid, None, name, f"{why} {value}" if why != "same uid" else why))
        if matches:
            out[c.key] = matches
    return out


class FileIndex:
    """Phones and e-mails of the rows seen so far (bounded: two short keys a row)."""

    def __init__(self) -> None:
        self.seen: dict[str, tuple[int, str]] = {}

    def check_and_add(self, c: Candidate) -> list[Match]:
        matches: list[Match] = []
        keys = [("phone", p) for p in c.phones] + [("e-mail", e) for e in c.emails]
        if c.kind == "organization":
            keys.append(("organization name", c.display_name.casefold()))
        for kind, value in keys:
            hit = self.seen.get(f"{kind}:{value}")
            if hit and all(m.row != hit[0] for m in matches):
                matches.append(Match(None, hit[0], hit[1], f"same {kind} {value} as row {hit[0]}"))
        for kind, value in keys:
            self.seen.setdefault(f"{kind}:{value}", (c.key, c.display_name))
        return matches
