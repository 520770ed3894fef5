"""What a page shows when it has nothing to show: an icon, a sentence, a line of detail and buttons
for what to do next — so a first run needs no manual, and an empty table never looks broken."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

ICON_SIZE = 96
BACKGROUND = QColor("#e6edf7")
INK = QColor("#4a6fa5")


class EmptyState(QWidget):
    """Buttons are named by a key; a click emits `action(key)` and the button's own `clicked`."""

    action = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, icon: str = "") -> None:
        super().__init__(parent)
        self.icon = QLabel(self)
        self.icon.setObjectName("emptyIcon")
        self.icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title = QLabel(self)
        self.title.setObjectName("emptyTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.detail = QLabel(self)
        self.detail.setObjectName("emptyDetail")
        self.detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail.setWordWrap(True)
        self.detail.setStyleSheet("color: #555555; font-size: 11pt;")
        self.buttons: dict[str, QPushButton] = {}
        self._row = QHBoxLayout()
        self._row.setSpacing(10)
        self._row.addStretch(1)
        self._row.addStretch(1)
        # A column of readable width, centred: wrapped text gets the column's width (a label
        # centred by its own alignment flag would be squeezed to a sliver and clipped).
        column = QWidget(self)
        column.setMaximumWidth(600)
        inner = QVBoxLayout(column)
        inner.setSpacing(12)
        inner.addWidget(self.icon)
        inner.addWidget(self.title)
        inner.addWidget(self.detail)
        inner.addSpacing(6)
        inner.addLayout(self._row)
        middle = QHBoxLayout()
        middle.addStretch(1)
        middle.addWidget(column, 4)
        middle.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addLayout(middle)
        layout.addStretch(3)
        self.set_icon(icon)

    def set_icon(self, name: str) -> None:
        self.icon.setPixmap(icon_pixmap(name, self.devicePixelRatioF()) if name else QPixmap())
        self.icon.setVisible(bool(name))

    def set_text(self, title: str, detail: str = "") -> None:
        self.title.setText(title)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))

    def set_buttons(self, buttons: list[tuple[str, str]], *, default: str | None = None) -> None:
        """Show these (key, text) buttons in this order and hide the others; `default` gets Enter."""
        shown = [key for key, _ in buttons]
        for key, text in buttons:
            button = self.buttons.get(key)
            if button is None:
                button = QPushButton(self)
                button.setObjectName(f"{key}Button")
                button.clicked.connect(lambda _c=False, k=key: self.action.emit(k))
                self.buttons[key] = button
            button.setText(text)
            button.setDefault(key == default)
            button.setAutoDefault(True)  # Enter on a focused button presses it
        for key, button in self.buttons.items():
            button.setVisible(key in shown)
        # Keep the row in the asked order, between its two stretches.
        for key in shown:
            self._row.removeWidget(self.buttons[key])
        for i, key in enumerate(shown):
            self._row.insertWidget(1 + i, self.buttons[key])

    def button(self, key: str) -> QPushButton:
        return self.buttons[key]

    def shown_keys(self) -> list[str]:
        return [k for k, b in self.buttons.items() if not b.isHidden()]

    def focus_first_button(self) -> None:
        keys = self.shown_keys()
        if keys:
            self.buttons[keys[0]].setFocus(Qt.FocusReason.OtherFocusReason)


def icon_pixmap(name: str, ratio: float = 1.0) -> QPixmap:
    """A simple line drawing on a soft disc: drawn, not loaded, so it is sharp at any scale and
    needs no image files."""
    size = QSize(ICON_SIZE, ICON_SIZE) * ratio
    pixmap = QPixmap(size)
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(BACKGROUND)
    p.drawEllipse(QRectF(0, 0, ICON_SIZE, ICON_SIZE))
    pen = QPen(INK, 4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    _DRAW.get(name, _draw_contacts)(p)
    p.end()
    return pixmap


def _draw_contacts(p: QPainter) -> None:
    p.drawEllipse(QPointF(48, 37), 12, 12)
    body = QPainterPath(QPointF(26, 72))
    body.cubicTo(QPointF(28, 52), QPointF(68, 52), QPointF(70, 72))
    p.drawPath(body)


def _draw_deals(p: QPainter) -> None:
    # A funnel of stages: each bar shorter than the one above.
    for i, width in enumerate((48, 36, 24)):
        p.drawRoundedRect(QRectF(48 - width / 2, 28 + i * 15, width, 9), 3, 3)


def _draw_reminders(p: QPainter) -> None:
    p.drawEllipse(QPointF(48, 50), 22, 22)
    p.drawLine(QPointF(48, 50), QPointF(48, 36))
    p.drawLine(QPointF(48, 50), QPointF(58, 56))
    p.drawLine(QPointF(30, 26), QPointF(36, 21))
    p.drawLine(QPointF(66, 26), QPointF(60, 21))


def _draw_dashboard(p: QPainter) -> None:
    p.drawLine(QPointF(26, 70), QPointF(70, 70))
    for x, top in ((34, 52), (48, 36), (62, 44)):
        p.drawLine(QPointF(x, 64), QPointF(x, top))


def _draw_trash(p: QPainter) -> None:
    p.drawLine(QPointF(28, 32), QPointF(68, 32))
    p.drawLine(QPointF(42, 32), QPointF(43, 25))
    p.drawLine(QPointF(43, 25), QPointF(53, 25))
    p.drawLine(QPointF(53, 25), QPointF(54, 32))
    body = QPainterPath(QPointF(32, 32))
    body.lineTo(QPointF(36, 72))
    body.lineTo(QPointF(60, 72))
    body.lineTo(QPointF(64, 32))
    p.drawPath(body)
    for x in (43, 53):
        p.drawLine(QPointF(x, 42), QPointF(x, 62))


def _draw_search(p: QPainter) -> None:
    p.drawEllipse(QPointF(44, 44), 15, 15)
    p.drawLine(QPointF(55, 55), QPointF(68, 68))


_DRAW = {"contacts": _draw_contacts, "deals": _draw_deals, "reminders": _draw_reminders,
         "dashboard": _draw_dashboard, "trash": _draw_trash, "search": _draw_search}
