"""Import wizard, page 3: which field each column fills. One row per column of the file, with its
first values and a field list; "Keep as custom field" keeps what no field takes, "Skip" drops it.
A mapping can be saved as a named preset (in the vault) and loaded for the next file."""

from __future__ import annotations

import dataclasses
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from crm_desktop.core.importer import Mapping, Target
from crm_desktop.core.importer.mapping import DATE_ORDERS
from crm_desktop.gui.errors import describe
from crm_desktop.gui.worker import DbWorker

from .import_fields import entity_label, field_label, fields_of
from .import_jobs import ImportState, load_preset, save_preset
from .message_label import MessageLabel

# Parts of a numbered custom field (Google's "Custom Field 1 - Value"): offered only where found.
_RULE_ONLY = ("custom_label", "custom_value")


class MappingPage(QWizardPage):
    def __init__(self, worker: DbWorker, state: ImportState) -> None:
        super().__init__()
        self._worker = worker
        self._state = state
        self._proposed: dict[str, Target] = {}  # what the mapping said first: kept when re-chosen
        self.setTitle(self.tr("Match the columns to fields"))
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("importMapping")
        self.table.setHorizontalHeaderLabels([self.tr("Column in the file"), self.tr("First values"),
                                              self.tr("Imported as")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().hide()
        # One line per column, all rows alike: samples are elided, the full text is in the tooltip.
        self.table.setWordWrap(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 14)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.date_order = QComboBox(self)
        self.date_order.setObjectName("importDateOrder")
        words = {"auto": self.tr("guess (month first when unclear)"), "YMD": self.tr("year-month-day"),
                 "MDY": self.tr("month/day/year"), "DMY": self.tr("day/month/year")}
        for order in DATE_ORDERS:
            self.date_order.addItem(words[order], order)
        dates = QLabel(self.tr("&Dates like 03/04/2024 are:"), self)
        dates.setBuddy(self.date_order)
        self.presets = QComboBox(self)
        self.presets.setObjectName("importPresets")
        self.presets.setMinimumContentsLength(14)
        presets = QLabel(self.tr("&Preset:"), self)
        presets.setBuddy(self.presets)
        self.load_button = QPushButton(self.tr("&Load"), self)
        self.load_button.setObjectName("importLoadPreset")
        self.save_button = QPushButton(self.tr("Sa&ve as preset…"), self)
        self.save_button.setObjectName("importSavePreset")
        self.message = MessageLabel(self)
        self.message.setObjectName("importMappingMessage")
        bar = QHBoxLayout()
        bar.addWidget(dates)
        bar.addWidget(self.date_order)
        bar.addStretch(1)
        bar.addWidget(presets)
        bar.addWidget(self.presets)
        bar.addWidget(self.load_button)
        bar.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(bar)
        layout.addWidget(self.message)
        self.date_order.activated.connect(self._date_order_chosen)
        self.load_button.clicked.connect(lambda: self.load(self.presets.currentText()))
        self.save_button.clicked.connect(self._ask_preset_name)

    def initializePage(self) -> None:
        info, mapping = self._state.info, self._state.mapping
        self.message.clear_message()
        if info is None or mapping is None:
            return
        self.setSubTitle(self.tr("{n} columns, read as {what}. A column left as a custom field is kept "
                                 "under its own name; choose Skip to leave it out.").format(
                                     n=len(info.columns), what=entity_label(mapping.entity).lower()))
        self._set_presets(info.presets)
        self._fill(mapping)

    def _set_presets(self, names: tuple[str, ...] | list[str]) -> None:
        self.presets.clear()
        self.presets.addItems(list(names))
        self.load_button.setEnabled(bool(names))

    def _fill(self, mapping: Mapping) -> None:
        info = self._state.info
        assert info is not None
        self._proposed = {c: mapping.target(c) for c in info.columns}
        self.date_order.setCurrentIndex(max(self.date_order.findData(mapping.date_order), 0))
        self.table.setRowCount(len(info.columns))
        for i, column in enumerate(info.columns):
            self.table.setItem(i, 0, QTableWidgetItem(column))
            samples = QTableWidgetItem(" · ".join(info.samples.get(column, ())))
            samples.setToolTip(samples.text())
            samples.setForeground(Qt.GlobalColor.darkGray)
            self.table.setItem(i, 1, samples)
            self.table.setCellWidget(i, 2, self._combo(column, mapping.entity, self._proposed[column]))

    def _combo(self, column: str, entity: str, target: Target) -> QComboBox:
        combo = QComboBox(self.table)
        combo.setObjectName(f"field:{column}")
        combo.setAccessibleName(self.tr("Field for column {column}").format(column=column))
        for f in fields_of(entity):
            if f not in _RULE_ONLY or f == target.field:
                combo.addItem(field_label(f, entity), f)
        combo.setCurrentIndex(max(combo.findData(target.field), 0))
        combo.currentIndexChanged.connect(partial(self._chosen, column, combo))
        return combo

    def combo(self, column: str) -> QComboBox:
        found = self.table.findChild(QComboBox, f"field:{column}")
        assert found is not None, column
        return found

    def _chosen(self, column: str, combo: QComboBox, _index: int) -> None:
        mapping = self._state.mapping
        if mapping is None:
            return
        field = combo.currentData()
        proposed = self._proposed.get(column)
        # The proposed target may carry a slot or a label (a 手机 column is a *mobile* phone).
        target = proposed if proposed is not None and proposed.field == field else Target(field)
        self._state.mapping = mapping.with_column(column, target)
        self._state.preview = None

    def _date_order_chosen(self) -> None:
        if self._state.mapping is not None:
            self._state.mapping = dataclasses.replace(self._state.mapping,
                                                      date_order=self.date_order.currentData())
            self._state.preview = None

    # ---------------------------------------------------------------- presets
    def load(self, name: str) -> None:
        if not name:
            return
        self._worker.run(load_preset, name, on_done=partial(self._loaded, name), on_error=self._failed)

    def _loaded(self, name: str, mapping: Mapping) -> None:
        self._state.mapping, self._state.preview = mapping, None
        self._fill(mapping)
        self.message.show_message(self.tr("Preset “{name}” loaded.").format(name=name), color="#1b5e20")

    def _ask_preset_name(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Save as preset"),
                                        self.tr("A name for this mapping:"), text=self.presets.currentText())
        if ok and name.strip():
            self.save(name.strip())

    def save(self, name: str) -> None:
        if self._state.mapping is not None:
            self._worker.run(save_preset, name, self._state.mapping, on_done=partial(self._saved, name),
                             on_error=self._failed)

    def _saved(self, name: str, names: tuple[str, ...]) -> None:
        if self._state.info is not None:
            self._state.info = dataclasses.replace(self._state.info, presets=names)
        self._set_presets(names)
        self.presets.setCurrentText(name)
        self.message.show_message(self.tr("Saved as preset “{name}”.").format(name=name), color="#1b5e20")

    def _failed(self, error: BaseException) -> None:
        self.message.show_message(describe(error), color="#b00020")
