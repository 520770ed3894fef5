"""Settings: General (region, currency, language, auto-lock), Pipeline, Custom fields, Tags.

Every change applies at once, as one audited service call on the worker (Edit → Undo takes it
back); there is nothing to save on closing."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTabWidget, QVBoxLayout, QWidget

from crm_desktop.gui.settings import Settings
from crm_desktop.gui.widgets.custom_field_editor import CustomFieldEditor
from crm_desktop.gui.widgets.general_settings import GeneralSettings
from crm_desktop.gui.widgets.stage_editor import StageEditor
from crm_desktop.gui.widgets.tag_editor import TagEditor
from crm_desktop.gui.worker import DbWorker


class SettingsDialog(QDialog):
    language_chosen = Signal(str)  # "en", "zh_CN" or "zh_TW"; already stored in Settings
    autolock_changed = Signal(int)  # minutes, 0 = off; already stored in Settings
    vault_settings_changed = Signal()  # pipeline, fields, tags, region or currency: pages may refresh

    def __init__(self, worker: DbWorker, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.resize(760, 520)
        self.general = GeneralSettings(worker, settings, self)
        self.stages = StageEditor(worker, self)
        self.fields = CustomFieldEditor(worker, self)
        self.tags = TagEditor(worker, self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("settingsTabs")
        self.tabs.addTab(self.general, self.tr("&General"))
        self.tabs.addTab(self.stages, self.tr("&Pipeline"))
        self.tabs.addTab(self.fields, self.tr("Custom &fields"))
        self.tabs.addTab(self.tags, self.tr("&Tags"))
        # Ctrl+Tab / Ctrl+Shift+Tab between tabs, as in other tabbed dialogs.
        keys = QKeySequence.StandardKey
        for key, step in ((keys.NextChild, 1), (keys.PreviousChild, -1)):
            QShortcut(QKeySequence(key), self).activated.connect(lambda s=step: self._step(s))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.general.language_chosen.connect(self.language_chosen)
        self.general.autolock_changed.connect(self.autolock_changed)
        self.general.vault_changed.connect(self.vault_settings_changed)
        for editor in (self.stages, self.fields, self.tags):
            editor.changed.connect(self.vault_settings_changed)
            editor.reload()

    def _step(self, step: int) -> None:
        self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % self.tabs.count())

    def refresh(self) -> None:
        """Read everything again (after an undo, say)."""
        self.general.reload()
        for editor in (self.stages, self.fields, self.tags):
            editor.reload()
