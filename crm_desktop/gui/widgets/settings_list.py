"""The shape the Settings tabs share: a table of the vault's definitions (stages, fields, tags) with
buttons beside it and forms below; each change is one service call on the worker, then a fresh read."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.core.errors import ValidationError
from crm_desktop.gui.errors import describe, field_of
from crm_desktop.gui.widgets.field_row import FieldRow
from crm_desktop.gui.widgets.message_label import MessageLabel
from crm_desktop.gui.worker import DbWorker

ID = Qt.ItemDataRole.UserRole


class SettingsList(QWidget):
    changed = Signal()  # the vault's definitions changed (pages may refresh)
    loaded = Signal()  # a fresh read is on screen

    def __init__(self, worker: DbWorker, headers: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._busy = False
        self.table = QTableWidget(0, len(headers), self)
        self.table.setHorizontalHeaderLabels(list(headers))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, len(headers)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.side = QVBoxLayout()
        self.side.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.message = MessageLabel(self)  # errors not tied to one field
        self.message.setObjectName("listMessage")
        self.notice = MessageLabel(self, kind="ok")  # what the last change did
        self.notice.setObjectName("listNotice")
        top = QHBoxLayout()
        top.addWidget(self.table, 1)
        top.addLayout(self.side)
        self.body = QVBoxLayout(self)
        self.body.addLayout(top, 1)

    # ------------------------------------------------------------- building blocks
    def side_button(self, text: str, name: str, slot: Callable[[], None],
                    key: QKeySequence | QKeySequence.StandardKey | None = None) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        if key is not None:
            seq = QKeySequence(key)
            # On the table and the buttons beside it, not while a name is being typed.
            shortcut = QShortcut(seq, self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
            button.setToolTip(seq.toString(QKeySequence.SequenceFormat.NativeText))
        self.side.addWidget(button)
        return button

    def finish(self) -> None:
        """Call after the forms were added to `body`: messages go last."""
        self.body.addWidget(self.message)
        self.body.addWidget(self.notice)

    # ------------------------------------------------------------- reading
    def reload(self) -> None:
        self._worker.run(self.load, on_done=self._show, on_error=self.message_error)

    def load(self, vault: Any) -> Any:  # runs on the worker
        raise NotImplementedError

    def fill(self, data: Any) -> list[tuple[int, list[str]]]:
        """Keep what the forms need from `data`; return (id, cells) per row."""
        raise NotImplementedError

    def _show(self, data: Any) -> None:
        keep = self.selected_id()
        rows = self.fill(data)
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(rows))
        for r, (ident, cells) in enumerate(rows):
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID, ident)
                if c:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(r, c, item)
        self.select(keep)
        self._selection_changed()
        self.loaded.emit()

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        return None if item is None else int(item.data(ID))

    def selected_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def select(self, ident: int | None) -> None:
        for r in range(self.table.rowCount()):
            item = self.table.item(r, 0)
            if item is not None and item.data(ID) == ident:
                self.table.selectRow(r)
                return
        if self.table.rowCount():
            self.table.selectRow(0)

    def _selection_changed(self) -> None:
        self.selected(self.selected_id())

    def selected(self, ident: int | None) -> None:
        """Show the selected row in the edit form (None: nothing selected)."""

    # ------------------------------------------------------------- writing
    def submit(self, fn: Callable[..., Any], *args: Any, rows: Mapping[str, FieldRow] | None = None,
               done: Callable[[Any], str] | None = None, select: bool = False) -> None:
        """Run a service on the worker; its validation message goes beside the field it names.
        `done` words what happened; `select` selects the record the service returned."""
        if self._busy:
            return  # one change at a time: the next one reads what this one wrote
        rows = rows or {}
        for row in rows.values():
            row.clear_error()
        self.message.clear_message()
        self.notice.clear_message()
        self._busy = True
        self._worker.run(fn, *args, on_done=lambda result: self._done(result, done, select),
                         on_error=lambda error: self._failed(error, rows))

    def _done(self, result: Any, done: Callable[[Any], str] | None, select: bool) -> None:
        self._busy = False
        if select and hasattr(result, "id"):
            self.table.clearSelection()
            self._pending_select = int(result.id)
            self.loaded.connect(self._select_pending, Qt.ConnectionType.SingleShotConnection)
        if done is not None:
            self.notice.show_message(done(result))
        self.changed.emit()
        self.reload()

    def _select_pending(self) -> None:
        self.select(self._pending_select)

    def _failed(self, error: BaseException, rows: Mapping[str, FieldRow]) -> None:
        self._busy = False
        row = rows.get(field_of(error)) if isinstance(error, ValidationError) else None
        if row is not None:
            row.show_error(describe(error))
            row.editor.setFocus()
        else:
            self.message_error(error)

    def message_error(self, error: BaseException) -> None:
        self.message.show_message(describe(error))
