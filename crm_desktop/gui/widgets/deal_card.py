"""One deal on the pipeline board: name, client, amount, expected close. Dragged to another
stage with the mouse; moved with Alt+Left / Alt+Right or its context menu by keyboard."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QMimeData, QPoint, Qt, Signal
from PySide6.QtGui import QDrag, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from crm_desktop.gui import formatting as fmt
from crm_desktop.gui.queries.board import Card

MIME_TYPE = "application/x-crm-desktop-deal"
STYLE = """
DealCard { background: palette(base); border: 1px solid #c8c8c8; border-radius: 4px; }
DealCard:focus { border: 2px solid palette(highlight); }
DealCard[closed="won"] { border-left: 4px solid #2e7d32; }
DealCard[closed="lost"] { border-left: 4px solid #9e9e9e; }
QLabel#cardName { font-weight: bold; }
QLabel#cardMeta { color: #555555; }
"""


def deal_mime(deal_id: int, stage_id: int) -> QMimeData:
    mime = QMimeData()
    mime.setData(MIME_TYPE, QByteArray(f"{deal_id}:{stage_id}".encode()))
    return mime


def read_mime(mime: QMimeData) -> tuple[int, int] | None:
    """(deal id, the stage it was dragged from), or None for anything else."""
    if not mime.hasFormat(MIME_TYPE):
        return None
    try:
        deal, stage = bytes(mime.data(MIME_TYPE).data()).decode().split(":")
        return int(deal), int(stage)
    except ValueError:
        return None


class DealCard(QFrame):
    open_requested = Signal(int)  # deal id
    step_requested = Signal(int, int)  # deal id, -1 (previous stage) or +1 (next stage)
    menu_requested = Signal(int, QPoint)  # deal id, global position

    def __init__(self, card: Card, stage_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.card = card
        self.stage_id = stage_id
        self._press: QPoint | None = None
        self.setObjectName(f"deal{card.id}")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.setProperty("closed", card.status if card.status != "open" else "")
        self.setStyleSheet(STYLE)
        # Not Maximum: that would cap the height below what a wrapped three-line name needs.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(2)
        name = QLabel(card.name, self)
        name.setObjectName("cardName")
        name.setWordWrap(True)
        name.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(name)
        amount = fmt.money(card.amount, card.currency, whole=True) if card.amount is not None else ""
        meta = [card.client or "", amount, fmt.day(card.expected_close) if card.expected_close else ""]
        for text in meta:
            if text:
                label = QLabel(text, self)
                label.setObjectName("cardMeta")
                label.setTextFormat(Qt.TextFormat.PlainText)
                label.setWordWrap(True)
                layout.addWidget(label)
        self.setToolTip(card.name)

    # ---------------------------------------------------------------- mouse: drag
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position().toPoint()
            self.setFocus(Qt.FocusReason.MouseFocusReason)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None or not event.buttons() & Qt.MouseButton.LeftButton:
            return
        if (event.position().toPoint() - self._press).manhattanLength() < QApplication.startDragDistance():
            return
        self._press = None
        drag = QDrag(self)
        drag.setMimeData(deal_mime(self.card.id, self.stage_id))
        drag.setPixmap(self.grab())
        drag.setHotSpot(event.position().toPoint())
        drag.exec(Qt.DropAction.MoveAction)  # the column that takes the drop asks for the move

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._press = None
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.open_requested.emit(self.card.id)

    # ---------------------------------------------------------------- keyboard
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.open_requested.emit(self.card.id)
        elif mods & Qt.KeyboardModifier.AltModifier and key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self.step_requested.emit(self.card.id, -1 if key == Qt.Key.Key_Left else 1)
        elif key == Qt.Key.Key_Menu:
            self.menu_requested.emit(self.card.id, self.mapToGlobal(self.rect().center()))
        else:
            super().keyPressEvent(event)

    def contextMenuEvent(self, event: object) -> None:
        pos = getattr(event, "globalPos", None)
        self.menu_requested.emit(self.card.id, pos() if callable(pos) else self.mapToGlobal(QPoint()))
