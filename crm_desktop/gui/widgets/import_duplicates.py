"""The import preview's possible duplicates, one line per row of the file: whom it may repeat and
why, and what the import will do with it — merged by itself (same phone or e-mail, a name that
agrees), or skipped until the user chooses: skip, create, update or merge, per row (F2 or a click
on the action opens the choice)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from crm_desktop.core.importer import ContactRow

from .dup_labels import reasons

Index = QModelIndex | QPersistentModelIndex
ROW, NAME, MATCH, WHY, ACTION = range(5)
ACTIONS = ("skip", "create", "update", "merge")


def action_label(action: str) -> str:
    return {
        "skip": QCoreApplication.translate("ImportDuplicates", "Skip"),
        "create": QCoreApplication.translate("ImportDuplicates", "Create a new contact"),
        "update": QCoreApplication.translate("ImportDuplicates", "Update (the file's values replace)"),
        "merge": QCoreApplication.translate("ImportDuplicates", "Merge (add what is missing)"),
    }.get(action, action)


class DuplicateModel(QAbstractTableModel):
    """Rows of a preview that match a contact or an earlier row; the Action column is editable."""

    chosen = Signal(int, str)  # the file's row number, the action the user chose for it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ContactRow] = []
        self.actions: dict[int, str] = {}  # the user's choices (row number -> action)
        self._headers = [self.tr("Row"), self.tr("In the file"), self.tr("May be"), self.tr("Why"),
                         self.tr("Import will")]
        self._bold = QFont()
        self._bold.setBold(True)

    def set_rows(self, rows: list[Any], actions: dict[int, str]) -> None:
        self.beginResetModel()
        self.rows = [r for r in rows if isinstance(r, ContactRow) and r.matches]
        self.actions = dict(actions)
        self.endResetModel()

    def action(self, rec: ContactRow) -> str:
        return self.actions.get(rec.row, rec.action)

    def to_review(self) -> int:
        """Rows the importer left to the user and the user has not chosen for."""
        return sum(1 for r in self.rows if r.to_review and r.row not in self.actions)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.column() == ACTION else base

    def _match(self, rec: ContactRow) -> str:
        m = rec.matches[0]
        if m.existing_id is None and m.row is not None:
            return self.tr("{name} (row {row} of the file)").format(name=m.display_name, row=m.row)
        return m.display_name

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        rec, col = self.rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if col == ROW:
                return str(rec.row)
            if col == NAME:
                return rec.display_name
            if col == MATCH:
                return self._match(rec)
            if col == WHY:
                m = rec.matches[0]
                return reasons(m.codes) if m.codes else m.reason
            action = action_label(self.action(rec))
            if rec.to_review and rec.row not in self.actions:
                return self.tr("{action} — your choice").format(action=action)
            return action
        if role == Qt.ItemDataRole.EditRole and col == ACTION:
            return self.action(rec)
        if role == Qt.ItemDataRole.FontRole and rec.to_review and rec.row not in self.actions:
            return self._bold  # what the user is asked to look at
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if index.column() != ACTION or role != Qt.ItemDataRole.EditRole or value not in ACTIONS:
            return False
        rec = self.rows[index.row()]
        self.actions[rec.row] = value
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), ACTION))
        self.chosen.emit(rec.row, value)
        return True


class ActionDelegate(QStyledItemDelegate):
    """A combo box of the four actions for the Action column."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        for action in ACTIONS:
            combo.addItem(action_label(action), action)
        combo.activated.connect(lambda _i, c=combo: self.commitData.emit(c))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class DuplicateView(QTableView):
    """F2, Enter or Space on any cell of a line opens that line's action."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        current = self.currentIndex()
        if current.isValid() and event.key() in (Qt.Key.Key_F2, Qt.Key.Key_Return, Qt.Key.Key_Enter,
                                                 Qt.Key.Key_Space) \
                and self.state() != QAbstractItemView.State.EditingState:
            target = current.siblingAtColumn(ACTION)
            self.setCurrentIndex(target)
            self.edit(target)
            return
        super().keyPressEvent(event)


def duplicate_view(model: DuplicateModel, parent: QWidget) -> QTableView:
    view = DuplicateView(parent)
    view.setModel(model)
    view.setItemDelegateForColumn(ACTION, ActionDelegate(view))
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                         | QAbstractItemView.EditTrigger.SelectedClicked
                         | QAbstractItemView.EditTrigger.EditKeyPressed)
    view.verticalHeader().hide()
    view.setWordWrap(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(WHY, QHeaderView.ResizeMode.Stretch)
    return view
