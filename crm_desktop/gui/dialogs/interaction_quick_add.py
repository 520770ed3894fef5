"""Quick-add an interaction from anywhere: who (type to find the contact), what kind, when (now, on
the vault's clock, unless changed), a subject and notes. Enter saves (Ctrl+Enter from the notes)."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDateTime, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.core.errors import ValidationError
from crm_desktop.core.services import interactions
from crm_desktop.core.services.interaction_dto import InteractionOut
from crm_desktop.core.services.reminders import default_zone_name
from crm_desktop.core.services.uow import ReadSession
from crm_desktop.gui.errors import describe, field_of
from crm_desktop.gui.widgets import labels
from crm_desktop.gui.widgets.contact_picker import ContactPicker
from crm_desktop.gui.widgets.field_row import FieldRow
from crm_desktop.gui.widgets.message_label import MessageLabel
from crm_desktop.gui.worker import DbWorker

if TYPE_CHECKING:
    from crm_desktop.core.vault import Vault

KINDS = ("call", "meeting", "email", "note")


def vault_zone(vault: Vault) -> str:
    """Runs on the worker: the zone the vault reads times in (its setting, else this computer's)."""
    with ReadSession(vault) as s:
        return default_zone_name(s)


class InteractionQuickAdd(QDialog):
    added = Signal(object)  # InteractionOut

    def __init__(self, worker: DbWorker, parent: QWidget | None = None, *, contact_id: int | None = None,
                 contact_name: str = "") -> None:
        super().__init__(parent)
        self._worker = worker
        self._edited_time = False
        self.setWindowTitle(self.tr("Log an interaction"))
        self.setMinimumWidth(560)
        self.picker = ContactPicker(worker, self)
        self.picker.failed.connect(lambda e: self.message.show_message(describe(e)))
        self.contact_message = MessageLabel(self)
        self.contact_message.setObjectName("participantsMessage")
        self.picker.changed.connect(self.contact_message.clear_message)
        self.kind = QComboBox(self)
        self.kind.setObjectName("kindCombo")
        for code in KINDS:
            self.kind.addItem(labels.kind(code), code)
        self.when = QDateTimeEdit(QDateTime.currentDateTime(), self)
        self.when.setObjectName("whenEdit")
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when.dateTimeChanged.connect(self._time_edited)
        self.zone = QLabel(self)
        self.zone.setObjectName("zoneLabel")
        self.when_message = MessageLabel(self)
        self.when_message.setObjectName("occurred_atMessage")
        when_line = QHBoxLayout()
        when_line.addWidget(self.when)
        when_line.addWidget(self.zone)
        when_line.addWidget(self.when_message, 1)
        self.subject = FieldRow("subject", QLineEdit(self), self)
        self.subject.editor.setPlaceholderText(self.tr("What it was about"))
        self.body = QPlainTextEdit(self)
        self.body.setObjectName("bodyEdit")
        self.body.setPlaceholderText(self.tr("Notes (Ctrl+Enter saves)"))
        self.body.setTabChangesFocus(True)
        self.body.setFixedHeight(self.body.fontMetrics().lineSpacing() * 5 + 12)
        form = QFormLayout()
        form.addRow(self.tr("Contact:"), self.picker)
        form.addRow("", self.contact_message)
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("When:"), when_line)
        form.addRow(self.tr("Subject:"), self.subject)
        form.addRow(self.tr("Notes:"), self.body)
        self.message = MessageLabel(self)
        buttons = QDialogButtonBox(self)
        self.add_button = QPushButton(self.tr("Add"), self)
        self.add_button.setObjectName("addButton")
        self.add_button.setDefault(True)
        buttons.addButton(self.add_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.add_button.clicked.connect(self._submit)
        buttons.rejected.connect(self.reject)
        for key in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(key), self).activated.connect(self._submit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        if contact_id is not None:
            self.picker.search.setText(contact_name)
            self.picker.pick(contact_id)
            self.kind.setFocus()
        else:
            self.picker.setFocus()
        worker.run(vault_zone, on_done=self._zone, on_error=lambda e: self.message.show_message(describe(e)))

    def _time_edited(self) -> None:
        self._edited_time = True

    def _zone(self, name: str) -> None:
        """Now on the vault's clock (unless a time was typed meanwhile); the zone named beside it."""
        self.zone.setText(name)
        if not self._edited_time:
            now = datetime.now(ZoneInfo(name)).replace(tzinfo=None, second=0, microsecond=0)
            self.when.blockSignals(True)
            self.when.setDateTime(QDateTime(now))
            self.when.blockSignals(False)

    def values(self) -> dict[str, Any]:
        # A time without a zone: the service reads it on the vault's clock, the one shown.
        when = self.when.dateTime().toPython().replace(second=0, microsecond=0)
        contact = self.picker.contact_id()
        return {"kind": self.kind.currentData(), "occurred_at": when,
                "participants": [contact] if contact is not None else [],
                "subject": self.subject.text().strip() or None,
                "body": self.body.toPlainText().strip() or None}

    def _submit(self) -> None:
        if not self.add_button.isEnabled():
            return  # saving already
        self.subject.clear_error()
        for label in (self.contact_message, self.when_message, self.message):
            label.clear_message()
        if self.picker.contact_id() is None:
            self.contact_message.show_message(self.tr("Find the contact first: type part of a name."))
            self.picker.setFocus()
            return
        self.add_button.setEnabled(False)
        self._worker.run(_add, self.values(), on_done=self._done, on_error=self._failed)

    def _done(self, interaction: InteractionOut) -> None:
        self.added.emit(interaction)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.add_button.setEnabled(True)
        field = field_of(error) if isinstance(error, ValidationError) else ""
        if field == "subject":
            self.subject.show_error(describe(error))
            self.subject.editor.setFocus()
        elif field == "participants":
            self.contact_message.show_message(describe(error))
        elif field == "occurred_at":
            self.when_message.show_message(describe(error))
        else:
            self.message.show_message(describe(error))


def _add(vault: Vault, values: dict[str, Any]) -> InteractionOut:
    return interactions.add(vault, **values)
