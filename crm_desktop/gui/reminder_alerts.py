"""Reminders that fall due while the app is open: the watcher looks, the notifier announces (tray
or banner), and the window hears how many are overdue and which one to show when asked."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, Signal

from crm_desktop.core.services.reminder_dto import ReminderOut

from .notifier import Notifier
from .reminder_watcher import ReminderWatcher
from .widgets.banner import Banner
from .worker import DbWorker


class ReminderAlerts(QObject):
    overdue_changed = Signal(int)
    fell_due = Signal()
    show_requested = Signal(int)  # the reminder announced last

    def __init__(self, worker: DbWorker, banner: Banner, clock: Callable[[], datetime],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.watcher = ReminderWatcher(worker, clock, self)
        self.notifier = Notifier(banner, self)
        self.announced: int | None = None
        self.watcher.overdue_changed.connect(self.overdue_changed)
        self.watcher.fell_due.connect(self._fell_due)
        self.notifier.show_requested.connect(self._show)

    @property
    def overdue(self) -> int:
        return self.watcher.overdue

    def start(self) -> None:
        self.notifier.set_active(True)
        self.watcher.start()

    def stop(self) -> None:
        self.watcher.stop()
        self.notifier.set_active(False)
        self.announced = None

    def check(self) -> None:
        self.watcher.check()

    def _fell_due(self, due: list[ReminderOut]) -> None:
        self.announced = due[0].id
        self.notifier.announce(due)
        self.fell_due.emit()

    def _show(self) -> None:
        if self.announced is not None:
            self.show_requested.emit(self.announced)
