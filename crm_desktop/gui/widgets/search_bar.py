"""The window's one search field, in its tool bar, with its results popup.

The text is passed on (`settled`: the contacts list filters by it) at once when no query is
running, else after a pause in typing, and searched over contacts, deals and interactions beside the
worker (the list's own query never waits behind the popup's); the answer opens a popup under the
field. Keys stay in the field: Down/Up move through the hits, Enter opens one (`open_record`; typed
before the answer came, the top hit), Esc closes the popup and keeps the text, a second Esc clears
it. An answer to an older text than the field's is dropped; while one query runs, only the newest
text waits for its turn.
"""

from __future__ import annotations

import time
from functools import partial

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QLineEdit, QToolBar, QWidget

from crm_desktop.gui.errors import describe
from crm_desktop.gui.models.search_model import SearchModel
from crm_desktop.gui.queries.global_search import PopupHit, PopupResults, global_search
from crm_desktop.gui.widgets.search_popup import SearchPopup
from crm_desktop.gui.worker import DbWorker, VaultLocked

SEARCH_DELAY_MS = 60
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_OWN_KEYS = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Escape, *_ENTER)

Request = tuple[int, str, str | None]  # sequence number, text, only this group


class SearchBar(QToolBar):
    settled = Signal(str)  # the text, after a pause in typing
    open_record = Signal(str, int)  # "contact" | "deal", id: a hit was opened
    results_shown = Signal(str)  # the popup now shows the answer for this text

    def __init__(self, parent: QWidget | None = None, worker: DbWorker | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainToolbar")
        self.setMovable(False)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("searchEdit")
        self.edit.setClearButtonEnabled(True)
        self.edit.setMaximumWidth(420)
        self.edit.installEventFilter(self)
        self.addWidget(self.edit)
        self.model = SearchModel(self)
        self.popup: SearchPopup | None = None  # made on first use, as a child of the window
        self._worker = worker
        self._seq = 0  # of the newest request; an answer to an older one is dropped
        self._busy = False
        self._pending: Request | None = None
        self._open_first = False  # Enter came before the answer: open its first hit on arrival
        self.queries_sent = 0
        self.sent_at = 0.0  # perf_counter of the last query sent (bench/gui_search.py)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self.edit.textChanged.connect(self._edited)
        self._timer.timeout.connect(self._settle)

    def set_worker(self, worker: DbWorker) -> None:
        self._worker = worker

    # ---------------------------------------------------------------- public
    def clear(self) -> None:
        """Empty the field and close the popup (on lock)."""
        self.edit.clear()
        self.close_popup()

    def close_popup(self) -> None:
        """Close the popup; a query still running is not shown when it answers."""
        self._seq += 1
        self._pending = None
        self._open_first = False
        if self.popup is not None:
            self.popup.hide()

    def popup_visible(self) -> bool:
        return self.popup is not None and self.popup.isVisible()

    def is_searching(self) -> bool:
        """A query is on the worker (its answer may still be dropped)."""
        return self._busy

    # ---------------------------------------------------------------- typing and querying
    def _edited(self, text: str) -> None:
        self._open_first = False
        if not text.strip():
            self.close_popup()
        if self._worker is not None and self._worker.is_idle() and not self._timer.isActive():
            self._settle()  # nothing is running: waiting for a pause would only add to the answer's time
        else:
            self._timer.start()  # typing while a query runs: only the text at the pause is asked

    def _settle(self) -> None:
        text = self.edit.text()
        self.settled.emit(text)
        if text.strip():
            self._query(text)

    def _query(self, text: str, only: str | None = None) -> None:
        if self._worker is None or not self.edit.isEnabled():
            return
        self._seq += 1
        request = (self._seq, text, only)
        if self._busy:
            self._pending = request  # replaces an older one waiting: it would be dropped anyway
        else:
            self._send(request)

    def _send(self, request: Request) -> None:
        assert self._worker is not None
        seq, text, only = request
        self._busy = True
        self.queries_sent += 1
        self.sent_at = time.perf_counter()
        # Beside the worker, on a connection of its own: after the list's query for the same text
        # (queued first), and never in front of the next one.
        self._worker.run_beside(global_search, text, only, on_done=partial(self._answered, seq),
                                on_error=partial(self._failed, seq))

    def _next(self) -> None:
        self._busy = False
        if self._pending is not None:
            request, self._pending = self._pending, None
            self._send(request)

    def _answered(self, seq: int, results: PopupResults) -> None:
        self._next()
        if seq == self._seq and self.edit.text().strip():
            self.model.set_results(results)
            hits = self.model.hits()
            if self._open_first and hits:
                self._open(hits[0])
            else:
                self._show_popup()

    def _failed(self, seq: int, error: BaseException) -> None:
        self._next()
        if seq != self._seq or isinstance(error, VaultLocked):
            return
        self.model.set_message(describe(error), self.edit.text())
        self._show_popup()

    # ---------------------------------------------------------------- the popup
    def _show_popup(self) -> None:
        if self.popup is None:
            host = self.edit.window()
            self.popup = SearchPopup(self.model, host)
            self.popup.chosen.connect(self._open)
            self.popup.expand.connect(lambda entity: self._query(self.edit.text(), entity))
            host.installEventFilter(self)
        self.popup.show_under(self.edit)
        self.results_shown.emit(self.model.text)

    def _open(self, hit: PopupHit) -> None:
        self.close_popup()
        self.open_record.emit(hit.open_kind, hit.open_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self.edit:
            if kind == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) \
                    and event.key() in _OWN_KEYS and self.popup_visible():
                event.accept()  # ours while the popup is open, not a window shortcut's
                return True
            if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
                return self._key(event)
            if kind == QEvent.Type.FocusOut and isinstance(event, QFocusEvent) \
                    and event.reason() != Qt.FocusReason.PopupFocusReason:
                self.close_popup()  # clicked elsewhere; the field's own menu keeps it
        elif kind == QEvent.Type.Resize and self.popup_visible() and self.popup is not None:
            self.popup.show_under(self.edit)
        return super().eventFilter(watched, event)

    def _key(self, event: QKeyEvent) -> bool:
        key, shown = event.key(), self.popup_visible()
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            if shown and self.popup is not None:
                self.popup.step(1 if key == Qt.Key.Key_Down else -1)
            elif key == Qt.Key.Key_Down and self.edit.text().strip():
                self._query(self.edit.text())  # closed with Esc: Down brings it back
            return True
        if key in _ENTER:
            if shown and self.popup is not None:
                return self.popup.activate_current()
            if self.edit.text().strip() and (self._timer.isActive() or self._busy):
                self._open_first = True  # typed and pressed Enter at once: the top hit
                if self._timer.isActive():
                    self._timer.stop()
                    self._settle()
                return True
            return False
        if key == Qt.Key.Key_Escape:
            if shown:
                self.close_popup()
                return True
            if self.edit.text():
                self.edit.clear()
                return True
        return False
