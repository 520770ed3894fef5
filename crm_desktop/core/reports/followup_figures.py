"""Follow-up figures: open reminders overdue, due today, and due later this week (no PDF)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from functools import cache
from typing import Any

from sqlalchemy import bindparam, case, func, or_, select
from sqlalchemy.orm import Session, aliased

from crm_desktop.core.models import Contact, Deal, Reminder
from crm_desktop.core.models.base import UTCDateTime

from .fmt import local_midnight


@dataclass(frozen=True)
class ReminderRow:
    reminder_id: int
    text: str
    due_at: datetime
    tz: str  # the zone the reminder was set in
    recurring: bool
    contact_id: int | None  # the reminder's contact, else its deal's client
    contact: str | None
    deal_id: int | None
    deal: str | None
    days_overdue: int  # whole local days past due (0 unless overdue)


@dataclass(frozen=True)
class Followups:
    today: date
    week_end: date  # the Sunday that ends "this week"
    overdue: list[ReminderRow]
    due_today: list[ReminderRow]
    this_week: list[ReminderRow]  # tomorrow to week_end


@dataclass(frozen=True)
class FollowupHead:
    """What the dashboard shows: every bucket counted, and the first `limit` overdue and due-today
    reminders by due time (the Reminders page's order, which a click opens)."""

    today: date
    week_end: date
    overdue_count: int
    due_today_count: int
    this_week_count: int  # tomorrow to week_end
    overdue: list[ReminderRow]  # the longest overdue first
    due_today: list[ReminderRow]


def _live(contact: Any, deal: Any) -> tuple[Any, ...]:
    return (Reminder.deleted_at.is_(None), Reminder.status == "open",
            # a reminder on a contact or deal in the trash goes with it
            or_(Reminder.contact_id.is_(None), contact.id.is_not(None)),
            or_(Reminder.deal_id.is_(None), deal.id.is_not(None)))


def _open_reminders():  # type: ignore[no-untyped-def]
    client = aliased(Contact)
    contact = aliased(Contact)
    # Columns, not Reminder objects: building 4k ORM instances took most of the figure's time.
    return (select(Reminder.id, Reminder.text, Reminder.due_at, Reminder.tz, Reminder.rrule, Deal.id,
                   Deal.name, func.coalesce(contact.id, client.id),
                   func.coalesce(contact.display_name, client.display_name))
            .outerjoin(Deal, (Deal.id == Reminder.deal_id) & Deal.deleted_at.is_(None))
            .outerjoin(contact, (contact.id == Reminder.contact_id) & contact.deleted_at.is_(None))
            .outerjoin(client, (client.id == Deal.client_id) & client.deleted_at.is_(None))
            .where(*_live(contact, Deal)))


def _row(r: Any, today: date, tz: tzinfo, start: datetime) -> ReminderRow:
    rid, text, due_at, zone, rrule, deal_id, deal_name, contact_id, contact_name = r
    days = (today - due_at.astimezone(tz).date()).days if due_at < start else 0
    return ReminderRow(rid, text, due_at, zone, bool(rrule), contact_id, contact_name, deal_id, deal_name,
                       days)


def count_overdue(session: Session, *, today: date, tz: tzinfo) -> int:
    q = _open_reminders().where(Reminder.due_at < local_midnight(today, tz))
    return session.scalar(select(func.count()).select_from(q.subquery())) or 0


def followup_figures(session: Session, *, today: date, tz: tzinfo) -> Followups:
    """Buckets by the reporting zone's days; each sorted by contact, deal, then due time."""
    start = local_midnight(today, tz)
    tomorrow = local_midnight(today + timedelta(days=1), tz)
    week_end = today + timedelta(days=6 - today.weekday())
    after_week = local_midnight(week_end + timedelta(days=1), tz)
    rows = session.execute(_open_reminders().where(Reminder.due_at < after_week)
                           .order_by(Reminder.due_at, Reminder.id))
    overdue, due_today, this_week = [], [], []
    for r in rows:
        row = _row(r, today, tz, start)
        (overdue if row.due_at < start else due_today if row.due_at < tomorrow else this_week).append(row)

    def order(rows: list[ReminderRow]) -> list[ReminderRow]:
        # Python's sort: names sort the same on SQLite and PostgreSQL whatever their collations.
        return sorted(rows, key=lambda r: (r.contact is None, r.contact or "", r.deal is None,
                                           r.deal or "", r.due_at, r.reminder_id))

    return Followups(today, week_end, order(overdue), order(due_today), order(this_week))


_START, _TOMORROW, _AFTER = (bindparam(n, type_=UTCDateTime()) for n in ("start", "tomorrow", "after"))


@cache
def _head_reads() -> tuple[Any, Any, Any]:
    """(counts, first overdue, first due today), built once with parameters: building them on
    every refresh (aliases, outer joins) took ~5-8 ms."""
    due = Reminder.due_at
    contact = aliased(Contact)
    # Only the joins that can hide a reminder: with no names read, both resolve in an index.
    counts = (select(func.count(case((due < _START, 1))),
                     func.count(case(((due >= _START) & (due < _TOMORROW), 1))),
                     func.count(case((due >= _TOMORROW, 1))))
              .outerjoin(Deal, (Deal.id == Reminder.deal_id) & Deal.deleted_at.is_(None))
              .outerjoin(contact, (contact.id == Reminder.contact_id) & contact.deleted_at.is_(None))
              .where(*_live(contact, Deal), due < _AFTER))
    listed = _open_reminders().order_by(due, Reminder.id).limit(bindparam("limit"))
    return counts, listed.where(due < _START), listed.where(due >= _START, due < _TOMORROW)


def followup_head(session: Session, *, today: date, tz: tzinfo, limit: int) -> FollowupHead:
    """The buckets counted in SQL (no row comes into Python; the trash checks read the covering
    `deleted_at` indexes) and only the rows listed: at 4k open reminders, building every row and
    sorting by name took ~100 ms and its panel listed them all."""
    week_end = today + timedelta(days=6 - today.weekday())
    args = {"start": local_midnight(today, tz), "tomorrow": local_midnight(today + timedelta(days=1), tz),
            "after": local_midnight(week_end + timedelta(days=1), tz), "limit": limit}
    counts, overdue, due_today = _head_reads()
    n_overdue, n_today, n_later = session.execute(counts, args).one()
    return FollowupHead(today, week_end, n_overdue or 0, n_today or 0, n_later or 0,
                        [_row(r, today, tz, args["start"]) for r in session.execute(overdue, args)],
                        [_row(r, today, tz, args["start"]) for r in session.execute(due_today, args)])
