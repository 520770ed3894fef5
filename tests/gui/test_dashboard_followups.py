"""Dashboard follow-ups at more than fit a panel: every one counted, the longest overdue listed."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from crm_desktop.core.models import Reminder
from crm_desktop.core.services import contacts
from crm_desktop.core.services.uow import UnitOfWork
from crm_desktop.gui.controller import AppController
from crm_desktop.gui.queries.dashboard import FOLLOWUPS_LISTED

from .helpers import TIMEOUT, Waiter
from .pages_helpers import NOW, ZONE, set_zone

OVERDUE = FOLLOWUPS_LISTED + 5


def _seed(vault: Any, contact_id: int) -> None:
    with UnitOfWork(vault, "test.seed", "many reminders") as uow:
        for n in range(OVERDUE):  # 1 to OVERDUE days late
            uow.session.add(Reminder(text=f"Chase {n + 1}", due_at=NOW - timedelta(days=n + 1), tz=ZONE,
                                     contact_id=contact_id))
        uow.session.add(Reminder(text="Later today", due_at=NOW + timedelta(hours=2), tz=ZONE,
                                 contact_id=contact_id))


def test_many_overdue_are_all_counted_and_the_longest_overdue_listed_first(
        qtbot: Any, unlocked: AppController) -> None:
    window = unlocked.window
    assert window is not None
    window.set_clock(lambda: NOW)
    run = Waiter(qtbot, unlocked.worker)
    run(set_zone)
    client = run(contacts.add, display_name="Patient Client")
    run(_seed, client.id)
    window.show_page("dashboard")
    page = window.dashboard
    qtbot.waitUntil(lambda: page.is_settled() and page.data is not None, timeout=TIMEOUT)
    assert page.followups.figures.text().startswith(f"{OVERDUE} overdue · 1 due today")
    listed = [page.followups.list.item(r).text() for r in range(page.followups.list.count())]
    assert len(listed) == FOLLOWUPS_LISTED + 1  # the overdue ones that fit, then today's
    assert f"{OVERDUE} days late" in listed[0] and f"Chase {OVERDUE}" in listed[0]
    assert "Later today" in listed[-1]
