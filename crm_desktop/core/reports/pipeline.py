"""The pipeline report: stages, fees, a chart per currency, forecast, won/lost, time in stage."""

from __future__ import annotations

import os
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from reportlab.platypus import Flowable, Spacer, Table

from crm_desktop.core.services.uow import ReadSession

from . import fonts
from .blocks import data_table, empty, para, section, title_block
from .chart import bar_chart
from .context import make_context
from .document import Context, Progress, ReportSummary, frame_width, render
from .pipeline_figures import ClosedDeal, PipelineFigures, pipeline_figures

if TYPE_CHECKING:
    from crm_desktop.core.vault import Vault

CHARTS_MAX = 6  # one chart per currency; past this many the tables say it all


def build_pipeline(vault: Vault, out_path: str | os.PathLike[str], *, lang: str = "en",
                   date_from: date | str | None = None, date_to: date | str | None = None,
                   today: date | None = None, progress: Progress | None = None) -> ReportSummary:
    with ReadSession(vault) as s:
        ctx = make_context(s, vault, lang=lang, date_from=date_from, date_to=date_to, today=today,
                           progress=progress, with_period=True, wide=True)
        ctx.step(0, 1, "query")
        assert ctx.date_from is not None and ctx.date_to is not None
        fig = pipeline_figures(s, date_from=ctx.date_from, date_to=ctx.date_to, today=ctx.today,
                               tz=ctx.fmt.tz)
    title = ctx.labels["title_pipeline"]
    story, rows = _story(ctx, title, fig)
    pages = render(ctx, title, story, out_path)
    return ReportSummary("pipeline", os.fspath(out_path), lang, ctx.date_from, ctx.date_to, pages, rows)


def _story(ctx: Context, title: str, fig: PipelineFigures) -> tuple[list[Flowable], int]:
    L, f = ctx.labels, ctx.fmt
    story: list[Flowable] = title_block(ctx, title)
    story.append(para(ctx, L["open_deals_n"].format(n=f.int(fig.open_deals))))
    header = [L["stage"], L["probability"], L["currency"], L["deals"], L["amount"], L["weighted"],
              L["fees_if_closed"], L["fees_expected"]]
    rows: list[list[str]] = []
    for st in fig.stages:
        lines = [[cur or "—", f.int(t.count), f.amount(t.total, cur), f.amount(t.weighted, cur),
                  f.amount(t.fees, cur), f.amount(t.fees_expected, cur)]
                 for cur, t in sorted(st.by_currency.items())]
        if st.no_amount or not lines:  # deals with no amount yet are counted, never priced
            lines.append(["—", f.int(st.no_amount), "", "", "", ""])
        for i, line in enumerate(lines):
            rows.append([st.name if i == 0 else "", f.percent(st.probability) if i == 0 else "", *line])
    totals = [[L["all_stages"] if i == 0 else "", "", cur or "—", f.int(t.count), f.amount(t.total, cur),
               f.amount(t.weighted, cur), f.amount(t.fees, cur), f.amount(t.fees_expected, cur)]
              for i, (cur, t) in enumerate(sorted(fig.totals.items()))]
    if fig.no_amount:
        totals.append(["" if totals else L["all_stages"], "", "—", f.int(fig.no_amount), "", "", "", ""])
    widths = [0.22, 0.07, 0.08, 0.07, 0.15, 0.14, 0.135, 0.135]
    story += section(ctx, L["open_by_stage"],
                     data_table(ctx, header, rows + totals, widths, right=(1, 3, 4, 5, 6, 7),
                                total_rows=len(totals)))
    story.append(para(ctx, L["fees_note"], small=True))
    story += _charts(ctx, fig)
    story += _forecast(ctx, fig)
    for key, deals in (("won_in_period", fig.won), ("lost_in_period", fig.lost)):
        story += _closed(ctx, L[key], deals)
    story += _stage_times(ctx, fig)
    count = (len(rows) + len(totals) + len(fig.forecast) + len(fig.won) + len(fig.lost)
             + len(fig.stage_times))
    return story, count


def _charts(ctx: Context, fig: PipelineFigures) -> list[Flowable]:
    """One chart per currency (amounts in two currencies never share an axis), two per row."""
    L = ctx.labels
    currencies = fig.currencies[:CHARTS_MAX]
    if not currencies:
        return []
    per_row = 1 if len(currencies) == 1 else 2
    width = frame_width(ctx.wide) / per_row - (8 if per_row > 1 else 0)
    names = [st.name for st in fig.stages]
    charts = []
    for cur in currencies:
        total = [st.by_currency[cur].total if cur in st.by_currency else 0 for st in fig.stages]
        weighted = [st.by_currency[cur].weighted if cur in st.by_currency else 0 for st in fig.stages]
        charts.append(bar_chart(ctx, L["chart_title"].format(currency=cur or "—"), names, [total, weighted],
                                width, 165, names=[L["amount"], L["weighted"]]))
    grid = [charts[i:i + per_row] for i in range(0, len(charts), per_row)]
    if len(grid[-1]) < per_row:
        grid[-1].append("")
    table = Table(grid, colWidths=[frame_width(ctx.wide) / per_row] * per_row, hAlign="LEFT",
                  # the font even for the empty cell: a Table's default is Helvetica, not embedded
                  style=[("FONT", (0, 0), (-1, -1), fonts.register(), 8),
                         ("LEFTPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 8)])
    return [Spacer(1, 8), table]


def _forecast(ctx: Context, fig: PipelineFigures) -> list[Flowable]:
    L, f = ctx.labels, ctx.fmt
    if not fig.forecast:
        return section(ctx, L["forecast"], empty(ctx))
    rows = [[f.month(r.month) if r.month else L["no_date"], r.currency or "—", f.int(r.count),
             f.amount(r.total, r.currency), f.amount(r.weighted, r.currency)] for r in fig.forecast]
    table = data_table(ctx, [L["month"], L["currency"], L["deals"], L["amount"], L["weighted"]], rows,
                       [0.2, 0.12, 0.1, 0.2, 0.2], right=(2, 3, 4))
    return section(ctx, L["forecast"], table)


def _closed(ctx: Context, title: str, deals: list[ClosedDeal]) -> list[Flowable]:
    L, f = ctx.labels, ctx.fmt
    if not deals:
        return section(ctx, title, empty(ctx))
    rows = [[f.date(d.closed_at), d.name, d.client or "—", d.currency or "—", f.amount(d.amount, d.currency),
             d.reason or ""] for d in deals]
    totals: dict[str, Decimal] = {}
    for d in deals:
        if d.amount is not None:
            totals[d.currency] = totals.get(d.currency, Decimal(0)) + d.amount
    total_rows = [[L["total"] if i == 0 else "", "", "", cur or "—", f.amount(v, cur), ""]
                  for i, (cur, v) in enumerate(sorted(totals.items()))]
    table = data_table(ctx, [L["closed"], L["deal"], L["client"], L["currency"], L["amount"], L["reason"]],
                       rows + total_rows, [0.12, 0.22, 0.18, 0.08, 0.14, 0.26], right=(4,),
                       total_rows=len(total_rows))
    return section(ctx, title, table)


def _stage_times(ctx: Context, fig: PipelineFigures) -> list[Flowable]:
    L, f = ctx.labels, ctx.fmt
    rows = [[t.name, f.int(t.stays_ended), f.dec1(t.avg_days), f.dec1(t.median_days), f.int(t.now_in_stage),
             f.dec1(t.now_avg_days)] for t in fig.stage_times]
    table = data_table(ctx, [L["stage"], L["stays"], L["avg_days"], L["median_days"], L["now_in_stage"],
                             L["now_avg_days"]], rows, [0.24, 0.12, 0.12, 0.12, 0.14, 0.16],
                       right=(1, 2, 3, 4, 5))
    return section(ctx, L["time_in_stage"], para(ctx, L["time_note"], small=True), table)
