"""The going-cold report: clients by tier, silent past their tier's threshold, most silent first."""

from __future__ import annotations

import os
from datetime import date
from typing import TYPE_CHECKING

from reportlab.platypus import Flowable

from crm_desktop.core.services.uow import ReadSession

from .blocks import data_table, empty, para, section, title_block
from .cold_figures import cold_figures
from .context import make_context
from .document import Progress, ReportSummary, render

if TYPE_CHECKING:
    from crm_desktop.core.vault import Vault


def build_cold(vault: Vault, out_path: str | os.PathLike[str], *, lang: str = "en",
               date_from: date | str | None = None, date_to: date | str | None = None,
               today: date | None = None, progress: Progress | None = None) -> ReportSummary:
    """As of `today`; the dates are not used (silence is measured back from today)."""
    with ReadSession(vault) as s:
        ctx = make_context(s, vault, lang=lang, date_from=None, date_to=None, today=today,
                           progress=progress, with_period=False)
        ctx.step(0, 1, "query")
        fig = cold_figures(s, today=ctx.today, tz=ctx.fmt.tz)
    L, f = ctx.labels, ctx.fmt
    title = L["title_cold"]
    story: list[Flowable] = title_block(ctx, title)
    limits = " · ".join(L["tier_days"].format(tier=t, days=f.int(d)) for t, d in fig.thresholds.items())
    story.append(para(ctx, f"{L['thresholds']}{L['colon']}{limits}"))
    header = [L["client"], L["days_silent"], L["last_interaction"], L["kind"], L["subject_summary"]]
    rows_total = 0
    for tier, contacts in fig.by_tier.items():
        head = L["tier_section"].format(tier=tier, days=f.int(fig.thresholds[tier]),
                                        n=f.int(fig.totals[tier]))
        if not contacts:
            story += section(ctx, head, empty(ctx))
            continue
        rows = []
        for c in contacts:
            words = " — ".join(x for x in (c.last_subject, c.last_summary) if x)
            rows.append([c.name, f.int(c.days_silent), f.date(c.last_at) if c.last_at else L["never"],
                         L.enum("ik", c.last_kind) if c.last_kind else "", words])
        rows_total += len(rows)
        story += section(ctx, head, data_table(ctx, header, rows, [0.22, 0.1, 0.14, 0.1, 0.44], right=(1,)))
    pages = render(ctx, title, story, out_path)
    return ReportSummary("cold", os.fspath(out_path), lang, None, None, pages, rows_total)
