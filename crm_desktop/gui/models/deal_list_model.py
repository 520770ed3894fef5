"""The deal list as a table model that fetches a page at a time on the worker (Qt's
canFetchMore / fetchMore): the view asks for the next page when it scrolls near the end."""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import partial
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal

from crm_desktop.core.services import deal_read
from crm_desktop.core.services.deal_dto import DealOut, DealPage
from crm_desktop.gui import formatting as fmt
from crm_desktop.gui.worker import DbWorker, VaultLocked

Index = QModelIndex | QPersistentModelIndex
PAGE = 100
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True)
class DealFilter:
    stage: int | None = None
    status: str | None = None
    owner: str | None = None


class DealListModel(QAbstractTableModel):
    loaded = Signal(int)  # the total number of matching deals, after the first page

    def __init__(self, worker: DbWorker, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self.filter = DealFilter()
        self._deals: list[DealOut] = []
        self.total = 0
        self._generation = 0
        self._fetching = False
        self._settled = False
        self._headers = self._header_texts()

    def set_filter(self, **changes: Any) -> None:
        self.filter = replace(self.filter, **changes)
        self.refresh()

    def refresh(self) -> None:
        self._generation += 1
        self._fetching = True
        self._settled = False
        self._ask(0, reset=True)

    def clear(self) -> None:
        self._generation += 1
        self.beginResetModel()
        self._deals, self.total = [], 0
        self._fetching = False
        self._settled = False
        self.endResetModel()

    def is_settled(self) -> bool:
        return self._settled and not self._fetching

    def _ask(self, offset: int, *, reset: bool) -> None:
        f = self.filter
        self._worker.run(deal_read.list_deals, stage=f.stage, status=f.status, owner=f.owner,
                         limit=PAGE, offset=offset,
                         on_done=partial(self._answered, self._generation, reset),
                         on_error=partial(self._failed, self._generation))

    def _answered(self, generation: int, reset: bool, page: DealPage) -> None:
        if generation != self._generation:
            return
        self._fetching = False
        self._settled = True
        if reset:
            self.beginResetModel()
            self._deals, self.total = list(page.deals), page.total
            self.endResetModel()
            self.loaded.emit(page.total)
        elif page.deals:
            first = len(self._deals)
            self.beginInsertRows(QModelIndex(), first, first + len(page.deals) - 1)
            self._deals.extend(page.deals)
            self.total = page.total
            self.endInsertRows()

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._fetching = False
        self._settled = True
        if not isinstance(error, VaultLocked):
            self._worker.unhandled_error.emit(error)

    # ---------------------------------------------------------------- Qt model
    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and not self._fetching and len(self._deals) < self.total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if self.canFetchMore(parent):
            self._fetching = True
            self._ask(len(self._deals), reset=False)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._deals)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def deal(self, row: int) -> DealOut | None:
        return self._deals[row] if 0 <= row < len(self._deals) else None

    def row_of(self, deal_id: int) -> int | None:
        return next((i for i, d in enumerate(self._deals) if d.id == deal_id), None)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        d = self._deals[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return d.id
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (3, 4):
            return RIGHT
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == 0:
            return d.name
        if column == 1:
            return d.client or ""
        if column == 2:
            return d.stage
        if column == 3:
            return fmt.money(d.amount, d.currency) if d.amount is not None else ""
        if column == 4:
            return fmt.percent(d.probability)
        if column == 5:
            return fmt.day(d.expected_close) if d.expected_close else ""
        if column == 6:
            return d.owner or ""
        return self._status_text(d.status)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def retranslate(self) -> None:
        self._headers = self._header_texts()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._headers) - 1)
        if self._deals:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._deals) - 1, len(self._headers) - 1))

    def _header_texts(self) -> list[str]:
        return [self.tr("Deal"), self.tr("Client"), self.tr("Stage"), self.tr("Amount"),
                self.tr("Probability"), self.tr("Expected close"), self.tr("Owner"), self.tr("Status")]

    def _status_text(self, status: str) -> str:
        return {"open": self.tr("Open"), "won": self.tr("Won"), "lost": self.tr("Lost")}.get(status, status)
