"""First run and later runs: create a vault, unlock (wrong, then right), damaged and busy vaults."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog

from crm_desktop.core.vault.lock import VaultLock
from crm_desktop.gui.controller import AppController
from crm_desktop.gui.demo_flow import DEMO_CONTACTS
from crm_desktop.gui.dialogs.start_dialog import StartDialog
from crm_desktop.gui.dialogs.tour_dialog import TourDialog
from crm_desktop.gui.dialogs.unlock_dialog import UnlockDialog
from crm_desktop.gui.paths import Paths
from crm_desktop.gui.settings import Settings
from crm_desktop.gui.worker import DbWorker

from .helpers import PASSPHRASE, TIMEOUT, top_level


def _make_vault(qtbot: Any, path: Path) -> None:
    """A vault file made by another worker, closed again (as if by an earlier run)."""
    worker = DbWorker()
    done: list[Any] = []
    worker.create_vault(str(path), PASSPHRASE, on_done=done.append)
    worker.close_vault(on_done=done.append)
    qtbot.waitUntil(lambda: len(done) == 2, timeout=TIMEOUT)
    worker.shutdown()


def test_first_run_creates_a_vault(qtbot: Any, controller: AppController, paths: Paths,
                                   settings: Settings) -> None:
    controller.start()
    dialog = controller.dialog
    assert isinstance(dialog, StartDialog) and dialog.isVisible()
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.passphrase_edit.isVisible()
    qtbot.keyClicks(dialog.passphrase_edit, "short")
    assert "Too short" in dialog.strength_label.text()
    dialog.passphrase_edit.clear()
    qtbot.keyClicks(dialog.passphrase_edit, PASSPHRASE)
    assert "Strong" in dialog.strength_label.text() or "Fair" in dialog.strength_label.text()
    qtbot.keyClicks(dialog.repeat_edit, PASSPHRASE + "x")
    qtbot.mouseClick(dialog.create_vault_button, Qt.MouseButton.LeftButton)
    assert "differ" in dialog.message.text() and dialog.isVisible()
    assert not paths.default_vault.exists()
    dialog.repeat_edit.clear()
    qtbot.keyClicks(dialog.repeat_edit, PASSPHRASE)
    qtbot.mouseClick(dialog.create_vault_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.window is not None and not controller.window.is_locked(),
                    timeout=TIMEOUT)
    assert paths.default_vault.exists() and not dialog.isVisible()
    assert settings.last_vault == str(paths.default_vault)
    assert controller.window is not None and controller.window.vault_label.text() == "vault"
    # The first vault: a short tour of the pages comes up by itself, once; Help → Tour shows it again.
    tour = top_level(TourDialog)
    assert tour is not None and tour.isVisible()
    tour.reject()
    assert settings.tour_seen
    controller.window.action("tour").trigger()
    assert top_level(TourDialog) is not None


def test_the_warning_about_a_lost_passphrase_is_shown(qtbot: Any, controller: AppController) -> None:
    dialog = controller.show_start(create_only=True)
    texts = " ".join(label.text() for label in dialog.findChildren(type(dialog.location_label)))
    assert "Nobody can recover a lost passphrase" in texts


def test_later_runs_unlock_wrong_then_right(qtbot: Any, controller: AppController, paths: Paths,
                                            settings: Settings) -> None:
    _make_vault(qtbot, paths.default_vault)
    settings.last_vault = str(paths.default_vault)
    controller.start()
    dialog = controller.dialog
    assert isinstance(dialog, UnlockDialog)
    qtbot.keyClicks(dialog.passphrase_edit, "wrong passphrase")
    qtbot.keyClick(dialog.passphrase_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Wrong passphrase" in dialog.message.text(), timeout=TIMEOUT)
    assert dialog.isVisible() and controller.window is None
    assert dialog.passphrase_edit.selectedText() == "wrong passphrase"  # ready to type again
    qtbot.keyClicks(dialog.passphrase_edit, PASSPHRASE)  # replaces the selection
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.window is not None and not controller.window.is_locked(),
                    timeout=TIMEOUT)
    assert not dialog.isVisible()


def test_a_damaged_vault_says_what_is_wrong(qtbot: Any, controller: AppController, paths: Paths) -> None:
    path = paths.default_vault
    _make_vault(qtbot, path)
    data = bytearray(path.read_bytes())
    for i in range(4096 + 100, 4096 + 200):  # bytes inside the second page
        data[i] ^= 0xFF
    path.write_bytes(bytes(data))
    dialog = controller.show_unlock(str(path))
    qtbot.keyClicks(dialog.passphrase_edit, PASSPHRASE)
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "damaged" in dialog.message.text(), timeout=TIMEOUT)
    assert "backup" in dialog.message.text() and dialog.isVisible()


def test_a_vault_in_use_is_explained(qtbot: Any, controller: AppController, paths: Paths) -> None:
    path = paths.default_vault
    _make_vault(qtbot, path)
    lock = VaultLock(str(path))  # as another window holding it open would
    lock.acquire()
    try:
        dialog = controller.show_unlock(str(path))
        qtbot.keyClicks(dialog.passphrase_edit, PASSPHRASE)
        qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "open in another" in dialog.message.text(), timeout=TIMEOUT)
    finally:
        lock.release()
    assert controller.window is None


def test_cancel_at_first_start_leaves(qtbot: Any, controller: AppController) -> None:
    controller.start()
    assert controller.dialog is not None
    controller.dialog.reject()
    assert controller.exits == [0]  # type: ignore[attr-defined]


@pytest.mark.slow
def test_try_the_demo_fills_a_demo_vault_with_progress(qtbot: Any, controller: AppController,
                                                       paths: Paths) -> None:
    controller.start()
    dialog = controller.dialog
    assert isinstance(dialog, StartDialog)
    qtbot.mouseClick(dialog.demo_button, Qt.MouseButton.LeftButton)
    progress = dialog.findChild(QProgressDialog, "demoProgress")
    assert progress is not None  # shown while the generator runs on the worker
    qtbot.waitUntil(lambda: controller.window is not None and not controller.window.is_locked(),
                    timeout=120_000)
    window = controller.window
    assert window is not None and window.vault_label.text() == "demo"
    qtbot.waitUntil(lambda: window.contacts.model.rowCount() == DEMO_CONTACTS, timeout=TIMEOUT)
    assert paths.demo_vault.exists() and not progress.isVisible()
    # The demo is searchable at once (its index was built with it).
    window.contacts.set_search("a")
    qtbot.waitUntil(lambda: 0 < window.contacts.model.rowCount() < DEMO_CONTACTS, timeout=TIMEOUT)
