"""Reminder use cases: add, list by view, mark done (next occurrence of a series), snooze, edit, delete.

A reminder keeps the IANA zone the user meant; recurrence is computed on that zone's wall clock,
so "every Monday 09:00 Europe/London" stays 09:00 in London on both sides of a DST change.
"""

from __future__ import annotations

import os
import re
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dateutil.rrule import rrule as RRule
from dateutil.rrule import rrulestr
from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.core.errors import ValidationError
from crm_desktop.core.models import Contact, Deal, Reminder, new_uid, utcnow

from .common import UNSET, clean_text, get_or_404, get_setting, is_set
from .reminder_dto import VIEWS, ReminderOut
from .uow import ReadSession, UnitOfWork

if TYPE_CHECKING:
    from crm_desktop.core.vault import Vault

MORNING = time(9, 0)  # the time a reminder given only a date is due
_FREQS = ("HOURLY", "DAILY", "WEEKLY", "MONTHLY", "YEARLY")  # no per-second or per-minute nagging
_UNTIL_UTC = re.compile(r"UNTIL=(\d{8}T\d{6})Z", re.IGNORECASE)
_SNOOZE_SPAN = re.compile(r"^(\d{1,4})\s*([mhdw])$")
_SPAN_UNITS = {"m": "minutes", "h": "hours", "d": "days", "w": "weeks"}


# ---------------------------------------------------------------- time zones and instants
def zone(name: str | None, field: str = "tz") -> ZoneInfo:
    try:
        return ZoneInfo(str(name).strip())
    except (ZoneInfoNotFoundError, ValueError, OSError, TypeError):
        raise ValidationError(field, f"'{name}' is not a known time zone "
                                     "(use an IANA name such as Asia/Shanghai)") from None


def default_zone_name(session: Session) -> str:
    """The vault's "timezone" setting, else this computer's zone (best effort), else UTC."""
    name = get_setting(session, "timezone", "") or os.environ.get("TZ", "").lstrip(":")
    if not name:
        link = os.path.realpath("/etc/localtime")
        name = link.split("zoneinfo/", 1)[1] if "zoneinfo/" in link else "UTC"
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return "UTC"
    return name


def parse_due(value: datetime | date | str, tz_name: str, field: str = "due") -> datetime:
    """An instant (UTC) from an aware datetime, or a naive one / ISO text on `tz_name`'s clock."""
    if isinstance(value, str):
        text = value.strip()
        try:
            value = date.fromisoformat(text) if len(text) == 10 else datetime.fromisoformat(text)
        except ValueError:
            raise ValidationError(field, f"'{value}' is not a date and time "
                                         "(use YYYY-MM-DD HH:MM)") from None
    if not isinstance(value, datetime):
        if not isinstance(value, date):
            raise ValidationError(field, "must be a date and time")
        value = datetime.combine(value, MORNING)
    if value.tzinfo is None:
        value = value.replace(tzinfo=zone(tz_name))
    return value.astimezone(UTC)


def _scheduled(r: Reminder) -> datetime:
    """When the occurrence was meant to be due, before any snooze."""
    return r.snoozed_from or r.due_at


# ---------------------------------------------------------------- recurrence
def _rule(text: str, start_local: datetime, tz: ZoneInfo) -> RRule:
    """The rule on the zone's wall clock (naive local times); a UTC UNTIL is moved onto it."""
    def local_until(m: re.Match[str]) -> str:
        utc = datetime.strptime(m.group(1), "%Y%m%dT%H%M%S").replace(tzinfo=UTC)
        return "UNTIL=" + utc.astimezone(tz).strftime("%Y%m%dT%H%M%S")

    try:
        rule = rrulestr(_UNTIL_UTC.sub(local_until, text), dtstart=start_local)
    except (ValueError, TypeError, KeyError, IndexError) as exc:
        raise ValidationError("rrule", f"'{text}' is not a valid RRULE ({exc})") from None
    if not isinstance(rule, RRule):
        raise ValidationError("rrule", "give one RRULE line")
    return rule


def clean_rrule(text: str | None, due_utc: datetime, tz: ZoneInfo) -> str | None:
    """Validate an RFC 5545 RRULE (with or without the "RRULE:" prefix); returns its canonical text."""
    if text is None or not str(text).strip():
        return None
    body = str(text).strip()
    body = body[6:] if body.upper().startswith("RRULE:") else body
    body = body.upper().strip(";")
    if "\n" in body or ":" in body or "DTSTART" in body:
        raise ValidationError("rrule", "give one RRULE line, without DTSTART")
    parts = dict(p.partition("=")[::2] for p in body.split(";"))
    if parts.get("FREQ") not in _FREQS:
        raise ValidationError("rrule", f"FREQ must be one of {', '.join(_FREQS)}")
    # INTERVAL=0 would make dateutil loop for ever.
    if "INTERVAL" in parts and not (parts["INTERVAL"].isdigit() and int(parts["INTERVAL"]) >= 1):
        raise ValidationError("rrule", "INTERVAL must be a whole number of at least 1")
    start = due_utc.astimezone(tz).replace(tzinfo=None)
    if _rule(body, start, tz).after(start, inc=True) is None:
        raise ValidationError("rrule", f"'{body}' never occurs")
    return body


def _next_due(s: Session, r: Reminder, now: datetime) -> datetime | None:
    """The series' next occurrence after both this one and now (missed ones are not piled up)."""
    tz = zone(r.tz)
    anchor = s.scalar(select(Reminder).where(Reminder.uid == r.series_uid)) if r.series_uid else None
    # COUNT and UNTIL count from the series' first occurrence; an erased first one -> this one.
    start = _scheduled(anchor or r).astimezone(tz).replace(tzinfo=None)
    after = max(_scheduled(r), now).astimezone(tz).replace(tzinfo=None)
    nxt = _rule(r.rrule or "", start, tz).after(after, inc=False)
    return None if nxt is None else nxt.replace(tzinfo=tz).astimezone(UTC)


# ---------------------------------------------------------------- reading
def _load(s: Session, query: Any, now: datetime) -> list[ReminderOut]:
    rows = s.execute(query.add_columns(Contact.display_name, Deal.name)
                     .outerjoin(Contact, Contact.id == Reminder.contact_id)
                     .outerjoin(Deal, Deal.id == Reminder.deal_id))
    return [ReminderOut(
        id=r.id, uid=r.uid, text=r.text, due_at=r.due_at, due_local=r.due_at.astimezone(zone(r.tz)),
        tz=r.tz, rrule=r.rrule, status=r.status, snoozed_from=r.snoozed_from, done_at=r.done_at,
        contact_id=r.contact_id, contact=cname, deal_id=r.deal_id, deal=dname,
        overdue=r.status == "open" and r.due_at < now, series_uid=r.series_uid)
        for r, cname, dname in rows]


def _one(s: Session, reminder_id: int, now: datetime | None = None) -> ReminderOut:
    return _load(s, select(Reminder).where(Reminder.id == reminder_id), now or utcnow())[0]


def get(vault: Vault, reminder_id: int, *, now: datetime | None = None) -> ReminderOut:
    with ReadSession(vault) as s:
        get_or_404(s, Reminder, reminder_id, "reminder")
        return _one(s, reminder_id, now)


def list_reminders(vault: Vault, view: str = "open", *, contact_id: int | None = None,
                   deal_id: int | None = None, now: datetime | None = None, tz: str | None = None,
                   limit: int | None = None) -> list[ReminderOut]:
    """today: open, due today on `tz`'s calendar (overdue ones of today included, flagged);
    overdue: open, due before now; upcoming: open, due after today; open; done (newest first)."""
    if view not in VIEWS:
        raise ValidationError("view", f"'{view}' is not one of {', '.join(VIEWS)}")
    now = now or utcnow()
    with ReadSession(vault) as s:
        q = select(Reminder).where(Reminder.deleted_at.is_(None))
        if contact_id is not None:
            q = q.where(Reminder.contact_id == contact_id)
        if deal_id is not None:
            q = q.where(Reminder.deal_id == deal_id)
        if view == "done":
            q = q.where(Reminder.status == "done").order_by(Reminder.done_at.desc(), Reminder.id.desc())
        else:
            q = q.where(Reminder.status == "open").order_by(Reminder.due_at, Reminder.id)
            local = zone(tz or default_zone_name(s))
            today = now.astimezone(local).date()
            start = datetime.combine(today, time(0), local)
            end = datetime.combine(today + timedelta(days=1), time(0), local)
            if view == "today":
                q = q.where(Reminder.due_at >= start, Reminder.due_at < end)
            elif view == "overdue":
                q = q.where(Reminder.due_at < now)
            elif view == "upcoming":
                q = q.where(Reminder.due_at >= end)
        if limit is not None:
            q = q.limit(limit)
        return _load(s, q, now)


# ---------------------------------------------------------------- writing
def _check_links(s: Session, contact_id: int | None, deal_id: int | None) -> None:
    for value, model, field in ((contact_id, Contact, "contact_id"), (deal_id, Deal, "deal_id")):
        if value is not None:
            row = s.get(model, value)
            if row is None or row.deleted_at is not None:
                raise ValidationError(field, f"no {field[:-3]} with id {value}")


def add(vault: Vault, text: str, due: datetime | date | str, *, tz: str | None = None,
        contact_id: int | None = None, deal_id: int | None = None,
        rrule: str | None = None) -> ReminderOut:
    clean = clean_text(text, "text", 2000, required=True)
    with UnitOfWork(vault, "reminder.add") as uow:
        s = uow.session
        if tz is None and isinstance(due, datetime) and isinstance(due.tzinfo, ZoneInfo):
            tz = due.tzinfo.key
        tz_name = tz.strip() if tz else default_zone_name(s)
        zone(tz_name)
        due_at = parse_due(due, tz_name)
        rule = clean_rrule(rrule, due_at, zone(tz_name))
        _check_links(s, contact_id, deal_id)
        uid = new_uid()
        r = Reminder(uid=uid, text=clean, due_at=due_at, tz=tz_name, rrule=rule, status="open",
                     contact_id=contact_id, deal_id=deal_id, series_uid=uid if rule else None)
        s.add(r)
        s.flush()
        uow.operation.summary = f"Add reminder {clean[:60]}"
        return _one(s, r.id)


def done(vault: Vault, reminder_id: int, *, now: datetime | None = None) -> ReminderOut | None:
    """Mark done; for a recurring reminder, create and return the next occurrence (None if the
    reminder does not recur or its series has ended)."""
    now = now or utcnow()
    with UnitOfWork(vault, "reminder.done") as uow:
        s = uow.session
        r = get_or_404(s, Reminder, reminder_id, "reminder")
        if r.status == "done":
            raise ValidationError("status", "this reminder is done already")
        r.status, r.done_at = "done", now
        uow.operation.summary = f"Done: {r.text[:60]}"
        nxt_due = _next_due(s, r, now) if r.rrule else None
        if nxt_due is None:
            return None
        nxt = Reminder(text=r.text, due_at=nxt_due, tz=r.tz, rrule=r.rrule, status="open",
                       contact_id=r.contact_id, deal_id=r.deal_id, series_uid=r.series_uid or r.uid)
        s.add(nxt)
        s.flush()
        return _one(s, nxt.id, now)


def snooze_until(r: Reminder, until: datetime | str, now: datetime) -> datetime:
    """The new due instant: an aware datetime (naive or ISO text: on the reminder's clock), a span
    ("1h", "30m", "2d", "1w"), "tomorrow" or "next_week" (Monday) at the reminder's usual time."""
    tz = zone(r.tz)
    if isinstance(until, str) and until.strip().lower() in ("tomorrow", "next_week"):
        today = now.astimezone(tz).date()
        days = 1 if until.strip().lower() == "tomorrow" else 7 - today.weekday()
        at = _scheduled(r).astimezone(tz).time()
        return datetime.combine(today + timedelta(days=days), at, tz).astimezone(UTC)
    if isinstance(until, str) and (m := _SNOOZE_SPAN.match(until.strip().lower())):
        return now + timedelta(**{_SPAN_UNITS[m.group(2)]: int(m.group(1))})
    return parse_due(until, r.tz, "until")


def snooze(vault: Vault, reminder_id: int, until: datetime | str, *,
           now: datetime | None = None) -> ReminderOut:
    now = now or utcnow()
    with UnitOfWork(vault, "reminder.snooze") as uow:
        s = uow.session
        r = get_or_404(s, Reminder, reminder_id, "reminder")
        if r.status == "done":
            raise ValidationError("status", "a done reminder cannot be snoozed")
        new_due = snooze_until(r, until, now)
        if new_due <= now:
            raise ValidationError("until", "must be in the future")
        r.snoozed_from = r.snoozed_from or r.due_at  # the first schedule, across repeated snoozes
        r.due_at = new_due
        uow.operation.summary = f"Snooze: {r.text[:60]}"
        return _one(s, r.id, now)


def edit(vault: Vault, reminder_id: int, *, text: Any = UNSET, due: Any = UNSET, tz: Any = UNSET,
         rrule: Any = UNSET, contact_id: Any = UNSET, deal_id: Any = UNSET) -> ReminderOut:
    """Change what is given. A new zone alone keeps the local wall time (09:00 stays 09:00 there).
    A new time, zone or rule starts the series again from this occurrence."""
    with UnitOfWork(vault, "reminder.edit") as uow:
        s = uow.session
        r = get_or_404(s, Reminder, reminder_id, "reminder")
        if is_set(text):
            r.text = clean_text(text, "text", 2000, required=True) or ""
        if is_set(contact_id) or is_set(deal_id):
            _check_links(s, contact_id or None, deal_id or None)
            r.contact_id = contact_id if is_set(contact_id) else r.contact_id
            r.deal_id = deal_id if is_set(deal_id) else r.deal_id
        if is_set(tz) or is_set(due) or is_set(rrule):
            new_tz = str(tz).strip() if is_set(tz) and tz else r.tz
            zone(new_tz)
            if is_set(due):
                r.due_at = parse_due(due, new_tz)
            elif new_tz != r.tz:
                r.due_at = parse_due(r.due_at.astimezone(zone(r.tz)).replace(tzinfo=None), new_tz)
            if is_set(due) or new_tz != r.tz:
                r.snoozed_from = None
            r.tz = new_tz
            r.rrule = clean_rrule(rrule if is_set(rrule) else r.rrule, _scheduled(r), zone(new_tz))
            r.series_uid = r.uid if r.rrule else None
        r.updated_at = utcnow()
        uow.operation.summary = f"Edit reminder {r.text[:60]}"
        return _one(s, r.id)


def delete(vault: Vault, reminder_id: int) -> None:
    """Move a reminder to the trash."""
    with UnitOfWork(vault, "reminder.delete") as uow:
        r = get_or_404(uow.session, Reminder, reminder_id, "reminder")
        r.deleted_at = utcnow()
        uow.operation.summary = f"Delete reminder {r.text[:60]}"
