"""Contacts: the lazy list (filters above it) and the selected contact beside it."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.core.services.contact_dto import ContactOut
from crm_desktop.gui.models.contacts_model import ContactsModel
from crm_desktop.gui.tempfiles import PrivateTempFolder
from crm_desktop.gui.widgets.contact_detail import ContactDetail
from crm_desktop.gui.widgets.contact_records import ContactRecordsView
from crm_desktop.gui.worker import DbWorker

from .base import Page


class ContactsPage(Page):
    add_deal_requested = Signal(int)  # contact id
    add_reminder_requested = Signal(int)  # contact id

    def __init__(self, worker: DbWorker, parent: QWidget | None = None, *,
                 temp: PrivateTempFolder | None = None) -> None:
        super().__init__(worker, parent)
        self.model = ContactsModel(worker, self)
        self._select_after_load: int | None = None
        self._reselecting = False
        self._reload_detail = False
        self.kind_filter = QComboBox(self)
        self.kind_filter.setObjectName("kindFilter")
        self.tier_filter = QComboBox(self)
        self.tier_filter.setObjectName("tierFilter")
        self.count_label = QLabel(self)
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
        bar = QHBoxLayout()
        bar.addWidget(self.kind_filter)
        bar.addWidget(self.tier_filter)
        bar.addStretch(1)
        bar.addWidget(self.count_label)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(bar)
        left_layout.addWidget(self.table)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.retranslate()
        self.kind_filter.currentIndexChanged.connect(self._filters_changed)
        self.tier_filter.currentIndexChanged.connect(self._filters_changed)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.ids_loaded.connect(self._ids_loaded)
        self.detail.changed.connect(self._contact_changed)

    def retranslate(self) -> None:
        for combo, items in ((self.kind_filter, [(self.tr("All kinds"), ""), (self.tr("People"), "person"),
                                                 (self.tr("Organizations"), "organization")]),
                             (self.tier_filter, [(self.tr("All tiers"), ""), (self.tr("Tier A"), "A"),
                                                 (self.tr("Tier B"), "B"), (self.tr("Tier C"), "C")])):
            current = combo.currentIndex()
            combo.blockSignals(True)
            combo.clear()
            for text, data in items:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(current, 0))
            combo.blockSignals(False)
        self.model.retranslate()
        self._update_count(self.model.rowCount())
        self.detail.retranslate()
        self.records.retranslate()

    # ---------------------------------------------------------------- data
    def load(self) -> None:
        """Query again and reload the contact shown (after an undo, a redo, an unlock)."""
        self._reload_detail = True
        self.model.refresh()

    def clear_page(self) -> None:
        self.model.clear()
        self.detail.clear()
        self.count_label.clear()

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
        for combo in (self.kind_filter, self.tier_filter):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self._select_after_load = contact_id
        self.model.set_filter(text="", kind=None, tier=None)

    def current_contact_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.contact_id(index.row()) if index.isValid() else None

    def _filters_changed(self) -> None:
        self.model.set_filter(kind=self.kind_filter.currentData() or None,
                              tier=self.tier_filter.currentData() or None)

    def _ids_loaded(self, count: int) -> None:
        self._update_count(count)
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
            self.count_label.setText(self.tr("%n contact(s)", "", count))

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

    def _contact_changed(self, contact_id: int) -> None:
        self.model.refresh()  # a name or tier change may move it or drop it from the filter
        self.changed.emit()
