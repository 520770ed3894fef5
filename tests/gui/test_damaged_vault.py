"""A damaged vault on unlock: the dialog names the problem and offers the newest verified
backup; opening it brings the data back and keeps the damaged file aside, byte for byte."""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path
from typing import Any

import sqlcipher3
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from crm_desktop.core import backup
from crm_desktop.core.services import contact_read, contacts
from crm_desktop.gui.controller import AppController
from crm_desktop.gui.paths import Paths

from .helpers import PASSPHRASE, TIMEOUT, Waiter

PAGE = 4096
CONTACTS = 60


def _fill(vault: Any) -> None:
    for i in range(CONTACTS):
        contacts.add(vault, display_name=f"Client {i:03}", note="a long note " * 40)


def _total(vault: Any) -> int:
    return contact_read.list_contacts(vault).total


def _vault_with_a_backup(qtbot: Any, controller: AppController, path: Path) -> int:
    """A vault of CONTACTS contacts, backed up, then one more contact, closed. Returns its pages."""
    worker = controller.worker
    done: list[Any] = []
    worker.create_vault(str(path), PASSPHRASE, on_done=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=TIMEOUT)
    wait = Waiter(qtbot, worker)
    wait(lambda v: _fill(v))
    assert wait(lambda v: backup.create_backup(v, "manual")).verified
    wait(lambda v: contacts.add(v, display_name="After the backup"))
    worker.close_vault(on_done=done.append)
    qtbot.waitUntil(lambda: len(done) == 2, timeout=TIMEOUT)
    pages = path.stat().st_size // PAGE
    assert pages > 20
    return pages


def _overwrite(path: Path, first: int, count: int) -> str:
    """Random bytes over `count` pages from page `first` (as a failing disk would write);
    returns the damaged file's sha256."""
    with open(path, "r+b") as fh:
        fh.seek(first * PAGE)
        fh.write(os.urandom(count * PAGE))
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _reads(path: Path, table: str) -> bool:
    conn = sqlcipher3.connect(str(path))
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = '{PASSPHRASE}'")
        conn.execute(f'SELECT * FROM "{table}"').fetchall()
        return True
    except sqlcipher3.DatabaseError:
        return False
    finally:
        conn.close()


def _a_contact_page(path: Path, pages: int, scratch: Path) -> int:
    """A page of the contact table (which table a page belongs to is inside the ciphertext:
    found by damaging a copy and reading it back)."""
    for page in range(pages - 1, pages // 2, -1):
        shutil.copyfile(path, scratch)
        _overwrite(scratch, page, 1)
        if not _reads(scratch, "contact") and _reads(scratch, "sqlite_master"):
            scratch.unlink()
            return page
    raise AssertionError("no page of the contact table found")


def test_damaged_vault_offers_and_opens_its_newest_backup(qtbot: Any, controller: AppController,
                                                         paths: Paths) -> None:
    path = paths.default_vault
    pages = _vault_with_a_backup(qtbot, controller, path)
    digest = _overwrite(path, pages // 4, pages // 2)  # live pages, not only free ones
    dialog = controller.show_unlock(str(path))
    qtbot.keyClicks(dialog.passphrase_edit, PASSPHRASE)
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.damage_box.isVisible(), timeout=TIMEOUT)
    assert "The vault is damaged" in dialog.message.text()
    assert dialog.restore_button.text().startswith("&Open the newest backup (")
    assert f"{CONTACTS} contacts" in dialog.backup_label.text()
    assert dialog.salvage_button.isVisible() and controller.window is None
    qtbot.wait(50)  # the layout settles
    assert dialog.height() >= dialog.sizeHint().height()  # nothing clipped
    dialog.grab().save("/tmp/damaged_unlock.png")

    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.window is not None and not controller.window.is_locked(),
                    timeout=TIMEOUT)
    assert not dialog.isVisible()
    assert Waiter(qtbot, controller.worker)(_total) == CONTACTS  # the backup's data, in the window
    # The damaged file was kept aside, unchanged, beside the backups.
    kept = dialog.restore_result.kept_as_found
    assert kept is not None and Path(kept).parent == path.parent / "backups"
    assert hashlib.sha256(Path(kept).read_bytes()).hexdigest() == digest
    assert hashlib.sha256(path.read_bytes()).hexdigest() != digest


def test_a_cut_short_vault_is_named_and_its_backup_opens(qtbot: Any, controller: AppController,
                                                         paths: Paths) -> None:
    path = paths.default_vault
    _vault_with_a_backup(qtbot, controller, path)
    with open(path, "r+b") as fh:
        fh.truncate(path.stat().st_size // 2 + 100)  # not a whole number of pages
    dialog = controller.show_unlock(str(path))
    qtbot.keyClicks(dialog.passphrase_edit, PASSPHRASE)
    qtbot.keyClick(dialog.passphrase_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.damage_box.isVisible(), timeout=TIMEOUT)
    assert "truncated" in dialog.message.text()
    assert dialog.restore_button.isVisible() and not dialog.salvage_button.isVisible()
    assert dialog.restore_button.hasFocus()
    qtbot.keyClick(dialog.restore_button, Qt.Key.Key_Space)  # reachable by keyboard
    qtbot.waitUntil(lambda: controller.window is not None and not controller.window.is_locked(),
                    timeout=TIMEOUT)
    assert Waiter(qtbot, controller.worker)(_total) == CONTACTS
    assert dialog.restore_result is not None and dialog.restore_result.kept_as_found is not None


def test_salvage_what_can_be_read(qtbot: Any, controller: AppController, paths: Paths) -> None:
    path = paths.default_vault
    pages = _vault_with_a_backup(qtbot, controller, path)
    _overwrite(path, _a_contact_page(path, pages, path.with_name("probe.crm")), 1)
    out = path.with_name(path.stem + "-salvaged.crm")  # the name the save dialog offers
    dialog = controller.show_unlock(str(path))
    qtbot.keyClicks(dialog.passphrase_edit, PASSPHRASE)
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.damage_box.isVisible(), timeout=TIMEOUT)

    # The save dialog: take the offered name and press Enter. (Typing another name through
    # selectFile raced the dialog's own folder loading on a fast machine and was lost.)
    def choose() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QFileDialog):
            box.accept()
        else:
            QTimer.singleShot(20, choose)
    QTimer.singleShot(20, choose)
    qtbot.mouseClick(dialog.salvage_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.unlock_button.isEnabled(), timeout=60_000)
    assert "Saved" in dialog.message.text(), dialog.message.text()
    assert out.exists() and str(out) in dialog.message.text()
    assert "Some rows were lost in: contact" in dialog.message.text()
    assert dialog.isVisible()  # the damaged vault stays unopened; the salvaged file is a new vault
    done: list[Any] = []
    controller.worker.open_vault(str(out), PASSPHRASE, on_done=done.append, on_error=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=TIMEOUT)
    assert 0 < Waiter(qtbot, controller.worker)(_total) < CONTACTS + 1  # what read, minus a page

