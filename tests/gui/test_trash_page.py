"""Trash: deleted records listed newest first; restore puts one back; emptying asks first,
says it is permanent, and erases."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from crm_desktop.core.services import contact_read, contacts, deals, trash
from crm_desktop.gui.controller import AppController
from crm_desktop.gui.main_window import MainWindow

from .helpers import TIMEOUT, Waiter


def _window(c: AppController) -> MainWindow:
    assert c.window is not None
    return c.window


def _trashed(qtbot: Any, c: AppController) -> tuple[MainWindow, Waiter, Any]:
    window = _window(c)
    run = Waiter(qtbot, c.worker)
    kept = run(contacts.add, display_name="Keep Me")
    gone = run(contacts.add, display_name="Gone Person")
    deal = run(deals.add, name="Dropped deal")
    run(contacts.delete, [gone.id])
    run(deals.delete, deal.id)
    window.show_page("trash")
    qtbot.waitUntil(lambda: window.trash.is_settled() and window.trash.model.rowCount() == 2, timeout=TIMEOUT)
    return window, run, {"kept": kept, "gone": gone, "deal": deal}


def test_restore_puts_a_contact_back(qtbot: Any, unlocked: AppController) -> None:
    window, run, made = _trashed(qtbot, unlocked)
    page = window.trash
    labels = [page.model.data(page.model.index(r, 1)) for r in range(2)]
    assert labels == ["Dropped deal", "Gone Person"]  # most recently deleted first
    assert page.model.data(page.model.index(0, 0)) == "Deal"
    page.table.selectRow(1)
    qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.is_settled() and page.model.rowCount() == 1, timeout=TIMEOUT)
    assert "Restored Gone Person" in window.statusBar().currentMessage()
    assert run(contact_read.get, made["gone"].id).display_name == "Gone Person"
    window.show_page("contacts")  # marked stale by the restore: it reloads when shown
    qtbot.waitUntil(lambda: window.contacts.is_settled() and window.contacts.model.rowCount() == 2,
                    timeout=TIMEOUT)


def test_empty_trash_confirms_that_it_is_permanent(qtbot: Any, unlocked: AppController) -> None:
    window, run, _made = _trashed(qtbot, unlocked)
    page = window.trash
    seen: dict[str, str] = {}

    def answer(button: QMessageBox.StandardButton) -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen["text"] = f"{box.text()} {box.informativeText()}"
        box.button(button).click()

    QTimer.singleShot(0, lambda: answer(QMessageBox.StandardButton.Cancel))
    qtbot.mouseClick(page.empty_button, Qt.MouseButton.LeftButton)
    assert "permanently" in seen["text"] and "cannot be undone" in seen["text"]
    assert len(run(trash.list_trash)) == 2  # cancelled: nothing erased

    QTimer.singleShot(0, lambda: answer(QMessageBox.StandardButton.Yes))
    qtbot.mouseClick(page.empty_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.is_settled() and page.model.rowCount() == 0, timeout=TIMEOUT)
    assert page.empty.isVisible() and not page.empty_button.isEnabled()
    assert run(trash.list_trash) == []
    assert "Erased 2 record" in window.statusBar().currentMessage()
