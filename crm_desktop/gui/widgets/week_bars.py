"""Interactions per week as small bars, this week last (drawn with QPainter, like the pipeline
chart: QtCharts is not a dependency)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget


class WeekBars(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.totals: list[int] = []
        self.setFixedHeight(46)

    def set_totals(self, totals: list[int]) -> None:
        self.totals = totals
        self.setToolTip(" · ".join(str(t) for t in totals))
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(200, 46)

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.totals:
            return
        p = QPainter(self)
        most = max(max(self.totals), 1)
        slot = self.width() / len(self.totals)
        label = self.fontMetrics().height()
        for i, total in enumerate(self.totals):
            height = (self.height() - label - 2) * total / most
            rect = QRectF(i * slot + slot * 0.2, self.height() - height, slot * 0.6, height)
            p.fillRect(rect, QColor("#1f5f9e" if i == len(self.totals) - 1 else "#9fbad6"))
            if i == len(self.totals) - 1:
                p.drawText(QRectF(i * slot, rect.top() - label, slot, label), Qt.AlignmentFlag.AlignCenter,
                           str(total))
        p.end()
