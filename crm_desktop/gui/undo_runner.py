"""Edit → Undo / Redo: the newest operation of the vault reverted on the worker, whatever page
made it; the window then reloads what it shows."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from crm_desktop.core.errors import NothingToUndo
from crm_desktop.core.services import undo

from .errors import describe, show_error
from .worker import DbWorker


class UndoRunner(QObject):
    message = Signal(str)
    reverted = Signal()

    def __init__(self, worker: DbWorker, window: QWidget) -> None:
        super().__init__(window)
        self._worker = worker
        self._window = window

    def run(self, *, redo: bool) -> None:
        self._worker.run(undo.redo if redo else undo.undo, on_done=lambda r: self._done(r, redo),
                         on_error=self._failed)

    def _done(self, result: undo.UndoResult, redo: bool) -> None:
        text = self.tr("Redone: {what}") if redo else self.tr("Undone: {what}")
        self.message.emit(text.format(what=result.summary or result.kind))
        self.reverted.emit()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, NothingToUndo):
            self.message.emit(describe(error))
        else:
            show_error(self._window, error)
