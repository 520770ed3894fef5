"""The activity report: interactions per ISO week and kind over a period."""

from __future__ import annotations

import os
from datetime import date
from typing import TYPE_CHECKING

from reportlab.platypus import Flowable, Spacer

from crm_desktop.core.services.uow import ReadSession

from .activity_figures import activity_figures
from .blocks import data_table, para, section, title_block
from .chart import bar_chart
from .context import make_context
from .document import Progress, ReportSummary, frame_width, render

if TYPE_CHECKING:
    from crm_desktop.core.vault import Vault

CHART_WEEKS_MAX = 60  # past a year of weeks the bars get too thin to read; the table has them all


def build_activity(vault: Vault, out_path: str | os.PathLike[str], *, lang: str = "en",
                   date_from: date | str | None = None, date_to: date | str | None = None,
                   today: date | None = None, progress: Progress | None = None) -> ReportSummary:
    with ReadSession(vault) as s:
        ctx = make_context(s, vault, lang=lang, date_from=date_from, date_to=date_to, today=today,
                           progress=progress, with_period=True)
        ctx.step(0, 1, "query")
        assert ctx.date_from is not None and ctx.date_to is not None
        fig = activity_figures(s, date_from=ctx.date_from, date_to=ctx.date_to, tz=ctx.fmt.tz)
    L, f = ctx.labels, ctx.fmt
    title = L["title_activity"]
    story: list[Flowable] = title_block(ctx, title)
    story.append(para(ctx, L["activity_summary"].format(n=f.int(fig.total))))
    if len(fig.weeks) <= CHART_WEEKS_MAX:
        counts = [[w.counts[k] for w in fig.weeks] for k in fig.kinds]
        weeks = [f.day_month(w.monday) for w in fig.weeks]
        step = 1 + len(weeks) // 14  # label every n-th week so the dates stay legible
        weeks = [n if i % step == 0 else "" for i, n in enumerate(weeks)]
        story += [Spacer(1, 4), bar_chart(ctx, L["per_week_kind"], weeks, counts, frame_width(), 170,
                                          names=[L.enum("ik", k) for k in fig.kinds], stacked=True)]
    kinds = fig.kinds
    header = [L["week"], *(L.enum("ik", k) for k in kinds), L["total"]]
    rows = [[f.week(w.monday), *(f.int(w.counts[k]) if w.counts[k] else "·" for k in kinds), f.int(w.total)]
            for w in fig.weeks]
    rows.append([L["total"], *(f.int(fig.totals[k]) for k in kinds), f.int(fig.total)])
    n = len(kinds) + 1
    widths = [0.22] + [0.78 / n] * n
    story += section(ctx, L["per_week_kind"],
                     data_table(ctx, header, rows, widths, right=tuple(range(1, n + 1)), total_rows=1))
    pages = render(ctx, title, story, out_path)
    return ReportSummary("activity", os.fspath(out_path), lang, ctx.date_from, ctx.date_to, pages,
                         len(fig.weeks))
