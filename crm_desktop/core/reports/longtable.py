"""A long table laid out one page at a time, the header row repeated on each page.

reportlab's Table splits by rebuilding the whole remainder after each page (quadratic in rows);
here each row's height is known from its pre-broken lines, so a split counts rows that fit and
builds a small Table (header + those rows, `repeatRows=1`) for that page only.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.platypus import Flowable, Table, TableStyle

from . import fonts
from .document import INK, RULE

HEADER_BG = colors.HexColor("#e4e7eb")
ZEBRA = colors.HexColor("#f5f7fa")
PAD_X, PAD_TOP, PAD_BOTTOM = 3.0, 2.0, 2.5


class RowsTable(Flowable):
    def __init__(self, header: list[str], rows: Sequence[list[str]], col_widths: list[float], *,
                 size: float, leading: float, right: Sequence[int] = (), total_rows: int = 0,
                 parity: int = 0, heights: list[float] | None = None) -> None:
        super().__init__()
        self.header, self.rows, self.col_widths = header, rows, col_widths
        self.size, self.leading, self.right = size, leading, tuple(right)
        self.total_rows, self.parity = total_rows, parity
        self.hAlign = "LEFT"
        self._header_h = self._row_h(header)
        # measured once: the part left after each page reuses them (else quadratic in rows)
        self._heights = heights if heights is not None else [self._row_h(r) for r in rows]

    def _row_h(self, row: list[str]) -> float:
        return max(c.count("\n") + 1 for c in row) * self.leading + PAD_TOP + PAD_BOTTOM

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self.width = sum(self.col_widths)
        self.height = self._header_h + sum(self._heights)
        return self.width, self.height

    def split(self, aw: float, ah: float) -> list[Flowable]:
        room, n = ah - self._header_h, 0
        while n < len(self.rows) and self._heights[n] <= room:
            room -= self._heights[n]
            n += 1
        # A header with fewer than two rows under it at a page's foot reads as an orphan.
        if n < min(2, len(self.rows)) or n == 0:
            return []
        if n >= len(self.rows):
            return [self._table(self.rows, self._heights, totals=self.total_rows)]
        data_rows = len(self.rows) - self.total_rows
        head = self._table(self.rows[:n], self._heights[:n], totals=max(0, n - data_rows))
        rest = RowsTable(self.header, self.rows[n:], self.col_widths, size=self.size,
                         leading=self.leading, right=self.right,
                         total_rows=min(self.total_rows, len(self.rows) - n), parity=(self.parity + n) % 2,
                         heights=self._heights[n:])
        return [head, rest]

    def draw(self) -> None:
        t = self._table(self.rows, self._heights, totals=self.total_rows)
        t.wrapOn(self.canv, self.width, self.height)
        t.drawOn(self.canv, 0, 0)

    def _table(self, rows: Sequence[list[str]], heights: list[float], totals: int) -> Table:
        zebra = [ZEBRA, colors.white] if self.parity else [colors.white, ZEBRA]
        style: list[tuple[Any, ...]] = [
            ("FONT", (0, 0), (-1, -1), fonts.register(), self.size, self.leading),
            ("TEXTCOLOR", (0, 0), (-1, -1), INK),
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_BG),
            ("LINEBELOW", (0, 0), (-1, 0), 0.7, RULE),
            ("LINEBELOW", (0, -1), (-1, -1), 0.5, RULE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), PAD_X),
            ("RIGHTPADDING", (0, 0), (-1, -1), PAD_X),
            ("TOPPADDING", (0, 0), (-1, -1), PAD_TOP),
            ("BOTTOMPADDING", (0, 0), (-1, -1), PAD_BOTTOM),
        ]
        if len(rows) > totals:
            style.append(("ROWBACKGROUNDS", (0, 1), (-1, len(rows) - totals), zebra))
        for col in self.right:
            style.append(("ALIGN", (col, 0), (col, -1), "RIGHT"))
        if totals:
            style.append(("LINEABOVE", (0, -totals), (-1, -totals), 0.7, INK))
        return Table([self.header, *rows], colWidths=self.col_widths, rowHeights=[self._header_h, *heights],
                     repeatRows=1,
                     hAlign="LEFT", style=TableStyle(style))
