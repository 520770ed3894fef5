"""The results under the search field: groups of hits with the matched text highlighted.

A child of the window, not a window of its own: it never takes the keyboard from the field (the
field moves the selection with Up/Down and opens with Enter), and it goes when the window locks.
Rows are painted by a delegate: no widget per hit.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.gui.models.search_model import RowRole, SearchModel
from crm_desktop.gui.queries.global_search import PopupHit, Spans

PAD = 8
MIN_WIDTH = 600
MAX_HEIGHT = 600
MARK = QColor("#ffe08a")  # the matched text's background: readable on light and selected rows
MARK_TEXT = QColor("#202020")
Index = QModelIndex | QPersistentModelIndex


def _elide(text: str, spans: Spans, metrics: QFontMetrics, width: int) -> tuple[str, Spans]:
    """Cut `text` to `width` with an ellipsis, keeping the spans that still fit."""
    if metrics.horizontalAdvance(text) <= width:
        return text, spans
    lo, hi = 0, len(text)
    while lo < hi:  # the longest prefix that fits with "…"
        mid = (lo + hi + 1) // 2
        if metrics.horizontalAdvance(text[:mid] + "…") <= width:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo] + "…", tuple((a, min(b, lo)) for a, b in spans if a < lo)


def draw_marked(p: QPainter, x: int, baseline: int, width: int, text: str, spans: Spans,
                font: QFont, color: QColor) -> None:
    """One line of text with its spans on a marker background, in bold."""
    bold = QFont(font)
    bold.setBold(True)
    plain_m, bold_m = QFontMetrics(font), QFontMetrics(bold)
    text, spans = _elide(text, spans, plain_m, width)
    cuts = sorted({0, len(text), *(i for s in spans for i in s if 0 <= i <= len(text))})
    marked = [any(a <= start < b for a, b in spans) for start in cuts[:-1]]
    right = x + width
    for (start, end), mark in zip(pairwise(cuts), marked, strict=True):
        piece = text[start:end]
        f, m = (bold, bold_m) if mark else (font, plain_m)
        w = m.horizontalAdvance(piece)
        if mark:
            p.fillRect(QRect(x - 1, baseline - m.ascent() - 1, w + 2, m.height() + 2), MARK)
        p.setFont(f)
        p.setPen(MARK_TEXT if mark else color)
        p.drawText(QRect(x, baseline - m.ascent(), max(0, min(w, right - x)), m.height()),
                   int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), piece)
        x += w
        if x >= right:
            break


class HitDelegate(QStyledItemDelegate):
    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        small = QFont(option.font)
        small.setPointSizeF(max(7.0, option.font.pointSizeF() * 0.9))
        return QFont(option.font), small

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        row = index.data(RowRole)
        font, small = self._fonts(option)
        line, small_line = QFontMetrics(font).height(), QFontMetrics(small).height()
        if row is None:
            return QSize(0, 0)
        if row.kind == "hit":
            return QSize(MIN_WIDTH, line + small_line + PAD + 4)
        if row.kind == "header":
            return QSize(MIN_WIDTH, small_line + PAD + (PAD if index.row() else 0))
        return QSize(MIN_WIDTH, line + PAD + 2)

    def paint(self, p: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        row = index.data(RowRole)
        if row is None:
            return
        p.save()
        pal = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        rect = option.rect
        if selected:
            p.fillRect(rect, pal.color(QPalette.ColorRole.Highlight))
        elif option.state & QStyle.StateFlag.State_MouseOver and row.selectable:
            p.fillRect(rect, pal.color(QPalette.ColorRole.AlternateBase))
        text = pal.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        dim = QColor(text)
        dim.setAlphaF(0.65)
        font, small = self._fonts(option)
        width = rect.width() - 2 * PAD
        x = rect.left() + PAD
        if row.kind == "header":
            head = QFont(small)
            head.setBold(True)
            m = QFontMetrics(head)
            y = rect.bottom() - PAD // 2 - m.descent()
            p.setFont(head)
            p.setPen(dim)
            p.drawText(QPoint(x, y), row.title.upper() if row.title.isascii() else row.title)
            p.drawText(QPoint(rect.right() - PAD - m.horizontalAdvance(row.line), y), row.line)
            p.setPen(pal.color(QPalette.ColorRole.Mid))
            p.drawLine(rect.left() + PAD, rect.bottom(), rect.right() - PAD, rect.bottom())
        elif row.kind == "hit":
            m, sm = QFontMetrics(font), QFontMetrics(small)
            top = rect.top() + PAD // 2 + 1
            draw_marked(p, x, top + m.ascent(), width, row.title, row.title_spans, font, text)
            draw_marked(p, x, top + m.height() + 2 + sm.ascent(), width, row.line, row.line_spans, small,
                        dim)
        else:
            m = QFontMetrics(font)
            color = pal.color(QPalette.ColorRole.Link) if row.kind == "more" and not selected else \
                (text if row.kind == "more" else dim)
            p.setFont(font)
            p.setPen(color)
            shown = m.elidedText(row.title, Qt.TextElideMode.ElideRight, width)
            p.drawText(QRect(x, rect.top(), width, rect.height()),
                       int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), shown)
        p.restore()


class SearchPopup(QFrame):
    """Shows a SearchModel. `chosen(PopupHit)` when a hit is opened, `expand(entity)` for
    "show all"; both by click here or by `activate_current()` from the field's Enter."""

    chosen = Signal(object)
    expand = Signal(str)

    def __init__(self, model: SearchModel, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("searchPopup")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.model = model
        self.view = QListView(self)
        self.view.setObjectName("searchResults")
        self.view.setModel(model)
        self.view.setItemDelegate(HitDelegate(self.view))
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # typing stays in the field
        self.view.setFrameShape(QFrame.Shape.NoFrame)
        self.view.setMouseTracking(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.clicked.connect(lambda index: self.activate(index.row()))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        layout.addWidget(self.view)
        model.modelReset.connect(self._fit)
        self.hide()

    # ---------------------------------------------------------------- selection
    def current_row(self) -> int:
        index = self.view.currentIndex()
        return index.row() if index.isValid() and self.view.selectionModel().isSelected(index) else -1

    def step(self, by: int) -> None:
        """Select the next (by=1) or previous (by=-1) hit; above the first, none."""
        row = self.model.step(self.current_row(), by)
        if row < 0:
            self.view.clearSelection()
            self.view.setCurrentIndex(QModelIndex())
            self.view.scrollToTop()
            return
        index = self.model.index(row, 0)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)

    def activate_current(self) -> bool:
        """Open the selected row, or the first hit when none is; False if there is nothing."""
        row = self.current_row()
        if row < 0:
            row = self.model.step(-1, 1)
        return self.activate(row)

    def activate(self, row: int) -> bool:
        r = self.model.row(row)
        if r is None or not r.selectable:
            return False
        if r.kind == "more":
            self.expand.emit(r.entity)
        elif isinstance(r.hit, PopupHit):
            self.chosen.emit(r.hit)
        return True

    # ---------------------------------------------------------------- place and size
    def show_under(self, anchor: QWidget) -> None:
        host = self.parentWidget()
        assert host is not None
        below = anchor.mapTo(host, QPoint(0, anchor.height() + 2))
        width = min(max(anchor.width(), MIN_WIDTH), host.width() - 2 * PAD)
        left = max(PAD, min(below.x(), host.width() - width - PAD))
        self.setGeometry(left, below.y(), width, self._height(host.height() - below.y() - PAD))
        self.raise_()
        self.show()

    def _height(self, room: int) -> int:
        option = QStyleOptionViewItem()
        option.initFrom(self.view)
        delegate = self.view.itemDelegate()
        rows = sum(delegate.sizeHint(option, self.model.index(i, 0)).height()
                   for i in range(self.model.rowCount()))
        return max(40, min(rows + 2 * self.frameWidth() + 4, MAX_HEIGHT, room))

    def _fit(self) -> None:
        self.view.clearSelection()
        self.view.setCurrentIndex(QModelIndex())
        host = self.parentWidget()
        if self.isVisible() and host is not None:
            self.resize(self.width(), self._height(host.height() - self.y() - PAD))
