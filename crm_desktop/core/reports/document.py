"""The page template every report shares: header, footer, "Page x of y", styles, the build."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from . import fonts
from .fmt import Fmt
from .labels import Labels

# (done, total, what): the GUI shows a bar; raising from the callback cancels the build.
Progress = Callable[[int, int, str], None]

MARGIN = 16 * mm
HEADER_H = 10 * mm
FOOTER_H = 10 * mm
INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#616e7c")
RULE = colors.HexColor("#9aa5b1")


@dataclass(frozen=True)
class ReportSummary:
    kind: str
    path: str
    lang: str
    date_from: date | None
    date_to: date | None
    pages: int
    rows: int  # data rows in the report's tables (what a user would count)


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    meta: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle  # table cells (size and leading; cells are laid out as plain lines)


def make_styles() -> Styles:
    font = fonts.register()

    def style(name: str, size: float, leading: float, color: Any = INK, **kw: Any) -> ParagraphStyle:
        return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading, textColor=color,
                              alignment=TA_LEFT, **kw)

    return Styles(
        title=style("title", 18, 23, spaceAfter=2),
        meta=style("meta", 9, 12.5, MUTED),
        h2=style("h2", 12.5, 16, spaceBefore=10, spaceAfter=5),
        h3=style("h3", 10, 13, spaceBefore=6, spaceAfter=3),
        body=style("body", 9, 12.5, spaceAfter=3),
        small=style("small", 8, 10.5, MUTED, spaceAfter=2),
        cell=style("cell", 8, 10),
    )


@dataclass(frozen=True)
class Context:
    """What every report builder needs: language, formatting, period, names for the page."""

    lang: str
    labels: Labels
    fmt: Fmt
    today: date
    date_from: date | None
    date_to: date | None
    vault_name: str
    generated_at: datetime
    styles: Styles
    progress: Progress | None
    wide: bool = False  # landscape pages (the pipeline's many money columns)

    def step(self, done: int, total: int, what: str) -> None:
        if self.progress is not None:
            self.progress(done, total, what)

    def period_text(self) -> str:
        L, f = self.labels, self.fmt
        if self.date_from is None and self.date_to is None:
            return f"{L['as_of']} {f.date(self.today)}"
        return f"{f.date(self.date_from)} – {f.date(self.date_to)}"


def _canvas_class(ctx: Context, title: str) -> type[Canvas]:
    """A canvas that holds every page until the end, then writes "Page x of y" on each."""
    font = fonts.register()
    L = ctx.labels

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._decorate(total)
                super().showPage()
            super().save()

        def _decorate(self, total: int) -> None:
            width, height = self._pagesize
            page = self._pageNumber
            self.saveState()
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            if page > 1:  # page 1 carries the full title block in the story
                self.setFont(font, 8)
                self.setFillColor(MUTED)
                y = height - MARGIN + 3 * mm
                self.drawString(MARGIN, y, title)
                self.drawRightString(width - MARGIN, y, ctx.vault_name)
                self.line(MARGIN, y - 2 * mm, width - MARGIN, y - 2 * mm)
            y = MARGIN - 6 * mm
            self.line(MARGIN, y + 4 * mm, width - MARGIN, y + 4 * mm)
            self.setFont(font, 8)
            self.setFillColor(INK)
            self.drawString(MARGIN, y, L["confidential"])
            self.setFillColor(MUTED)
            self.drawCentredString(width / 2, y, f"{L['generated']} {ctx.fmt.datetime(ctx.generated_at)}")
            self.setFillColor(INK)
            self.drawRightString(width - MARGIN, y, L["page_x_of_y"].format(x=page, y=total))
            self.restoreState()

    return NumberedCanvas


def render(ctx: Context, title: str, story: list[Flowable], out_path: str | os.PathLike[str]) -> int:
    """Lay out `story` under the shared template and write the PDF; returns the page count.

    Writes a temp file beside the target and renames it, so a cancelled or failed build never
    leaves half a PDF where the user expects one."""
    out = Path(out_path)
    tmp = out.with_name(out.name + ".part")
    pagesize = landscape(A4) if ctx.wide else A4
    doc = BaseDocTemplate(str(tmp), pagesize=pagesize, leftMargin=MARGIN, rightMargin=MARGIN,
                          topMargin=MARGIN + HEADER_H / 2, bottomMargin=MARGIN + FOOTER_H / 4,
                          title=title, author="crm-desktop", creator="crm-desktop",
                          subject=ctx.period_text(), lang=ctx.lang.replace("_", "-"),
                          # else every page's preamble names Helvetica, which has no Chinese
                          initialFontName=fonts.register(), initialFontSize=9)
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    total = max(len(story), 1)

    def on_progress(kind: str, value: int) -> None:
        if kind == "PROGRESS":
            ctx.step(value, total, "layout")

    doc.setProgressCallBack(on_progress)
    try:
        doc.build(story, canvasmaker=_canvas_class(ctx, title))
        # The last progress report comes before the rename: a cancel it raises must find no file.
        ctx.step(total, total, "done")
        os.replace(tmp, out)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.remove(tmp)
        raise
    return doc.page


def frame_width(wide: bool = False) -> float:
    width = landscape(A4)[0] if wide else A4[0]
    return width - 2 * MARGIN
