"""A board column's list of cards: dragged out with the mouse; Enter opens a card,
Alt+Left / Alt+Right move it a stage, the menu key (or a right click) offers the rest."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QFrame, QListView, QStyle, QWidget

from crm_desktop.gui.models.stage_cards_model import StageCardsModel

from .card_delegate import CardDelegate


class CardList(QListView):
    open_requested = Signal(int)  # deal id
    step_requested = Signal(int, int)  # deal id, -1 or +1
    menu_requested = Signal(int, QPoint)  # deal id, global position

    def __init__(self, model: StageCardsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cards = model
        self.setModel(model)
        self.setItemDelegate(CardDelegate(self))
        self.setObjectName(f"cards{model.stage_id}")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setResizeMode(QListView.ResizeMode.Adjust)  # cards wrap again when the column narrows
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        # Drops land on the column around the list (StageColumn), wherever in it they fall.
        self.setAcceptDrops(False)
        self.viewport().setAcceptDrops(False)
        self.setStyleSheet("QListView { background: transparent; }")
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._context_menu)
        self.activated.connect(self._open)

    def card_width(self) -> int:
        """The width a card is laid out at: the list's, less a scroll bar whether one shows or not,
        so that a scroll bar coming and going never leaves cards sized for another width."""
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        return self.width() - 2 * self.frameWidth() - bar

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            # A list view lays items out again only when its height changes; card heights
            # follow the width (names wrap).
            self.scheduleDelayedItemsLayout()

    def deal_at(self, index: QModelIndex) -> int | None:
        card = self.cards.cards[index.row()] if index.isValid() else None
        return card.id if card else None

    def current_deal(self) -> int | None:
        return self.deal_at(self.currentIndex())

    def select_deal(self, deal_id: int) -> bool:
        row = self.cards.row_of(deal_id)
        if row is None:
            return False
        index = self.cards.index(row)
        self.setCurrentIndex(index)
        self.scrollTo(index)
        return True

    def _open(self, index: QModelIndex) -> None:
        deal = self.deal_at(index)
        if deal is not None:
            self.open_requested.emit(deal)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        deal = self.current_deal()
        key, alt = event.key(), bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
        if deal is not None and alt and key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self.step_requested.emit(deal, -1 if key == Qt.Key.Key_Left else 1)
        elif deal is not None and key == Qt.Key.Key_Menu:
            where = self.visualRect(self.currentIndex()).center()
            self.menu_requested.emit(deal, self.viewport().mapToGlobal(where))
        else:
            super().keyPressEvent(event)

    def _context_menu(self, pos: QPoint) -> None:
        deal = self.deal_at(self.indexAt(pos))
        if deal is not None:
            self.menu_requested.emit(deal, self.viewport().mapToGlobal(pos))
