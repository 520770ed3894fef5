"""The data-health report: the check's figures, then the records behind each."""

from __future__ import annotations

import os
from datetime import date
from typing import TYPE_CHECKING

from reportlab.platypus import Flowable

from crm_desktop.core.services.uow import ReadSession

from .blocks import data_table, empty, para, section, title_block
from .cold_figures import ColdFigures, cold_figures
from .context import make_context
from .document import Context, Progress, ReportSummary, render
from .figures import CHECKS, HealthFigures, HealthLists, health_figures, health_lists
from .followup_figures import ReminderRow, followup_figures

if TYPE_CHECKING:
    from crm_desktop.core.vault import Vault

LIST_LIMIT = 1000  # records listed per check; the count above each list is always the full one


def build_health(vault: Vault, out_path: str | os.PathLike[str], *, lang: str = "en",
                 date_from: date | str | None = None, date_to: date | str | None = None,
                 today: date | None = None, progress: Progress | None = None) -> ReportSummary:
    """As of `today`; the dates are not used."""
    with ReadSession(vault) as s:
        ctx = make_context(s, vault, lang=lang, date_from=None, date_to=None, today=today,
                           progress=progress, with_period=False)
        ctx.step(0, 4, "query")
        fig = health_figures(s, today=ctx.today, tz=ctx.fmt.tz)
        ctx.step(1, 4, "query")
        lists = health_lists(s, today=ctx.today, limit=LIST_LIMIT)
        ctx.step(2, 4, "query")
        cold = cold_figures(s, today=ctx.today, tz=ctx.fmt.tz, limit=LIST_LIMIT)
        ctx.step(3, 4, "query")
        overdue = followup_figures(s, today=ctx.today, tz=ctx.fmt.tz).overdue
    title = ctx.labels["title_health"]
    story = title_block(ctx, title) + _summary(ctx, fig)
    rows = 0
    for check in CHECKS:
        part, n = _contact_list(ctx, check, getattr(fig, check), lists)
        story += part
        rows += n
    part, n = _stale(ctx, fig, cold)
    story += part
    rows += n
    story += _deals(ctx, fig, lists)
    story += _overdue(ctx, overdue)
    rows += len(lists.deals_past_close) + min(len(overdue), LIST_LIMIT)
    pages = render(ctx, title, story, out_path)
    return ReportSummary("health", os.fspath(out_path), lang, None, None, pages, rows)


def _summary(ctx: Context, fig: HealthFigures) -> list[Flowable]:
    L, f = ctx.labels, ctx.fmt

    def share(n: int, of: int) -> str:
        return f"{f.dec1(100 * n / of)}%" if of else "—"

    rows = [[L[c], f.int(getattr(fig, c)),
             share(getattr(fig, c), fig.people if c == "missing_organization" else fig.contacts)]
            for c in CHECKS]
    stale = " · ".join(f"{t}: {f.int(n)}" for t, n in fig.stale.items())
    rows.append([f"{L['stale']} ({stale})", f.int(fig.stale_total), share(fig.stale_total, fig.contacts)])
    rows.append([L["deals_past_close"], f.int(fig.deals_past_close), ""])
    rows.append([L["overdue_reminders"], f.int(fig.overdue_reminders), ""])
    intro = para(ctx, L["contacts_n"].format(n=f.int(fig.contacts), people=f.int(fig.people),
                                             orgs=f.int(fig.organizations)))
    return [intro, data_table(ctx, [L["check"], L["count"], L["share"]], rows, [0.6, 0.15, 0.15],
                              right=(1, 2))]


def _cut_note(ctx: Context, shown: int, total: int) -> list[Flowable]:
    if shown >= total:
        return []
    f = ctx.fmt
    return [para(ctx, ctx.labels["first_n_of"].format(n=f.int(shown), total=f.int(total)), small=True)]


def _contact_list(ctx: Context, check: str, total: int, lists: HealthLists) -> tuple[list[Flowable], int]:
    L, f = ctx.labels, ctx.fmt
    items = lists.contacts[check]
    head = f"{L[check]} ({f.int(total)})"
    if not items:
        return section(ctx, head, empty(ctx)), 0
    detail = check in ("invalid_phone", "invalid_email")  # one line per bad number or address
    header = [L["name"], L["kind"], L["tier"]] + ([L["as_typed"]] if detail else [])
    rows = [[c.name, L.enum("kind", c.kind), c.tier or "—"] + ([c.detail or ""] if detail else [])
            for c in items]
    widths = [0.45, 0.2, 0.1, 0.25] if detail else [0.6, 0.25, 0.15]
    table = data_table(ctx, header, rows, widths)
    return section(ctx, head, table, *_cut_note(ctx, len(items), total)), len(rows)


def _stale(ctx: Context, fig: HealthFigures, cold: ColdFigures) -> tuple[list[Flowable], int]:
    L, f = ctx.labels, ctx.fmt
    head = f"{L['stale_list']} ({f.int(fig.stale_total)})"
    items = [c for tier in cold.by_tier.values() for c in tier]
    if not items:
        return section(ctx, head, empty(ctx)), 0
    rows = [[c.name, c.tier, f.int(c.days_silent), f.date(c.last_at) if c.last_at else L["never"]]
            for c in items]
    table = data_table(ctx, [L["name"], L["tier"], L["days_silent"], L["last_interaction"]], rows,
                       [0.5, 0.1, 0.15, 0.25], right=(2,))
    return section(ctx, head, table, *_cut_note(ctx, len(rows), fig.stale_total)), len(rows)


def _deals(ctx: Context, fig: HealthFigures, lists: HealthLists) -> list[Flowable]:
    L, f = ctx.labels, ctx.fmt
    head = f"{L['deals_past_close']} ({f.int(fig.deals_past_close)})"
    if not lists.deals_past_close:
        return section(ctx, head, empty(ctx))
    rows = [[d.name, d.client or "—", f.date(d.expected_close), f.int(d.days_late)]
            for d in lists.deals_past_close]
    table = data_table(ctx, [L["deal"], L["client"], L["expected_close"], L["days_late"]], rows,
                       [0.4, 0.3, 0.18, 0.12], right=(3,))
    return section(ctx, head, table, *_cut_note(ctx, len(rows), fig.deals_past_close))


def _overdue(ctx: Context, overdue: list[ReminderRow]) -> list[Flowable]:
    L, f = ctx.labels, ctx.fmt
    head = f"{L['overdue_reminders']} ({f.int(len(overdue))})"
    if not overdue:
        return section(ctx, head, empty(ctx))
    shown = overdue[:LIST_LIMIT]
    rows = [[f.short_datetime(r.due_at), f.int(r.days_overdue), r.contact or "—", r.deal or "—", r.text]
            for r in shown]
    table = data_table(ctx, [L["due"], L["days_overdue"], L["contact"], L["deal"], L["reminder"]], rows,
                       [0.19, 0.08, 0.19, 0.2, 0.34], right=(1,))
    return section(ctx, head, table, *_cut_note(ctx, len(shown), len(overdue)))
