"""Bar charts (reportlab graphics) in the report font: one chart per currency, never a mixed axis."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from babel.numbers import format_compact_decimal
from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from . import fonts
from .document import INK, MUTED, Context

PALETTE = [colors.HexColor(c) for c in
           ("#2f6f9f", "#9cc3de", "#d08c3a", "#5a9e6f", "#8e6bb0", "#b0b7bf", "#c25b5b")]


def bar_chart(ctx: Context, title: str, categories: Sequence[str],
              series: Sequence[Sequence[Decimal | int]], width: float, height: float = 170, *,
              names: Sequence[str] = (), stacked: bool = False) -> Drawing:
    """Bars per category: one per series side by side, or `stacked`; a legend when `names`.

    Bar heights are floats — geometry only; every figure printed in a table stays a Decimal."""
    font = fonts.register()
    d = Drawing(width, height, initialFontName=font, initialFontSize=8)
    d.add(String(0, height - 11, title, fontName=font, fontSize=9.5, fillColor=INK))
    cats = list(categories)
    chart = VerticalBarChart()
    chart.x, chart.width = 44, width - 52
    slot = chart.width / max(len(cats), 1)
    widest = max((stringWidth(c, font, 7.5) for c in cats), default=0)
    slant = widest > slot - 4 and not stacked  # names wider than their slot would run together
    bottom = 18 + (min(widest, 110) * 0.5 if slant else 0)
    chart.y, chart.height = bottom, height - bottom - 24
    chart.data = [[float(v) for v in s] for s in series]
    chart.barSpacing = 1
    chart.groupSpacing = 6 if stacked else 10
    chart.strokeColor = None
    for i in range(len(series)):
        chart.bars[i].fillColor = PALETTE[i % len(PALETTE)]
        chart.bars[i].strokeColor = None
    if stacked:
        chart.categoryAxis.style = "stacked"
        top = max((sum(col) for col in zip(*chart.data, strict=True)), default=0.0)
    else:
        top = max((v for s in chart.data for v in s), default=0.0)
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = top * 1.1 if top > 0 else 1
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labels.fillColor = MUTED
    chart.valueAxis.strokeColor = MUTED
    chart.valueAxis.gridStrokeColor = colors.HexColor("#e4e7eb")
    chart.valueAxis.visibleGrid = True
    locale = ctx.fmt.locale
    chart.valueAxis.labelTextFormat = lambda v: format_compact_decimal(v, locale=locale,
                                                                        fraction_digits=1)
    cat = chart.categoryAxis
    cat.categoryNames = cats
    cat.labels.fontName = font
    cat.labels.fontSize = 7.5
    cat.labels.fillColor = INK
    cat.strokeColor = MUTED
    cat.labels.boxAnchor = "n"
    if slant:
        cat.labels.angle = 30
        cat.labels.boxAnchor = "ne"
    d.add(chart)
    # The legend on the title line, right-aligned: beside the plot it would take a fifth of a
    # half-width chart.
    x = width
    for i in reversed(range(len(names))):
        x -= stringWidth(names[i], font, 7.5)
        d.add(String(x, height - 10, names[i], fontName=font, fontSize=7.5, fillColor=INK))
        x -= 10
        d.add(Rect(x, height - 10, 7, 7, fillColor=PALETTE[i % len(PALETTE)], strokeColor=None))
        x -= 10
    return d
