"""Reminders: the four tabs under a fixed "now", done (a recurring one comes back), snooze,
quick-add, and the announcement when one falls due while the app is open."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt

from crm_desktop.core.services import contacts, reminders
from crm_desktop.gui.controller import AppController
from crm_desktop.gui.dialogs.reminder_quick_add import ReminderQuickAddDialog
from crm_desktop.gui.main_window import MainWindow
from crm_desktop.gui.pages.reminders_page import RemindersPage

from .helpers import TIMEOUT, Waiter, activate, press, top_level
from .pages_helpers import NOW, ZONE, set_zone

SH = ZoneInfo(ZONE)


def _window(c: AppController) -> MainWindow:
    assert c.window is not None
    return c.window


def _at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 3, day, hour, minute, tzinfo=SH)


def _texts(page: RemindersPage) -> list[str]:
    return [r.text for r in page.model.rows]


def _open_tab(qtbot: Any, page: RemindersPage, view: str) -> None:
    page.show_view(view)
    qtbot.waitUntil(lambda: page.is_settled() and page.view() == view and page.model.rows is not None,
                    timeout=TIMEOUT)
    qtbot.waitUntil(page.is_settled, timeout=TIMEOUT)


def _select(page: RemindersPage, text: str) -> None:
    row = next(i for i, r in enumerate(page.model.rows) if r.text == text)
    page.table.selectRow(row)


def _setup(qtbot: Any, c: AppController) -> tuple[MainWindow, Waiter, dict[str, Any]]:
    window = _window(c)
    window.set_clock(lambda: NOW)
    run = Waiter(qtbot, c.worker)
    run(set_zone)
    who = run(contacts.add, display_name="Liu Yang")
    made = {
        "late": run(reminders.add, "Send the term sheet", _at(9, 9), tz=ZONE, contact_id=who.id),
        "today": run(reminders.add, "Call the lender", _at(10, 17), tz=ZONE),
        "weekly": run(reminders.add, "Weekly pipeline review", _at(10, 9), tz=ZONE, rrule="FREQ=WEEKLY"),
        "later": run(reminders.add, "Site visit", _at(20, 10), tz=ZONE),
    }
    window.show_page("reminders")
    window.reminders.mark_stale()
    return window, run, made


def test_tabs_sort_reminders_by_the_injected_now(qtbot: Any, unlocked: AppController) -> None:
    window, _run, _made = _setup(qtbot, unlocked)
    page = window.reminders
    _open_tab(qtbot, page, "today")
    assert _texts(page) == ["Weekly pipeline review", "Call the lender"]
    assert page.model.data(page.model.index(0, 3)).startswith("↻")  # recurring, shown as such
    assert page.tabs.tabText(0) == "Today (2)" and page.tabs.tabText(1) == "Overdue (2)"
    _open_tab(qtbot, page, "overdue")  # 09:00 today is past at 12:00: overdue, and in red
    assert _texts(page) == ["Send the term sheet", "Weekly pipeline review"]
    assert page.model.data(page.model.index(0, 2)) == "Liu Yang"
    assert page.model.data(page.model.index(0, 0), Qt.ItemDataRole.ForegroundRole) is not None
    _open_tab(qtbot, page, "upcoming")
    assert _texts(page) == ["Site visit"]
    _open_tab(qtbot, page, "done")
    assert _texts(page) == [] and page.empty.isVisible()


def test_done_on_a_recurring_reminder_brings_the_next_one(qtbot: Any, unlocked: AppController) -> None:
    window, run, made = _setup(qtbot, unlocked)
    page = window.reminders
    _open_tab(qtbot, page, "today")
    _select(page, "Weekly pipeline review")
    qtbot.mouseClick(page.done_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.is_settled() and "Weekly pipeline review" not in _texts(page),
                    timeout=TIMEOUT)
    assert "Next time" in window.statusBar().currentMessage()
    assert page.tabs.tabText(3) == "Done (1)"
    _open_tab(qtbot, page, "upcoming")
    following = [r for r in page.model.rows if r.text == "Weekly pipeline review"]
    assert len(following) == 1 and following[0].due_local == _at(17, 9)
    assert run(reminders.get, made["weekly"].id).status == "done"


def test_snooze_an_hour_and_until_tomorrow(qtbot: Any, unlocked: AppController) -> None:
    window, run, made = _setup(qtbot, unlocked)
    page = window.reminders
    _open_tab(qtbot, page, "overdue")
    _select(page, "Send the term sheet")
    page.snooze_menu.actions()[0].trigger()  # for an hour
    qtbot.waitUntil(lambda: page.is_settled() and "Send the term sheet" not in _texts(page), timeout=TIMEOUT)
    assert run(reminders.get, made["late"].id).due_at == NOW + timedelta(hours=1)
    _open_tab(qtbot, page, "today")
    _select(page, "Call the lender")
    page.snooze_menu.actions()[1].trigger()  # until tomorrow, at its usual time
    qtbot.waitUntil(lambda: page.is_settled() and "Call the lender" not in _texts(page), timeout=TIMEOUT)
    snoozed = run(reminders.get, made["today"].id)
    assert snoozed.due_local == _at(11, 17) and snoozed.snoozed_from is not None
    assert "Snoozed until" in window.statusBar().currentMessage()


def test_quick_add_a_reminder_by_keyboard(qtbot: Any, unlocked: AppController) -> None:
    window = _window(unlocked)
    activate(qtbot, window)
    press(qtbot, window, "Ctrl+Shift+R")
    dialog = top_level(ReminderQuickAddDialog)
    assert dialog is not None
    qtbot.keyClicks(dialog.text.editor, "Chase the signed mandate")
    dialog.repeat.setCurrentIndex(dialog.repeat.findData("FREQ=MONTHLY"))
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "Reminder added", timeout=TIMEOUT)
    found = Waiter(qtbot, unlocked.worker)(reminders.list_reminders, "open")
    assert [(r.text, r.rrule) for r in found] == [("Chase the signed mandate", "FREQ=MONTHLY")]


def test_a_reminder_falling_due_is_announced_in_the_window(qtbot: Any, unlocked: AppController) -> None:
    window = _window(unlocked)
    run = Waiter(qtbot, unlocked.worker)
    run(set_zone)
    clock = {"now": NOW}
    window.set_clock(lambda: clock["now"])
    window.alerts.start()  # from NOW on: what falls due after it is news
    run(reminders.add, "Already late", NOW - timedelta(days=2), tz=ZONE)
    run(reminders.add, "Board call", NOW + timedelta(minutes=5), tz=ZONE)
    window.alerts.check()
    qtbot.waitUntil(lambda: window.nav.item(2).text() == "Reminders (1)", timeout=TIMEOUT)
    assert not window.banner.isVisible()  # overdue before the app looked is counted, not announced
    clock["now"] = NOW + timedelta(minutes=6)
    window.alerts.check()
    qtbot.waitUntil(window.banner.isVisible, timeout=TIMEOUT)  # offscreen: no tray, so the banner
    assert "Board call" in window.banner.label.text() and "Already late" not in window.banner.label.text()
    assert window.nav.item(2).text() == "Reminders (2)"
    qtbot.mouseClick(window.banner.show_button, Qt.MouseButton.LeftButton)
    page = window.reminders
    qtbot.waitUntil(lambda: window.pages.currentWidget() is page and page.view() == "overdue"
                    and page.is_settled() and page.selected_ids() != [], timeout=TIMEOUT)
    assert [page.model.reminder(i.row()).text for i in page.table.selectionModel().selectedRows()] \
        == ["Board call"]
    unlocked.lock()
    assert not window.banner.isVisible() and window.banner.label.text() == ""
    assert window.nav.item(2).text() == "Reminders"


def test_snooze_until_a_date_chosen_in_the_dialog(qtbot: Any, unlocked: AppController) -> None:
    from PySide6.QtCore import QDateTime, QTimer
    from PySide6.QtWidgets import QApplication

    from crm_desktop.gui.dialogs.snooze_dialog import SnoozeDialog

    window, run, made = _setup(qtbot, unlocked)
    page = window.reminders
    _open_tab(qtbot, page, "overdue")
    _select(page, "Send the term sheet")
    until = _at(25, 15, 30)

    def choose() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SnoozeDialog)
        dialog.until.setDateTime(QDateTime(until.astimezone().replace(tzinfo=None)))
        dialog.accept()

    QTimer.singleShot(0, choose)
    page.snooze_menu.actions()[3].trigger()  # until a date…
    qtbot.waitUntil(lambda: page.is_settled() and "Send the term sheet" not in _texts(page), timeout=TIMEOUT)
    assert run(reminders.get, made["late"].id).due_at == until
