"""File → Change passphrase…: a wrong current passphrase is named beside its field; after the
change the vault opens with the new passphrase only, and a backup under the old one was made."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from crm_desktop.core import backup
from crm_desktop.gui.controller import AppController
from crm_desktop.gui.dialogs.change_passphrase_dialog import ChangePassphraseDialog
from crm_desktop.gui.dialogs.unlock_dialog import UnlockDialog

from .helpers import PASSPHRASE, TIMEOUT

NEW = "a brand new passphrase of five words"


def _dialog(qtbot: Any, unlocked: AppController) -> ChangePassphraseDialog:
    dialog = ChangePassphraseDialog(unlocked.worker, unlocked.window)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _type(qtbot: Any, dialog: ChangePassphraseDialog, current: str, new: str, repeat: str) -> None:
    for edit, text in ((dialog.current_edit, current), (dialog.new_edit, new), (dialog.repeat_edit, repeat)):
        edit.clear()
        qtbot.keyClicks(edit, text)


def test_change_then_lock_and_open_with_the_new_passphrase(qtbot: Any, unlocked: AppController) -> None:
    path = unlocked.vault.path
    dialog = _dialog(qtbot, unlocked)
    assert not dialog.change_button.isEnabled()
    _type(qtbot, dialog, "not the passphrase", NEW, NEW)
    assert "Strong" in dialog.strength_label.text()
    qtbot.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.current_message.isVisible(), timeout=TIMEOUT)
    assert "not the vault's current passphrase" in dialog.current_message.text()
    assert dialog.isVisible() and dialog.current_edit.hasFocus()

    _type(qtbot, dialog, PASSPHRASE, NEW, NEW + "x")
    qtbot.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)
    assert "differ" in dialog.message.text() and dialog.isVisible()

    _type(qtbot, dialog, PASSPHRASE, NEW, NEW)
    with qtbot.waitSignal(dialog.changed, timeout=TIMEOUT):
        qtbot.keyClick(dialog.repeat_edit, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    # A backup under the old passphrase was taken first.
    assert [b.reason for b in backup.list_backups(path)] == ["passphrase"]

    unlocked.lock()
    unlock = unlocked.dialog
    assert isinstance(unlock, UnlockDialog)
    qtbot.keyClicks(unlock.passphrase_edit, PASSPHRASE)
    qtbot.mouseClick(unlock.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Wrong passphrase" in unlock.message.text(), timeout=TIMEOUT)
    unlock.passphrase_edit.clear()
    qtbot.keyClicks(unlock.passphrase_edit, NEW)
    qtbot.mouseClick(unlock.unlock_button, Qt.MouseButton.LeftButton)
    window = unlocked.window
    assert window is not None
    qtbot.waitUntil(lambda: not window.is_locked(), timeout=TIMEOUT)


def test_too_short_and_same_passphrase_are_refused(qtbot: Any, unlocked: AppController) -> None:
    dialog = _dialog(qtbot, unlocked)
    _type(qtbot, dialog, PASSPHRASE, "short", "short")
    assert "Too short" in dialog.strength_label.text()
    qtbot.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)
    assert "too short" in dialog.message.text()
    _type(qtbot, dialog, PASSPHRASE, PASSPHRASE, PASSPHRASE)
    qtbot.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "same as the current" in dialog.message.text(), timeout=TIMEOUT)
    assert dialog.isVisible()
    dialog.grab().save("/tmp/change_passphrase.png")
