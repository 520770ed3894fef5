"""The rows with problems (row, line, column, field, what is wrong) as a table: a lean model over
the core's list, so 10,000 problems show at once without 50,000 items."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from crm_desktop.core.importer import Problem

from .import_fields import field_label

Index = QModelIndex | QPersistentModelIndex
_ERROR = QColor("#b00020")


class ProblemModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.problems: list[Problem] = []
        self.entity = "contact"
        self._headers = [self.tr("Row"), self.tr("Line"), self.tr("Column"), self.tr("Field"),
                         self.tr("Kind"), self.tr("What is wrong")]

    def set_problems(self, problems: list[Problem], entity: str = "contact") -> None:
        self.beginResetModel()
        # Errors first (those rows are not imported), then warnings, each in file order.
        self.problems = sorted(problems, key=lambda p: (p.level != "error", p.row or 0))
        self.entity = entity
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.problems)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        p = self.problems[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return str(p.row) if p.row else self.tr("whole file")
            if col == 1:
                return str(p.line) if p.line else ""
            if col == 2:
                return p.column or ""
            if col == 3:
                return field_label(p.field, self.entity) if p.field else ""
            if col == 4:
                return self.tr("Error: not imported") if p.level == "error" else self.tr("Warning")
            return p.message
        if role == Qt.ItemDataRole.ForegroundRole and col == 4 and p.level == "error":
            return _ERROR
        if role == Qt.ItemDataRole.ToolTipRole and col == 5:
            return p.message
        return None


def problem_view(model: ProblemModel, parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.setWordWrap(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return view
