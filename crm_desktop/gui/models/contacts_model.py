"""The contact list as a lazy table model (after Anki's browser table model).

It holds the ids of one query; `data()` answers from a row cache and, for a row not cached yet,
notes its id. At the next turn of the event loop the noted ids — the rows the view just painted —
are fetched on the worker by `id IN (...)`, and `dataChanged` repaints them. No SQL ever runs
in `data()`, and no query loads every row.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from functools import partial
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)

from crm_desktop.gui.queries.contact_list import (
    SORT_KEYS,
    ContactFilter,
    ContactRow,
    IdList,
    fetch_rows,
    first_page_helps,
    query_first_page,
    query_ids,
)
from crm_desktop.gui.worker import DbWorker, VaultLocked

Index = QModelIndex | QPersistentModelIndex
CACHE_LIMIT = 5000  # rows kept; far more than a screen, far less than a vault


class ContactsModel(QAbstractTableModel):
    ids_loaded = Signal(int)  # the number of matching contacts, after each query
    first_page_loaded = Signal(int)  # the same, when only the first screenful's ids are here yet
    rows_fetched = Signal()

    def __init__(self, worker: DbWorker, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._filter = ContactFilter()
        self._ids: Sequence[int] = []
        self._total: int | None = None  # rows shown while only the first screenful's ids are here
        self._rows: dict[int, ContactRow] = {}
        self._wanted: dict[int, int] = {}  # id -> row, noted by data(), not yet asked for
        self._asked: set[int] = set()  # ids in a fetch on the worker
        self._generation = 0  # bumped by each query: late answers to an older one are dropped
        self._querying = False
        self._query_again = False
        self._loaded = False
        self._active = False
        self.more = False  # the search listed only its best matches
        self.clock: Callable[[], datetime] = lambda: datetime.now(UTC)  # "now" for the follow-up filter
        # Counters that tests and benchmarks read.
        self.fetch_jobs = 0
        self.fetched_ids = 0
        self._headers = self._header_texts()

    # ---------------------------------------------------------------- queries
    @property
    def filter(self) -> ContactFilter:
        return self._filter

    def set_filter(self, **changes: Any) -> None:
        self._filter = replace(self._filter, **changes)
        if self._active:  # before the page is loaded (the view sorting itself as it is built): no query
            self.refresh()

    def refresh(self) -> None:
        """Run the query again (after a write): new ids, and every cached row dropped."""
        self._active = True
        if self._querying:
            self._query_again = True
            return
        self._querying = True
        if not self._loaded and first_page_helps(self._filter):
            # First load (an unlock): the first screenful at once, every id after it.
            self._worker.run(query_first_page, self._filter, on_done=self._on_first_page,
                             on_error=self._on_query_error)
        else:
            self._query_ids()

    def _query_ids(self) -> None:
        self._worker.run(query_ids, self._filter, self.clock(), on_done=self._on_ids,
                         on_error=self._on_query_error)

    def _on_first_page(self, found: IdList) -> None:
        if not found.partial or self._query_again or not self._active:
            self._on_ids(found)  # the whole list already (a small vault), or superseded
            return
        self._show(found)
        self._query_ids()  # still querying: not settled until every id is here

    def clear(self) -> None:
        """Forget everything (the vault was locked)."""
        self._active = False
        self._generation += 1
        self.beginResetModel()
        self._ids, self._rows, self._wanted, self._asked = [], {}, {}, set()
        self._total = None
        self._loaded = False
        self.more = False
        self.endResetModel()

    def _on_ids(self, found: IdList) -> None:
        self._querying = False
        if self._query_again:
            self._query_again = False
            self.refresh()
            return
        if not self._active:
            return
        self._show(found)

    def _show(self, found: IdList) -> None:
        total = found.total if found.partial else None
        if self._total == len(found.ids) and found.ids[:len(self._ids)] == self._ids:
            # Every id after the first screenful: the same rows, now all of them (no reset: the
            # view keeps its scroll, selection and cached rows).
            self._ids, self._total = found.ids, None
            self._rows.update(found.first_rows)
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(SORT_KEYS) - 1))
        else:
            self._generation += 1
            self.beginResetModel()
            self._ids, self._rows, self._wanted, self._asked = found.ids, dict(found.first_rows), {}, set()
            self._total = total
            self.more = found.more
            self._loaded = True
            self.endResetModel()
        (self.first_page_loaded if total is not None else self.ids_loaded).emit(self.rowCount())

    def _on_query_error(self, error: BaseException) -> None:
        self._querying = False
        self._query_again = False
        self._report(error)

    def _on_rows_error(self, generation: int, wanted: dict[int, int], error: BaseException) -> None:
        if generation == self._generation:
            self._asked.difference_update(wanted)  # asked again at the next paint
        self._report(error)

    def _report(self, error: BaseException) -> None:
        if not isinstance(error, VaultLocked):  # a race with the lock: the list is cleared anyway
            self._worker.unhandled_error.emit(error)

    # ---------------------------------------------------------------- lazy rows
    def _note(self, row: int, contact_id: int) -> None:
        if contact_id in self._asked:
            return
        if not self._wanted:
            QTimer.singleShot(0, self._fetch_wanted)
        self._wanted[contact_id] = row

    def _fetch_wanted(self) -> None:
        if not self._wanted:
            return
        wanted, self._wanted = self._wanted, {}
        self._asked.update(wanted)
        self.fetch_jobs += 1
        self.fetched_ids += len(wanted)
        self._worker.run(fetch_rows, list(wanted),
                         on_done=partial(self._on_rows, self._generation, wanted),
                         on_error=partial(self._on_rows_error, self._generation, wanted))

    def _on_rows(self, generation: int, wanted: dict[int, int], rows: dict[int, ContactRow]) -> None:
        if generation != self._generation:
            return
        self._asked.difference_update(wanted)
        if len(self._rows) + len(rows) > CACHE_LIMIT:
            for old in list(self._rows)[: len(rows) + CACHE_LIMIT // 4]:
                del self._rows[old]
        self._rows.update(rows)
        # Ids gone meanwhile (deleted elsewhere) get an empty row instead of asking forever.
        for cid in wanted:
            if cid not in rows:
                self._rows[cid] = ContactRow(cid, "person", "", None, None, None, None, None, None)
        lo, hi = min(wanted.values()), max(wanted.values())
        self.dataChanged.emit(self.index(lo, 0), self.index(hi, len(SORT_KEYS) - 1),
                              [Qt.ItemDataRole.DisplayRole])
        self.rows_fetched.emit()

    def forget_rows(self, ids: list[int]) -> None:
        """Drop cached rows (a contact was edited); they are fetched again when painted."""
        for cid in ids:
            self._rows.pop(cid, None)
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(SORT_KEYS) - 1))

    # ---------------------------------------------------------------- state for views and tests
    def is_shown(self) -> bool:
        """Rows are listed and every row asked for has arrived (every id may still be coming)."""
        return self._loaded and not self._wanted and not self._asked

    def is_settled(self) -> bool:
        """The last query answered and every row asked for has arrived."""
        return self._loaded and not self._querying and not self._wanted and not self._asked

    def contact_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, contact_id: int) -> int | None:
        try:
            return self._ids.index(contact_id)
        except ValueError:
            return None

    def cached_row(self, contact_id: int) -> ContactRow | None:
        return self._rows.get(contact_id)

    def cached_count(self) -> int:
        return len(self._rows)

    # ---------------------------------------------------------------- Qt model
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if parent.isValid():
            return 0
        return self._total if self._total is not None else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(SORT_KEYS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole and role != Qt.ItemDataRole.UserRole:
            return None
        if index.row() >= len(self._ids):
            return None  # below the first screenful, before every id has come
        contact_id = self._ids[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return contact_id
        row = self._rows.get(contact_id)
        if row is None:
            self._note(index.row(), contact_id)
            return ""
        return _column(row, index.column())

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS[column] if 0 <= column < len(SORT_KEYS) else "name"
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) != (self._filter.sort, self._filter.descending):
            self.set_filter(sort=key, descending=descending)

    def retranslate(self) -> None:
        self._headers = self._header_texts()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(SORT_KEYS) - 1)

    def _header_texts(self) -> list[str]:
        return [self.tr("Name"), self.tr("Organization"), self.tr("Title"), self.tr("Phone"),
                self.tr("E-mail"), self.tr("Tier"), self.tr("Last interaction")]


def _column(row: ContactRow, column: int) -> str:
    if column == 0:
        return row.name
    if column == 1:
        return row.organization or ""
    if column == 2:
        return row.title or ""
    if column == 3:
        return row.phone or ""
    if column == 4:
        return row.email or ""
    if column == 5:
        return row.tier or ""
    return _when(row.last_interaction)


def _when(moment: datetime | None) -> str:
    if moment is None:
        return ""
    return moment.astimezone().date().isoformat()  # the same in every language, and cheap
