"""The groups of likely duplicates, best first: how sure, who, and why."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from . import dup_labels
from .dup_queries import GroupRow

ROW = Qt.ItemDataRole.UserRole


class GroupList(QTreeWidget):
    group_selected = Signal(object)  # GroupRow, or None when nothing is selected

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicateGroups")
        self.setRootIsDecorated(False)
        self.setWordWrap(True)  # the reasons run long: wrapped, not elided
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHeaderLabels([self.tr("Score"), self.tr("Contacts"), self.tr("Why")])
        header = self.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.setColumnWidth(1, 150)
        self.currentItemChanged.connect(lambda item, _old: self.group_selected.emit(
            item.data(0, ROW) if item is not None else None))

    def set_groups(self, groups: list[GroupRow]) -> None:
        self.clear()
        for g in groups:
            item = QTreeWidgetItem([f"{g.score:.2f}", " · ".join(g.names), dup_labels.reasons(g.reasons)])
            item.setData(0, ROW, g)
            item.setTextAlignment(0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setToolTip(1, "\n".join(f"#{i} {n}" for i, n in zip(g.ids, g.names, strict=True)))
            item.setToolTip(2, dup_labels.reasons(g.reasons))
            self.addTopLevelItem(item)
        if groups:
            self.setCurrentItem(self.topLevelItem(0))
        else:
            self.group_selected.emit(None)

    def groups(self) -> list[GroupRow]:
        return [self.topLevelItem(i).data(0, ROW) for i in range(self.topLevelItemCount())]

    def current_group(self) -> GroupRow | None:
        item = self.currentItem()
        return item.data(0, ROW) if item is not None else None

    def remove_group(self, ids: tuple[int, ...]) -> None:
        """Take a group off the list (merged, or not the same); the next one is selected."""
        for i in range(self.topLevelItemCount()):
            if self.topLevelItem(i).data(0, ROW).ids == ids:
                self.takeTopLevelItem(i)
                break
        if self.topLevelItemCount() == 0:
            self.group_selected.emit(None)
