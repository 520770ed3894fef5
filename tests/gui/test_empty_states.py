"""A new vault explains itself: each page shows what it is for and what to do next, and the
buttons ask the window for it. A search that finds nothing says so instead."""

from __future__ import annotations

import os
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from crm_desktop.core.services import contacts
from crm_desktop.gui.controller import AppController
from crm_desktop.gui.dialogs.quick_add import QuickAddDialog
from crm_desktop.gui.main_window import MainWindow
from crm_desktop.gui.paths import Paths
from crm_desktop.gui.widgets.empty_state import EmptyState

from .helpers import TIMEOUT, Waiter, activate, press, top_level


def _window(c: AppController) -> MainWindow:
    assert c.window is not None
    return c.window


def _shot(widget: QWidget, name: str) -> None:
    """CRM_SHOTS=folder keeps a picture of each panel, to look at them as a user would."""
    folder = os.environ.get("CRM_SHOTS")
    if folder:
        QApplication.processEvents()  # pending layouts first
        widget.window().grab().save(os.path.join(folder, f"{name}.png"))


def _click(qtbot: Any, panel: EmptyState, key: str) -> None:
    qtbot.mouseClick(panel.button(key), Qt.MouseButton.LeftButton)


def _open(qtbot: Any, window: MainWindow, name: str) -> Any:
    window.show_page(name)
    page = window.page_set[name]
    qtbot.waitUntil(page.is_settled, timeout=TIMEOUT)
    return page


def test_a_new_vault_shows_a_first_run_panel_on_each_page(qtbot: Any, unlocked: AppController) -> None:
    window = _window(unlocked)
    page = window.contacts
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.first_run, timeout=TIMEOUT)
    assert page.first_run.isVisible() and not page.table.isVisible()
    assert page.first_run.shown_keys() == ["addContact", "import", "demo"]
    assert page.first_run.button("addContact").text() == "Add your first contact (Ctrl+N)"
    _shot(page, "contacts")

    deals = _open(qtbot, window, "deals")
    qtbot.waitUntil(lambda: deals.first_run.isVisible(), timeout=TIMEOUT)
    assert "Settings" in deals.first_run.detail.text()
    _shot(deals, "deals")

    reminders = _open(qtbot, window, "reminders")
    qtbot.waitUntil(lambda: reminders.empty.isVisible(), timeout=TIMEOUT)
    assert reminders.empty.title.text() == "Nothing due — add a reminder"
    assert reminders.empty.shown_keys() == ["addReminder"]
    _shot(reminders, "reminders")

    dashboard = _open(qtbot, window, "dashboard")
    qtbot.waitUntil(lambda: dashboard.first_run.isVisible(), timeout=TIMEOUT)
    assert "contacts and deals" in dashboard.first_run.detail.text()
    _shot(dashboard, "dashboard")

    trash = _open(qtbot, window, "trash")
    qtbot.waitUntil(lambda: trash.empty.isVisible(), timeout=TIMEOUT)
    assert trash.empty.title.text() == "The trash is empty."
    assert "until you empty it" in trash.empty.detail.text()
    _shot(trash, "trash")


def test_the_panel_buttons_emit_the_pages_signals(qtbot: Any, unlocked: AppController) -> None:
    window = _window(unlocked)
    page = window.contacts
    qtbot.waitUntil(page.first_run.isVisible, timeout=TIMEOUT)
    for key, signal in (("addContact", page.add_contact_requested), ("import", page.import_requested)):
        with qtbot.waitSignal(signal, timeout=TIMEOUT):
            _click(qtbot, page.first_run, key)
    # The window answers them: the quick-add and the import wizard are open.
    assert top_level(QuickAddDialog) is not None and window.tools.current("import") is not None
    top_level(QuickAddDialog).reject()
    window.tools.close_all()
    deals = _open(qtbot, window, "deals")
    qtbot.waitUntil(deals.first_run.isVisible, timeout=TIMEOUT)
    with qtbot.waitSignal(deals.add_deal_requested, timeout=TIMEOUT) as stage:
        _click(qtbot, deals.first_run, "addDeal")
    assert stage.args == [None]
    reminders = _open(qtbot, window, "reminders")
    qtbot.waitUntil(reminders.empty.isVisible, timeout=TIMEOUT)
    with qtbot.waitSignal(reminders.add_requested, timeout=TIMEOUT):
        _click(qtbot, reminders.empty, "addReminder")
    dashboard = _open(qtbot, window, "dashboard")
    qtbot.waitUntil(dashboard.first_run.isVisible, timeout=TIMEOUT)
    assert dashboard.first_run.button("demo") is not None


def test_try_the_demo_from_the_empty_contacts_page_opens_the_demo_vault(
        qtbot: Any, unlocked: AppController, paths: Paths) -> None:
    window = _window(unlocked)
    page = window.contacts
    qtbot.waitUntil(page.first_run.isVisible, timeout=TIMEOUT)
    with qtbot.waitSignal(window.demo_requested, timeout=TIMEOUT):
        _click(qtbot, page.first_run, "demo")
    qtbot.waitUntil(lambda: unlocked.vault is not None and unlocked.vault.path == str(paths.demo_vault),
                    timeout=120_000)  # the demo is built on first use: seconds on a busy machine
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=TIMEOUT)
    assert not page.first_run.isVisible()


def test_the_first_contact_replaces_the_panel_with_the_list(qtbot: Any, unlocked: AppController) -> None:
    window = _window(unlocked)
    page = window.contacts
    qtbot.waitUntil(page.first_run.isVisible, timeout=TIMEOUT)
    activate(qtbot, window)
    press(qtbot, window, "Ctrl+N")  # the shortcut the button names works from the panel

    from .helpers import top_level
    dialog = top_level(QuickAddDialog)
    assert dialog is not None
    qtbot.keyClicks(dialog.rows["display_name"].editor, "Ada Lovelace")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and page.table.isVisible(), timeout=TIMEOUT)
    assert not page.first_run.isVisible()
    assert page.count_label.text() == "1 contact(s)" or page.count_label.text().startswith("1 contact")


def test_a_search_that_matches_nothing_says_so_and_clears(qtbot: Any, unlocked: AppController) -> None:
    window = _window(unlocked)
    page = window.contacts
    run = Waiter(qtbot, unlocked.worker)
    run(contacts.add, display_name="Grace Hopper")
    page.load()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=TIMEOUT)
    qtbot.keyClicks(window.search_edit, "zzqx")
    qtbot.waitUntil(lambda: page.model.filter.text == "zzqx" and page.model.is_settled()
                    and page.no_match.isVisible(), timeout=TIMEOUT)
    assert page.no_match.title.text() == "No contacts match 'zzqx'"
    assert not page.first_run.isVisible()  # the vault is not empty: not the first-run panel
    assert page.no_match.button("clearSearch").text() == "Clear the search"
    _shot(page, "contacts-no-match")
    with qtbot.waitSignal(page.clear_search_requested, timeout=TIMEOUT):
        _click(qtbot, page.no_match, "clearSearch")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and page.table.isVisible(), timeout=TIMEOUT)
    assert page.model.filter.text == ""


def test_a_filter_that_matches_nothing_offers_to_clear_the_filters(qtbot: Any,
                                                                    unlocked: AppController) -> None:
    window = _window(unlocked)
    page = window.contacts
    Waiter(qtbot, unlocked.worker)(contacts.add, display_name="Plain Person")
    page.load()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=TIMEOUT)
    page.tier_filter.setCurrentIndex(page.tier_filter.findData("A"))
    qtbot.waitUntil(page.no_match.isVisible, timeout=TIMEOUT)
    assert page.no_match.title.text() == "No contacts match these filters"
    _click(qtbot, page.no_match, "clearSearch")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and page.table.isVisible(), timeout=TIMEOUT)
    assert page.tier_filter.currentData() in ("", None)
