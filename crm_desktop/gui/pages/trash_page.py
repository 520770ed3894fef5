"""Trash: what was deleted, most recent first; restore it, or empty the trash for good (after a
confirmation that says it cannot be undone)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.core.services import trash
from crm_desktop.core.services.trash import EraseResult, TrashItem
from crm_desktop.gui.models.trash_model import TrashModel
from crm_desktop.gui.widgets.empty_state import EmptyState
from crm_desktop.gui.worker import DbWorker

from .base import Page

LIMIT = 2000  # the trash of a busy year; emptying it takes everything, shown or not


class TrashPage(Page):
    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(worker, parent)
        self.model = TrashModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("trashTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 140)
        header.resizeSection(1, 520)
        header.setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.table.activated.connect(lambda _i: self.restore_selected())
        self.restore_button = QPushButton(self)
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.clicked.connect(self.restore_selected)
        self.empty_button = QPushButton(self)
        self.empty_button.setObjectName("emptyTrashButton")
        self.empty_button.clicked.connect(self.ask_to_empty)
        self.count_label = QLabel(self)
        self.empty = EmptyState(self, icon="trash")
        self.empty.setObjectName("trashEmpty")
        bar = QHBoxLayout()
        bar.addWidget(self.count_label)
        bar.addStretch(1)
        bar.addWidget(self.restore_button)
        bar.addWidget(self.empty_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        self.retranslate()
        self._show()

    def retranslate(self) -> None:
        self.restore_button.setText(self.tr("Restore"))
        self.restore_button.setToolTip(self.tr("Put the selected records back where they were (Enter)"))
        self.empty_button.setText(self.tr("Empty trash…"))
        self.empty.set_text(self.tr("The trash is empty."),
                            self.tr("Deleted records stay here until you empty it."))
        self.model.retranslate()
        self._show()

    # ---------------------------------------------------------------- loading
    def load(self) -> None:
        self.fetch(trash.list_trash, limit=LIMIT, on_done=self._loaded)

    def clear_page(self) -> None:
        self.model.set_items([])
        self._show()

    def _loaded(self, items: list[TrashItem]) -> None:
        self.model.set_items(items)
        self._show()

    def _show(self) -> None:
        n = self.model.rowCount()
        self.count_label.setText(self.tr("%n record(s) in the trash", "", n) if self.active and n else "")
        self.empty.setVisible(n == 0 and self.active)
        self.table.setVisible(n > 0 or not self.active)
        self.empty_button.setEnabled(n > 0)
        self._enable()

    def _enable(self) -> None:
        self.restore_button.setEnabled(bool(self.table.selectionModel().selectedRows()))

    # ---------------------------------------------------------------- actions
    def selected(self) -> list[TrashItem]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [item for item in (self.model.item(r) for r in rows) if item is not None]

    def restore_selected(self) -> None:
        for item in self.selected():
            self.write(trash.restore, item.entity, item.id, on_done=self._restored)

    def _restored(self, item: TrashItem) -> None:
        self.message.emit(self.tr("Restored {label}").format(label=item.label))
        self.load()

    def ask_to_empty(self) -> None:
        box = self.confirm_box(self.model.rowCount())
        if box.exec() == QMessageBox.StandardButton.Yes:
            self.empty_trash()

    def confirm_box(self, count: int) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Empty the trash?"),
                          self.tr("Erase %n record(s) in the trash permanently?", "", count), parent=self)
        box.setObjectName("confirmEmptyTrash")
        box.setInformativeText(self.tr(
            "This cannot be undone: Undo will not bring them back, and only a backup made before "
            "now still holds them."))
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Erase permanently"))
        return box

    def empty_trash(self) -> None:
        self.write(trash.empty, on_done=self._emptied)

    def _emptied(self, result: EraseResult) -> None:
        self.message.emit(self.tr("Erased %n record(s) for good.", "", result.records))
        self.load()

