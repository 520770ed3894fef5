"""Backups → Look inside…: a contact erased from the vault (trashed, then the trash emptied) is
found in a backup, copied back with its interaction, and Edit → Undo takes it out again; a
contact changed since is put back as it was after a question; closing lets go of the backup."""

from __future__ import annotations

import os
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from crm_desktop.core.backup import create_backup
from crm_desktop.core.services import contact_read, contacts, interactions, trash
from crm_desktop.core.vault import Vault
from crm_desktop.gui.controller import AppController
from crm_desktop.gui.dialogs.backups_dialog import BackupsDialog

from .helpers import TIMEOUT, Waiter, activate


def _find(vault: Vault, name: str) -> list[tuple[str, list[str]]]:
    """Each live contact called `name`, with the subjects of its interactions."""
    return [(c.display_name, [i.subject or "" for i in interactions.list_interactions(
        vault, contact_id=c.id).interactions])
        for c in contact_read.list_contacts(vault, limit=1000).contacts if c.display_name == name]


def _cells(table: Any) -> list[list[str]]:
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def test_an_erased_contact_is_copied_back_from_a_backup_and_undo_removes_it(
        qtbot: Any, unlocked: AppController) -> None:
    wait = Waiter(qtbot, unlocked.worker)
    wang = wait(contacts.add, display_name="Wang Fang", phones=["+86 139 1000 2000"])
    wait(contacts.add, display_name="Li Lei")
    wait(interactions.add, kind="meeting", occurred_at="2024-05-01T09:30+08:00", subject="Term sheet",
         participants=[wang.id])
    dialog = BackupsDialog(unlocked.worker, unlocked.window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.back_up_button.isEnabled(), timeout=TIMEOUT)
    qtbot.mouseClick(dialog.back_up_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1 and dialog.back_up_button.isEnabled(),
                    timeout=TIMEOUT)

    # Really gone: in the trash, then the trash emptied (the contact and its meeting erased).
    wait(contacts.delete, [wang.id])
    wait(trash.empty)
    assert wait(_find, "Wang Fang") == []
    assert wait(lambda v: interactions.list_interactions(v).total) == 0

    activate(qtbot, dialog)  # mnemonics answer in the active window
    dialog.table.setFocus()
    dialog.table.selectRow(0)
    qtbot.keyClick(dialog, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)  # Look &inside…
    qtbot.waitUntil(lambda: dialog.contents is not None and dialog.contents.table.rowCount() == 2,
                    timeout=TIMEOUT)
    inside = dialog.contents
    assert inside is not None
    assert "2 contacts" in inside.about.text() and "Read-only" in inside.about.text()
    assert _cells(inside.table) == [["Li Lei", "", "", "The same"],
                                    ["Wang Fang", "", "+86 139 1000 2000", "Missing (erased since)"]]
    qtbot.keyClick(inside, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)  # &Only those no longer…
    qtbot.waitUntil(lambda: _cells(inside.table) == [["Wang Fang", "", "+86 139 1000 2000",
                                                      "Missing (erased since)"]], timeout=TIMEOUT)
    inside.only_missing.setChecked(False)
    qtbot.waitUntil(lambda: inside.table.rowCount() == 2, timeout=TIMEOUT)
    inside.search.setFocus()
    qtbot.keyClicks(inside.search, "139 1000")  # by phone, as typed
    qtbot.waitUntil(lambda: inside.table.rowCount() == 1, timeout=TIMEOUT)
    assert inside.selected() is not None and inside.selected().name == "Wang Fang"
    assert inside.copy_button.isEnabled()
    inside.grab().save("/tmp/backup_contents_dialog.png")

    with qtbot.waitSignal(dialog.restored, timeout=TIMEOUT):  # the window's pages reload on it
        qtbot.keyClick(inside, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)  # &Copy back
    assert "Wang Fang is back in the vault. Interactions brought back: 1." in inside.message.text()
    assert "Undo" in inside.message.text()
    assert wait(_find, "Wang Fang") == [("Wang Fang", ["Term sheet"])]
    qtbot.waitUntil(lambda: _cells(inside.table)[0][3] == "The same", timeout=TIMEOUT)
    assert not inside.copy_button.isEnabled()  # nothing left to copy back
    inside.grab().save("/tmp/backup_contents_copied.png")
    dialog.grab().save("/tmp/backups_dialog_look.png")

    window = unlocked.window
    assert window is not None
    window.activateWindow()
    window.action("undo").trigger()  # Edit → Undo: the copy back was one operation
    qtbot.waitUntil(lambda: "Undone" in window.statusBar().currentMessage(), timeout=TIMEOUT)
    assert wait(_find, "Wang Fang") == []
    assert wait(lambda v: interactions.list_interactions(v).total) == 0

    path = dialog.selected().path
    assert path in _open_files()
    inside.close()  # closes the backup it holds, on the worker
    qtbot.waitUntil(lambda: dialog.contents is None, timeout=TIMEOUT)
    qtbot.waitUntil(unlocked.worker.is_idle, timeout=TIMEOUT)
    assert path not in _open_files()


def _open_files() -> set[str]:
    return {os.path.realpath(f"/proc/self/fd/{fd}") for fd in os.listdir("/proc/self/fd")}


def _answer_yes() -> None:
    """Click Yes in the question the dialog is about to ask (a real QMessageBox)."""
    def click() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            box.button(QMessageBox.StandardButton.Yes).click()
        else:
            QTimer.singleShot(20, click)
    QTimer.singleShot(20, click)


def test_a_changed_contact_is_put_back_as_it_was_after_a_question(qtbot: Any,
                                                                  unlocked: AppController) -> None:
    wait = Waiter(qtbot, unlocked.worker)
    zhou = wait(contacts.add, display_name="Zhou Min", title="CFO")
    [made] = [wait(create_backup)]
    wait(contacts.edit, zhou.id, title="Intern")
    dialog = BackupsDialog(unlocked.worker, unlocked.window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=TIMEOUT)
    assert dialog.selected().path == made.path
    qtbot.mouseClick(dialog.look_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.contents is not None and dialog.contents.table.rowCount() == 1,
                    timeout=TIMEOUT)
    inside = dialog.contents
    assert _cells(inside.table) == [["Zhou Min", "", "", "Changed since"]]
    _answer_yes()
    with qtbot.waitSignal(dialog.restored, timeout=TIMEOUT):
        qtbot.mouseClick(inside.copy_button, Qt.MouseButton.LeftButton)
    assert wait(lambda v: contact_read.get(v, zhou.id).title) == "CFO"
    qtbot.waitUntil(lambda: _cells(inside.table)[0][3] == "The same", timeout=TIMEOUT)
    dialog.close()  # the Backups dialog takes its Look inside window (and the open backup) along
    qtbot.waitUntil(unlocked.worker.is_idle, timeout=TIMEOUT)
    assert made.path not in _open_files()
