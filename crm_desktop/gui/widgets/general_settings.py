"""Settings → General: the vault's default phone region and currency (kept in the vault, audited),
and this computer's language and auto-lock (app settings). Each applies as soon as it is chosen."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from crm_desktop.gui import formatting as fmt
from crm_desktop.gui.errors import describe
from crm_desktop.gui.queries.settings_data import (
    GeneralChoices,
    VaultDefaults,
    load_defaults,
    load_general,
    save_currency,
    save_region,
)
from crm_desktop.gui.settings import LANGUAGES, Settings
from crm_desktop.gui.widgets.field_row import FieldRow
from crm_desktop.gui.widgets.message_label import MessageLabel
from crm_desktop.gui.worker import DbWorker

# Each language in its own words: whoever cannot read the current one still finds theirs.
LANGUAGE_NAMES = {"en": "English", "zh_CN": "简体中文", "zh_TW": "繁體中文"}
MAX_AUTOLOCK_MINUTES = 24 * 60


class GeneralSettings(QWidget):
    language_chosen = Signal(str)
    autolock_changed = Signal(int)
    vault_changed = Signal()  # region or currency saved
    loaded = Signal()

    def __init__(self, worker: DbWorker, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("generalSettings")
        self._worker = worker
        self._settings = settings
        self.region = FieldRow("region", QComboBox(self), self)
        self.currency = FieldRow("currency", QComboBox(self), self)
        for row in (self.region, self.currency):
            row.setEnabled(False)  # until the vault's values are read
        self.language = QComboBox(self)
        self.language.setObjectName("languageCombo")
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.language.currentIndexChanged.connect(self._language)
        self.autolock = QSpinBox(self)
        self.autolock.setObjectName("autolockBox")
        self.autolock.setRange(0, MAX_AUTOLOCK_MINUTES)
        self.autolock.setSpecialValueText(self.tr("Off"))
        self.autolock.setSuffix(self.tr(" min"))
        self.autolock.setKeyboardTracking(False)  # typing "15" is one change, not "1" then "15"
        self.autolock.setValue(settings.autolock_minutes)
        self.autolock.valueChanged.connect(self._autolock)
        self.message = MessageLabel(self)
        self.notice = MessageLabel(self, kind="ok")
        vault_form = QFormLayout()
        vault_form.addRow(self.tr("Phone region:"), self.region)
        vault_form.addRow(self.tr("Currency:"), self.currency)
        app_form = QFormLayout()
        app_form.addRow(self.tr("Language:"), self.language)
        app_form.addRow(self.tr("Lock after idle:"), self.autolock)
        layout = QVBoxLayout(self)
        layout.addWidget(_heading(self.tr("This vault"), self))
        layout.addWidget(_hint(self.tr("Phone numbers typed without +country code are read in this region; "
                                       "new deals start in this currency."), self))
        layout.addLayout(vault_form)
        layout.addSpacing(12)
        layout.addWidget(_heading(self.tr("This computer"), self))
        layout.addLayout(app_form)
        layout.addWidget(self.message)
        layout.addWidget(self.notice)
        layout.addStretch(1)
        worker.run(load_general, fmt.locale(), on_done=self._loaded,
                   on_error=lambda e: self.message.show_message(describe(e)))

    def _combo(self, row: FieldRow) -> QComboBox:
        assert isinstance(row.editor, QComboBox)
        return row.editor

    def _loaded(self, choices: GeneralChoices) -> None:
        region, currency = self._combo(self.region), self._combo(self.currency)
        region.addItems([label for _code, label in choices.regions])
        for n, (code, _label) in enumerate(choices.regions):
            region.setItemData(n, code)
        currency.addItem(self.tr("None"), "")
        for code, label in choices.currencies:
            currency.addItem(label, code)
        self._show(choices.defaults)
        region.currentIndexChanged.connect(lambda _i: self._save(save_region, self.region))
        currency.currentIndexChanged.connect(lambda _i: self._save(save_currency, self.currency))
        for row in (self.region, self.currency):
            row.setEnabled(True)
        self.loaded.emit()

    def reload(self) -> None:
        """Read the vault's values again (after an undo, say)."""
        if self.region.isEnabled():
            self._worker.run(load_defaults, on_done=self._show,
                             on_error=lambda e: self.message.show_message(describe(e)))

    def _show(self, defaults: VaultDefaults) -> None:
        for row, code in ((self.region, defaults.region), (self.currency, defaults.currency)):
            combo = self._combo(row)
            if combo.findData(code) < 0:  # a code no longer in the lists (an old currency): keep it
                combo.addItem(code, code)
            combo.blockSignals(True)
            combo.setCurrentIndex(combo.findData(code))
            combo.blockSignals(False)

    def _save(self, fn: Callable[[Any, str], VaultDefaults], row: FieldRow) -> None:
        row.clear_error()
        self.notice.clear_message()
        self._worker.run(fn, row.text(), on_done=self._saved, on_error=lambda e: row.show_error(describe(e)))

    def _saved(self, defaults: VaultDefaults) -> None:
        self._show(defaults)
        self.notice.show_message(self.tr("Saved. Undo takes it back."))
        self.vault_changed.emit()

    def _language(self) -> None:
        code = str(self.language.currentData())
        self._settings.language = code
        self.language_chosen.emit(code)

    def _autolock(self, minutes: int) -> None:
        self._settings.autolock_minutes = minutes
        self.autolock_changed.emit(minutes)


def _heading(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


def _hint(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setStyleSheet("color: #555555;")
    return label
