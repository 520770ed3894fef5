"""Paints a deal card (name in bold over up to three lines, client, amount, expected close)
inside a column's list: no widget per card, so a column of hundreds stays instant."""

from __future__ import annotations

from functools import lru_cache
from typing import Protocol, runtime_checkable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from crm_desktop.gui import formatting as fmt
from crm_desktop.gui.models.stage_cards_model import CARD
from crm_desktop.gui.queries.board import Card

PAD = 8
GAP = 6  # between cards
NAME_LINES = 3
STATUS_COLORS = {"won": QColor("#2e7d32"), "lost": QColor("#9e9e9e")}


@runtime_checkable
class CardWidth(Protocol):
    def card_width(self) -> int: ...


def meta_lines(card: Card) -> list[str]:
    return _meta_lines(card, fmt.locale())


@lru_cache(maxsize=4096)
def _meta_lines(card: Card, _locale: str) -> list[str]:
    amount = fmt.money(card.amount, card.currency, whole=True) if card.amount is not None else ""
    close = fmt.day(card.expected_close) if card.expected_close else ""
    return [t for t in (card.client or "", amount, close) if t]


# Sizes by card (its values), width and language, shared by every column: after a move the
# board is read again, and the cards that did not change are laid out from here.
_SIZES: dict[tuple[Card, int, str], QSize] = {}


class CardDelegate(QStyledItemDelegate):

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        bold = QFont(option.font)
        bold.setBold(True)
        return bold, QFont(option.font)

    def _name_rect(self, option: QStyleOptionViewItem, card: Card, width: int) -> QRect:
        bold, _ = self._fonts(option)
        metrics = QFontMetrics(bold)
        most = metrics.lineSpacing() * NAME_LINES
        rect = metrics.boundingRect(QRect(0, 0, width, most), int(Qt.TextFlag.TextWordWrap), card.name)
        return QRect(0, 0, width, min(rect.height(), most))

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        card: Card = index.data(CARD)
        view = self.parent()
        full = view.card_width() if isinstance(view, CardWidth) else option.rect.width()
        full = max(full, 120)
        width = full - 4 - 2 * PAD  # the text's width as paint() draws it: inside the box, border, padding
        key = (card, width, fmt.locale())
        size = _SIZES.get(key)
        if size is None:
            _, plain = self._fonts(option)
            lines = QFontMetrics(plain).lineSpacing() * len(meta_lines(card))
            height = self._name_rect(option, card, width).height() + lines
            if len(_SIZES) > 20_000:  # widths come and go as the window is resized
                _SIZES.clear()
            size = _SIZES[key] = QSize(full, height + 2 * PAD + GAP + 2)
        return size

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        card: Card = index.data(CARD)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = option.rect.adjusted(1, 0, -1, -GAP)
        view = self.parent()
        if isinstance(view, CardWidth):  # the width sizeHint() wrapped the name at
            box.setWidth(min(box.width(), view.card_width() - 2))
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        focused = selected and bool(option.state & QStyle.StateFlag.State_HasFocus)
        palette = option.palette
        edge = palette.highlight().color() if selected else QColor("#c8c8c8")
        painter.setPen(QPen(edge, 2 if focused else 1))
        painter.setBrush(palette.base())
        painter.drawRoundedRect(box, 4, 4)
        stripe = STATUS_COLORS.get(card.status)
        if stripe is not None:
            painter.fillRect(QRect(box.left(), box.top() + 1, 4, box.height() - 1), stripe)
        bold, plain = self._fonts(option)
        inner = box.adjusted(PAD + 1, PAD, -PAD - 1, -PAD)
        name = self._name_rect(option, card, inner.width()).translated(inner.topLeft())
        painter.setPen(palette.text().color())
        painter.setFont(bold)
        painter.drawText(name, int(Qt.TextFlag.TextWordWrap), card.name)
        painter.setFont(plain)
        painter.setPen(QColor("#555555"))
        metrics = QFontMetrics(plain)
        y = name.bottom() + 1
        for line in meta_lines(card):
            text = metrics.elidedText(line, Qt.TextElideMode.ElideRight, inner.width())
            painter.drawText(QRect(inner.left(), y, inner.width(), metrics.lineSpacing()),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text)
            y += metrics.lineSpacing()
        painter.restore()
