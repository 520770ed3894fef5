"""Activity figures: interactions per ISO week and kind over a period (no PDF)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta, tzinfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from crm_desktop.core.models import INTERACTION_KINDS, Interaction

from .fmt import local_midnight


@dataclass(frozen=True)
class ActivityWeek:
    monday: date
    counts: dict[str, int]  # kind -> interactions that week
    total: int


@dataclass(frozen=True)
class ActivityFigures:
    date_from: date
    date_to: date
    kinds: list[str]  # the known kinds, then any others found, in a stable order
    weeks: list[ActivityWeek]  # every week of the period, empty ones too
    totals: dict[str, int]
    total: int


def activity_figures(session: Session, *, date_from: date, date_to: date, tz: tzinfo) -> ActivityFigures:
    # One count per local-calendar week, bounded by local midnights in UTC: the database counts
    # from the covering index (ix_interaction_activity) and no row comes into Python. Bucketing
    # rows in Python read 66k rows for the dashboard's 8 weeks at 1M interactions (~1 s).
    per_week: dict[date, Counter[str]] = {}
    monday = date_from - timedelta(days=date_from.weekday())
    while monday <= date_to:
        start = local_midnight(max(monday, date_from), tz)
        end = local_midnight(min(monday + timedelta(days=7), date_to + timedelta(days=1)), tz)
        per_week[monday] = Counter(dict(session.execute(
            select(Interaction.kind, func.count())
            .where(Interaction.occurred_at >= start, Interaction.occurred_at < end,
                   Interaction.deleted_at.is_(None))
            .group_by(Interaction.kind)).all()))
        monday += timedelta(days=7)
    totals: Counter[str] = Counter()
    for c in per_week.values():
        totals.update(c)
    kinds = list(INTERACTION_KINDS) + sorted(k for k in totals if k not in INTERACTION_KINDS)
    weeks = []
    monday = date_from - timedelta(days=date_from.weekday())
    while monday <= date_to:
        c = per_week.get(monday, Counter())
        weeks.append(ActivityWeek(monday, {k: c.get(k, 0) for k in kinds}, sum(c.values())))
        monday += timedelta(days=7)
    return ActivityFigures(date_from, date_to, kinds, weeks, {k: totals.get(k, 0) for k in kinds},
                           sum(totals.values()))
