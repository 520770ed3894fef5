"""The contact list's two queries, run on the worker: all matching ids in order (one query), and
the columns of a screenful of rows by `id IN (...)`.

Qt-free and read-only. They belong in core (contact_read) next to `list_contacts`; they live here
until the core owners take them, so the list does not load 100k ContactOut objects.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, time, timedelta
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, Select, and_, bindparam, func, or_, select
from sqlalchemy.orm import aliased

from crm_desktop.core.models import (
    Affiliation,
    Contact,
    ContactEmail,
    ContactPhone,
    ContactTag,
    Reminder,
    Tag,
)
from crm_desktop.core.services import reminders
from crm_desktop.core.services.uow import ReadSession
from crm_desktop.gui.formatting import readable_phone

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from crm_desktop.core.vault import Vault

try:  # importing it also registers the listeners that keep the search index current
    from crm_desktop.core import search as _search
except ImportError:  # not there yet: search falls back to a name LIKE
    _search = None  # type: ignore[assignment]

# Formatting a phone parses it again (~0.1 ms each, 6 ms a screenful); the same first rows come back
# keystroke after keystroke.
_readable_phone = lru_cache(maxsize=8192)(readable_phone)

# Hits kept for one search: core renders each hit (~0.25 ms), so a one-letter search stays fast.
SEARCH_LIMIT = 300
FIRST_ROWS = 60  # more than a screenful on a large monitor
SORT_KEYS = ("name", "organization", "title", "phone", "email", "tier", "last_interaction")


@dataclass(frozen=True)
class ContactFilter:
    text: str = ""
    kind: str | None = None
    tier: str | None = None
    tag: str | None = None  # a tag's name
    follow_up: bool = False  # a reminder overdue or due today, or silent past the tier's limit
    sort: str = "name"
    descending: bool = False

    def narrows(self) -> bool:
        """Something beyond the sort order was asked: an empty answer means "no match", not "empty vault"."""
        return bool(self.text.strip() or self.kind or self.tier or self.tag or self.follow_up)


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


# The column subqueries are built once (on first use, on the worker): building them anew per query
# (an aliased Contact adapted column by column) cost ~10 ms a call, more than the query itself.
@cache
def _org_name() -> Any:
    org = aliased(Contact)
    return (select(org.display_name)
            .join(Affiliation, Affiliation.organization_id == org.id)
            .where(Affiliation.person_id == Contact.id, Affiliation.is_primary.is_(True),
                   org.deleted_at.is_(None))
            .limit(1).correlate(Contact).scalar_subquery())


@cache
def _first_phone() -> Any:
    return (select(func.coalesce(ContactPhone.e164, ContactPhone.raw))
            .where(ContactPhone.contact_id == Contact.id)
            .order_by(ContactPhone.position, ContactPhone.id).limit(1).correlate(Contact).scalar_subquery())


@cache
def _first_email() -> Any:
    return (select(ContactEmail.address).where(ContactEmail.contact_id == Contact.id)
            .order_by(ContactEmail.position, ContactEmail.id).limit(1).correlate(Contact).scalar_subquery())


_SORT_COLUMNS: dict[str, Callable[[], Any]] = {
    "name": lambda: Contact.display_name,
    "organization": _org_name,
    "title": lambda: Contact.title,
    "phone": _first_phone,
    "email": _first_email,
    "tier": lambda: Contact.tier,
    "last_interaction": lambda: Contact.last_interaction_at,
}


def _sort_expr(key: str) -> Any:
    return _SORT_COLUMNS.get(key, _SORT_COLUMNS["name"])()


@cache
def _rows_statement() -> Select[Any]:
    """The list's columns for a set of ids; one statement, so SQLAlchemy compiles it once."""
    return (select(Contact.id, Contact.kind, Contact.display_name, _org_name(), Contact.title,
                   _first_phone(), _first_email(), Contact.tier, Contact.last_interaction_at)
            .where(Contact.id.in_(bindparam("ids", expanding=True)), Contact.deleted_at.is_(None)))


def _text_match(text: str) -> ColumnElement[bool]:
    return or_(Contact.display_name.contains(text, autoescape=True),
               Contact.other_names.contains(text, autoescape=True))


def _search_ids(vault: Vault, text: str) -> tuple[list[int], bool] | None:
    """Ranked ids from crm_desktop.core.search (names, pinyin, phones, e-mails, typos forgiven),
    at most SEARCH_LIMIT, and whether there were more; None without that module (then: a name LIKE)."""
    if _search is None:
        return None
    ids = _search.ranked_ids(vault, text, "contact", limit=SEARCH_LIMIT + 1)  # ids only: nothing rendered
    return ids[:SEARCH_LIMIT], len(ids) > SEARCH_LIMIT


@dataclass(frozen=True)
class IdList:
    # Packed 8-byte ints: 0.8 MB for 100k ids instead of ~3.6 MB as a list of int objects.
    ids: Sequence[int]
    more: bool = False  # a search found more than SEARCH_LIMIT: only the best are listed
    # The first screenful's rows, read in the same job: the list paints them at once instead of
    # asking the worker again after its first paint (one round trip and one paint less per keystroke).
    first_rows: dict[int, ContactRow] = field(default_factory=dict)
    # Set by query_first_page: how many contacts the whole list has when `ids` is only its first
    # screenful (the rest comes from query_ids next).
    total: int | None = None

    @property
    def partial(self) -> bool:
        return self.total is not None and self.total > len(self.ids)


def _among(ids: Select[Any]) -> ColumnElement[bool]:
    """The contact is in this set of ids. Each filter is a set built from its own index; the list
    then walks its covering name index and probes the sets ("+ 0" keeps the planner from fetching
    every row by id and sorting after, or from checking columns row by row while walking the name
    index — random page reads that cost 2 s at 100k for the follow-up filter, 150 ms for a tier)."""
    return (Contact.id + 0).in_(ids)


def _with_column(column: str, value: str) -> Select[Any]:
    c = aliased(Contact)
    return select(c.id).where(getattr(c, column) == value)  # kind and tier are indexed: index only


def _tagged(name: str) -> Select[Any]:
    # contact_tag is indexed by tag_id: the tag's contacts are a seek, not a scan.
    tag = select(Tag.id).where(Tag.name == name).scalar_subquery()
    return select(ContactTag.contact_id).where(ContactTag.tag_id == tag)


def _needs_follow_up(s: Session, now: datetime) -> Select[Any]:
    """An open reminder due before tomorrow (overdue or due today, on the vault's calendar, as the
    Reminders page counts them), or gone cold as the dashboard says: silent longer than the
    tier's limit (since it was added, if never met)."""
    from crm_desktop.core.reports.cold_figures import thresholds  # on the worker: reports are heavy

    local = reminders.zone(reminders.default_zone_name(s))
    today = now.astimezone(local).date()
    tomorrow = datetime.combine(today + timedelta(days=1), time(0), local)
    due = (select(Reminder.contact_id)
           .where(Reminder.deleted_at.is_(None), Reminder.status == "open", Reminder.due_at < tomorrow,
                  Reminder.contact_id.is_not(None)))
    c = aliased(Contact)
    cold = []
    for tier, days in thresholds(s).items():
        cutoff = datetime.combine(today - timedelta(days=days), time(0), local).astimezone(UTC)
        cold.append(and_(c.tier == tier, or_(c.last_interaction_at < cutoff,
                                             and_(c.last_interaction_at.is_(None), c.created_at < cutoff))))
    # One scan in table order (~0.2-0.4 s at 100k): no index covers tier, last and created together.
    return select(c.id).where(c.deleted_at.is_(None), or_(c.id.in_(due), *cold))


def tag_names(vault: Vault) -> list[str]:
    """Every tag on some contact, by name (the tag filter's choices): one index seek per tag."""
    with ReadSession(vault) as s:
        used = select(ContactTag.tag_id).where(ContactTag.tag_id == Tag.id).exists()
        return list(s.scalars(select(Tag.name).where(used).order_by(Tag.name)))


def query_ids(vault: Vault, f: ContactFilter, now: datetime | None = None) -> IdList:
    """Every live contact id matching the filter, in display order (one query)."""
    text = f.text.strip()
    found = _search_ids(vault, text) if text else None
    with ReadSession(vault) as s:
        q = select(Contact.id).where(Contact.deleted_at.is_(None))
        if f.kind:
            q = q.where(_among(_with_column("kind", f.kind)))
        if f.tier:
            q = q.where(_among(_with_column("tier", f.tier)))
        if f.tag:
            q = q.where(_among(_tagged(f.tag)))
        if f.follow_up:
            q = q.where(_among(_needs_follow_up(s, now or datetime.now(UTC))))
        if text and found is None:
            q = q.where(_text_match(text))
        elif found is not None:
            q = q.where(Contact.id.in_(found[0]))
        ids = array("q", s.scalars(_in_order(q, f)))
    return IdList(ids, bool(found and found[1]), fetch_rows(vault, ids[:FIRST_ROWS]))


def _in_order(q: Select[Any], f: ContactFilter) -> Select[Any]:
    expr = _sort_expr(f.sort)
    order = expr.desc() if f.descending else expr.asc()
    tie = Contact.id.desc() if f.descending else Contact.id.asc()
    return q.order_by(order.nulls_last(), tie)  # empty values last whichever way the column is sorted


def first_page_helps(f: ContactFilter) -> bool:
    """The whole list by name: its first screenful is a walk of the live-name index (~1 ms at 100k)
    while every id takes 100-200 ms; other orders or filters have to see every row anyway."""
    return not f.narrows() and f.sort == "name"


def query_first_page(vault: Vault, f: ContactFilter) -> IdList:
    """The list's first screenful and how many contacts it has (`total`): shown at once after an
    unlock while query_ids reads every id."""
    with ReadSession(vault) as s:
        total = s.scalar(select(func.count()).select_from(Contact).where(Contact.deleted_at.is_(None))) or 0
        ids = array("q", s.scalars(_in_order(select(Contact.id).where(Contact.deleted_at.is_(None)), f)
                                   .limit(FIRST_ROWS)))
    return IdList(ids, False, fetch_rows(vault, ids), total=total)


def fetch_rows(vault: Vault, ids: Sequence[int]) -> dict[int, ContactRow]:
    """The list columns for these ids (one query); ids no longer live are left out."""
    if not ids:
        return {}
    with ReadSession(vault) as s:
        rows = s.execute(_rows_statement(), {"ids": list(ids)})
        # Phones as people write them (+86 138 0013 8000), formatted here on the worker.
        return {r[0]: ContactRow(*r[:5], _readable_phone(r[5]), *r[6:]) for r in rows}
