"""Snooze a reminder until a date and time of your choosing (on this computer's clock)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QDateTimeEdit, QDialog, QDialogButtonBox, QFormLayout, QVBoxLayout, QWidget

from .reminder_quick_add import tomorrow_morning


class SnoozeDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, *, start: datetime | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Snooze until…"))
        self.until = QDateTimeEdit(QDateTime(start or tomorrow_morning()), self)
        self.until.setObjectName("untilEdit")
        self.until.setCalendarPopup(True)
        self.until.setDisplayFormat("yyyy-MM-dd HH:mm")
        std = QDialogButtonBox.StandardButton
        buttons = QDialogButtonBox(std.Ok | std.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Until:"), self.until)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def value(self) -> datetime:
        """The chosen instant, aware (this computer's zone), so the reminder's own zone cannot
        shift it."""
        return self.until.dateTime().toPython().replace(second=0, microsecond=0).astimezone()
