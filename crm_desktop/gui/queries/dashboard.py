"""The dashboard's figures, read on the worker from core's report figures (the same numbers the
PDF reports print), each reading only what the page shows: counts in SQL, and the few rows listed
(bench/dashboard.py times them at 100k contacts / 1M interactions).

The page asks for them in PARTS, one worker job each, the next asked when the last is answered:
a contact search typed meanwhile waits for one part, not for the whole refresh."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from typing import TYPE_CHECKING, Any

from crm_desktop.core.services import interactions
from crm_desktop.core.services.interaction_dto import InteractionOut
from crm_desktop.core.services.uow import ReadSession

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

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


def _day(s: Session, now: datetime) -> tuple[tzinfo, date, date]:
    """(the reporting zone, today there, this week's Monday)."""
    # Imported here, on the worker: the window's start need not pay for it. Not reports.context,
    # which loads reportlab (~150 ms of the first refresh).
    from crm_desktop.core.reports.figures import report_tz

    tz = report_tz(s)
    today = now.astimezone(tz).date()
    return tz, today, today - timedelta(days=today.weekday())


def money_part(vault: Vault, now: datetime) -> dict[str, Any]:
    from crm_desktop.core.reports.followup_figures import followup_head
    from crm_desktop.core.reports.pipeline_figures import open_pipeline

    with ReadSession(vault) as s:
        tz, today, monday = _day(s, now)
        return {"today": today, "monday": monday, "pipeline": open_pipeline(s),
                "followups": followup_head(s, today=today, tz=tz, limit=FOLLOWUPS_LISTED)}


def cold_part(vault: Vault, now: datetime) -> dict[str, Any]:
    from crm_desktop.core.reports.cold_figures import cold_figures

    with ReadSession(vault) as s:
        tz, today, _monday = _day(s, now)
        return {"cold": cold_figures(s, today=today, tz=tz, limit=COLD_PER_TIER)}


def activity_part(vault: Vault, now: datetime) -> dict[str, Any]:
    from crm_desktop.core.reports.activity_figures import week_totals
    from crm_desktop.core.reports.fmt import local_midnight

    with ReadSession(vault) as s:
        tz, today, monday = _day(s, now)
        return {"activity": week_totals(s, date_from=monday - timedelta(weeks=WEEKS - 1), date_to=today,
                                        tz=tz),
                "this_week": interactions.list_since(s, local_midnight(monday, tz), limit=RECENT)}


# Parts of about equal cost (~20-40 ms each at 100k contacts on a quiet machine).
PARTS: tuple[Callable[[Vault, datetime], dict[str, Any]], ...] = (money_part, cold_part, activity_part)


def load_dashboard(vault: Vault, now: datetime) -> Dashboard:
    """Every part at once (the bench, and callers with no list to keep answering)."""
    got: dict[str, Any] = {}
    for part in PARTS:
        got.update(part(vault, now))
    return Dashboard(**got)
