"""Dashboard: the figures match what is in the vault, and each opens the records behind it."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt

from crm_desktop.core.services import contacts, deals, interactions, reminders, stages
from crm_desktop.gui.controller import AppController
from crm_desktop.gui.main_window import MainWindow
from crm_desktop.gui.widgets.figure_panel import FigurePanel

from .helpers import TIMEOUT, Waiter
from .pages_helpers import NOW, ZONE, set_zone


def _window(c: AppController) -> MainWindow:
    assert c.window is not None
    return c.window


def _click_row(qtbot: Any, panel: FigurePanel, row: int) -> None:
    item = panel.list.item(row)
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton,
                     pos=panel.list.visualItemRect(item).center())


def _known_data(qtbot: Any, c: AppController) -> tuple[MainWindow, dict[str, Any]]:
    window = _window(c)
    window.set_clock(lambda: NOW)
    run = Waiter(qtbot, c.worker)
    run(set_zone)
    first, second = run(stages.list_stages)[:2]
    client = run(contacts.add, display_name="Quiet Client", tier="A")
    run(interactions.add, kind="call", occurred_at=NOW - timedelta(days=60), participants=[client.id])
    busy = run(contacts.add, display_name="Busy Banker")
    run(interactions.add, kind="meeting", occurred_at=NOW - timedelta(hours=2), participants=[busy.id],
        subject="Term sheet review")
    run(deals.add, name="Solar", amount="1000000", currency="CNY", stage=first.id)
    run(deals.add, name="Wind", amount="250000.50", currency="USD", stage=first.id)
    run(deals.add, name="Port", amount="500000", currency="CNY", stage=second.id)
    late = run(reminders.add, "Chase the lender", NOW - timedelta(days=3), tz=ZONE, contact_id=client.id)
    window.show_page("dashboard")
    qtbot.waitUntil(lambda: window.dashboard.is_settled() and window.dashboard.data is not None,
                    timeout=TIMEOUT)
    return window, {"first": first, "second": second, "client": client, "busy": busy, "late": late}


def test_figures_match_the_vault(qtbot: Any, unlocked: AppController) -> None:
    window, made = _known_data(qtbot, unlocked)
    page = window.dashboard
    chart = page.chart
    assert chart.currencies == ["CNY", "USD"]  # one row each: never one sum
    assert chart.value(made["first"].id, "CNY") == Decimal("1000000")
    assert chart.value(made["first"].id, "USD") == Decimal("250000.50")
    assert chart.value(made["second"].id, "CNY") == Decimal("500000")
    assert chart.value(made["second"].id, "USD") == 0
    tall, short = chart.bar_rect(made["first"].id, "CNY"), chart.bar_rect(made["second"].id, "CNY")
    assert tall.height() == 2 * short.height()
    assert "3 open deals" in page.totals.text() and "1,500,000 CNY" in page.totals.text()
    assert "250,000.50 USD" in page.totals.text()
    assert page.followups.figures.text().startswith("1 overdue")
    assert "3 days late" in page.followups.list.item(0).text()
    assert "Quiet Client" in page.cold.list.item(0).text()
    assert "1 interaction since Monday" in page.activity.figures.text()
    assert page.activity.list.count() == 1


def test_a_bar_opens_the_deals_of_its_stage(qtbot: Any, unlocked: AppController) -> None:
    window, made = _known_data(qtbot, unlocked)
    chart = window.dashboard.chart
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton,
                     pos=chart.bar_rect(made["first"].id, "CNY").center().toPoint())
    page = window.deals
    qtbot.waitUntil(lambda: window.pages.currentWidget() is page and page.current_view() == "list"
                    and page.is_settled(), timeout=TIMEOUT)
    assert sorted(page.model.deal(r).name for r in range(page.model.rowCount())) == ["Solar", "Wind"]
    assert page.stage_filter.currentData() == made["first"].id and page.status_filter.currentData() == "open"


def test_an_overdue_follow_up_opens_the_reminder(qtbot: Any, unlocked: AppController) -> None:
    window, made = _known_data(qtbot, unlocked)
    _click_row(qtbot, window.dashboard.followups, 0)
    page = window.reminders
    qtbot.waitUntil(lambda: window.pages.currentWidget() is page and page.view() == "overdue"
                    and page.is_settled() and page.selected_ids() == [made["late"].id], timeout=TIMEOUT)


def test_a_cold_client_and_this_weeks_meeting_open_their_contacts(qtbot: Any,
                                                                  unlocked: AppController) -> None:
    window, made = _known_data(qtbot, unlocked)
    detail = window.contacts.detail
    _click_row(qtbot, window.dashboard.cold, 0)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.contacts and detail.contact is not None
                    and detail.contact.id == made["client"].id, timeout=TIMEOUT)
    assert window.contacts.current_contact_id() == made["client"].id
    window.show_page("dashboard")
    _click_row(qtbot, window.dashboard.activity, 0)
    qtbot.waitUntil(lambda: detail.contact is not None and detail.contact.id == made["busy"].id,
                    timeout=TIMEOUT)
