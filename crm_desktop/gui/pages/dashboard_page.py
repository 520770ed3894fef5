"""Dashboard: the open pipeline by stage (per currency), follow-ups overdue and due today,
clients going cold, this week's activity. Each figure opens the records behind it."""

from __future__ import annotations

from datetime import datetime
from functools import partial
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QScrollArea, QStackedWidget, QVBoxLayout, QWidget

from crm_desktop.core.reports.figures import ReminderRow
from crm_desktop.gui import formatting as fmt
from crm_desktop.gui.queries.dashboard import PARTS, Dashboard
from crm_desktop.gui.widgets import labels
from crm_desktop.gui.widgets.empty_state import EmptyState
from crm_desktop.gui.widgets.figure_panel import FigurePanel
from crm_desktop.gui.widgets.pipeline_chart import PipelineChart, StageBar
from crm_desktop.gui.widgets.week_bars import WeekBars
from crm_desktop.gui.worker import DbWorker

from .base import Page
from .reminders_page import Clock, utc_now

OVERDUE = "#b00020"


class DashboardPage(Page):
    stage_requested = Signal(int)  # show the open deals of this stage
    demo_requested = Signal()  # from the panel shown while there is nothing to count

    def __init__(self, worker: DbWorker, parent: QWidget | None = None, *, clock: Clock = utc_now) -> None:
        super().__init__(worker, parent)
        self.clock = clock
        self.data: Dashboard | None = None
        self._refresh = 0  # bumped by each load: parts of an older refresh are dropped
        self.pipeline_title = QLabel(self)
        self.pipeline_title.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.totals = QLabel(self)
        self.totals.setObjectName("pipelineTotals")
        self.totals.setWordWrap(True)
        self.chart = PipelineChart(self)
        self.chart.stage_clicked.connect(self.stage_requested)
        self.followups = FigurePanel("followups", self)
        self.cold = FigurePanel("cold", self)
        self.activity = FigurePanel("activity", self)
        self.weeks = WeekBars(self.activity)
        self.activity.layout().insertWidget(1, self.weeks)
        for panel in (self.followups, self.cold, self.activity):
            panel.open_record.connect(self.open_record)
        inner = QWidget(self)
        grid = QGridLayout(inner)
        grid.addWidget(self.pipeline_title, 0, 0, 1, 3)
        grid.addWidget(self.totals, 1, 0, 1, 3)
        grid.addWidget(self.chart, 2, 0, 1, 3)
        grid.addWidget(self.followups, 3, 0)
        grid.addWidget(self.cold, 3, 1)
        grid.addWidget(self.activity, 3, 2)
        grid.setRowStretch(3, 1)
        for column in range(3):
            grid.setColumnStretch(column, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(inner)
        self.first_run = EmptyState(self, icon="dashboard")
        self.first_run.setObjectName("dashboardFirstRun")
        self.first_run.action.connect(lambda _key: self.demo_requested.emit())
        self.stack = QStackedWidget(self)
        self.stack.addWidget(scroll)
        self.stack.addWidget(self.first_run)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.retranslate()

    def retranslate(self) -> None:
        self.pipeline_title.setText(self.tr("Open pipeline by stage"))
        self.followups.setTitle(self.tr("Follow-ups"))
        self.cold.setTitle(self.tr("Going cold"))
        self.activity.setTitle(self.tr("This week"))
        self.chart.setToolTip(self.tr("Click a stage to list its deals"))
        self.first_run.set_text(self.tr("Figures appear here as you work"), self.tr(
            "Once you have contacts and deals, the dashboard shows the open pipeline by stage, the "
            "follow-ups overdue and due today, the clients going cold and this week's activity."))
        self.first_run.set_buttons([("demo", self.tr("See it with the demo vault"))])
        if self.data is not None:
            self._fill(self.data)

    # ---------------------------------------------------------------- loading
    def load(self) -> None:
        self._refresh += 1
        self._ask(self._refresh, self.clock(), 0, {})

    def _ask(self, refresh: int, now: datetime, index: int, got: dict[str, Any]) -> None:
        # One part per worker job, the next asked once this one is answered: a search typed
        # meanwhile is queued between two parts, not behind the whole refresh.
        self.fetch(PARTS[index], now, on_done=partial(self._part, refresh, now, index, got))

    def _part(self, refresh: int, now: datetime, index: int, got: dict[str, Any],
              part: dict[str, Any]) -> None:
        if refresh != self._refresh:
            return  # a newer refresh is under way
        got = {**got, **part}
        if index + 1 < len(PARTS):
            self._ask(refresh, now, index + 1, got)
        else:
            self._loaded(Dashboard(**got))

    def clear_page(self) -> None:
        self.data = None
        self.stack.setCurrentIndex(0)
        self.totals.clear()
        self.chart.set_bars([], [])
        self.weeks.set_totals([])
        for panel in (self.followups, self.cold, self.activity):
            panel.clear()

    def _loaded(self, data: Dashboard) -> None:
        self.data = data
        self._fill(data)
        self.stack.setCurrentWidget(self.first_run if is_blank(data) else self.stack.widget(0))

    def _fill(self, d: Dashboard) -> None:
        p = d.pipeline
        bars = [StageBar(s.stage_id, s.name, s.count, {c: t.total for c, t in s.by_currency.items()})
                for s in p.stages if not (s.is_won or s.is_lost)]
        self.chart.set_bars(bars, list(p.currencies))
        totals = [self.tr("{total} (weighted {weighted})").format(
            total=fmt.money(t.total, c or None, whole=True),
            weighted=fmt.money(t.weighted, c or None, whole=True)) for c, t in p.totals.items()]
        head = self.tr("%n open deal(s)", "", p.open_deals)
        self.totals.setText(" · ".join([head, *totals]))
        self._fill_followups(d)
        self._fill_cold(d)
        self._fill_activity(d)

    def _fill_followups(self, d: Dashboard) -> None:
        f = d.followups
        figures = self.tr("{overdue} overdue · {today} due today · {week} later this week")
        self.followups.figures.setText(figures.format(overdue=f.overdue_count, today=f.due_today_count,
                                                      week=f.this_week_count))
        # The longest overdue first, as the Reminders page lists them (the figures count them all).
        rows = [(self._reminder_text(r, late=True), "reminder", r.reminder_id, OVERDUE) for r in f.overdue]
        rows += [(self._reminder_text(r), "reminder", r.reminder_id, None) for r in f.due_today]
        self.followups.set_rows(rows, self.tr("Nothing overdue, nothing due today."))

    def _reminder_text(self, r: ReminderRow, *, late: bool = False) -> str:
        about = " · ".join(x for x in (r.contact, r.deal) if x)
        when = (self.tr("%n day(s) late", "", r.days_overdue) if late and r.days_overdue
                else fmt.moment(fmt.local(r.due_at)))
        again = " ↻" if r.recurring else ""
        return f"{when}{again} — {r.text}" + (f"\n{about}" if about else "")

    def _fill_cold(self, d: Dashboard) -> None:
        c = d.cold
        line = self.tr("Tier {tier}: {n} (over {days} days)")
        parts = [line.format(tier=t, n=c.totals.get(t, 0), days=days) for t, days in c.thresholds.items()]
        self.cold.figures.setText("\n".join(parts))
        rows = [(self.tr("{name} — tier {tier}, silent {days} days").format(
            name=x.name, tier=x.tier, days=x.days_silent), "contact", x.contact_id, None)
            for tier in c.by_tier.values() for x in tier]
        self.cold.set_rows(rows, self.tr("No client has gone cold."))

    def _fill_activity(self, d: Dashboard) -> None:
        week = d.activity.last_week
        counts = [f"{labels.kind(k)}: {n}" for k, n in week.counts.items() if n]
        self.activity.figures.setText(self.tr("%n interaction(s) since Monday", "", week.total)
                                      + (("\n" + " · ".join(counts)) if counts else ""))
        self.weeks.set_totals(d.activity.totals)
        rows = []
        for i in d.this_week:
            who = ", ".join(p.name for p in i.participants) or (i.deal or "")
            text = f"{labels.kind(i.kind)} · {fmt.moment(fmt.local(i.occurred_at))}\n{i.subject or who}"
            if i.participants:
                rows.append((text, "contact", i.participants[0].contact_id, None))
            elif i.deal_id is not None:
                rows.append((text, "deal", i.deal_id, None))
        self.activity.set_rows(rows, self.tr("No interactions logged this week."))


def is_blank(d: Dashboard) -> bool:
    """Nothing to count yet (a new vault): every figure would be a zero."""
    f = d.followups
    return (d.pipeline.open_deals == 0 and not (f.overdue_count or f.due_today_count or f.this_week_count)
            and not any(d.cold.totals.values()) and not any(d.activity.totals)
            and not d.this_week)
