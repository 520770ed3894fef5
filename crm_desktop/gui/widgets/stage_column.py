"""One stage of the pipeline board: its name, count and totals per currency, and its cards.
It takes deals dropped from other columns."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from crm_desktop.gui import formatting as fmt
from crm_desktop.gui.models.stage_cards_model import StageCardsModel
from crm_desktop.gui.queries.board import Column

from .card_list import CardList
from .deal_mime import read_mime

STYLE = """
StageColumn { background: #eef0f3; border-radius: 6px; }
StageColumn[dropTarget="true"] { background: #dce8f7; border: 2px dashed palette(highlight); }
"""


class StageColumn(QFrame):
    dropped = Signal(int, int)  # deal id, this column's stage id
    more_requested = Signal(int)  # stage id: show every deal of the stage in the list

    def __init__(self, column: Column, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.column = column
        self.stage_id = column.stage_id
        self.setObjectName(f"stage{column.stage_id}")
        self.setAcceptDrops(True)
        self.setStyleSheet(STYLE)
        self.setMinimumWidth(145)
        self.title = QLabel(column.name, self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-weight: bold; font-size: 11pt;")
        self.count_label = QLabel(self)
        self.totals_label = QLabel(self)
        self.totals_label.setTextFormat(Qt.TextFormat.PlainText)
        for label in (self.count_label, self.totals_label):
            label.setStyleSheet("color: #444444;")
        self.list = CardList(StageCardsModel(column.stage_id, column.cards, self), self)
        self.more_button = QPushButton(self)
        self.more_button.setFlat(True)
        self.more_button.clicked.connect(lambda: self.more_requested.emit(self.stage_id))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 8, 6, 8)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.count_label)
        layout.addWidget(self.totals_label)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.more_button)
        self.retranslate()

    def retranslate(self) -> None:
        c = self.column
        deals = self.tr("%n deal(s)", "", c.count)  # not inside an f-string: lupdate would miss it
        self.count_label.setText(f"{deals} · {fmt.percent(c.probability)}")
        self.totals_label.setText("\n".join(fmt.compact_money(total, cur) for cur, total in c.totals.items()))
        self.totals_label.setToolTip("\n".join(fmt.money(total, cur) for cur, total in c.totals.items()))
        self.totals_label.setVisible(bool(c.totals))
        self.more_button.setText(self.tr("%n more in the list…", "", c.hidden))
        self.more_button.setVisible(c.hidden > 0)
        self.list.viewport().update()  # dates and amounts are written in the language too

    def has(self, deal_id: int) -> bool:
        return self.list.cards.row_of(deal_id) is not None

    # ---------------------------------------------------------------- drop target
    def _accepts(self, event: QDragEnterEvent | QDragMoveEvent | QDropEvent) -> tuple[int, int] | None:
        found = read_mime(event.mimeData())
        return found if found is not None and found[1] != self.stage_id else None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._accepts(event) is not None:
            event.acceptProposedAction()
            self._highlight(True)
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._accepts(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self._highlight(False)

    def dropEvent(self, event: QDropEvent) -> None:
        self._highlight(False)
        found = self._accepts(event)
        if found is None:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()
        self.dropped.emit(found[0], self.stage_id)

    def _highlight(self, on: bool) -> None:
        self.setProperty("dropTarget", on)
        self.style().unpolish(self)
        self.style().polish(self)

    def center(self) -> QPoint:
        return self.rect().center()
