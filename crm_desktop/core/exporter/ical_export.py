"""Reminders as iCalendar (RFC 5545, via icalendar): VTODO by default (a follow-up is a task), or
VEVENT for calendars that show only events. Times carry the reminder's own zone as TZID with
its VTIMEZONE, so "09:00 in Shanghai" stays 09:00 in Shanghai; a recurring one keeps its RRULE."""

from __future__ import annotations

import os
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

import icalendar
from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.core.models import Contact, Deal, utcnow
from crm_desktop.core.services.uow import ReadSession

from . import data
from .files import ExportError, ExportResult, atomic

if TYPE_CHECKING:
    from crm_desktop.core.vault import Vault

EVENT_MINUTES = 30


def _names(session: Session, model: Any, uids: set[str], attr: str) -> dict[str, str]:
    if not uids:
        return {}
    q = select(model.uid, getattr(model, attr)).where(model.uid.in_(sorted(uids)))
    return dict(session.execute(q).all())


def _component(r: dict[str, Any], component: str, stamp: datetime, about: list[str]) -> Any:
    c = icalendar.Todo() if component == "VTODO" else icalendar.Event()
    local = datetime.fromisoformat(r["due_at"]).astimezone(ZoneInfo(r["tz"]))
    c.add("uid", r["uid"])
    c.add("dtstamp", stamp)
    c.add("summary", r["text"])
    c.add("dtstart", local)
    if component == "VTODO":
        c.add("due", local)
        c.add("status", "COMPLETED" if r["status"] == "done" else "NEEDS-ACTION")
        if r["done_at"]:
            c.add("completed", datetime.fromisoformat(r["done_at"]))
    else:
        c.add("dtend", local + timedelta(minutes=EVENT_MINUTES))
    if r["rrule"]:
        c.add("rrule", icalendar.vRecur.from_ical(r["rrule"]))
    if about:
        c.add("description", "\n".join(about))
    for key, value in (("X-CRM-CONTACT-UID", r["contact_uid"]), ("X-CRM-DEAL-UID", r["deal_uid"])):
        if value:
            c.add(key, value)
    return c


def calendar(session: Session, component: str = "VTODO", include_done: bool = True,
             where: Any = None) -> tuple[icalendar.Calendar, int]:
    """The calendar of live reminders (those matching `where`) and how many it holds."""
    cal = icalendar.Calendar()
    cal.add("prodid", "-//crm-desktop//reminders//EN")
    cal.add("version", "2.0")
    items = [r for r in data.reminders(session, where=where) if include_done or r["status"] != "done"]
    people = _names(session, Contact, {r["contact_uid"] for r in items if r["contact_uid"]}, "display_name")
    deals = _names(session, Deal, {r["deal_uid"] for r in items if r["deal_uid"]}, "name")
    stamp = utcnow()
    for r in items:
        about = [f"Contact: {people[r['contact_uid']]}" if r["contact_uid"] in people else "",
                 f"Deal: {deals[r['deal_uid']]}" if r["deal_uid"] in deals else ""]
        cal.add_component(_component(r, component, stamp, [a for a in about if a]))
    cal.add_missing_timezones()
    return cal, len(items)


def export_ical(vault: Vault, path: str | os.PathLike[str], *, component: str = "VTODO",
                include_done: bool = True) -> ExportResult:
    if component not in ("VTODO", "VEVENT"):
        raise ExportError(f"iCalendar component {component}: choose VTODO or VEVENT.")
    with ReadSession(vault) as s:
        cal, n = calendar(s, component, include_done)
    with atomic(path, "wb") as f:
        f.write(cal.to_ical())
    return ExportResult(os.fspath(path), "ics", {"reminder": n})
