"""Quick-add a reminder: what to do, when (on this computer's clock), whether it repeats, and the
contact or deal it is about when opened from one."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import Any

from PySide6.QtCore import QDateTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.core.errors import ValidationError
from crm_desktop.core.services import reminders
from crm_desktop.core.services.reminder_dto import ReminderOut
from crm_desktop.gui import formatting as fmt
from crm_desktop.gui.errors import describe, field_of
from crm_desktop.gui.widgets.field_row import FieldRow
from crm_desktop.gui.widgets.message_label import MessageLabel
from crm_desktop.gui.worker import DbWorker

REPEATS = (None, "FREQ=DAILY", "FREQ=WEEKLY", "FREQ=MONTHLY", "FREQ=YEARLY")


def tomorrow_morning(now: datetime | None = None) -> datetime:
    now = now or datetime.now()
    return datetime.combine(now.date() + timedelta(days=1), time(9, 0))


class ReminderQuickAddDialog(QDialog):
    added = Signal(object)  # ReminderOut

    def __init__(self, worker: DbWorker, parent: QWidget | None = None, *, contact_id: int | None = None,
                 deal_id: int | None = None, about: str = "") -> None:
        super().__init__(parent)
        self._worker = worker
        self._links = {"contact_id": contact_id, "deal_id": deal_id}
        self.setWindowTitle(self.tr("Add a reminder"))
        self.setMinimumWidth(520)
        self.text = FieldRow("text", QLineEdit(self), self)
        self.due = QDateTimeEdit(QDateTime(tomorrow_morning()), self)
        self.due.setObjectName("dueEdit")
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.due_row = FieldRow("due", QLineEdit(self), self)  # carries the message for the time
        self.due_row.editor.hide()
        self.repeat = QComboBox(self)
        self.repeat.setObjectName("repeatCombo")
        for label, rule in zip((self.tr("Does not repeat"), self.tr("Every day"), self.tr("Every week"),
                                self.tr("Every month"), self.tr("Every year")), REPEATS, strict=True):
            self.repeat.addItem(label, rule)
        form = QFormLayout()
        form.addRow(self.tr("What:"), self.text)
        form.addRow(self.tr("When:"), self.due)
        form.addRow("", self.due_row)
        form.addRow(self.tr("Repeats:"), self.repeat)
        if about:
            about_label = QLabel(about, self)
            about_label.setObjectName("aboutLabel")
            form.addRow(self.tr("About:"), about_label)
        self.message = MessageLabel(self)
        buttons = QDialogButtonBox(self)
        self.add_button = QPushButton(self.tr("Add"), self)
        self.add_button.setObjectName("addButton")
        self.add_button.setDefault(True)
        buttons.addButton(self.add_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.add_button.clicked.connect(self._submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.text.editor.setFocus()

    def values(self) -> dict[str, Any]:
        due = self.due.dateTime().toPython()
        return {"text": self.text.text().strip(), "due": due.replace(second=0, microsecond=0),
                "tz": fmt.system_zone(), "rrule": self.repeat.currentData(), **self._links}

    def _submit(self) -> None:
        self.text.clear_error()
        self.due_row.clear_error()
        self.message.clear_message()
        self.add_button.setEnabled(False)
        self._worker.run(_add, self.values(), on_done=self._done, on_error=self._failed)

    def _done(self, reminder: ReminderOut) -> None:
        self.added.emit(reminder)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.add_button.setEnabled(True)
        rows = {"text": self.text, "due": self.due_row, "tz": self.due_row}
        row = rows.get(field_of(error)) if isinstance(error, ValidationError) else None
        if row is not None:
            row.show_error(describe(error))
        else:
            self.message.show_message(describe(error))


def _add(vault: Any, values: dict[str, Any]) -> ReminderOut:
    return reminders.add(vault, values.pop("text"), values.pop("due"), **values)
