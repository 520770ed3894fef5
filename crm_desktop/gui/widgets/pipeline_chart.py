"""The open pipeline by stage as bars: one row of bars per currency, each row on its own scale —
amounts in two currencies are never added, nor compared by the height of a bar.

Drawn with QPainter: QtCharts comes with PySide6-Addons, which is not a dependency (the app
needs PySide6-Essentials only), and a dozen bars do not need it. A click on a bar asks to show
that stage's deals.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from crm_desktop.gui import formatting as fmt

ROW_HEIGHT = 96
LABEL_WIDTH = 64
COLORS = ("#1f5f9e", "#2e7d32", "#b26a00", "#6a1b9a", "#00838f", "#ad1457")


@dataclass(frozen=True)
class StageBar:
    stage_id: int
    name: str
    count: int  # open deals in the stage, with or without an amount
    totals: dict[str, Decimal]  # currency -> open amount


class PipelineChart(QWidget):
    stage_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pipelineChart")
        self.bars: list[StageBar] = []
        self.currencies: list[str] = []
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(self.sizeHint().height())

    def set_bars(self, bars: list[StageBar], currencies: list[str]) -> None:
        self.bars = bars
        self.currencies = currencies
        self.setFixedHeight(self.sizeHint().height())
        self.update()

    def value(self, stage_id: int, currency: str) -> Decimal:
        bar = next((b for b in self.bars if b.stage_id == stage_id), None)
        return bar.totals.get(currency, Decimal(0)) if bar else Decimal(0)

    def sizeHint(self) -> QSize:
        rows = max(len(self.currencies), 1)
        return QSize(600, rows * ROW_HEIGHT + 3 * self.fontMetrics().height() + 8)

    # ---------------------------------------------------------------- geometry
    def _slots(self) -> list[QRectF]:
        """Each stage's slot across the chart."""
        n = max(len(self.bars), 1)
        width = (self.width() - LABEL_WIDTH) / n
        return [QRectF(LABEL_WIDTH + i * width, 0, width, self.height()) for i in range(len(self.bars))]

    def bar_rect(self, stage_id: int, currency: str) -> QRectF:
        """Where the bar of this stage and currency is drawn (zero height when it has none)."""
        row = self.currencies.index(currency)
        i = next(i for i, b in enumerate(self.bars) if b.stage_id == stage_id)
        slot = self._slots()[i]
        top = row * ROW_HEIGHT
        label = self.fontMetrics().height() + 4
        most = max((b.totals.get(currency, Decimal(0)) for b in self.bars), default=Decimal(0))
        full = ROW_HEIGHT - label - 10
        height = float(self.value(stage_id, currency) / most) * full if most > 0 else 0.0
        bar_width = min(slot.width() * 0.6, 90)
        return QRectF(slot.center().x() - bar_width / 2, top + label + full - height + 4, bar_width, height)

    # ---------------------------------------------------------------- drawing
    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(self.font())
        text = self.palette().windowText().color()
        grid = QColor("#d0d0d0")
        for row, currency in enumerate(self.currencies):
            color = QColor(COLORS[row % len(COLORS)])
            base = (row + 1) * ROW_HEIGHT - 6
            p.setPen(grid)
            p.drawLine(QPointF(LABEL_WIDTH, base), QPointF(self.width(), base))
            p.setPen(text)
            p.drawText(QRectF(0, row * ROW_HEIGHT, LABEL_WIDTH - 8, ROW_HEIGHT - 6),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, currency or "—")
            for bar in self.bars:
                rect = self.bar_rect(bar.stage_id, currency)
                if rect.height() <= 0:
                    continue
                p.fillRect(rect, color)
                value = fmt.compact_money(bar.totals[currency], None)
                p.drawText(QRectF(rect.center().x() - 60, rect.top() - metrics.height() - 2, 120,
                                  metrics.height()), Qt.AlignmentFlag.AlignCenter, value)
        names_top = len(self.currencies) * ROW_HEIGHT + 2
        for slot, bar in zip(self._slots(), self.bars, strict=True):
            name = metrics.elidedText(bar.name, Qt.TextElideMode.ElideRight, int(slot.width()) - 6)
            p.drawText(QRectF(slot.left(), names_top, slot.width(), metrics.height()),
                       Qt.AlignmentFlag.AlignCenter, name)
            p.setPen(QColor("#666666"))
            p.drawText(QRectF(slot.left(), names_top + metrics.height(), slot.width(), metrics.height()),
                       Qt.AlignmentFlag.AlignCenter, self.tr("%n deal(s)", "", bar.count))
            p.setPen(text)
        if not self.bars:
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No open deals yet."))
        p.end()

    def _hit(self, pos: QPointF) -> int | None:
        """The stage under the pointer: its bars, or its name below them."""
        names_top = len(self.currencies) * ROW_HEIGHT
        for slot, bar in zip(self._slots(), self.bars, strict=True):
            if any(self.bar_rect(bar.stage_id, c).contains(pos) for c in self.currencies):
                return bar.stage_id
            if QRectF(slot.left(), names_top, slot.width(), self.height() - names_top).contains(pos):
                return bar.stage_id
        return None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        hit = self._hit(event.position())
        self.setCursor(Qt.CursorShape.PointingHandCursor if hit is not None else Qt.CursorShape.ArrowCursor)
        bar = next((b for b in self.bars if b.stage_id == hit), None)
        lines = [bar.name] + [fmt.money(v, c) for c, v in bar.totals.items()] if bar else []
        self.setToolTip("\n".join(lines))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        hit = self._hit(event.position())
        if hit is not None and event.button() == Qt.MouseButton.LeftButton:
            self.stage_clicked.emit(hit)
