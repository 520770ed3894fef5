"""The cards of one board column as a list model: the view paints only what is visible, and a
drag carries the deal's id and its stage."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QMimeData, QModelIndex, QObject, QPersistentModelIndex, Qt

from crm_desktop.gui.queries.board import Card
from crm_desktop.gui.widgets.deal_mime import MIME_TYPE, deal_mime

Index = QModelIndex | QPersistentModelIndex
CARD = Qt.ItemDataRole.UserRole


class StageCardsModel(QAbstractListModel):
    def __init__(self, stage_id: int, cards: list[Card], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.stage_id = stage_id
        self.cards = cards

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.cards)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        card = self.cards[index.row()]
        if role == CARD:
            return card
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return card.name
        return None

    def row_of(self, deal_id: int) -> int | None:
        return next((i for i, c in enumerate(self.cards) if c.id == deal_id), None)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else base

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        return deal_mime(self.cards[indexes[0].row()].id, self.stage_id)

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction
