"""What every page of the window shares: load on the worker when shown, drop late answers,
forget everything on lock, re-read its texts on a language switch."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from crm_desktop.gui.errors import show_error
from crm_desktop.gui.worker import DbWorker, VaultLocked


class Page(QWidget):
    """A page loads when it is shown after something changed (never while hidden), so a write on
    one page costs the others nothing until they are looked at."""

    changed = Signal()  # this page wrote to the vault: what other pages show may be stale
    message = Signal(str)  # a line for the status bar
    open_record = Signal(str, int)  # show this record on its own page: ("contact" | "deal" | ..., id)

    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self._active = False  # a vault is open
        self._stale = True
        self._generation = 0  # bumped by clear(): answers to older questions are dropped
        self._pending = 0

    # ---------------------------------------------------------------- to override
    def load(self) -> None:
        """Ask the worker for what the page shows."""

    def clear_page(self) -> None:
        """Forget every record shown (the vault was locked)."""

    def retranslate(self) -> None:
        """Set every text again in the current language."""

    # ---------------------------------------------------------------- life cycle
    def activate(self) -> None:
        """A vault was opened."""
        self._active = True
        self.mark_stale()

    def deactivate(self) -> None:
        """The vault was locked: nothing of it stays on screen or in memory."""
        self._active = False
        self._stale = True
        self._generation += 1
        self._pending = 0
        self.clear_page()

    @property
    def active(self) -> bool:
        return self._active

    def mark_stale(self) -> None:
        if not self._active:
            return
        if self.isVisible():
            self._stale = False
            self.load()
        else:
            self._stale = True

    def is_settled(self) -> bool:
        """Every question asked has been answered (screenshots and tests wait for this)."""
        return self._active and not self._stale and self._pending == 0

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._active and self._stale:
            self._stale = False
            self.load()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ---------------------------------------------------------------- worker helpers
    def fetch(self, fn: Callable[..., Any], *args: Any, on_done: Callable[[Any], None],
              **kwargs: Any) -> None:
        """Read on the worker; `on_done` gets the answer unless the page was cleared meanwhile."""
        self._pending += 1
        self.worker.run(fn, *args, on_done=partial(self._answered, self._generation, on_done),
                        on_error=partial(self._failed, self._generation), **kwargs)

    def write(self, fn: Callable[..., Any], *args: Any, on_done: Callable[[Any], None] | None = None,
              on_error: Callable[[BaseException], None] | None = None, **kwargs: Any) -> None:
        """Write on the worker; then `changed` tells the window, and `on_done` gets the result."""
        self._pending += 1
        self.worker.run(fn, *args, on_done=partial(self._written, self._generation, on_done),
                        on_error=partial(self._write_failed, self._generation, on_error), **kwargs)

    def _answered(self, generation: int, on_done: Callable[[Any], None], result: Any) -> None:
        if generation != self._generation:
            return
        self._pending -= 1
        on_done(result)

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._pending -= 1
        if not isinstance(error, VaultLocked):  # a race with the lock: the page is cleared anyway
            self.worker.unhandled_error.emit(error)

    def _written(self, generation: int, on_done: Callable[[Any], None] | None, result: Any) -> None:
        if generation != self._generation:
            return
        self._pending -= 1
        self.changed.emit()
        if on_done is not None:
            on_done(result)

    def _write_failed(self, generation: int, on_error: Callable[[BaseException], None] | None,
                      error: BaseException) -> None:
        if generation != self._generation:
            return
        self._pending -= 1
        if on_error is not None:
            on_error(error)
        elif not isinstance(error, VaultLocked):
            show_error(self, error)
