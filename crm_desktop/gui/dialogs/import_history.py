"""Earlier imports, newest first, each undoable as a whole (what it created goes to the trash)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.core import importer
from crm_desktop.core.importer import BatchInfo
from crm_desktop.gui import formatting
from crm_desktop.gui.errors import describe
from crm_desktop.gui.widgets.import_fields import format_label
from crm_desktop.gui.widgets.message_label import MessageLabel
from crm_desktop.gui.worker import DbWorker

if TYPE_CHECKING:
    from crm_desktop.core.vault import Vault

ID = Qt.ItemDataRole.UserRole


def undo_and_list(vault: Vault, batch_id: int) -> tuple[str, list[BatchInfo]]:
    """Runs on the worker: undo one batch, then the list as it is now."""
    text = importer.undo_batch(vault, batch_id)
    return text, importer.list_batches(vault)


class ImportHistory(QWidget):
    """The list of import batches with "Undo this import"; `undone(batch_id)` after an undo."""

    undone = Signal(int)

    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("importHistoryTable")
        self.table.setHorizontalHeaderLabels([self.tr("When"), self.tr("File"), self.tr("Format"),
                                              self.tr("Rows"), self.tr("Status")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.undo_button = QPushButton(self.tr("&Undo this import"), self)
        self.undo_button.setObjectName("undoBatchButton")
        self.undo_button.setEnabled(False)
        self.message = MessageLabel(self, kind="hint")
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.undo_button.clicked.connect(self.undo_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addStretch(0)  # keeps the button its own size while the message is hidden
        buttons.addWidget(self.undo_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.batches: list[BatchInfo] = []

    def refresh(self) -> None:
        self._worker.run(importer.list_batches, on_done=self._show, on_error=self._failed)

    def _show(self, batches: list[BatchInfo]) -> None:
        self.batches = batches
        self.table.setRowCount(len(batches))
        status = {"done": self.tr("Imported"), "undone": self.tr("Undone"), "running": self.tr("Unfinished")}
        for i, b in enumerate(batches):
            cells = [formatting.moment(b.created_at), b.source_name, format_label(b.format),
                     str(b.row_count), status.get(b.status, b.status)]
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID, b.id)
                if j == 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(i, j, item)
        if batches:
            self.message.clear_message()
        else:
            self.message.show_message(self.tr("No imports yet."), color="#555555")
        self._selection_changed()

    def selected(self) -> BatchInfo | None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        return self.batches[rows.pop()] if len(rows) == 1 else None

    def select_batch(self, batch_id: int) -> None:
        for i, b in enumerate(self.batches):
            if b.id == batch_id:
                self.table.selectRow(i)

    def _selection_changed(self) -> None:
        b = self.selected()
        self.undo_button.setEnabled(b is not None and b.status == "done")

    def undo_selected(self) -> None:
        b = self.selected()
        if b is None or b.status != "done":
            return
        self.undo_button.setEnabled(False)
        self.message.show_message(self.tr("Undoing the import of {name}…").format(name=b.source_name),
                                  color="#555555")
        self._worker.run(undo_and_list, b.id, on_done=lambda r: self._undone(b, r), on_error=self._failed)

    def _undone(self, batch: BatchInfo, answer: tuple[str, list[BatchInfo]]) -> None:
        self._show(answer[1])
        self.message.show_message(self.tr("The import of {name} is undone.").format(name=batch.source_name),
                                  color="#1b5e20")
        self.undone.emit(batch.id)

    def _failed(self, error: BaseException) -> None:
        self.message.show_message(describe(error), color="#b00020")
        self._selection_changed()


class ImportHistoryDialog(QDialog):
    """File → Import history…: the same list in a window of its own."""

    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import history"))
        self.setMinimumSize(640, 360)
        self.history = ImportHistory(worker, self)
        self.undone = self.history.undone
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.history)
        layout.addWidget(buttons)
        self.history.refresh()
