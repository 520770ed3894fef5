"""Ctrl+N: add a contact with the few fields that matter; the rest on its page."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.core.errors import ValidationError
from crm_desktop.core.services import contacts
from crm_desktop.core.services.contact_dto import ContactOut
from crm_desktop.gui.errors import describe, field_of
from crm_desktop.gui.widgets.dup_warning import DuplicateWarning, DuplicateWatch
from crm_desktop.gui.widgets.field_row import FieldRow
from crm_desktop.gui.widgets.message_label import MessageLabel
from crm_desktop.gui.worker import DbWorker


def tier_combo(parent: QWidget) -> QComboBox:
    combo = QComboBox(parent)
    combo.addItem("—", "")
    for tier in ("A", "B", "C"):
        combo.addItem(tier, tier)
    return combo


class QuickAddDialog(QDialog):
    added = Signal(object)  # ContactOut
    open_existing = Signal(int)  # "Open it" on the duplicate warning: show that contact instead

    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self.setWindowTitle(self.tr("Add a contact"))
        self.setMinimumWidth(560)
        self.kind = QComboBox(self)
        self.kind.setObjectName("kindCombo")
        self.kind.addItem(self.tr("Person"), "person")
        self.kind.addItem(self.tr("Organization"), "organization")
        self.rows: dict[str, FieldRow] = {}
        form = QFormLayout()
        form.addRow(self.tr("Kind:"), self.kind)
        for name, label in (("display_name", self.tr("Name:")), ("organization", self.tr("Organization:")),
                            ("title", self.tr("Title:")), ("phones", self.tr("Phone:")),
                            ("emails", self.tr("E-mail:"))):
            self.rows[name] = FieldRow(name, QLineEdit(self), self)
            form.addRow(label, self.rows[name])
        self.rows["tier"] = FieldRow("tier", tier_combo(self), self)
        form.addRow(self.tr("Tier:"), self.rows["tier"])
        self.message = MessageLabel(self)
        # Duplicates caught while typing, before the contact exists twice.
        self.duplicate = DuplicateWarning(self)
        self.watch = DuplicateWatch(worker, self.values, self.duplicate)
        for name in ("display_name", "organization", "phones", "emails"):
            editor = self.rows[name].editor
            assert isinstance(editor, QLineEdit)
            editor.textChanged.connect(self.watch.check)
        self.kind.currentIndexChanged.connect(self.watch.check)
        self.duplicate.open_requested.connect(self._open_existing)
        self.duplicate.proceed_requested.connect(self._submit)
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
        layout.addWidget(self.duplicate)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.rows["display_name"].editor.setFocus()

    def values(self) -> dict[str, Any]:
        text = {name: row.text().strip() for name, row in self.rows.items()}
        values: dict[str, Any] = {"kind": self.kind.currentData(), "display_name": text["display_name"]}
        if text["organization"] and self.kind.currentData() == "person":
            values["organization"] = text["organization"]
        for name in ("title", "tier"):
            if text[name]:
                values[name] = text[name]
        for name in ("phones", "emails"):
            if text[name]:
                values[name] = split_list(text[name])
        return values

    def _submit(self) -> None:
        for row in self.rows.values():
            row.clear_error()
        self.message.clear_message()
        self.add_button.setEnabled(False)
        self._worker.run(_add, self.values(), on_done=self._done, on_error=self._failed)

    def _open_existing(self, contact_id: int) -> None:
        self.open_existing.emit(contact_id)
        self.reject()

    def _done(self, contact: ContactOut) -> None:
        self.added.emit(contact)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.add_button.setEnabled(True)
        row = self.rows.get(field_of(error)) if isinstance(error, ValidationError) else None
        if row is not None:
            row.show_error(describe(error))
            row.editor.setFocus()
        else:
            self.message.show_message(describe(error))


def split_list(text: str) -> list[str]:
    """Phones or e-mails typed in one field, separated by ; , or new lines."""
    parts = text.replace("；", ";").replace("，", ",").replace("\n", ";").replace(",", ";").split(";")
    return [p.strip() for p in parts if p.strip()]


def _add(vault: Any, values: dict[str, Any]) -> ContactOut:
    return contacts.add(vault, **values)
