"""The trash as a table: what kind of record, its label, when it was deleted."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from crm_desktop.core.services.trash import TrashItem
from crm_desktop.gui import formatting as fmt
from crm_desktop.gui.widgets import labels

Index = QModelIndex | QPersistentModelIndex


class TrashModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.items: list[TrashItem] = []
        self._headers = self._header_texts()

    def set_items(self, items: list[TrashItem]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def item(self, row: int) -> TrashItem | None:
        return self.items[row] if 0 <= row < len(self.items) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        item = self.items[index.row()]
        return (labels.entity(item.entity), item.label or "—",
                fmt.moment(fmt.local(item.deleted_at)))[index.column()]

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def retranslate(self) -> None:
        self._headers = self._header_texts()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._headers) - 1)
        if self.items:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.items) - 1, 0))

    def _header_texts(self) -> list[str]:
        return [self.tr("Kind"), self.tr("Record"), self.tr("Deleted")]
