"""Reads for the Reminders page and the due-reminder watcher, run on the worker.

The lists come from core (`reminders.list_reminders`); the tab counts and the watcher's "what fell
due since the last look" are counts and id lookups by the indexed due time (they belong in core's
reminders module, and live here until its owners take them).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from crm_desktop.core.models import Reminder
from crm_desktop.core.services import reminders
from crm_desktop.core.services.reminder_dto import ReminderOut
from crm_desktop.core.services.uow import ReadSession

if TYPE_CHECKING:
    from crm_desktop.core.vault import Vault

TABS = ("today", "overdue", "upcoming", "done")
LIST_LIMIT = 500  # a tab longer than this is read in parts by no one; the count says how many
DUE_AT_ONCE = 20  # reminders announced by one look (more are summed up in the count)


@dataclass(frozen=True)
class ReminderTab:
    view: str
    rows: list[ReminderOut]
    counts: dict[str, int]  # every tab's count, so the tab titles stay right


@dataclass(frozen=True)
class Tick:
    overdue: int
    due: list[ReminderOut]  # open reminders that fell due after `since`, up to now


def _live_open():  # type: ignore[no-untyped-def]
    return (Reminder.deleted_at.is_(None), Reminder.status == "open")


def counts(vault: Vault, now: datetime) -> dict[str, int]:
    """The same boundaries as `list_reminders`: "today" on the vault's (or this computer's) zone."""
    with ReadSession(vault) as s:
        local = reminders.zone(reminders.default_zone_name(s))
        today = now.astimezone(local).date()
        start = datetime.combine(today, time(0), local)
        end = datetime.combine(today + timedelta(days=1), time(0), local)

        def count(*where: object) -> int:
            return s.scalar(select(func.count(Reminder.id)).where(Reminder.deleted_at.is_(None), *where)) or 0

        return {"today": count(Reminder.status == "open", Reminder.due_at >= start, Reminder.due_at < end),
                "overdue": count(Reminder.status == "open", Reminder.due_at < now),
                "upcoming": count(Reminder.status == "open", Reminder.due_at >= end),
                "done": count(Reminder.status == "done")}


def load_tab(vault: Vault, view: str, now: datetime) -> ReminderTab:
    rows = reminders.list_reminders(vault, view, now=now, limit=LIST_LIMIT)
    return ReminderTab(view, rows, counts(vault, now))


def tick(vault: Vault, since: datetime, now: datetime) -> Tick:
    with ReadSession(vault) as s:
        overdue = s.scalar(select(func.count(Reminder.id)).where(*_live_open(), Reminder.due_at < now)) or 0
        ids = list(s.scalars(select(Reminder.id).where(*_live_open(), Reminder.due_at > since,
                                                       Reminder.due_at <= now)
                             .order_by(Reminder.due_at, Reminder.id).limit(DUE_AT_ONCE)))
    return Tick(overdue, [reminders.get(vault, i, now=now) for i in ids])
