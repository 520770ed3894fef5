"""What can be done to the contact selected in the list, by its context menu or keys: move it to the
trash (Delete; Edit → Undo brings it back), a PDF report on it, and the privacy requests — everything
about the person as one JSON file, or erase the person everywhere (not undoable; a backup is taken
first and the audit keeps a line without content)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from crm_desktop.core.services import contacts
from crm_desktop.gui.errors import show_error
from crm_desktop.gui.saved_file import documents_dir
from crm_desktop.gui.worker import DbWorker


class ContactActions(QObject):
    changed = Signal()  # a contact went to the trash or was erased: lists reload
    message = Signal(str)
    report_requested = Signal(int)  # contact id: the dossier report

    def __init__(self, worker: DbWorker, view: QWidget,
                 current: Callable[[], tuple[int, str] | None]) -> None:
        super().__init__(view)
        self._worker = worker
        self._view = view
        self._current = current  # (id, name) of the selected contact, if any
        self.trash = self._action("contactTrash", QKeySequence.StandardKey.Delete, self.move_to_trash)
        self.report = self._action("contactReport", None, self._report)
        self.export = self._action("contactExport", None, self._ask_export_path)
        self.erase = self._action("contactErase", None, self._confirm_erase)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        separator = QAction(self)
        separator.setSeparator(True)
        view.addActions([self.trash, self.report, separator, self.export, self.erase])
        self.retranslate()

    def _action(self, name: str, key: QKeySequence.StandardKey | None, slot: Callable[[], None]) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        if key is not None:
            action.setShortcuts(key)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        return action

    def retranslate(self) -> None:
        self.trash.setText(self.tr("Move to &trash"))
        self.report.setText(self.tr("&Report on this contact (PDF)…"))
        self.export.setText(self.tr("E&xport everything about this person (JSON)…"))
        self.erase.setText(self.tr("&Erase this person everywhere…"))

    # ---------------------------------------------------------------- trash
    def move_to_trash(self) -> None:
        chosen = self._current()
        if chosen is None:
            return
        ident, name = chosen
        self._worker.run(contacts.delete, [ident], on_done=lambda _n: self._trashed(name),
                         on_error=lambda e: show_error(self._view, e))

    def _trashed(self, name: str) -> None:
        self.changed.emit()
        self.message.emit(self.tr("{name} moved to the trash (Edit → Undo brings it back).")
                          .format(name=name))

    def _report(self) -> None:
        chosen = self._current()
        if chosen is not None:
            self.report_requested.emit(chosen[0])

    # ---------------------------------------------------------------- privacy
    def _ask_export_path(self) -> None:
        chosen = self._current()
        if chosen is None:
            return
        suggested = str(documents_dir() / f"{default_export_name(chosen[1])}.json")
        path, _ = QFileDialog.getSaveFileName(self._view, self.tr("Everything about {name}").format(
            name=chosen[1]), suggested, self.tr("JSON (*.json)"))
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> None:
        """Everything the vault holds about the selected person, as one JSON file (not encrypted)."""
        chosen = self._current()
        if chosen is None:
            return
        from crm_desktop.core.exporter import write_person  # loads the whole exporter: only when asked

        self._worker.run(write_person, chosen[0], path,
                         on_done=lambda _r: self.message.emit(
                             self.tr("Saved everything about {name} to {path} — it is not encrypted.")
                             .format(name=chosen[1], path=path)),
                         on_error=lambda e: show_error(self._view, e))

    def _confirm_erase(self) -> None:
        chosen = self._current()
        if chosen is None:
            return
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Erase {name}").format(name=chosen[1]),
                          self.tr("Erase {name} and everything only about them (interactions, reminders, "
                                  "attachments) for good? This cannot be undone; the audit keeps only a "
                                  "line saying that a contact was erased. Backups made before now still "
                                  "hold them until they are rotated out (File → Backups).")
                          .format(name=chosen[1]),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self._view)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Erase for good"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        if box.exec() == QMessageBox.StandardButton.Yes:
            self.erase_now()

    def erase_now(self) -> None:
        chosen = self._current()
        if chosen is None:
            return
        ident, name = chosen
        from crm_desktop.core.services import trash

        self._worker.run(trash.erase, "contact", ident, on_done=lambda _r: self._erased(name),
                         on_error=lambda e: show_error(self._view, e))

    def _erased(self, name: str) -> None:
        self.changed.emit()
        self.message.emit(self.tr("{name} was erased.").format(name=name))


def default_export_name(name: str) -> str:
    """A file name from a contact's name (keeps Chinese; drops what file systems refuse)."""
    return "".join(c for c in name if c not in '<>:"/\\|?*').strip() or "contact"
