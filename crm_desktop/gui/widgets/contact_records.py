"""Beside a contact's fields: its timeline (and logging), deals, reminders, attachments and the
audit history of the record, one tab each. Reads run on the worker through the page."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTabWidget, QVBoxLayout, QWidget

from crm_desktop.core.services import audit_log
from crm_desktop.core.services.audit_log import HistoryEntry
from crm_desktop.gui.io import Io
from crm_desktop.gui.queries.contact_records import ContactRecords, load_contact_records
from crm_desktop.gui.queries.deal_lists import LINKED_LIMIT
from crm_desktop.gui.tempfiles import PrivateTempFolder
from crm_desktop.gui.worker import DbWorker

from . import record_html
from .attachments_view import AttachmentsView
from .history_view import HistoryView
from .record_browser import RecordBrowser
from .timeline import Timeline

TIMELINE, DEALS, REMINDERS, ATTACHMENTS, HISTORY = range(5)


class ContactRecordsView(QTabWidget):
    open_record = Signal(str, int)
    add_deal_requested = Signal(int)  # contact id
    add_reminder_requested = Signal(int)  # contact id

    def __init__(self, io: Io, worker: DbWorker, temp: PrivateTempFolder,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contactRecords")
        self._io = io
        self.contact_id: int | None = None
        self.records: ContactRecords | None = None
        self._shown = LINKED_LIMIT
        self._history_for: int | None = None  # the contact whose history is shown
        self.timeline = Timeline(io, self)
        self.timeline.logged.connect(lambda _i: self.reload())
        self.timeline.more_requested.connect(self._more)
        self.deals = RecordBrowser(self)
        self.deals.setObjectName("contactDeals")
        self.new_deal = QPushButton(self)
        self.new_deal.clicked.connect(lambda: self._ask(deal=True))
        self.reminders = RecordBrowser(self)
        self.reminders.setObjectName("contactReminders")
        self.new_reminder = QPushButton(self)
        self.new_reminder.clicked.connect(lambda: self._ask(deal=False))
        self.attachments = AttachmentsView(io, worker, temp, self)
        self.attachments.changed.connect(self.reload)
        self.history = HistoryView(self)
        for browser in (self.timeline.list, self.deals, self.reminders):
            browser.open_record.connect(self.open_record)
        self.addTab(self.timeline, "")
        self.addTab(_with_button(self, self.deals, self.new_deal), "")
        self.addTab(_with_button(self, self.reminders, self.new_reminder), "")
        self.addTab(self.attachments, "")
        self.addTab(self.history, "")
        self.currentChanged.connect(lambda _i: self._load_history())
        self.retranslate()

    def retranslate(self) -> None:
        self.new_deal.setText(self.tr("New deal…"))
        self.new_reminder.setText(self.tr("New reminder…"))
        self.timeline.retranslate()
        self.attachments.retranslate()
        self._tab_texts()
        if self.records is not None:
            self._fill(self.records)
        if self.history.entries:
            self.history.show_entries(self.history.entries)

    def _tab_texts(self) -> None:
        r = self.records
        counts = (r.interactions.total, len(r.deals), sum(1 for x in r.reminders if x.status == "open"),
                  len(r.attachments)) if r else None
        names = (self.tr("Timeline"), self.tr("Deals"), self.tr("Reminders"), self.tr("Attachments"))
        for i, name in enumerate(names):
            self.setTabText(i, f"{name} ({counts[i]})" if counts else name)
        self.setTabText(HISTORY, self.tr("History"))

    # ---------------------------------------------------------------- loading
    def show_contact(self, contact_id: int) -> None:
        if contact_id != self.contact_id:
            self.clear()
            self._shown = LINKED_LIMIT
        self.contact_id = contact_id
        self.timeline.set_contact(contact_id)
        self.attachments.set_owner("contact", contact_id)
        self._history_for = None
        self._io.fetch(load_contact_records, contact_id, self._shown, on_done=self._loaded)
        self._load_history()

    def reload(self) -> None:
        if self.contact_id is not None:
            self.show_contact(self.contact_id)

    def clear(self) -> None:
        self.contact_id = None
        self.records = None
        self._history_for = None
        self.timeline.clear()
        self.deals.clear()
        self.reminders.clear()
        self.attachments.clear()
        self.history.show_entries([])
        self.history.clear()
        self._tab_texts()

    def _loaded(self, records: ContactRecords) -> None:
        if records.contact_id != self.contact_id:
            return
        self.records = records
        self._fill(records)

    def _fill(self, r: ContactRecords) -> None:
        self.timeline.show_page(r.interactions)
        self.deals.setHtml(record_html.deals(r.deals))
        self.reminders.setHtml(record_html.reminders(r.reminders, show_links=False))
        self.attachments.show_items(r.attachments)
        self._tab_texts()

    def _more(self) -> None:
        self._shown += LINKED_LIMIT
        self.reload()

    def _load_history(self) -> None:
        """Only when its tab is shown: walking the audit trail is the slowest read of the page."""
        cid = self.contact_id
        if self.currentIndex() == HISTORY and cid is not None and self._history_for != cid:
            self._history_for = cid
            self._io.fetch(audit_log.history, "contact", cid,
                           on_done=lambda entries, c=cid: self._history_loaded(c, entries))

    def _history_loaded(self, contact_id: int, entries: list[HistoryEntry]) -> None:
        if contact_id == self.contact_id:
            self.history.show_entries(entries)

    def _ask(self, *, deal: bool) -> None:
        if self.contact_id is not None:
            (self.add_deal_requested if deal else self.add_reminder_requested).emit(self.contact_id)


def _with_button(parent: QWidget, browser: RecordBrowser, button: QPushButton) -> QWidget:
    box = QWidget(parent)
    bar = QHBoxLayout()
    bar.addStretch(1)
    bar.addWidget(button)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(4, 4, 4, 4)
    layout.addLayout(bar)
    layout.addWidget(browser, 1)
    return box
