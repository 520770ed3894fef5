"""Quick-add a deal: the few fields that matter; the rest on its page."""

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
from crm_desktop.core.services import deals
from crm_desktop.core.services.deal_dto import DealDetail
from crm_desktop.gui.errors import describe, field_of
from crm_desktop.gui.queries.deal_lists import QuickAddChoices, quick_add_choices
from crm_desktop.gui.widgets.field_row import FieldRow
from crm_desktop.gui.widgets.message_label import MessageLabel
from crm_desktop.gui.worker import DbWorker


class DealQuickAddDialog(QDialog):
    added = Signal(object)  # DealDetail

    def __init__(self, worker: DbWorker, parent: QWidget | None = None, *, stage_id: int | None = None,
                 client_id: int | None = None, client_name: str = "") -> None:
        super().__init__(parent)
        self._worker = worker
        self._stage_id = stage_id
        self._client_id = client_id  # the contact whose page it was opened from
        self.setWindowTitle(self.tr("Add a deal"))
        self.setMinimumWidth(560)
        self.rows: dict[str, FieldRow] = {}
        form = QFormLayout()
        for name, label in (("name", self.tr("Name:")), ("client", self.tr("Client:")),
                            ("amount", self.tr("Amount:")), ("currency", self.tr("Currency:")),
                            ("expected_close", self.tr("Expected close:"))):
            self.rows[name] = FieldRow(name, QLineEdit(self), self)
            form.addRow(label, self.rows[name])
        self.stage = QComboBox(self)
        self.stage.setObjectName("stageCombo")
        self.rows["stage"] = FieldRow("stage", self.stage, self)
        form.addRow(self.tr("Stage:"), self.rows["stage"])
        self.rows["client"].editor.setPlaceholderText(self.tr("An organization's name (added if new)"))
        self.rows["currency"].editor.setPlaceholderText("CNY, USD, EUR…")
        self.rows["currency"].editor.setMaxLength(3)
        self.rows["expected_close"].editor.setPlaceholderText("YYYY-MM-DD")
        self.rows["client"].set_text(client_name)
        self.rows["client"].setEnabled(client_id is None)
        self.message = MessageLabel(self)
        buttons = QDialogButtonBox(self)
        self.add_button = QPushButton(self.tr("Add"), self)
        self.add_button.setObjectName("addButton")
        self.add_button.setDefault(True)
        self.add_button.setEnabled(False)  # until the stages are known
        buttons.addButton(self.add_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.add_button.clicked.connect(self._submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.rows["name"].editor.setFocus()
        worker.run(quick_add_choices, on_done=self._choices, on_error=self._failed)

    def _choices(self, choices: QuickAddChoices) -> None:
        for st in choices.stages:
            if not (st.is_won or st.is_lost):
                self.stage.addItem(st.name, st.id)
        if self._stage_id is not None and self.stage.findData(self._stage_id) >= 0:
            self.stage.setCurrentIndex(self.stage.findData(self._stage_id))
        if not self.rows["currency"].text():
            self.rows["currency"].set_text(choices.currency)
        self.add_button.setEnabled(True)

    def values(self) -> dict[str, Any]:
        text = {name: row.text().strip() for name, row in self.rows.items() if name != "stage"}
        values: dict[str, Any] = {"name": text["name"], "stage": self.stage.currentData()}
        client = self._client_id if self._client_id is not None else text["client"]
        if client:
            values["client"] = client
        if text["amount"]:
            values["amount"] = text["amount"]
            values["currency"] = text["currency"].upper() or None
        if text["expected_close"]:
            values["expected_close"] = text["expected_close"]
        return values

    def _submit(self) -> None:
        for row in self.rows.values():
            row.clear_error()
        self.message.clear_message()
        self.add_button.setEnabled(False)
        self._worker.run(_add, self.values(), on_done=self._done, on_error=self._failed)

    def _done(self, deal: DealDetail) -> None:
        self.added.emit(deal)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.add_button.setEnabled(True)
        row = self.rows.get(field_of(error)) if isinstance(error, ValidationError) else None
        if row is not None:
            row.show_error(describe(error))
            row.editor.setFocus()
        else:
            self.message.show_message(describe(error))


def _add(vault: Any, values: dict[str, Any]) -> DealDetail:
    return deals.add(vault, **values)
