"""The menus open the tool dialogs (import, export, reports, backups, passphrase, duplicates, data
health, settings) by their shortcuts too; one of each at a time; a lock closes them all; a file dropped
on the window starts the import."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QDialog

from crm_desktop.core.services import contacts, deals, interactions, stages
from crm_desktop.gui.controller import AppController
from crm_desktop.gui.dialogs.import_wizard import ImportWizard
from crm_desktop.gui.dialogs.interaction_quick_add import InteractionQuickAdd
from crm_desktop.gui.dialogs.quick_add import QuickAddDialog
from crm_desktop.gui.main_window import MainWindow

from .helpers import TIMEOUT, Waiter, press, top_level

SHORTCUTS = {"import": "Ctrl+I", "export": "Ctrl+E", "reports": "Ctrl+P", "backups": "Ctrl+Shift+B",
             "duplicates": "Ctrl+Shift+F"}


def _window(c: AppController) -> MainWindow:
    assert c.window is not None
    return c.window


@pytest.mark.parametrize("tool", list(SHORTCUTS))
def test_each_tool_opens_by_its_shortcut_once_and_a_lock_closes_it(qtbot: Any, unlocked: AppController,
                                                                    tool: str) -> None:
    window = _window(unlocked)
    press(qtbot, window, SHORTCUTS[tool])
    qtbot.waitUntil(lambda: window.tools.current(tool) is not None, timeout=TIMEOUT)
    dialog = window.tools.current(tool)
    assert dialog is not None and dialog.isVisible()
    window.activateWindow()
    press(qtbot, window, SHORTCUTS[tool])  # again: the same dialog comes forward, no second one
    assert window.tools.current(tool) is dialog
    assert sum(isinstance(w, type(dialog)) and w.isVisible() for w in QApplication.topLevelWidgets()) == 1
    unlocked.lock()
    qtbot.waitUntil(lambda: window.tools.current(tool) is None, timeout=TIMEOUT)
    assert not any(isinstance(w, type(dialog)) and w.isVisible() for w in QApplication.topLevelWidgets())


def test_menu_items_for_passphrase_health_and_settings(qtbot: Any, unlocked: AppController) -> None:
    window = _window(unlocked)
    for name, tool in (("changePassphrase", "passphrase"), ("health", "health"), ("settings", "settings")):
        window.action(name).trigger()
        qtbot.waitUntil(lambda t=tool: window.tools.current(t) is not None, timeout=TIMEOUT)
        dialog = window.tools.current(tool)
        assert isinstance(dialog, QDialog) and dialog.isVisible()
        dialog.close()
        qtbot.waitUntil(lambda t=tool: window.tools.current(t) is None, timeout=TIMEOUT)


def test_locked_window_offers_no_tools(qtbot: Any, unlocked: AppController) -> None:
    window = _window(unlocked)
    unlocked.lock()
    for name in ("importFile", "exportFile", "reports", "backups", "changePassphrase", "duplicates", "health",
                 "settings", "addInteraction"):
        assert not window.action(name).isEnabled(), name
    assert window.action("openVault").isEnabled() and window.action("quit").isEnabled()


def _drop(window: MainWindow, path: Path) -> QDropEvent:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(QPoint(10, 10).toPointF(), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    return event


def test_a_csv_dropped_on_the_window_starts_the_import_with_that_file(qtbot: Any, unlocked: AppController,
                                                                       tmp_path: Path) -> None:
    window = _window(unlocked)
    picture = tmp_path / "photo.png"
    picture.write_bytes(b"\x89PNG")
    _drop(window, picture)
    assert window.tools.current("import") is None  # not a kind the import reads
    sheet = tmp_path / "clients.csv"
    sheet.write_text("Name,Email\nChen Jing,chen@example.com\n", encoding="utf-8")
    _drop(window, sheet)
    qtbot.waitUntil(lambda: window.tools.current("import") is not None, timeout=TIMEOUT)
    wizard = window.tools.current("import")
    assert isinstance(wizard, ImportWizard) and wizard.isVisible()
    assert wizard.file_page.path_edit.text() == str(sheet)


def test_log_an_interaction_from_the_menu_about_the_contact_on_screen(qtbot: Any,
                                                                       unlocked: AppController) -> None:
    window = _window(unlocked)
    run = Waiter(qtbot, unlocked.worker)
    chen = run(contacts.add, display_name="Chen Jing")
    window.contacts.select_contact(chen.id)
    qtbot.waitUntil(lambda: window.contacts.detail.contact is not None, timeout=TIMEOUT)
    press(qtbot, window, "Ctrl+Shift+L")
    dialog = top_level(InteractionQuickAdd)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.picker.contact_id() == chen.id, timeout=TIMEOUT)
    qtbot.keyClicks(dialog.subject.editor, "Coffee about the solar refinancing")
    with qtbot.waitSignal(window.quick.interaction_added, timeout=TIMEOUT):
        qtbot.keyClick(dialog.subject.editor, Qt.Key.Key_Return)
    assert run(interactions.list_interactions, contact_id=chen.id).total == 1
    # The timeline on screen shows it without leaving the page.
    timeline = window.contacts.records.timeline
    qtbot.waitUntil(lambda: timeline.page is not None and timeline.page.total == 1, timeout=TIMEOUT)


def test_open_it_on_a_likely_duplicate_shows_the_contact_on_file(qtbot: Any, unlocked: AppController) -> None:
    window = _window(unlocked)
    run = Waiter(qtbot, unlocked.worker)
    chen = run(contacts.add, display_name="Chen Jing", phones=["+86 138 0013 8000"])
    window.show_page("deals")
    press(qtbot, window, "Ctrl+N")
    dialog = top_level(QuickAddDialog)
    assert dialog is not None
    with qtbot.waitSignal(dialog.watch.checked, timeout=TIMEOUT, check_params_cb=lambda hints: bool(hints)):
        qtbot.keyClicks(dialog.rows["phones"].editor, "13800138000")
    qtbot.mouseClick(dialog.duplicate.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.contacts.detail.contact is not None
                    and window.contacts.detail.contact.id == chen.id, timeout=TIMEOUT)
    assert window.current_page() is window.contacts


def test_ctrl_k_finds_a_deal_from_any_page_and_enter_opens_it(qtbot: Any, unlocked: AppController) -> None:
    window = _window(unlocked)
    run = Waiter(qtbot, unlocked.worker)
    first = run(stages.list_stages)[0]
    solar = run(deals.add, name="Ordos solar 200MW senior debt", amount="120000000", currency="CNY",
                stage=first.id)
    window.show_page("reminders")
    press(qtbot, window, "Ctrl+K")
    assert window.search_edit.hasFocus()
    with qtbot.waitSignal(window.search_bar.results_shown, timeout=TIMEOUT,
                          check_params_cb=lambda text: text == "ordos"):
        qtbot.keyClicks(window.search_edit, "ordos")
    qtbot.keyClick(window.search_edit, Qt.Key.Key_Down)
    qtbot.keyClick(window.search_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.deals.deal_view.deal is not None
                    and window.deals.deal_view.deal.id == solar.id, timeout=TIMEOUT)
    assert window.current_page() is window.deals and window.deals.current_view() == "deal"
