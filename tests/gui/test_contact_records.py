"""The contact page beside the fields: log a note into the timeline, attachments (added by a
drop, opened through a private temp file that goes away on lock and on exit), the history."""

from __future__ import annotations

import stat
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, QObject, QPointF, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from crm_desktop.core.services import attachments, contacts, deals, interactions
from crm_desktop.gui.controller import AppController
from crm_desktop.gui.main_window import MainWindow
from crm_desktop.gui.widgets.contact_records import ATTACHMENTS, HISTORY

from .helpers import TIMEOUT, Waiter


class FileOpener(QObject):
    """Takes the file:// URLs the app hands to the desktop (Qt's own hook for that)."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


def _window(c: AppController) -> MainWindow:
    assert c.window is not None
    return c.window


def _show(qtbot: Any, c: AppController, name: str = "Chen Jing") -> tuple[MainWindow, Waiter, Any]:
    window = _window(c)
    run = Waiter(qtbot, c.worker)
    contact = run(contacts.add, display_name=name)
    window.open_record("contact", contact.id)
    records = window.contacts.records
    qtbot.waitUntil(lambda: records.records is not None and records.records.contact_id == contact.id,
                    timeout=TIMEOUT)
    return window, run, contact


def test_log_a_note_from_the_contact_page(qtbot: Any, unlocked: AppController) -> None:
    window, run, contact = _show(qtbot, unlocked)
    timeline = window.contacts.records.timeline
    assert "No interactions yet" in timeline.list.toPlainText()
    qtbot.mouseClick(timeline.kind_buttons.button(2), Qt.MouseButton.LeftButton)  # Note
    qtbot.keyClicks(timeline.subject, "Fee letter")
    qtbot.keyClicks(timeline.body.edit, "Agreed the fee letter; send the draft on Monday.")
    qtbot.mouseClick(timeline.body.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "send the draft on Monday" in timeline.list.toPlainText(), timeout=TIMEOUT)
    text = timeline.list.toPlainText()
    assert text.startswith("Note") and "Fee letter" in text
    assert timeline.body.edit.toPlainText() == "" and timeline.subject.text() == ""
    assert window.contacts.records.tabText(0) == "Timeline (1)"
    logged = run(interactions.list_interactions, contact_id=contact.id).interactions
    assert [(i.kind, i.subject) for i in logged] == [("note", "Fee letter")]


def test_the_timeline_is_newest_first_and_lists_deals(qtbot: Any, unlocked: AppController) -> None:
    window = _window(unlocked)
    run = Waiter(qtbot, unlocked.worker)
    contact = run(contacts.add, display_name="Wu Lei")
    run(interactions.add, kind="call", occurred_at="2026-01-05T10:00+08:00", participants=[contact.id],
        subject="Older call")
    run(interactions.add, kind="meeting", occurred_at="2026-02-05T10:00+08:00", participants=[contact.id],
        subject="Newer meeting")
    run(deals.add, name="Harbour loan", parties=[(contact.id, "lender")])
    window.open_record("contact", contact.id)
    records = window.contacts.records
    qtbot.waitUntil(lambda: records.records is not None and records.records.contact_id == contact.id,
                    timeout=TIMEOUT)
    text = records.timeline.list.toPlainText()
    assert text.index("Newer meeting") < text.index("Older call")
    assert "Harbour loan" in records.deals.toPlainText()


def test_drop_a_file_to_attach_it(qtbot: Any, unlocked: AppController, tmp_path: Path) -> None:
    window, run, contact = _show(qtbot, unlocked)
    records = window.contacts.records
    records.setCurrentIndex(ATTACHMENTS)
    view = records.attachments
    source = tmp_path / "term sheet.pdf"
    source.write_bytes(b"%PDF-1.4 term sheet")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(source))])
    at, move = QPointF(10, 10), Qt.DropAction.CopyAction
    enter = QDragEnterEvent(at.toPoint(), move, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(view, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(view, QDropEvent(at, move, mime, Qt.MouseButton.LeftButton,
                                            Qt.KeyboardModifier.NoModifier))
    qtbot.waitUntil(lambda: view.list.count() == 1, timeout=TIMEOUT)
    assert view.list.item(0).text().startswith("term sheet.pdf")
    assert records.tabText(ATTACHMENTS) == "Attachments (1)"
    assert [a.filename for a in run(attachments.list_for, "contact", contact.id)] == ["term sheet.pdf"]


def _open_first(qtbot: Any, window: MainWindow, opener: FileOpener) -> Path:
    view = window.contacts.records.attachments
    view.list.setCurrentRow(0)
    qtbot.mouseClick(view.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(opener.urls), timeout=TIMEOUT)
    return Path(opener.urls[-1].toLocalFile())


def _with_attachment(qtbot: Any, c: AppController) -> tuple[MainWindow, FileOpener]:
    window, run, contact = _show(qtbot, c)
    run(attachments.add, ("minutes.txt", b"confidential minutes"), contact_id=contact.id)
    records = window.contacts.records
    records.reload()
    records.setCurrentIndex(ATTACHMENTS)
    qtbot.waitUntil(lambda: records.attachments.list.count() == 1, timeout=TIMEOUT)
    opener = FileOpener()
    QDesktopServices.setUrlHandler("file", opener, "open")
    return window, opener


def test_an_opened_attachment_is_private_and_goes_on_lock(qtbot: Any, unlocked: AppController) -> None:
    window, opener = _with_attachment(qtbot, unlocked)
    try:
        path = _open_first(qtbot, window, opener)
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert path.read_bytes() == b"confidential minutes" and path.name == "minutes.txt"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    folder = window.temp_files.path
    assert folder is not None and folder in path.parents
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    unlocked.lock()
    assert not path.exists() and not folder.exists()


def test_an_opened_attachment_goes_on_exit(qtbot: Any, unlocked: AppController) -> None:
    window, opener = _with_attachment(qtbot, unlocked)
    try:
        path = _open_first(qtbot, window, opener)
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert path.exists()
    window.close()
    assert not path.exists() and window.temp_files.path is None


def test_the_history_tab_shows_an_edit(qtbot: Any, unlocked: AppController) -> None:
    window, run, contact = _show(qtbot, unlocked)
    run(contacts.edit, contact.id, title="CFO")
    records = window.contacts.records
    records.reload()
    records.setCurrentIndex(HISTORY)
    qtbot.waitUntil(lambda: "title: ∅ → CFO" in records.history.toPlainText(), timeout=TIMEOUT)
    text = records.history.toPlainText()
    assert text.index("Edit Chen Jing: title") < text.index("Add contact Chen Jing")  # newest first
