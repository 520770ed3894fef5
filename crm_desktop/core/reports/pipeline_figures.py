"""Pipeline figures: per stage and currency, forecast, won/lost, time in stage (no PDF).

Money is summed in Python as Decimal: amounts are stored as exact decimal text and a SQL SUM
would go through float. Totals are kept per currency and never added across currencies.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta, tzinfo
from decimal import Decimal
from statistics import median
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.core.models import Contact, Deal, DealStageEntry, Stage

from .fmt import local_midnight

HUNDRED = Decimal(100)


@dataclass
class Totals:
    """Sums for one currency ('' when a deal has an amount but no currency)."""

    currency: str
    count: int = 0  # deals with an amount in this currency
    total: Decimal = Decimal(0)
    weighted: Decimal = Decimal(0)  # amount x probability
    fees: Decimal = Decimal(0)  # retainer + success fee, if every deal closes
    fees_expected: Decimal = Decimal(0)  # retainer + success fee x probability


@dataclass
class StageFigures:
    stage_id: int
    name: str
    position: int
    probability: int
    is_won: bool
    is_lost: bool
    count: int = 0  # every open deal in the stage, with or without an amount
    no_amount: int = 0  # open deals with neither an amount nor a fee yet
    by_currency: dict[str, Totals] = field(default_factory=dict)


@dataclass(frozen=True)
class ForecastRow:
    month: date | None  # the first day of the expected close month; None: no date set
    currency: str
    count: int
    total: Decimal
    weighted: Decimal


@dataclass(frozen=True)
class ClosedDeal:
    deal_id: int
    name: str
    client: str | None
    status: str  # won | lost
    stage: str
    amount: Decimal | None
    currency: str
    closed_at: datetime | None
    reason: str | None


@dataclass(frozen=True)
class StageTime:
    stage_id: int
    name: str
    stays_ended: int  # stays that ended in the period
    avg_days: float | None
    median_days: float | None
    now_in_stage: int  # open deals in the stage today
    now_avg_days: float | None


@dataclass(frozen=True)
class PipelineFigures:
    stages: list[StageFigures]
    currencies: list[str]
    totals: dict[str, Totals]  # all open deals, per currency
    open_deals: int
    no_amount: int
    forecast: list[ForecastRow]
    won: list[ClosedDeal]
    lost: list[ClosedDeal]
    stage_times: list[StageTime]


# Only the columns the sums need: loading 20,000 whole Deal objects (four instants each, parsed
# from text) took longer than all the rest of the report.
_MONEY_COLS = (Deal.stage_id, Deal.currency, Deal.amount, Deal.probability, Deal.fee_retainer,
               Deal.fee_success_amount, Deal.fee_success_percent)
ZERO = Decimal(0)


def _group_totals(currency: str, prob: int, sums: list[Any]) -> Totals:
    """Totals of deals sharing a probability, from their sums: weighting the sum is weighting each
    deal (Decimal products and sums of money do not round)."""
    n, amount, retainer, success = sums
    # The retainer is earned whether or not the deal closes; only the success fee is at risk.
    return Totals(currency, n, amount, amount * prob / HUNDRED, retainer + success,
                  retainer + success * prob / HUNDRED)


def _merge(into: dict[Any, Totals], key: Any, t: Totals) -> None:
    had = into.get(key)
    if had is None:
        into[key] = replace(t)
        return
    had.count += t.count
    had.total += t.total
    had.weighted += t.weighted
    had.fees += t.fees
    had.fees_expected += t.fees_expected


@dataclass(frozen=True)
class OpenPipeline:
    """The open deals alone (what the dashboard shows): no forecast, closed deals or stage times."""

    stages: list[StageFigures]
    currencies: list[str]
    totals: dict[str, Totals]  # per currency
    open_deals: int
    no_amount: int


def _stages(session: Session) -> dict[int, StageFigures]:
    return {s.id: StageFigures(s.id, s.name, s.position, s.probability, s.is_won, s.is_lost)
            for s in session.scalars(select(Stage).order_by(Stage.position, Stage.id))}


def _shown(stages: dict[int, StageFigures]) -> list[StageFigures]:
    return [s for s in stages.values() if s.count or not (s.is_won or s.is_lost)]


def _sum_open(session: Session, stages: dict[int, StageFigures],
              forecast: dict[tuple[date | None, str], Totals] | None) -> tuple[dict[str, Totals], int]:
    """Adds every open deal to its stage, its currency and (if asked) its close month. Deals that
    share a stage, currency, probability (and month) are summed first and weighted once: the
    Decimal work per deal was most of the figure at 4k open deals."""
    cols = (*_MONEY_COLS, Deal.expected_close) if forecast is not None else _MONEY_COLS
    groups: dict[tuple[int, str, int, date | None], list[Any]] = {}
    open_deals = 0
    rows = session.execute(select(*cols).where(Deal.deleted_at.is_(None), Deal.status == "open"))
    for stage_id, currency, amount, probability, retainer, fixed, percent, *close in rows:
        st = stages[stage_id]
        st.count += 1
        open_deals += 1
        if amount is None and retainer is None and fixed is None:
            st.no_amount += 1
            continue
        prob = probability if probability is not None else st.probability
        month = close[0].replace(day=1) if close and close[0] else None
        # The success fee: a fixed amount wins over a percent of the amount.
        success = fixed if fixed is not None else (
            amount * percent / HUNDRED if percent is not None and amount is not None else ZERO)
        sums = groups.get(key := (stage_id, currency or "", prob, month))
        if sums is None:
            groups[key] = [1, amount or ZERO, retainer or ZERO, success]
        else:
            sums[0] += 1
            sums[1] += amount or ZERO
            sums[2] += retainer or ZERO
            sums[3] += success
    totals: dict[str, Totals] = {}
    for (stage_id, cur, prob, month), sums in groups.items():
        t = _group_totals(cur, prob, sums)
        _merge(stages[stage_id].by_currency, cur, t)
        _merge(totals, cur, t)
        if forecast is not None:
            _merge(forecast, (month, cur), t)
    return totals, open_deals


def open_pipeline(session: Session) -> OpenPipeline:
    stages = _stages(session)
    totals, open_deals = _sum_open(session, stages, None)
    return OpenPipeline(_shown(stages), sorted(totals), totals, open_deals,
                        sum(s.no_amount for s in stages.values()))


def pipeline_figures(session: Session, *, date_from: date, date_to: date, today: date,
                     tz: tzinfo) -> PipelineFigures:
    stages = _stages(session)
    forecast: dict[tuple[date | None, str], Totals] = {}
    totals, open_deals = _sum_open(session, stages, forecast)
    forecast_rows = [ForecastRow(m, c, t.count, t.total, t.weighted) for (m, c), t in
                     sorted(forecast.items(), key=lambda kv: (kv[0][0] is None, kv[0][0] or date.min,
                                                              kv[0][1]))]
    start, end = local_midnight(date_from, tz), local_midnight(date_to + timedelta(days=1), tz)
    won, lost = _closed(session, stages, start, end)
    return PipelineFigures(
        stages=_shown(stages), currencies=sorted(totals), totals=totals, open_deals=open_deals,
        no_amount=sum(s.no_amount for s in stages.values()), forecast=forecast_rows,
        won=won, lost=lost, stage_times=_stage_times(session, stages, start, end, today, tz))


def _closed(session: Session, stages: dict[int, StageFigures], start: datetime,
            end: datetime) -> tuple[list[ClosedDeal], list[ClosedDeal]]:
    rows = session.execute(
        select(Deal, Contact.display_name).outerjoin(Contact, Contact.id == Deal.client_id)
        .where(Deal.deleted_at.is_(None), Deal.status.in_(("won", "lost")),
               Deal.closed_at >= start, Deal.closed_at < end)
        .order_by(Deal.closed_at, Deal.id))
    out: dict[str, list[ClosedDeal]] = {"won": [], "lost": []}
    for d, client in rows:
        out[d.status].append(ClosedDeal(d.id, d.name, client, d.status, stages[d.stage_id].name,
                                        d.amount, d.currency or "", d.closed_at, d.close_reason))
    return out["won"], out["lost"]


def _days(a: datetime, b: datetime) -> float:
    return (b - a).total_seconds() / 86400


def _now_on(today: date, tz: tzinfo) -> datetime:
    """Now, if `today` is today; else the end of that day (a report as of another date)."""
    day_start, day_end = local_midnight(today, tz), local_midnight(today + timedelta(days=1), tz)
    now = datetime.now(UTC)
    return now if day_start <= now < day_end else day_end


def _stage_times(session: Session, stages: dict[int, StageFigures], start: datetime, end: datetime,
                 today: date, tz: tzinfo) -> list[StageTime]:
    """Days per stay that ended in the period; and how long open deals have sat where they are."""
    ended: dict[int, list[float]] = defaultdict(list)
    for stage_id, entered, left in session.execute(
            select(DealStageEntry.stage_id, DealStageEntry.entered_at, DealStageEntry.left_at)
            .join(Deal, Deal.id == DealStageEntry.deal_id)
            .where(Deal.deleted_at.is_(None), DealStageEntry.left_at >= start,
                   DealStageEntry.left_at < end)):
        ended[stage_id].append(_days(entered, left))
    now = _now_on(today, tz)
    current: dict[int, list[float]] = defaultdict(list)
    for stage_id, entered in session.execute(
            select(DealStageEntry.stage_id, DealStageEntry.entered_at)
            .join(Deal, Deal.id == DealStageEntry.deal_id)
            .where(Deal.deleted_at.is_(None), Deal.status == "open", DealStageEntry.left_at.is_(None),
                   DealStageEntry.stage_id == Deal.stage_id)):
        current[stage_id].append(max(_days(entered, now), 0.0))
    out = []
    for s in stages.values():
        if s.is_won or s.is_lost:
            continue
        e, c = ended.get(s.stage_id, []), current.get(s.stage_id, [])
        out.append(StageTime(s.stage_id, s.name, len(e), sum(e) / len(e) if e else None,
                             median(e) if e else None, len(c), sum(c) / len(c) if c else None))
    return out
