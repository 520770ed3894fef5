"""The dashboard's figure queries at scale, each timed, beside a raw SQL baseline in the same process.

    .venv/bin/python -m bench.dashboard [--contacts 100000] [--interactions-per-contact 10] [--repeat 5]

Opens the cached demo vault (bench/common.py) read-only and times every read the dashboard page
makes (gui/queries/dashboard.load_dashboard: the open pipeline, follow-ups counted with the first
few listed, going cold, interactions per week, this week's interactions), then the whole load,
then the report figures the page does not read (the whole pipeline, follow-ups and weekly activity
by kind, data health, the full going-cold list). The baseline is the least SQL that reads the same
rows (sqlite3 cursor, no ORM, no Python work): the ratio shows what the figure adds over reading
its rows. Goals: each figure under 200 ms, the whole dashboard under 300 ms.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import Any

from crm_desktop.core.reports import figures
from crm_desktop.core.reports.activity_figures import week_totals
from crm_desktop.core.reports.cold_figures import thresholds
from crm_desktop.core.reports.figures import report_tz
from crm_desktop.core.reports.fmt import local_midnight
from crm_desktop.core.reports.followup_figures import followup_head
from crm_desktop.core.reports.pipeline_figures import open_pipeline
from crm_desktop.core.services import interactions
from crm_desktop.core.services.uow import ReadSession
from crm_desktop.core.vault import Vault

from .common import PASSPHRASE, demo_vault, median_ms, options, times

GOAL_MS = 200.0
PAGE_GOAL_MS = 300.0
WEEKS = 8  # as the dashboard shows
COLD_PER_TIER = 8
FOLLOWUPS_LISTED = 25


def _iso(at: datetime) -> str:
    """Instants are stored as UTC ISO text (UTCDateTime): compare in the same form."""
    return at.astimezone(UTC).isoformat()


def baselines(today: date, tz: Any, cutoffs: dict[str, datetime]) -> dict[str, tuple[str, tuple[Any, ...]]]:
    """figure -> (SQL reading the same rows, parameters)."""
    monday = today - timedelta(days=today.weekday())
    week_start = local_midnight(monday - timedelta(weeks=WEEKS - 1), tz)
    after_week = local_midnight(monday + timedelta(days=7), tz)
    cold_sql = " UNION ALL ".join(
        "SELECT count(*) FROM contact WHERE deleted_at IS NULL AND tier = ? AND (last_interaction_at < ? "
        "OR (last_interaction_at IS NULL AND created_at < ?))" for _ in cutoffs)
    cold_args = tuple(x for tier, cut in cutoffs.items() for x in (tier, _iso(cut), _iso(cut)))
    live_reminders = ("FROM reminder r LEFT JOIN deal ON deal.id = r.deal_id AND deal.deleted_at IS NULL "
                      "LEFT JOIN contact ON contact.id = r.contact_id AND contact.deleted_at IS NULL "
                      "WHERE r.deleted_at IS NULL AND r.status = 'open' AND (r.contact_id IS NULL "
                      "OR contact.id IS NOT NULL) AND (r.deal_id IS NULL OR deal.id IS NOT NULL) "
                      "AND r.due_at < ?")
    open_deals = ("SELECT stage_id, currency, amount, probability, fee_retainer, fee_success_amount, "
                  "fee_success_percent FROM deal WHERE deleted_at IS NULL AND status = 'open'", ())
    whole_pipeline = ("SELECT stage_id, currency, amount, probability, expected_close, fee_retainer, "
                      "fee_success_amount, fee_success_percent FROM deal "
                      "WHERE deleted_at IS NULL AND status = 'open'", ())
    since_monday = _iso(local_midnight(monday, tz))
    return {
        "open pipeline": open_deals,
        "follow-ups (counts, 25 each)": (
            f"SELECT count(*) {live_reminders} UNION ALL SELECT * FROM (SELECT r.id {live_reminders} "
            f"ORDER BY r.due_at LIMIT {2 * FOLLOWUPS_LISTED})", (_iso(after_week), _iso(after_week))),
        "going cold (8 per tier)": (cold_sql, cold_args),
        "activity (8 weeks)": ("SELECT count(*) FROM interaction WHERE deleted_at IS NULL "
                               "AND occurred_at >= ?", (_iso(week_start),)),
        "activity by kind, 8 weeks": ("SELECT occurred_at, kind FROM interaction WHERE deleted_at IS NULL "
                                      "AND occurred_at >= ?", (_iso(week_start),)),
        "this week's interactions": ("SELECT id FROM interaction WHERE deleted_at IS NULL "
                                     "AND occurred_at >= ? ORDER BY occurred_at DESC, id DESC LIMIT 40",
                                     (since_monday,)),
        "pipeline, whole report": whole_pipeline,
        "follow-ups, whole list": ("SELECT id, due_at FROM reminder WHERE deleted_at IS NULL "
                                   "AND status = 'open' AND due_at < ?", (_iso(after_week),)),
        "data health": ("SELECT count(*) FROM contact WHERE deleted_at IS NULL", ()),
        "going cold, whole list": (cold_sql, cold_args),
    }


def figure_calls(vault: Vault, today: date, tz: Any) -> dict[str, Callable[[], object]]:
    monday = today - timedelta(days=today.weekday())

    def read(fn: Callable[..., object], *args: Any, **kw: Any) -> Callable[[], object]:
        def run() -> object:
            with ReadSession(vault) as s:
                return fn(s, *args, **kw)
        return run

    return {  # what load_dashboard reads, then report figures it does not
        "open pipeline": read(open_pipeline),
        "follow-ups (counts, 25 each)": read(followup_head, today=today, tz=tz, limit=FOLLOWUPS_LISTED),
        "going cold (8 per tier)": read(figures.cold_figures, today=today, tz=tz, limit=COLD_PER_TIER),
        "activity (8 weeks)": read(week_totals, date_from=monday - timedelta(weeks=WEEKS - 1),
                                   date_to=today, tz=tz),
        "this week's interactions": read(interactions.list_since, local_midnight(monday, tz), limit=40),
        "pipeline, whole report": read(figures.pipeline_figures, date_from=today - timedelta(days=89),
                                       date_to=today, today=today, tz=tz),
        "follow-ups, whole list": read(figures.followup_figures, today=today, tz=tz),
        "activity by kind, 8 weeks": read(figures.activity_figures, date_to=today, tz=tz,
                                          date_from=monday - timedelta(weeks=WEEKS - 1)),
        "data health": read(figures.health_figures, today=today, tz=tz),
        "going cold, whole list": read(figures.cold_figures, today=today, tz=tz),
    }


def main() -> None:
    parser = options(__doc__ or "")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--plans", action="store_true", help="print each baseline's query plan")
    args = parser.parse_args()
    path, meta = demo_vault(args.contacts, args.interactions_per_contact, args.fresh)
    print(f"vault: {path.name}  {meta.get('file_mb')} MB  (cached: {meta.get('cached')})")
    t = time.perf_counter()
    vault = Vault.open(path, PASSPHRASE, read_only=True)
    print(f"open: {(time.perf_counter() - t) * 1000:.0f} ms")
    try:
        with ReadSession(vault) as s:
            tz = report_tz(s)
            limits = thresholds(s)
            today = datetime.now(UTC).astimezone(tz).date()
            cutoffs = {tier: local_midnight(today - timedelta(days=days), tz)
                       for tier, days in limits.items()}
        calls = figure_calls(vault, today, tz)
        base = baselines(today, tz, cutoffs)
        print(f"today {today} ({tz}), repeat {args.repeat}, goal < {GOAL_MS:.0f} ms per figure\n")
        print(f"{'figure':28} {'median':>9} {'first':>9}   {'raw SQL':>9} {'ratio':>6}")
        with vault.engine.connect() as conn:
            raw = conn.connection.driver_connection
            for name, call in calls.items():
                first = times(call, 1)[0] * 1000  # cold page cache for what this figure reads
                ms = median_ms(times(call, args.repeat))
                sql, params = base[name]
                raw_ms = median_ms(times(lambda s=sql, p=params: raw.execute(s, p).fetchall(), args.repeat,
                                         warmup=1))
                flag = "  SLOW" if ms > GOAL_MS else ""
                ratio = ms / max(raw_ms, 0.01)
                print(f"{name:28} {ms:7.1f} ms {first:7.1f} ms   {raw_ms:7.1f} ms {ratio:5.1f}x{flag}",
                      flush=True)
                if args.plans:
                    for row in raw.execute("EXPLAIN QUERY PLAN " + sql, params):
                        print(f"{'':30}{row[-1]}")
        from crm_desktop.gui.queries.dashboard import PARTS, load_dashboard

        now = datetime.now(UTC)
        whole = times(lambda: load_dashboard(vault, now), args.repeat, warmup=1)
        ms = median_ms(whole)
        flag = "  SLOW" if ms > PAGE_GOAL_MS else ""
        print(f"\n{'load_dashboard (whole page)':28} {ms:7.1f} ms   goal < {PAGE_GOAL_MS:.0f} ms{flag}")
        # The page asks for these one worker job at a time: the longest is what a search typed
        # during a refresh can wait.
        for part in PARTS:
            part_ms = median_ms(times(lambda p=part: p(vault, now), args.repeat))
            print(f"{'  worker job ' + part.__name__:28} {part_ms:7.1f} ms")
    finally:
        vault.close()


if __name__ == "__main__":
    main()
