"""Duplicates caught on entry: while a contact form is typed, the worker checks the vault (after a
pause in typing, so rapidfuzz and the key look-ups never run per keystroke) and a line beside the
form names the contact it looks like, with "Open it" and "Add anyway".

Reusable by any contact form: `DuplicateWatch(worker, values, exclude_id=...)` with `check()`
called when a field changes; `warning` is the widget to place.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from crm_desktop.gui.worker import DbWorker

from . import dup_labels
from .dup_queries import Hint, entry_hints

DELAY_MS = 300
MATCHED = ("display_name", "phones", "emails")  # a check needs one of these


class DuplicateWarning(QFrame):
    """'Looks like 张伟 (中国银行, +86 138 0013 8000) — same phone' with two buttons."""

    open_requested = Signal(int)  # contact id
    proceed_requested = Signal()  # "Add anyway"

    def __init__(self, parent: QWidget | None = None, *, proceed_text: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("duplicateWarning")
        self.setStyleSheet("QFrame#duplicateWarning { background: #fff4ce; border: 1px solid #e0c060; "
                           "border-radius: 4px; }")
        self.hints: list[Hint] = []
        self.label = QLabel(self)
        self.label.setObjectName("duplicateText")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.open_button = QPushButton(self.tr("&Open it"), self)
        self.open_button.setObjectName("duplicateOpen")
        self.open_button.setAutoDefault(False)
        self.proceed_button = QPushButton(proceed_text or self.tr("Add an&yway"), self)
        self.proceed_button.setObjectName("duplicateProceed")
        self.proceed_button.setAutoDefault(False)
        self.open_button.clicked.connect(self._open)
        self.proceed_button.clicked.connect(self.proceed_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.open_button)
        layout.addWidget(self.proceed_button)
        self.hide()

    def show_hints(self, hints: list[Hint]) -> None:
        self.hints = list(hints)
        if not hints:
            self.label.clear()
            self.hide()
            return
        best = hints[0]
        details = ", ".join(x for x in (best.organization, best.phone, best.email) if x)
        why = dup_labels.reasons(best.reasons)
        if details:
            text = self.tr("Looks like {name} ({details}) — {why}").format(
                name=best.name, details=details, why=why)
        else:
            text = self.tr("Looks like {name} — {why}").format(name=best.name, why=why)
        if len(hints) > 1:
            text += " " + self.tr("(and %n more)", "", len(hints) - 1)
        self.label.setText(text)
        self.show()

    def _open(self) -> None:
        if self.hints:
            self.open_requested.emit(self.hints[0].contact_id)


class DuplicateWatch(QObject):
    """Debounced checks of what a form holds; only the answer to the latest values is shown.
    Answers come to bound methods (through partial): the worker drops them once the form is gone."""

    checked = Signal(list)  # [Hint], after each answer

    def __init__(self, worker: DbWorker, values: Callable[[], dict[str, Any]], warning: DuplicateWarning,
                 *, exclude_id: int | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent or warning)
        self._worker = worker
        self._values = values
        self.warning = warning
        self.exclude_id = exclude_id
        self._asked: dict[str, Any] | None = None
        self._shown: dict[str, Any] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self._run)

    def check(self, *_: Any) -> None:
        """A field changed: check once typing pauses."""
        self._timer.start()

    def check_now(self) -> None:
        """Check without waiting for a pause (a form about to be saved, a field left)."""
        self._timer.stop()
        self._run()

    def _run(self) -> None:
        values = {k: v for k, v in self._values().items() if v not in ("", None, [])}
        if values == self._shown:
            return
        self._asked = values
        if not any(values.get(k) for k in MATCHED):
            self._answer(values, [])
            return
        self._worker.run(entry_hints, values, self.exclude_id,
                         on_done=partial(self._answer, values), on_error=partial(self._no_answer, values))

    def _no_answer(self, values: dict[str, Any], _error: BaseException) -> None:
        self._answer(values, [])  # a hint, not a blocker: the form still saves

    def _answer(self, values: dict[str, Any], hints: list[Hint]) -> None:
        if values != self._asked:
            return  # an answer to older typing
        self._shown = values
        self.warning.show_hints(hints)
        self.checked.emit(hints)
