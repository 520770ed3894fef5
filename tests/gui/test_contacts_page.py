"""The Contacts page driven by keys and clicks: quick-add, edit in place, search, undo."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from crm_desktop.core.services import contact_read, contacts
from crm_desktop.gui.controller import AppController
from crm_desktop.gui.dialogs.quick_add import QuickAddDialog
from crm_desktop.gui.main_window import MainWindow

from .helpers import TIMEOUT, Waiter, activate, press, top_level


def _window(c: AppController) -> MainWindow:
    assert c.window is not None
    return c.window


def _type_chinese(edit: QLineEdit, text: str) -> None:
    """keyClicks with non-ASCII text aborts Qt: commit the text as an input method would."""
    edit.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(edit, event)


def _names(window: MainWindow) -> list[str]:
    model = window.contacts.model
    return [model.cached_row(cid).name for cid in (model.contact_id(r) for r in range(model.rowCount()))
            if cid is not None and model.cached_row(cid) is not None]  # type: ignore[union-attr]


def _quick_add(qtbot: Any, window: MainWindow, name: str, email: str = "") -> None:
    press(qtbot, window, "Ctrl+N")
    dialog = top_level(QuickAddDialog)
    assert dialog is not None
    qtbot.keyClicks(dialog.rows["display_name"].editor, name)
    if email:
        qtbot.keyClicks(dialog.rows["emails"].editor, email)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: name in _names(window), timeout=TIMEOUT)
    qtbot.waitUntil(lambda: window.contacts.detail.contact is not None
                    and window.contacts.detail.contact.display_name == name, timeout=TIMEOUT)
    activate(qtbot, window)  # a desktop gives focus back to the window; offscreen Qt does not


def test_quick_add_puts_the_contact_in_the_list_and_selects_it(qtbot: Any, unlocked: AppController) -> None:
    window = _window(unlocked)
    _quick_add(qtbot, window, "Ada Lovelace", "ada@example.com")
    detail = window.contacts.detail
    assert window.contacts.current_contact_id() == detail.contact.id  # type: ignore[union-attr]
    assert 'href="mailto:ada@example.com"' in detail.links.text()
    assert window.contacts.count_label.text() == "1 contact(s)" or "1" in window.contacts.count_label.text()


def test_quick_add_keeps_the_dialog_open_on_a_bad_email(qtbot: Any, unlocked: AppController) -> None:
    window = _window(unlocked)
    press(qtbot, window, "Ctrl+N")
    dialog = top_level(QuickAddDialog)
    qtbot.keyClicks(dialog.rows["display_name"].editor, "Bad Mail")
    qtbot.keyClicks(dialog.rows["emails"].editor, "bad@@mail")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    message = dialog.rows["emails"].message
    qtbot.waitUntil(lambda: message.isVisible() and "not a valid e-mail" in message.text(), timeout=TIMEOUT)
    assert dialog.isVisible()
    assert Waiter(qtbot, unlocked.worker)(contact_read.list_contacts).total == 0


def test_chinese_name_through_an_input_method(qtbot: Any, unlocked: AppController) -> None:
    window = _window(unlocked)
    press(qtbot, window, "Ctrl+N")
    dialog = top_level(QuickAddDialog)
    _type_chinese(dialog.rows["display_name"].editor, "张伟")
    _type_chinese(dialog.rows["organization"].editor, "中国银行")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "张伟" in _names(window), timeout=TIMEOUT)
    qtbot.waitUntil(lambda: window.contacts.detail.rows["organization"].text() == "中国银行", timeout=TIMEOUT)


def test_invalid_email_shows_beside_the_field_and_saves_nothing(qtbot: Any,
                                                               unlocked: AppController) -> None:
    window = _window(unlocked)
    run = Waiter(qtbot, unlocked.worker)
    _quick_add(qtbot, window, "Li Na", "li.na@example.com")
    detail = window.contacts.detail
    edit = detail.rows["emails"].editor
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "li.na@@example")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    message = detail.rows["emails"].message
    qtbot.waitUntil(lambda: message.isVisible() and "not a valid e-mail" in message.text(), timeout=TIMEOUT)
    assert edit.text() == "li.na@@example"  # left as typed, to correct
    saved = run(contact_read.get, detail.contact.id)  # type: ignore[union-attr]
    assert [e.address for e in saved.emails] == ["li.na@example.com"]
    edit.selectAll()
    qtbot.keyClicks(edit, "li.na@example.org")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not message.isVisible(), timeout=TIMEOUT)
    saved = run(contact_read.get, detail.contact.id)  # type: ignore[union-attr]
    assert [e.address for e in saved.emails] == ["li.na@example.org"]


def test_an_invalid_phone_is_kept_and_flagged_beside_the_field(qtbot: Any, unlocked: AppController) -> None:
    window = _window(unlocked)
    _quick_add(qtbot, window, "Wang Fang")
    edit = window.contacts.detail.rows["phones"].editor
    edit.setFocus()
    qtbot.keyClicks(edit, "12345")
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    message = window.contacts.detail.rows["phones"].message
    qtbot.waitUntil(lambda: message.isVisible() and "12345" in message.text(), timeout=TIMEOUT)


def test_edit_then_undo_and_redo_by_keyboard(qtbot: Any, unlocked: AppController) -> None:
    window = _window(unlocked)
    _quick_add(qtbot, window, "Zhou Min")
    detail = window.contacts.detail
    title = detail.rows["title"].editor
    title.setFocus()
    qtbot.keyClicks(title, "CFO")
    qtbot.keyClick(title, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: detail.contact is not None and detail.contact.title == "CFO", timeout=TIMEOUT)
    window.contacts.table.setFocus()  # Ctrl+Z in a text field undoes typing, not the vault
    press(qtbot, window.contacts.table, "Ctrl+Z")
    qtbot.waitUntil(lambda: detail.contact is not None and detail.contact.title is None, timeout=TIMEOUT)
    assert title.text() == ""
    assert "Undone" in window.statusBar().currentMessage()
    press(qtbot, window.contacts.table, "Ctrl+Shift+Z")
    qtbot.waitUntil(lambda: detail.contact is not None and detail.contact.title == "CFO", timeout=TIMEOUT)


def test_undo_of_an_add_removes_it_from_the_list(qtbot: Any, unlocked: AppController) -> None:
    window = _window(unlocked)
    _quick_add(qtbot, window, "Temporary Person")
    window.contacts.table.setFocus()
    press(qtbot, window.contacts.table, "Ctrl+Z")
    qtbot.waitUntil(lambda: window.contacts.model.rowCount() == 0 and window.contacts.model.is_settled(),
                    timeout=TIMEOUT)
    assert window.contacts.detail.contact is None


def test_search_field_filters_the_list(qtbot: Any, unlocked: AppController) -> None:
    window = _window(unlocked)
    run = Waiter(qtbot, unlocked.worker)
    for name in ("Alice Chan", "Bob Lee", "Alicia Wong"):
        run(contacts.add, display_name=name)
    window.contacts.load()
    qtbot.waitUntil(lambda: window.contacts.model.rowCount() == 3, timeout=TIMEOUT)
    window.contacts.table.setFocus()
    press(qtbot, window, "Ctrl+K")
    assert window.search_edit.hasFocus()
    qtbot.keyClicks(window.search_edit, "Alic")
    qtbot.waitUntil(lambda: window.contacts.model.rowCount() == 2, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: sorted(_names(window)) == ["Alice Chan", "Alicia Wong"], timeout=TIMEOUT)
    window.search_edit.clear()
    qtbot.waitUntil(lambda: window.contacts.model.rowCount() == 3, timeout=TIMEOUT)


def test_tier_filter(qtbot: Any, unlocked: AppController) -> None:
    window = _window(unlocked)
    run = Waiter(qtbot, unlocked.worker)
    run(contacts.add, display_name="Top Client", tier="A")
    run(contacts.add, display_name="Other Client", tier="C")
    window.contacts.load()
    qtbot.waitUntil(lambda: window.contacts.model.rowCount() == 2, timeout=TIMEOUT)
    combo = window.contacts.tier_filter
    combo.setCurrentIndex(combo.findData("A"))
    qtbot.waitUntil(lambda: window.contacts.model.rowCount() == 1, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: _names(window) == ["Top Client"], timeout=TIMEOUT)
