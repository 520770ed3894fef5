"""The dashboard's figures in one read on the worker, from core's report figures (the same
numbers the PDF reports print)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from crm_desktop.core.services import interactions
from crm_desktop.core.services.interaction_dto import InteractionOut
from crm_desktop.core.services.uow import ReadSession

if TYPE_CHECKING:
    from crm_desktop.core.reports.figures import ActivityFigures, ColdFigures, Followups, PipelineFigures
    from crm_desktop.core.vault import Vault

WEEKS = 8  # of activity, this week last
COLD_PER_TIER = 8
RECENT = 40


@dataclass(frozen=True)
class Dashboard:
    today: date
    monday: date  # this week's
    pipeline: PipelineFigures
    followups: Followups
    cold: ColdFigures
    activity: ActivityFigures
    this_week: list[InteractionOut]  # newest first


def load_dashboard(vault: Vault, now: datetime) -> Dashboard:
    # Imported here, on the worker: reports pull in reportlab, which the window's start need not pay.
    from crm_desktop.core.reports.context import report_tz
    from crm_desktop.core.reports.figures import (
        activity_figures,
        cold_figures,
        followup_figures,
        pipeline_figures,
    )
    from crm_desktop.core.reports.fmt import local_midnight

    with ReadSession(vault) as s:
        tz = report_tz(s)
        today = now.astimezone(tz).date()
        monday = today - timedelta(days=today.weekday())
        pipeline = pipeline_figures(s, date_from=today - timedelta(days=89), date_to=today, today=today,
                                    tz=tz)
        followups = followup_figures(s, today=today, tz=tz)
        cold = cold_figures(s, today=today, tz=tz, limit=COLD_PER_TIER)
        activity = activity_figures(s, date_from=monday - timedelta(weeks=WEEKS - 1), date_to=today, tz=tz)
    since = local_midnight(monday, tz)
    recent = interactions.list_interactions(vault, limit=RECENT).interactions
    return Dashboard(today, monday, pipeline, followups, cold, activity,
                     [i for i in recent if i.occurred_at >= since])
