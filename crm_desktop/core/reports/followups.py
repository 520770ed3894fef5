"""The follow-ups report: open reminders overdue, due today and later this week."""

from __future__ import annotations

import os
from datetime import date, timedelta
from typing import TYPE_CHECKING

from reportlab.platypus import Flowable

from crm_desktop.core.services.uow import ReadSession

from .blocks import data_table, empty, para, section, title_block
from .context import make_context
from .document import Context, Progress, ReportSummary, render
from .followup_figures import ReminderRow, followup_figures

if TYPE_CHECKING:
    from crm_desktop.core.vault import Vault


def build_followups(vault: Vault, out_path: str | os.PathLike[str], *, lang: str = "en",
                    date_from: date | str | None = None, date_to: date | str | None = None,
                    today: date | None = None, progress: Progress | None = None) -> ReportSummary:
    """As of `today`; the dates are not used (reminders are a state, not a period)."""
    with ReadSession(vault) as s:
        ctx = make_context(s, vault, lang=lang, date_from=None, date_to=None, today=today,
                           progress=progress, with_period=False)
        ctx.step(0, 1, "query")
        fig = followup_figures(s, today=ctx.today, tz=ctx.fmt.tz)
    L, f = ctx.labels, ctx.fmt
    title = L["title_followups"]
    story: list[Flowable] = title_block(ctx, title)
    story.append(para(ctx, L["followups_summary"].format(
        overdue=f.int(len(fig.overdue)), today=f.int(len(fig.due_today)), week=f.int(len(fig.this_week)))))
    story += _section(ctx, L["overdue"], fig.overdue, late=True)
    story += _section(ctx, f"{L['due_today']} · {f.date(fig.today)}", fig.due_today)
    week = L["this_week"]
    if fig.week_end > fig.today:
        week += f" · {f.day_month(fig.today + timedelta(days=1))} – {f.day_month(fig.week_end)}"
    story += _section(ctx, week, fig.this_week)
    pages = render(ctx, title, story, out_path)
    rows = len(fig.overdue) + len(fig.due_today) + len(fig.this_week)
    return ReportSummary("followups", os.fspath(out_path), lang, None, None, pages, rows)


def _section(ctx: Context, title: str, reminders: list[ReminderRow], *, late: bool = False) -> list[Flowable]:
    L, f = ctx.labels, ctx.fmt
    head = f"{title} ({f.int(len(reminders))})"
    if not reminders:
        return section(ctx, head, empty(ctx))
    rows = []
    for r in reminders:
        text = f"{r.text} {L['recurring']}" if r.recurring else r.text
        row = [f.short_datetime(r.due_at), r.contact or "—", r.deal or "—", text]
        if late:
            row.insert(1, f.int(r.days_overdue))
        rows.append(row)
    if late:
        header = [L["due"], L["days_overdue"], L["contact"], L["deal"], L["reminder"]]
        widths, right = [0.19, 0.08, 0.19, 0.2, 0.34], (1,)
    else:
        header = [L["due"], L["contact"], L["deal"], L["reminder"]]
        widths, right = [0.19, 0.21, 0.21, 0.39], ()
    return section(ctx, head, data_table(ctx, header, rows, widths, right=right))
