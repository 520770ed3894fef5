"""The contact list's two queries, run on the worker: all matching ids in order (one query), and
the columns of a screenful of rows by `id IN (...)`.

Qt-free and read-only. They belong in core (contact_read) next to `list_contacts`; they live here
until the core owners take them, so the list does not load 100k ContactOut objects.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import aliased

from crm_desktop.core.models import Affiliation, Contact, ContactEmail, ContactPhone
from crm_desktop.core.services.uow import ReadSession

if TYPE_CHECKING:
    from crm_desktop.core.vault import Vault

try:  # importing it also registers the listeners that keep the search index current
    from crm_desktop.core import search as _search
except ImportError:  # not there yet: search falls back to a name LIKE
    _search = None  # type: ignore[assignment]

# Hits kept for one search: core renders each hit (~0.25 ms), so a one-letter search stays fast.
SEARCH_LIMIT = 300
SORT_KEYS = ("name", "organization", "title", "phone", "email", "tier", "last_interaction")


@dataclass(frozen=True)
class ContactFilter:
    text: str = ""
    kind: str | None = None
    tier: str | None = None
    sort: str = "name"
    descending: bool = False


@dataclass(frozen=True, slots=True)
class ContactRow:
    id: int
    kind: str
    name: str
    organization: str | None
    title: str | None
    phone: str | None
    email: str | None
    tier: str | None
    last_interaction: datetime | None


def _org_name() -> Any:
    org = aliased(Contact)
    return (select(org.display_name)
            .join(Affiliation, Affiliation.organization_id == org.id)
            .where(Affiliation.person_id == Contact.id, Affiliation.is_primary.is_(True),
                   org.deleted_at.is_(None))
            .limit(1).correlate(Contact).scalar_subquery())


def _first_phone() -> Any:
    return (select(func.coalesce(ContactPhone.e164, ContactPhone.raw))
            .where(ContactPhone.contact_id == Contact.id)
            .order_by(ContactPhone.position, ContactPhone.id).limit(1).correlate(Contact).scalar_subquery())


def _first_email() -> Any:
    return (select(ContactEmail.address).where(ContactEmail.contact_id == Contact.id)
            .order_by(ContactEmail.position, ContactEmail.id).limit(1).correlate(Contact).scalar_subquery())


def _sort_expr(key: str) -> Any:
    return {
        "name": Contact.display_name,
        "organization": _org_name(),
        "title": Contact.title,
        "phone": _first_phone(),
        "email": _first_email(),
        "tier": Contact.tier,
        "last_interaction": Contact.last_interaction_at,
    }.get(key, Contact.display_name)


def _text_match(text: str) -> ColumnElement[bool]:
    return or_(Contact.display_name.contains(text, autoescape=True),
               Contact.other_names.contains(text, autoescape=True))


def _search_ids(vault: Vault, text: str) -> tuple[list[int], bool] | None:
    """Ranked ids from crm_desktop.core.search (names, pinyin, phones, e-mails, typos forgiven),
    at most SEARCH_LIMIT, and whether there were more; None without that module (then: a name LIKE)."""
    if _search is None:
        return None
    ids_only = getattr(_search, "contact_ids", None)  # a cheaper ids-only entry point, if core adds one
    if ids_only is not None:
        ids = list(ids_only(vault, text, limit=SEARCH_LIMIT + 1))
        return ids[:SEARCH_LIMIT], len(ids) > SEARCH_LIMIT
    results = _search.search(vault, text, types=("contact",), limit=SEARCH_LIMIT)
    group = next((g for g in results.groups if g.entity == "contact"), None)
    return results.ids("contact"), bool(group and group.more)


@dataclass(frozen=True)
class IdList:
    ids: list[int]
    more: bool = False  # a search found more than SEARCH_LIMIT: only the best are listed


def query_ids(vault: Vault, f: ContactFilter) -> IdList:
    """Every live contact id matching the filter, in display order (one query)."""
    text = f.text.strip()
    found = _search_ids(vault, text) if text else None
    with ReadSession(vault) as s:
        q = select(Contact.id).where(Contact.deleted_at.is_(None))
        if f.kind:
            q = q.where(Contact.kind == f.kind)
        if f.tier:
            q = q.where(Contact.tier == f.tier)
        if text and found is None:
            q = q.where(_text_match(text))
        elif found is not None:
            q = q.where(Contact.id.in_(found[0]))
        expr = _sort_expr(f.sort)
        order = expr.desc() if f.descending else expr.asc()
        tie = Contact.id.desc() if f.descending else Contact.id.asc()
        # Empty values last whichever way the column is sorted.
        ids = list(s.scalars(q.order_by(order.nulls_last(), tie)))
        return IdList(ids, bool(found and found[1]))


def fetch_rows(vault: Vault, ids: list[int]) -> dict[int, ContactRow]:
    """The list columns for these ids (one query); ids no longer live are left out."""
    if not ids:
        return {}
    with ReadSession(vault) as s:
        rows = s.execute(
            select(Contact.id, Contact.kind, Contact.display_name, _org_name(), Contact.title,
                   _first_phone(), _first_email(), Contact.tier, Contact.last_interaction_at)
            .where(Contact.id.in_(ids), Contact.deleted_at.is_(None)))
        return {r[0]: ContactRow(*r) for r in rows}
