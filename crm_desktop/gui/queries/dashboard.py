"""The dashboard's figures in one read on the worker, from core's report figures (the same
numbers the PDF reports print), each reading only what the page shows: counts in SQL, and the
few rows listed (bench/dashboard.py times it at 100k contacts / 1M interactions)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from crm_desktop.core.services import interactions
from crm_desktop.core.services.interaction_dto import InteractionOut
from crm_desktop.core.services.uow import ReadSession

if TYPE_CHECKING:
    from crm_desktop.core.reports.activity_figures import WeekTotals
    from crm_desktop.core.reports.cold_figures import ColdFigures
    from crm_desktop.core.reports.followup_figures import FollowupHead
    from crm_desktop.core.reports.pipeline_figures import OpenPipeline
    from crm_desktop.core.vault import Vault

WEEKS = 8  # of activity, this week last
COLD_PER_TIER = 8
FOLLOWUPS_LISTED = 25  # of each of overdue and due today; the figures count them all
RECENT = 40


@dataclass(frozen=True)
class Dashboard:
    today: date
    monday: date  # this week's
    pipeline: OpenPipeline
    followups: FollowupHead
    cold: ColdFigures
    activity: WeekTotals
    this_week: list[InteractionOut]  # newest first


def load_dashboard(vault: Vault, now: datetime) -> Dashboard:
    # Imported here, on the worker: the window's start need not pay for them. Not reports.context,
    # which loads reportlab (~150 ms of the first refresh).
    from crm_desktop.core.reports.activity_figures import week_totals
    from crm_desktop.core.reports.cold_figures import cold_figures
    from crm_desktop.core.reports.figures import report_tz
    from crm_desktop.core.reports.fmt import local_midnight
    from crm_desktop.core.reports.followup_figures import followup_head
    from crm_desktop.core.reports.pipeline_figures import open_pipeline

    with ReadSession(vault) as s:
        tz = report_tz(s)
        today = now.astimezone(tz).date()
        monday = today - timedelta(days=today.weekday())
        return Dashboard(
            today, monday, open_pipeline(s),
            followup_head(s, today=today, tz=tz, limit=FOLLOWUPS_LISTED),
            cold_figures(s, today=today, tz=tz, limit=COLD_PER_TIER),
            week_totals(s, date_from=monday - timedelta(weeks=WEEKS - 1), date_to=today, tz=tz),
            interactions.list_since(s, local_midnight(monday, tz), limit=RECENT))
