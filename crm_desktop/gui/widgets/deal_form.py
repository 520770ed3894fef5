"""A deal's fields, edited in place: each saves when you leave it; a rule it breaks is shown
beside it and nothing is saved. The stage is a list: choosing one moves the deal."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from crm_desktop.core.errors import ValidationError
from crm_desktop.core.services import deals
from crm_desktop.core.services.deal_dto import DealDetail
from crm_desktop.core.services.stages import StageOut
from crm_desktop.gui import formatting as fmt
from crm_desktop.gui.errors import describe, field_of
from crm_desktop.gui.io import Io

from .field_row import FieldRow
from .message_label import MessageLabel

TEXT_FIELDS = ("name", "amount", "currency", "probability", "expected_close", "owner", "fee_retainer",
               "fee_success_amount", "fee_success_percent")

def _number(value: Any) -> str:
    return "" if value is None else f"{value:,}"

def field_values(d: DealDetail) -> dict[str, str]:
    return {"name": d.name, "amount": _number(d.amount), "currency": d.currency or "",
            "probability": "" if d.probability_override is None else str(d.probability_override),
            "expected_close": d.expected_close.isoformat() if d.expected_close else "",
            "owner": d.owner or "", "fee_retainer": _number(d.fee_retainer),
            "fee_success_amount": _number(d.fee_success_amount),
            "fee_success_percent": _number(d.fee_success_percent)}

class DealForm(QWidget):
    saved = Signal(object)  # DealDetail
    message = Signal(str)

    def __init__(self, io: Io, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._io = io
        self.deal: DealDetail | None = None
        self._saved: dict[str, str] = {}
        self._failed: dict[str, str] = {}
        self.rows: dict[str, FieldRow] = {}
        self._labels: dict[str, QLabel] = {}
        self._form = QFormLayout(self)
        self._form.setContentsMargins(0, 0, 0, 0)
        self.stage = QComboBox(self)
        self.stage.setObjectName("stageCombo")
        self.stage.activated.connect(self._move)
        self._add("stage", self.stage)
        for name in TEXT_FIELDS:
            edit = QLineEdit(self)
            edit.editingFinished.connect(lambda n=name: self._save(n))
            row = FieldRow(name, edit, self)
            self.rows[name] = row
            self._add(name, row)
        self.rows["expected_close"].editor.setPlaceholderText("YYYY-MM-DD")
        self.rows["currency"].editor.setMaxLength(3)
        self.weighted = QLabel(self)
        self.fee = QLabel(self)
        self._add("weighted", self.weighted)
        self._add("expected_fee", self.fee)
        self.error = MessageLabel(self)
        self._form.addRow(self.error)
        self.retranslate()

    def _add(self, name: str, widget: QWidget) -> None:
        self._labels[name] = QLabel(self)
        self._form.addRow(self._labels[name], widget)

    def retranslate(self) -> None:
        names = {"stage": self.tr("Stage"), "name": self.tr("Name"), "amount": self.tr("Amount"),
                 "currency": self.tr("Currency"), "probability": self.tr("Probability (%)"),
                 "expected_close": self.tr("Expected close"), "owner": self.tr("Owner"),
                 "fee_retainer": self.tr("Retainer fee"), "fee_success_amount": self.tr("Success fee"),
                 "fee_success_percent": self.tr("Success fee (%)"), "weighted": self.tr("Weighted amount"),
                 "expected_fee": self.tr("Expected fee")}
        for name, label in self._labels.items():
            label.setText(names[name] + ":")
        if self.deal is not None:
            self._fill_computed(self.deal)

    # ---------------------------------------------------------------- showing
    def show_deal(self, deal: DealDetail, stage_list: list[StageOut]) -> None:
        same = self.deal is not None and self.deal.id == deal.id
        if not same:
            self._failed = {}
            for row in self.rows.values():
                row.clear_error()
        self.stage.blockSignals(True)
        self.stage.clear()
        for st in stage_list:
            self.stage.addItem(st.name, st.id)
        self.stage.setCurrentIndex(max(self.stage.findData(deal.stage_id), 0))
        self.stage.blockSignals(False)
        default = next((s.probability for s in stage_list if s.id == deal.stage_id), None)
        self.rows["probability"].editor.setPlaceholderText(
            self.tr("Stage default: {p}").format(p=fmt.percent(default)) if default is not None else "")
        values = field_values(deal)
        previous = self._saved if same else {}
        for name, value in values.items():
            row = self.rows[name]
            typing = row.editor.hasFocus() and row.text().strip() != previous.get(name, "")
            if name not in self._failed and not typing:
                row.set_text(value)
        self._saved = values
        self.deal = deal
        self._fill_computed(deal)

    def _fill_computed(self, d: DealDetail) -> None:
        weighted = fmt.money(d.weighted_amount, d.currency) if d.weighted_amount is not None else fmt.DASH
        self.weighted.setText(f"{weighted} ({fmt.percent(d.probability)})")
        self.fee.setText(fmt.money(d.expected_fee, d.currency) if d.expected_fee is not None else fmt.DASH)

    def clear(self) -> None:
        self.deal = None
        self._saved, self._failed = {}, {}
        self.stage.clear()
        for row in self.rows.values():
            row.set_text("")
            row.clear_error()
        self.weighted.clear()
        self.fee.clear()
        self.error.clear_message()

    # ---------------------------------------------------------------- saving
    def _save(self, name: str) -> None:
        if self.deal is None:
            return
        row = self.rows[name]
        text = row.text().strip()
        if name == "currency":
            text = text.upper()
        if text == self._saved.get(name):
            if self._failed.pop(name, None) is not None:
                row.clear_error()
            return
        if text == self._failed.get(name):
            return
        deal_id = self.deal.id
        self._io.write(deals.edit, deal_id, **{name: text or None}, on_done=self._saved_ok,
                       on_error=lambda e, n=name, t=text: self._save_failed(deal_id, n, t, e))

    def _move(self, index: int) -> None:
        stage_id = self.stage.itemData(index)
        if self.deal is None or stage_id is None or stage_id == self.deal.stage_id:
            return
        self._io.write(deals.move, self.deal.id, stage_id, on_done=self._saved_ok,
                       on_error=lambda e: self.error.show_message(describe(e)))

    def _saved_ok(self, deal: DealDetail) -> None:
        retry: list[str] = []
        if self.deal is not None and self.deal.id == deal.id:
            self.error.clear_message()
            for name in self._failed:
                self.rows[name].clear_error()
            retry = list(self._failed)  # e.g. an amount refused for want of the currency just saved
        self.saved.emit(deal)  # shown again; what failed keeps its typed text
        for name in retry:
            self._failed.pop(name, None)
            self._save(name)

    def _save_failed(self, deal_id: int, name: str, text: str, error: BaseException) -> None:
        if self.deal is None or self.deal.id != deal_id:
            return
        row = self.rows.get(field_of(error)) if isinstance(error, ValidationError) else None
        if row is None:
            self.error.show_message(describe(error))
            return
        self._failed[name] = text
        row.show_error(describe(error))
        if row.name != name:  # e.g. an amount without a currency: say so where it is missing
            self._failed[row.name] = row.text().strip()
