"""File → Backups…: back up now (listed, verified), restore an older backup (a contact added
after it is gone, the vault as it was kept), settings saved, a bad second folder named."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from crm_desktop.core import backup
from crm_desktop.core.services import contact_read, contacts
from crm_desktop.gui.controller import AppController
from crm_desktop.gui.dialogs.backups_dialog import BackupsDialog

from .helpers import PASSPHRASE, TIMEOUT, Waiter


def _names(vault: Any) -> list[str]:
    return [c.display_name for c in contact_read.list_contacts(vault).contacts]


def _open(qtbot: Any, unlocked: AppController) -> BackupsDialog:
    dialog = BackupsDialog(unlocked.worker, unlocked.window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.back_up_button.isEnabled(), timeout=TIMEOUT)
    return dialog


def _back_up(qtbot: Any, dialog: BackupsDialog, rows: int) -> None:
    qtbot.mouseClick(dialog.back_up_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == rows and dialog.back_up_button.isEnabled(),
                    timeout=TIMEOUT)


def _answer_yes() -> None:
    """Click Yes in the confirmation the dialog is about to show (a real QMessageBox)."""
    def click() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            box.button(QMessageBox.StandardButton.Yes).click()
        else:
            QTimer.singleShot(20, click)
    QTimer.singleShot(20, click)


def test_back_up_now_is_listed_and_verified(qtbot: Any, unlocked: AppController) -> None:
    dialog = _open(qtbot, unlocked)
    assert dialog.table.rowCount() == 0
    _back_up(qtbot, dialog, 1)
    assert "Backed up and verified" in dialog.message.text()
    cells = [dialog.table.item(0, c).text() for c in range(5)]
    assert cells[1] == "by hand" and cells[3] == "✓" and "contacts" in cells[4]
    assert "backups" in dialog.where.text()
    [info] = backup.list_backups(unlocked.vault.path)
    assert info.verified and info.reason == "manual"
    # Verify it again, on the worker.
    qtbot.mouseClick(dialog.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "whole" in dialog.message.text(), timeout=TIMEOUT)
    dialog.grab().save("/tmp/backups_dialog.png")


def test_restore_an_older_backup_brings_the_vault_back(qtbot: Any, unlocked: AppController) -> None:
    wait = Waiter(qtbot, unlocked.worker)
    wait(contacts.add, display_name="Before the backup")
    dialog = _open(qtbot, unlocked)
    _back_up(qtbot, dialog, 1)
    wait(contacts.add, display_name="Added after the backup")
    assert wait(_names) == ["Added after the backup", "Before the backup"]
    dialog.table.selectRow(0)
    _answer_yes()
    with qtbot.waitSignal(dialog.restored, timeout=TIMEOUT):
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert wait(_names) == ["Before the backup"]  # the worker's vault now holds the backup's data
    assert "Restored the backup" in dialog.message.text()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=TIMEOUT)
    assert dialog.table.item(0, 1).text() == "before a restore"
    # The vault as it was is kept: restoring that one brings the later contact back.
    dialog.table.selectRow(0)
    _answer_yes()
    with qtbot.waitSignal(dialog.restored, timeout=TIMEOUT):
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert wait(_names) == ["Added after the backup", "Before the backup"]
    # And the vault still takes writes (the worker holds its lock).
    wait(contacts.add, display_name="After the restore")


def test_restore_asks_first_and_cancel_changes_nothing(qtbot: Any, unlocked: AppController) -> None:
    wait = Waiter(qtbot, unlocked.worker)
    dialog = _open(qtbot, unlocked)
    _back_up(qtbot, dialog, 1)
    wait(contacts.add, display_name="Kept")

    def cancel() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            assert "backed up first" in box.text()
            box.button(QMessageBox.StandardButton.Cancel).click()
        else:
            QTimer.singleShot(20, cancel)
    QTimer.singleShot(20, cancel)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert wait(_names) == ["Kept"] and dialog.table.rowCount() == 1


def test_settings_are_saved_and_a_relative_folder_is_refused(qtbot: Any, unlocked: AppController,
                                                            tmp_path: Any) -> None:
    dialog = _open(qtbot, unlocked)
    box = dialog.settings_box
    box.mirror_edit.setText("relative/folder")
    qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: box.mirror_message.isVisible(), timeout=TIMEOUT)
    assert "full path" in box.mirror_message.text()
    mirror = tmp_path / "usb"
    box.mirror_edit.setText(str(mirror))
    box.keep_last.setValue(5)
    box.auto_check.setChecked(False)
    qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "saved" in dialog.message.text(), timeout=TIMEOUT)
    saved = Waiter(qtbot, unlocked.worker)(backup.load_settings)
    assert (saved.keep_last, saved.mirror, saved.auto) == (5, str(mirror), False)
    # A backup now lands in the second folder too, and both copies are listed.
    _back_up(qtbot, dialog, 2)
    assert len(list(mirror.glob("*.crm"))) == 1


def test_a_backup_from_before_a_passphrase_change_asks_for_the_old_one(qtbot: Any,
                                                                       unlocked: AppController) -> None:
    wait = Waiter(qtbot, unlocked.worker)
    wait(contacts.add, display_name="Under the old passphrase")
    dialog = _open(qtbot, unlocked)
    _back_up(qtbot, dialog, 1)
    wait(lambda v: v.change_passphrase("the new passphrase for this vault"))
    wait(contacts.add, display_name="Under the new passphrase")
    # (The change made no second backup: the vault was unchanged since this verified one.)
    dialog.table.selectRow(0)

    def type_old() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QInputDialog):
            box.setTextValue(PASSPHRASE)
            box.accept()
        else:
            QTimer.singleShot(20, type_old)
    _answer_yes()
    QTimer.singleShot(200, type_old)
    with qtbot.waitSignal(dialog.restored, timeout=TIMEOUT):
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert wait(_names) == ["Under the old passphrase"]
    # The vault keeps its new passphrase: the restored copy was re-encrypted on the way.
    assert wait(lambda v: v.check_passphrase("the new passphrase for this vault"))
