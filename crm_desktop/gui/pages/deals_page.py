"""Deals: the pipeline board (cards dragged between stages), the list with filters, and a
deal's own page. Every read and write runs on the worker."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.core.services import deals
from crm_desktop.core.services.deal_dto import DealDetail
from crm_desktop.gui.dialogs.party_dialog import PartyDialog
from crm_desktop.gui.models.deal_list_model import DealFilter, DealListModel
from crm_desktop.gui.queries.board import Board, load_board
from crm_desktop.gui.queries.deal_lists import FilterChoices, filter_choices
from crm_desktop.gui.widgets.deal_view import DealView
from crm_desktop.gui.widgets.empty_state import EmptyState
from crm_desktop.gui.widgets.pipeline_board import PipelineBoard
from crm_desktop.gui.worker import DbWorker

from .base import Page

BOARD, LIST, DEAL = range(3)
USER = Qt.ItemDataRole.UserRole


class DealsPage(Page):
    add_deal_requested = Signal(object)  # the stage id to add in, or None
    add_reminder_requested = Signal(int)  # deal id

    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(worker, parent)
        self._back_to = BOARD
        self.board_button = QPushButton(self)
        self.list_button = QPushButton(self)
        self.views = QButtonGroup(self)
        for i, button in enumerate((self.board_button, self.list_button)):
            button.setCheckable(True)
            self.views.addButton(button, i)
        self.board_button.setChecked(True)
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("newDealButton")
        self.new_button.clicked.connect(lambda: self.add_deal_requested.emit(None))
        self.summary = QLabel(self)
        self.board = PipelineBoard(self)
        self.board.move_requested.connect(self.move)
        self.board.open_requested.connect(self.show_deal)
        self.board.more_requested.connect(lambda stage: self.show_list(stage=stage))
        self.model = DealListModel(worker, self)
        self.model.loaded.connect(self._list_loaded)
        self.table = QTableView(self)
        self.table.setObjectName("dealsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((280, 160, 120, 170, 80, 110, 100)):
            self.table.horizontalHeader().resizeSection(column, width)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.activated.connect(lambda index: self.show_deal(self.model.data(index, USER)))
        self.stage_filter = QComboBox(self)
        self.stage_filter.setObjectName("stageFilter")
        self.status_filter = QComboBox(self)
        self.status_filter.setObjectName("statusFilter")
        self.owner_filter = QComboBox(self)
        self.owner_filter.setObjectName("ownerFilter")
        self.owner_filter.setMinimumContentsLength(12)
        for combo in (self.stage_filter, self.status_filter, self.owner_filter):
            combo.activated.connect(self._filters_changed)
        self.deal_view = DealView(self, self)
        self.deal_view.back_requested.connect(self.go_back)
        self.deal_view.open_record.connect(self.open_record)
        self.deal_view.add_reminder_requested.connect(self.add_reminder_requested)
        self.deal_view.add_party_requested.connect(self.add_party)
        self.deal_view.trashed.connect(self._deal_trashed)
        back = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.deal_view)
        back.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        back.activated.connect(self.go_back)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.board)
        self.stack.addWidget(self._list_widget())
        self.stack.addWidget(self.deal_view)
        self.views.idClicked.connect(self._view_chosen)
        self.first_run = EmptyState(self, icon="deals")
        self.first_run.setObjectName("dealsFirstRun")
        self.first_run.action.connect(lambda _key: self.add_deal_requested.emit(None))
        # No deal at all: the panel takes the board's (or the unfiltered list's) place.
        self.body = QStackedWidget(self)
        self.body.addWidget(self.stack)
        self.body.addWidget(self.first_run)
        bar = QHBoxLayout()
        bar.addWidget(self.board_button)
        bar.addWidget(self.list_button)
        bar.addWidget(self.new_button)
        bar.addStretch(1)
        bar.addWidget(self.summary)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.body, 1)
        self.retranslate()

    def _list_widget(self) -> QWidget:
        box = QWidget(self)
        filters = QHBoxLayout()
        for combo in (self.stage_filter, self.status_filter, self.owner_filter):
            filters.addWidget(combo)
        filters.addStretch(1)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        return box

    def retranslate(self) -> None:
        self.board_button.setText(self.tr("Board"))
        self.list_button.setText(self.tr("List"))
        self.new_button.setText(self.tr("New deal…"))
        self.new_button.setToolTip(self.tr("Add a deal (Ctrl+Shift+D)"))
        self.first_run.set_text(
            self.tr("No deals yet"),
            self.tr("A deal follows your pipeline from the first meeting to the signing. The stages are "
                    "yours: rename, add or reorder them in Settings."))
        keys = QKeySequence("Ctrl+Shift+D").toString(QKeySequence.SequenceFormat.NativeText)
        self.first_run.set_buttons([("addDeal", self.tr("Add your first deal ({keys})").format(keys=keys))],
                                   default="addDeal")
        self._fill_status_filter()
        for combo, text in ((self.stage_filter, self.tr("All stages")),
                            (self.owner_filter, self.tr("All owners"))):
            if combo.count():
                combo.setItemText(0, text)
            else:
                combo.addItem(text, None)
        self.model.retranslate()
        self.deal_view.retranslate()
        for column in self.board.columns:
            column.retranslate()
        self._show_summary()

    def _fill_status_filter(self) -> None:
        current = self.status_filter.currentData()
        self.status_filter.clear()
        for text, code in ((self.tr("Any status"), None), (self.tr("Open"), "open"), (self.tr("Won"), "won"),
                           (self.tr("Lost"), "lost")):
            self.status_filter.addItem(text, code)
        self.status_filter.setCurrentIndex(max(self.status_filter.findData(current), 0))

    # ---------------------------------------------------------------- loading
    def load(self) -> None:
        view = self.stack.currentIndex()
        if view == BOARD:
            self.fetch(load_board, on_done=self._board_loaded)
        elif view == LIST:
            self.fetch(filter_choices, on_done=self._choices_loaded)
            self.model.refresh()
        else:
            self.deal_view.reload()

    def clear_page(self) -> None:
        self.board.clear()
        self.model.clear()
        self.deal_view.clear()
        self.summary.clear()
        self._show(BOARD)

    def is_settled(self) -> bool:
        return super().is_settled() and (self.stack.currentIndex() != LIST or self.model.is_settled())

    def _board_loaded(self, board: Board) -> None:
        self.board.set_board(board)
        self._show_summary()

    def _choices_loaded(self, choices: FilterChoices) -> None:
        f = self.model.filter
        for combo, items, current in ((self.stage_filter, [(s.name, s.id) for s in choices.stages], f.stage),
                                      (self.owner_filter, [(o, o) for o in choices.owners], f.owner)):
            while combo.count() > 1:
                combo.removeItem(1)
            for text, data in items:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(combo.findData(current), 0))

    def _list_loaded(self, total: int) -> None:
        self._show_summary()

    def _show_summary(self) -> None:
        view = self.stack.currentIndex()
        if view == BOARD and self.board.board is not None:
            count = sum(c.count for c in self.board.board.columns)
            self.summary.setText(self.tr("%n deal(s)", "", count) if count else
                                 self.tr("No deals yet: press Ctrl+Shift+D to add one."))
        elif view == LIST and self.model.is_settled():
            self.summary.setText(self.tr("%n deal(s)", "", self.model.total))
        else:
            self.summary.clear()
        self._show_empty()

    def _show_empty(self) -> None:
        view = self.stack.currentIndex()
        empty = self.active and (
            (view == BOARD and self.board.board is not None
             and not any(c.count for c in self.board.board.columns))
            or (view == LIST and self.model.is_settled() and self.model.total == 0
                and self.model.filter == DealFilter()))
        self.body.setCurrentWidget(self.first_run if empty else self.stack)

    # ---------------------------------------------------------------- views
    def _show(self, view: int) -> None:
        if view != DEAL:
            self._back_to = view
            self.views.button(view).setChecked(True)
        self.stack.setCurrentIndex(view)
        self._show_summary()

    def _view_chosen(self, view: int) -> None:
        self._show(view)
        if self.active:
            self.load()

    def show_board(self) -> None:
        self._view_chosen(BOARD)

    def show_list(self, *, stage: int | None = None, status: str | None = None,
                  owner: str | None = None) -> None:
        """The list, filtered (the dashboard's bars and a column's "more" open it this way); the
        filter lists show the choice once they are loaded."""
        self.model.filter = DealFilter(stage, status, owner)
        for combo, value in ((self.stage_filter, stage), (self.status_filter, status),
                             (self.owner_filter, owner)):
            combo.setCurrentIndex(max(combo.findData(value), 0))
        self._view_chosen(LIST)

    def show_deal(self, deal_id: int) -> None:
        self._show(DEAL)
        self.deal_view.show_deal(deal_id)
        self.deal_view.setFocus()

    def _deal_trashed(self, name: str) -> None:
        self.message.emit(self.tr("{name} moved to the trash (Edit → Undo brings it back).")
                          .format(name=name))
        self.go_back()

    def go_back(self) -> None:
        self._view_chosen(self._back_to)

    def current_view(self) -> str:
        return ("board", "list", "deal")[self.stack.currentIndex()]

    def _filters_changed(self) -> None:
        self.model.set_filter(stage=self.stage_filter.currentData(), status=self.status_filter.currentData(),
                              owner=self.owner_filter.currentData())

    def add_party(self, deal_id: int) -> PartyDialog:
        dialog = PartyDialog(self.worker, deal_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.added.connect(self._party_added)
        dialog.open()
        return dialog

    def _party_added(self, _parties: object) -> None:
        self.changed.emit()
        self.deal_view.reload()

    # ---------------------------------------------------------------- moves
    def move(self, deal_id: int, stage_id: int) -> None:
        """Move a deal to a stage on the worker (one undoable operation), then show the board again."""
        self.write(deals.move, deal_id, stage_id, on_done=self._moved)

    def _moved(self, deal: DealDetail) -> None:
        self.message.emit(self.tr("Moved {deal} to {stage}. Ctrl+Z undoes it.").format(
            deal=deal.name, stage=deal.stage))
        self.load()
