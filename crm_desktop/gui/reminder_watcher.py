"""While a vault is open, look every half minute (on the worker) for reminders that fell due
since the last look, and for how many are overdue. The window announces the first and shows the
second on the navigation."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from functools import partial

from PySide6.QtCore import QObject, QTimer, Signal

from .queries.reminder_views import Tick, tick
from .worker import DbWorker, VaultLocked

CHECK_MS = 30_000


class ReminderWatcher(QObject):
    fell_due = Signal(list)  # [ReminderOut], newest look only
    overdue_changed = Signal(int)

    def __init__(self, worker: DbWorker, clock: Callable[[], datetime], parent: QObject | None = None,
                 *, interval_ms: int = CHECK_MS) -> None:
        super().__init__(parent)
        self._worker = worker
        self.clock = clock
        self._since: datetime | None = None
        self._asking = False
        self._session = 0  # bumped by stop(): an answer to a look before a lock is dropped
        self.overdue = 0
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        """From now on: what falls due after this moment is announced (not what was overdue)."""
        self._session += 1
        self._since = self.clock()
        self._asking = False
        self.timer.start()
        self.check()

    def stop(self) -> None:
        self._session += 1
        self._since = None
        self.timer.stop()
        self.overdue = 0
        self.overdue_changed.emit(0)

    def check(self) -> None:
        if self._since is None or self._asking:
            return
        self._asking = True
        now = self.clock()
        self._worker.run(tick, self._since, now, on_done=partial(self._answered, self._session, now),
                         on_error=partial(self._failed, self._session))

    def _answered(self, session: int, now: datetime, result: Tick) -> None:
        if session != self._session:
            return
        self._asking = False
        self._since = now
        if result.overdue != self.overdue:
            self.overdue = result.overdue
            self.overdue_changed.emit(result.overdue)
        if result.due:
            self.fell_due.emit(result.due)

    def _failed(self, session: int, error: BaseException) -> None:
        if session != self._session:
            return
        self._asking = False
        if not isinstance(error, VaultLocked):
            self._worker.unhandled_error.emit(error)
