"""Contacts: the lazy list (filters above it) and the selected contact beside it."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.core.services.contact_dto import ContactOut
from crm_desktop.gui.models.contacts_model import ContactsModel
from crm_desktop.gui.queries.contact_list import tag_names
from crm_desktop.gui.tempfiles import PrivateTempFolder
from crm_desktop.gui.widgets.contact_actions import ContactActions
from crm_desktop.gui.widgets.contact_detail import ContactDetail
from crm_desktop.gui.widgets.contact_records import ContactRecordsView
from crm_desktop.gui.widgets.empty_state import EmptyState
from crm_desktop.gui.worker import DbWorker

from .base import Page
from .contact_filters import ContactFilterBar


class ContactsPage(Page):
    add_deal_requested = Signal(int)  # contact id
    add_reminder_requested = Signal(int)  # contact id
    # From the first-run panel and the no-match panel:
    add_contact_requested = Signal()
    import_requested = Signal()
    demo_requested = Signal()
    clear_search_requested = Signal()  # the window's search field should be emptied
    merge_requested = Signal(object)  # GroupRow: the contact shown and a likely duplicate
    report_requested = Signal(int)  # contact id: a PDF report on that contact

    def __init__(self, worker: DbWorker, parent: QWidget | None = None, *,
                 temp: PrivateTempFolder | None = None) -> None:
        super().__init__(worker, parent)
        self.model = ContactsModel(worker, self)
        self._select_after_load: int | None = None
        self._reselecting = False
        self._reload_detail = False
        self.filters = ContactFilterBar(self)
        self.kind_filter, self.tier_filter = self.filters.kind, self.filters.tier
        self.tag_filter, self.follow_up_filter = self.filters.tag, self.filters.follow_up
        self.count_label = self.filters.count
        self.first_run = EmptyState(self, icon="contacts")
        self.first_run.setObjectName("contactsFirstRun")
        self.first_run.action.connect(self._empty_action)
        self.no_match = EmptyState(self, icon="search")
        self.no_match.setObjectName("contactsNoMatch")
        self.no_match.action.connect(self._empty_action)
        self.table = QTableView(self)
        self.table.setObjectName("contactsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        # Fixed row heights: the view never asks every row for its size (that would fetch them all).
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((150, 150, 130, 120, 180, 40, 100)):
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        self.detail = ContactDetail(worker, self)
        self.detail.setObjectName("contactDetail")
        self.contact_actions = ContactActions(worker, self.table, self._selected)
        self.records = ContactRecordsView(self, worker, temp or PrivateTempFolder(), self)
        self.records.open_record.connect(self.open_record)
        self.records.add_deal_requested.connect(self.add_deal_requested)
        self.records.add_reminder_requested.connect(self.add_reminder_requested)
        # A logged interaction changes the list's "last interaction" column of that contact.
        self.records.timeline.logged.connect(
            lambda i: self.model.forget_rows([p.contact_id for p in i.participants]))
        self.detail.shown.connect(self._detail_shown)
        right = QSplitter(Qt.Orientation.Vertical, self)
        right.addWidget(self.detail)
        right.addWidget(self.records)
        right.setStretchFactor(0, 2)
        right.setStretchFactor(1, 3)
        self.list_stack = QStackedWidget(self)
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(self.no_match)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.filters)
        left_layout.addWidget(self.list_stack)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        # An empty vault shows the first-run panel over the whole page: filters would be noise.
        self.stack = QStackedWidget(self)
        self.stack.addWidget(splitter)
        self.stack.addWidget(self.first_run)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.retranslate()
        self.filters.changed.connect(self._filters_changed)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.ids_loaded.connect(self._ids_loaded)
        self.model.first_page_loaded.connect(self._update_count)
        self.detail.changed.connect(self._contact_changed)
        self.detail.open_requested.connect(self.show_contact)
        self.detail.merge_requested.connect(self.merge_requested)
        self.contact_actions.changed.connect(self._contact_removed)
        self.contact_actions.message.connect(self.message)
        self.contact_actions.report_requested.connect(self.report_requested)

    def retranslate(self) -> None:
        self.filters.retranslate()
        self.contact_actions.retranslate()
        keys = QKeySequence("Ctrl+N").toString(QKeySequence.SequenceFormat.NativeText)
        self.first_run.set_text(
            self.tr("Your vault is ready"),
            self.tr("Add the people and organizations you work with, bring in the list you keep in "
                    "Excel, or look around a vault filled with sample data first."))
        add = self.tr("Add your first contact ({keys})").format(keys=keys)
        self.first_run.set_buttons([("addContact", add), ("import", self.tr("Import your Excel list…")),
                                    ("demo", self.tr("Try the demo vault"))], default="addContact")
        self.model.retranslate()
        self._update_count(self.model.rowCount())
        self._show_empty()
        self.detail.retranslate()
        self.records.retranslate()

    # ---------------------------------------------------------------- data
    def activate(self) -> None:
        super().activate()
        if self._stale and self.isVisibleTo(self.window()):
            # An unlock, the window about to show this page: ask now, ahead of what the window
            # asks next (the reminders' check took 50-130 ms at 100k before the first screenful).
            self._stale = False
            self.load()

    def load(self) -> None:
        """Query again and reload the contact shown (after an undo, a redo, an unlock)."""
        self._reload_detail = True
        self.model.refresh()
        self.fetch(tag_names, on_done=self._tags_loaded)

    def clear_page(self) -> None:
        self.model.clear()
        self.detail.clear()
        self.count_label.clear()
        self._tags_loaded([])
        self._show_empty()

    def _tags_loaded(self, names: list[str]) -> None:
        if self.filters.set_tags(names):
            self._filters_changed()  # the tag filtered on is gone (renamed, merged, last use deleted)

    def clear(self) -> None:
        self.clear_page()

    def is_settled(self) -> bool:
        return super().is_settled() and self.model.is_settled()

    def set_search(self, text: str) -> None:
        if text != self.model.filter.text:
            self.model.set_filter(text=text)

    def select_contact(self, contact_id: int) -> None:
        """Select this contact once the list shows it (after the next query)."""
        self._select_after_load = contact_id
        self.model.refresh()

    def show_contact(self, contact_id: int) -> None:
        """Show this contact whatever the list was filtered by (a link from another page)."""
        self.filters.reset()
        self._select_after_load = contact_id
        self.model.set_filter(text="", kind=None, tier=None, tag=None, follow_up=False)

    def clear_filters(self) -> None:
        """"Clear the search" on the no-match panel: every filter off, the whole list back."""
        self.filters.reset()
        self.model.set_filter(text="", kind=None, tier=None, tag=None, follow_up=False)
        self.clear_search_requested.emit()


    def current_contact_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.contact_id(index.row()) if index.isValid() else None

    def _filters_changed(self) -> None:
        self.model.set_filter(**self.filters.values())

    def _ids_loaded(self, count: int) -> None:
        self._update_count(count)
        self._show_empty()
        shown = self.detail.contact.id if self.detail.contact else None
        wanted = self._select_after_load or shown
        self._select_after_load = None
        row = self.model.row_of(wanted) if wanted is not None else None
        if row is None:
            self.detail.clear()
            return
        self._reselecting = True
        self.table.selectRow(row)
        self._reselecting = False
        self.table.scrollTo(self.model.index(row, 0))
        if wanted != shown or self._reload_detail:
            self.detail.show_contact(wanted)
        self._reload_detail = False

    def _update_count(self, count: int) -> None:
        if self.model.more:
            self.count_label.setText(self.tr("The best %n matches; type more to narrow", "", count))
        else:
            self.count_label.setText(self.tr("%Ln contact(s)", "", count))  # %Ln: "1,234"

    # ---------------------------------------------------------------- empty states
    def _show_empty(self) -> None:
        """No contact at all: the first-run panel. Nothing matching a search or filter: say so,
        with a way back (never the first-run panel: the vault is not empty)."""
        f = self.model.filter
        empty = self.active and self.model.is_settled() and self.model.rowCount() == 0
        first_run = empty and not f.narrows()
        self.stack.setCurrentWidget(self.first_run if first_run else self.stack.widget(0))
        self.list_stack.setCurrentWidget(self.no_match if empty and not first_run else self.table)
        if not empty or first_run:
            return
        text = f.text.strip()
        if text:
            self.no_match.set_text(self.tr("No contacts match '{text}'").format(text=text),
                                   self.tr("Check the spelling, or search by phone, e-mail or pinyin."))
            self.no_match.set_buttons([("clearSearch", self.tr("Clear the search"))], default="clearSearch")
        else:
            self.no_match.set_text(self.tr("No contacts match these filters"))
            self.no_match.set_buttons([("clearSearch", self.tr("Clear the filters"))], default="clearSearch")

    def _empty_action(self, key: str) -> None:
        signals = {"addContact": self.add_contact_requested, "import": self.import_requested,
                   "demo": self.demo_requested}
        if key in signals:
            signals[key].emit()
        elif key == "clearSearch":
            self.clear_filters()

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        if self._reselecting:
            return
        rows = {i.row() for i in selected.indexes()}
        contact_id = self.model.contact_id(min(rows)) if rows else None
        if contact_id is not None and (self.detail.contact is None or self.detail.contact.id != contact_id):
            self.detail.show_contact(contact_id)

    def _detail_shown(self, contact: ContactOut | None) -> None:
        if contact is None:
            self.records.clear()
        else:
            self.records.show_contact(contact.id)

    def _selected(self) -> tuple[int, str] | None:
        shown = self.detail.contact
        return (shown.id, shown.display_name) if shown and shown.id == self.current_contact_id() else None

    def _contact_removed(self) -> None:
        self.detail.clear()
        self.model.refresh()
        self.changed.emit()

    def _contact_changed(self, contact_id: int) -> None:
        self.model.refresh()  # a name or tier change may move it or drop it from the filter
        self.changed.emit()
