"""The window around the pages: lock by hand and when idle, language, page keys, shortcuts."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu, QTableWidget

from crm_desktop.core.services import contact_read, contacts
from crm_desktop.gui.controller import AppController
from crm_desktop.gui.dialogs.shortcuts_dialog import ShortcutsDialog
from crm_desktop.gui.dialogs.unlock_dialog import UnlockDialog
from crm_desktop.gui.main_window import MainWindow
from crm_desktop.gui.worker import VaultLocked

from .helpers import PASSPHRASE, TIMEOUT, Waiter, activate, press


def _window(c: AppController) -> MainWindow:
    assert c.window is not None
    return c.window


def _with_one_contact(qtbot: Any, c: AppController) -> MainWindow:
    window = _window(c)
    Waiter(qtbot, c.worker)(contacts.add, display_name="Chen Jing", emails=["chen@example.com"])
    window.contacts.load()
    qtbot.waitUntil(lambda: window.contacts.model.rowCount() == 1, timeout=TIMEOUT)
    window.contacts.table.selectRow(0)
    qtbot.waitUntil(lambda: window.contacts.detail.contact is not None, timeout=TIMEOUT)
    return window


def _assert_locked(qtbot: Any, c: AppController, window: MainWindow) -> UnlockDialog:
    qtbot.waitUntil(lambda: isinstance(c.dialog, UnlockDialog) and c.dialog.isVisible(), timeout=TIMEOUT)
    assert window.is_locked() and window.screens.currentWidget() is window.locked_page
    assert window.contacts.model.rowCount() == 0 and window.contacts.detail.contact is None
    assert window.contacts.detail.rows["emails"].text() == ""
    assert window.lock_label.text() == "Locked"
    with pytest.raises(VaultLocked):
        Waiter(qtbot, c.worker)(contact_read.list_contacts)  # the vault is closed on the worker
    assert isinstance(c.dialog, UnlockDialog)
    return c.dialog


def _unlock(qtbot: Any, c: AppController, dialog: UnlockDialog, window: MainWindow) -> None:
    qtbot.keyClicks(dialog.passphrase_edit, PASSPHRASE)
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.is_locked() and window.contacts.model.rowCount() == 1, timeout=TIMEOUT)


def test_lock_by_keyboard_clears_the_screen_and_unlock_brings_it_back(qtbot: Any,
                                                                     unlocked: AppController) -> None:
    window = _with_one_contact(qtbot, unlocked)
    press(qtbot, window, "Ctrl+L")
    dialog = _assert_locked(qtbot, unlocked, window)
    _unlock(qtbot, unlocked, dialog, window)
    assert window.lock_label.text() == "Unlocked"


def test_auto_lock_after_idle(qtbot: Any, unlocked: AppController) -> None:
    window = _with_one_contact(qtbot, unlocked)
    unlocked.idle.set_interval_ms(400)
    qtbot.wait(250)
    qtbot.keyClick(window.contacts.table, Qt.Key.Key_Down)  # activity restarts the count
    qtbot.wait(250)
    assert not window.is_locked()
    dialog = _assert_locked(qtbot, unlocked, window)
    _unlock(qtbot, unlocked, dialog, window)
    assert unlocked.idle.is_running()  # counting again after the unlock


def test_switch_to_simplified_chinese_and_back(qtbot: Any, unlocked: AppController) -> None:
    window = _window(unlocked)
    window.commands.languages["zh_CN"].trigger()
    # Qt posts LanguageChange to every window; the texts change on the next turn of the loop.
    qtbot.waitUntil(lambda: window.nav.item(0).text() == "联系人", timeout=TIMEOUT)
    assert window.commands.file_menu.title().startswith("文件")
    assert window.contacts.model.headerData(0, Qt.Orientation.Horizontal) == "姓名"
    assert window.contacts.detail.empty.text().startswith("选择")
    assert window.deals.board_button.text() == "看板" and window.reminders.tabs.tabText(0).startswith("今天")
    assert window.trash.empty_button.text() == "清空回收站…" and window.dashboard.followups.title() == "跟进"
    assert window.contacts.records.tabText(0).startswith("时间线")
    assert unlocked.settings.language == "zh_CN"
    window.commands.languages["zh_TW"].trigger()
    qtbot.waitUntil(lambda: window.nav.item(0).text() == "聯絡人", timeout=TIMEOUT)
    assert window.trash.empty_button.text() == "清空垃圾桶…"
    window.commands.languages["en"].trigger()
    qtbot.waitUntil(lambda: window.nav.item(0).text() == "Contacts", timeout=TIMEOUT)
    assert window.contacts.count_label.text() == "0 contacts"


def test_every_page_is_one_key_away(qtbot: Any, unlocked: AppController) -> None:
    window = _window(unlocked)
    activate(qtbot, window)
    for key, page in (("Ctrl+2", window.deals), ("Ctrl+3", window.reminders), ("Ctrl+4", window.dashboard),
                      ("Ctrl+5", window.trash), ("Ctrl+1", window.contacts)):
        press(qtbot, window, key)
        assert window.pages.currentWidget() is page
        qtbot.waitUntil(page.is_settled, timeout=TIMEOUT)  # each loads when first shown


def test_every_command_has_a_shortcut_and_the_list_shows_them(qtbot: Any, unlocked: AppController) -> None:
    window = _window(unlocked)
    dialog = ShortcutsDialog(window.commands.all(), window)
    table = dialog.findChild(QTableWidget)
    rows = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert rows["Lock"] == "Ctrl+L" and rows["Add a contact…"] == "Ctrl+N"
    assert "Ctrl+K" in rows["Search"] and "Ctrl+Shift+Z" in rows["Redo"]
    # Rare ones are reached through the menus' access keys (Alt+F, C: change passphrase; Alt+H, G:
    # the user guide — F1 lists the keys, as the tour and the guide say).
    rare = {"about", "tour", "guide", "changePassphrase"}
    missing = [a.objectName() for a in window.commands.all()
               if not a.shortcuts() and a.objectName() not in rare]
    assert not missing
    assert all(any(m.title() and a in m.actions() for m in window.findChildren(QMenu))
               for a in window.commands.all())


def test_lock_discards_an_open_quick_add(qtbot: Any, unlocked: AppController) -> None:
    from crm_desktop.gui.dialogs.quick_add import QuickAddDialog

    window = _window(unlocked)
    press(qtbot, window, "Ctrl+N")
    dialog = window.findChild(QuickAddDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.rows["display_name"].editor, "Half typed")
    unlocked.lock()
    assert not dialog.isVisible()


def test_file_new_vault_switches_to_the_new_one(qtbot: Any, unlocked: AppController, tmp_path: Any) -> None:
    from crm_desktop.gui.dialogs.start_dialog import StartDialog

    window = _with_one_contact(qtbot, unlocked)
    window.commands.new_vault.trigger()
    dialog = unlocked.dialog
    assert isinstance(dialog, StartDialog) and dialog.passphrase_edit.isVisible()
    assert window.is_locked() and window.contacts.model.rowCount() == 0
    other = tmp_path / "second.crm"
    dialog.set_location(other)
    qtbot.keyClicks(dialog.passphrase_edit, "another long passphrase")
    qtbot.keyClicks(dialog.repeat_edit, "another long passphrase")
    qtbot.keyClick(dialog.repeat_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.is_locked() and window.vault_label.text() == "second", timeout=TIMEOUT)
    qtbot.waitUntil(window.contacts.model.is_settled, timeout=TIMEOUT)
    assert window.contacts.model.rowCount() == 0 and unlocked.settings.last_vault == str(other)


def test_escape_clears_the_search(qtbot: Any, unlocked: AppController) -> None:
    window = _window(unlocked)
    press(qtbot, window, "Ctrl+K")
    qtbot.keyClicks(window.search_edit, "abc")
    qtbot.keyClick(window.search_edit, Qt.Key.Key_Escape)
    assert window.search_edit.text() == ""
