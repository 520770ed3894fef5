"""Reminders: Today / Overdue / Upcoming / Done; mark done (a recurring one gets its next
occurrence), snooze (1 hour, tomorrow, next week, a date), add. "Now" comes from `clock`, which
tests replace."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QMenu,
    QPushButton,
    QTabBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.core.services import reminders
from crm_desktop.core.services.reminder_dto import ReminderOut
from crm_desktop.gui import formatting as fmt
from crm_desktop.gui.dialogs.snooze_dialog import SnoozeDialog
from crm_desktop.gui.models.reminder_model import ReminderModel
from crm_desktop.gui.queries.reminder_views import TABS, ReminderTab, load_tab
from crm_desktop.gui.widgets.empty_state import EmptyState
from crm_desktop.gui.worker import DbWorker

from .base import Page

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


class RemindersPage(Page):
    add_requested = Signal()
    counts_changed = Signal(dict)

    def __init__(self, worker: DbWorker, parent: QWidget | None = None, *, clock: Clock = utc_now) -> None:
        super().__init__(worker, parent)
        self.clock = clock
        self.counts: dict[str, int] = {}
        self._select_after: int | None = None
        self._first_load = True  # since the vault was opened: open on a tab that has something
        self.tabs = QTabBar(self)
        self.tabs.setObjectName("reminderTabs")
        for _ in TABS:
            self.tabs.addTab("")
        self.tabs.currentChanged.connect(lambda _i: self.load())
        self.model = ReminderModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("remindersTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((190, 420, 260)):
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        self.table.activated.connect(self._open_about)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.done_button = QPushButton(self)
        self.done_button.setObjectName("doneButton")
        self.done_button.clicked.connect(self.mark_done)
        self.snooze_button = QPushButton(self)
        self.snooze_button.setObjectName("snoozeButton")
        self.snooze_menu = QMenu(self)
        self.snooze_button.setMenu(self.snooze_menu)
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("newReminderButton")
        self.new_button.clicked.connect(self.add_requested)
        self.empty = EmptyState(self, icon="reminders")
        self.empty.setObjectName("remindersEmpty")
        self.empty.action.connect(lambda _key: self.add_requested.emit())
        done_key = QShortcut(QKeySequence("Ctrl+Return"), self.table)
        done_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        done_key.activated.connect(self.mark_done)
        bar = QHBoxLayout()
        bar.addWidget(self.tabs)
        bar.addStretch(1)
        bar.addWidget(self.done_button)
        bar.addWidget(self.snooze_button)
        bar.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        self.retranslate()
        self._enable()

    def retranslate(self) -> None:
        self._set_tab_texts()
        self.done_button.setText(self.tr("Done"))
        self.done_button.setToolTip(self.tr("Mark the selected reminders done (Ctrl+Return)"))
        self.snooze_button.setText(self.tr("Snooze"))
        self.new_button.setText(self.tr("New reminder…"))
        self.new_button.setToolTip(self.tr("Add a reminder (Ctrl+Shift+R)"))
        self.snooze_menu.clear()
        for text, until in ((self.tr("For an hour"), "1h"), (self.tr("Until tomorrow"), "tomorrow"),
                            (self.tr("Until next week"), "next_week")):
            self.snooze_menu.addAction(text, lambda u=until: self.snooze(u))
        self.snooze_menu.addAction(self.tr("Until a date…"), self._snooze_to_a_date)
        self.model.retranslate(done=self.view() == "done")
        self._show_empty()

    def _set_tab_texts(self) -> None:
        names = {"today": self.tr("Today"), "overdue": self.tr("Overdue"), "upcoming": self.tr("Upcoming"),
                 "done": self.tr("Done")}
        for i, view in enumerate(TABS):
            n = self.counts.get(view)
            self.tabs.setTabText(i, names[view] if n is None else f"{names[view]} ({n})")

    # ---------------------------------------------------------------- loading
    def view(self) -> str:
        return TABS[max(self.tabs.currentIndex(), 0)]

    def show_view(self, view: str, *, select: int | None = None) -> None:
        self._select_after = select
        if self.tabs.currentIndex() != TABS.index(view):
            self.tabs.setCurrentIndex(TABS.index(view))  # loads
        elif self.active:
            self.load()

    def show_reminder(self, reminder_id: int) -> None:
        """Open the tab that lists this reminder, and select it there."""
        self.fetch(reminders.get, reminder_id, now=self.clock(), on_done=self._found)

    def _found(self, r: ReminderOut) -> None:
        today = self.clock().astimezone(r.due_local.tzinfo).date()
        view = ("done" if r.status == "done" else "overdue" if r.overdue
                else "today" if r.due_local.date() == today else "upcoming")
        self.show_view(view, select=r.id)

    def load(self) -> None:
        if self.active:
            self.fetch(load_tab, self.view(), self.clock(), on_done=self._loaded)

    def clear_page(self) -> None:
        self._first_load = True
        self.counts = {}
        self.model.set_rows([])
        self._set_tab_texts()
        self._show_empty()

    def _loaded(self, tab: ReminderTab) -> None:
        if tab.view != self.view():
            return
        first, self._first_load = self._first_load, False
        if first and not tab.rows and self._select_after is None:
            busy = next((v for v in TABS[:3] if tab.counts.get(v)), None)
            if busy is not None and busy != tab.view:
                self.tabs.setCurrentIndex(TABS.index(busy))  # loads that tab
                return
        selected = self.selected_ids()
        self.model.set_rows(tab.rows)
        self.model.retranslate(done=tab.view == "done")
        self.counts = tab.counts
        self._set_tab_texts()
        self.counts_changed.emit(dict(tab.counts))
        wanted = [self._select_after] if self._select_after is not None else selected
        self._select_after = None
        for rid in wanted:
            row = self.model.row_of(rid)
            if row is not None:
                self.table.selectRow(row)
                self.table.scrollTo(self.model.index(row, 0))
        self._show_empty()
        self._enable()

    def _show_empty(self) -> None:
        """No reminder at all: what reminders are for, and a button to add one. An empty tab: says
        so (with the button where adding makes sense)."""
        texts = {"today": self.tr("Nothing due today."), "overdue": self.tr("Nothing overdue. Well done."),
                 "upcoming": self.tr("No reminders ahead. Ctrl+Shift+R adds one."),
                 "done": self.tr("No reminders done yet.")}
        empty = self.model.rowCount() == 0 and self.active
        none_at_all = bool(self.counts) and not any(self.counts.values())
        keys = QKeySequence("Ctrl+Shift+R").toString(QKeySequence.SequenceFormat.NativeText)
        add = [("addReminder", self.tr("Add a reminder ({keys})").format(keys=keys))]
        if none_at_all:
            self.empty.set_text(self.tr("Nothing due — add a reminder"), self.tr(
                "A reminder brings a follow-up back on its day: a call to return, a document to chase. "
                "It can repeat, and it can be about a contact or a deal."))
            self.empty.set_buttons(add, default="addReminder")
        else:
            self.empty.set_text(texts[self.view()])
            self.empty.set_buttons(add if self.view() in ("today", "upcoming") else [])
        self.empty.setVisible(empty)
        self.table.setVisible(not empty)

    # ---------------------------------------------------------------- actions
    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [r.id for r in (self.model.reminder(row) for row in rows) if r is not None]

    def _enable(self) -> None:
        some = bool(self.selected_ids()) and self.view() != "done"
        self.done_button.setEnabled(some)
        self.snooze_button.setEnabled(some)

    def mark_done(self) -> None:
        for rid in self.selected_ids():
            self.write(reminders.done, rid, now=self.clock(), on_done=self._done)

    def _done(self, following: ReminderOut | None) -> None:
        if following is not None:
            self.message.emit(self.tr("Done. Next time: {when}").format(when=fmt.moment(following.due_local)))
        else:
            self.message.emit(self.tr("Done."))
        self.load()

    def snooze(self, until: datetime | str) -> None:
        for rid in self.selected_ids():
            self.write(reminders.snooze, rid, until, now=self.clock(), on_done=self._snoozed)

    def _snooze_to_a_date(self) -> None:
        dialog = SnoozeDialog(self)
        if dialog.exec() == SnoozeDialog.DialogCode.Accepted:
            self.snooze(dialog.value())

    def _snoozed(self, reminder: ReminderOut) -> None:
        self.message.emit(self.tr("Snoozed until {when}").format(when=fmt.moment(reminder.due_local)))
        self.load()

    def _open_about(self, index: QModelIndex) -> None:
        r = self.model.reminder(index.row())
        if r is not None and r.contact_id is not None:
            self.open_record.emit("contact", r.contact_id)
        elif r is not None and r.deal_id is not None:
            self.open_record.emit("deal", r.deal_id)
