"""`--screenshot FILE.png`: wait until the page shows its data, save a picture of the window, exit."""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from .main_window import MainWindow
from .worker import DbWorker

TICK_MS = 50
TIMEOUT_MS = 120_000
CALM_TICKS = 3  # ready this many ticks in a row before the picture is taken


class Screenshot(QObject):
    """Renders the window until a render asks for no more rows (so every visible row is filled)."""

    def __init__(self, window: MainWindow, worker: DbWorker, path: str,
                 finished: Callable[[int], None]) -> None:
        super().__init__(window)
        self._window = window
        self._worker = worker
        self._path = path
        self._finished = finished
        self._waited = 0
        self._calm = 0
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self._timer.start()

    def _ready(self) -> bool:
        page = self._window.current_page()
        return self._worker.is_idle() and (page is None or page.is_settled())

    def _tick(self) -> None:
        self._waited += TICK_MS
        timed_out = self._waited >= TIMEOUT_MS
        if not self._ready() and not timed_out:
            self._calm = 0
            return
        self._calm += 1
        if self._calm < CALM_TICKS and not timed_out:
            return  # item views lay out on a timer after their data arrives: let them
        page = self._window.contacts
        if (self._window.current_page() is page and page.model.rowCount()
                and page.current_contact_id() is None and not timed_out):
            page.table.selectRow(0)  # show a contact beside the list, as a user would see it
            return
        image = self._window.grab()  # painting asks for rows not fetched yet, if any
        if not self._ready() and not timed_out:
            return
        self._timer.stop()
        if not image.save(self._path):
            print(f"crm-desktop: could not write {self._path}", file=sys.stderr)
            self._finished(1)
            return
        print(f"crm-desktop: saved {self._path}", file=sys.stderr)
        self._finished(1 if timed_out else 0)
