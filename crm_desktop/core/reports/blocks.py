"""Flowables the reports are made of: the title block, headings, text, and long data tables."""

from __future__ import annotations

from collections.abc import Sequence
from xml.sax.saxutils import escape

from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer

from .document import Context, frame_width
from .longtable import PAD_X, RowsTable
from .textfit import TextBlock, cell_text

CELL_MAX = 600  # characters in a table cell; full texts (minutes) go in text blocks, not tables
KEEP_WITH_TABLE = 72  # points: a heading moves to the next page unless a few rows fit under it


def text(value: str) -> str:
    """Escape user text for a Paragraph (a name like 'A&B <Ltd>' must not break the markup)."""
    return escape(value).replace("\n", "<br/>")


def title_block(ctx: Context, title: str, extra: str | None = None) -> list[Flowable]:
    L, s = ctx.labels, ctx.styles
    c = L["colon"]
    meta = [f"{L['period']}{c}{ctx.period_text()}",
            f"{L['generated']}{c}{ctx.fmt.datetime(ctx.generated_at)}",
            f"{L['vault']}{c}{ctx.vault_name}"]
    out: list[Flowable] = [Paragraph(text(title), s.title)]
    if extra:
        out.append(Paragraph(text(extra), s.h3))
    out.append(Paragraph(" · ".join(text(m) for m in meta), s.meta))
    out.append(Spacer(1, 6))
    return out


def heading(ctx: Context, value: str) -> Paragraph:
    return Paragraph(text(value), ctx.styles.h2)


def para(ctx: Context, value: str, *, small: bool = False) -> Flowable:
    """A block of plain text (any length; splits across pages between lines)."""
    style = ctx.styles.small if small else ctx.styles.body
    return TextBlock(value, style.fontSize, style.leading, style.textColor, style.spaceAfter)


def empty(ctx: Context, what: str | None = None) -> Flowable:
    return para(ctx, what or ctx.labels["none"], small=True)


def section(ctx: Context, title: str, *body: Flowable) -> list[Flowable]:
    """A heading kept with the start of what follows it.

    Not KeepTogether: that would measure a 5,000-row table whole just to place its heading."""
    return [CondPageBreak(KEEP_WITH_TABLE), heading(ctx, title), *body]


def data_table(ctx: Context, header: Sequence[str], rows: Sequence[Sequence[str]],
               widths: Sequence[float], *, right: Sequence[int] = (), total_rows: int = 0) -> Flowable:
    """A table that splits across pages with its header row repeated on each page.

    `widths` are fractions of the frame width; `right` the columns aligned right (numbers);
    `total_rows` how many last rows are totals (a rule above them). Text wraps inside its column."""
    s = ctx.styles.cell
    col_w = [w * frame_width(ctx.wide) for w in widths]
    inner = [w - 2 * PAD_X for w in col_w]

    def fit(row: Sequence[str]) -> list[str]:
        return [cell_text(v if len(v) <= CELL_MAX else v[:CELL_MAX - 1] + "…", inner[i], s.fontSize)
                for i, v in enumerate(row)]

    return RowsTable(fit(header), [fit(r) for r in rows], col_w, size=s.fontSize, leading=s.leading,
                     right=right, total_rows=total_rows)
