"""The backup settings in the Backups dialog: how many to keep, a second folder, automatic."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QWidget,
)

from crm_desktop.core.backup import BackupSettings
from crm_desktop.core.backup.settings import MAX_KEEP
from crm_desktop.gui.widgets.message_label import MessageLabel


class BackupSettingsBox(QGroupBox):
    save_requested = Signal(dict)  # the changed settings, as names for backup.save_settings

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Settings"))
        self.keep_last = QSpinBox(self)
        self.keep_last.setObjectName("keepLast")
        self.keep_last.setRange(1, MAX_KEEP)
        self.keep_last.setSuffix(self.tr(" backups"))
        self.keep_daily = QSpinBox(self)
        self.keep_daily.setRange(0, MAX_KEEP)
        self.keep_daily.setSuffix(self.tr(" days"))
        self.mirror_edit = QLineEdit(self)
        self.mirror_edit.setObjectName("mirrorEdit")
        self.mirror_edit.setPlaceholderText(self.tr("none — e.g. a USB drive or a synced folder"))
        choose = QPushButton(self.tr("Choose…"), self)
        choose.clicked.connect(self._choose_mirror)
        mirror = QHBoxLayout()
        mirror.addWidget(self.mirror_edit, 1)
        mirror.addWidget(choose)
        self.mirror_message = MessageLabel(self)
        self.mirror_message.setObjectName("mirrorMessage")
        self.auto_check = QCheckBox(self.tr("Back up automatically: daily on opening, and before an "
                                            "import, a merge, an erase or a passphrase change"), self)
        self.save_button = QPushButton(self.tr("&Save settings"), self)
        self.save_button.setObjectName("saveSettingsButton")
        self.save_button.clicked.connect(lambda: self.save_requested.emit(self.changes()))
        for spin in (self.keep_last, self.keep_daily):
            spin.setMinimumWidth(140)
            spin.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        save = QHBoxLayout()
        save.addStretch(1)
        save.addWidget(self.save_button)
        form = QFormLayout(self)
        form.addRow(self.tr("Always keep the newest:"), self.keep_last)
        form.addRow(self.tr("And the last of each day for:"), self.keep_daily)
        form.addRow(self.tr("Second folder:"), mirror)
        form.addRow("", self.mirror_message)
        form.addRow("", self.auto_check)
        form.addRow(save)

    def show_settings(self, s: BackupSettings) -> None:
        self.keep_last.setValue(max(1, s.keep_last))
        self.keep_daily.setValue(s.keep_daily)
        self.mirror_edit.setText(s.mirror)
        self.auto_check.setChecked(s.auto)
        self.mirror_message.clear_message()

    def changes(self) -> dict[str, Any]:
        return {"keep_last": self.keep_last.value(), "keep_daily": self.keep_daily.value(),
                "mirror": self.mirror_edit.text(), "auto": self.auto_check.isChecked()}

    def show_mirror_error(self, text: str) -> None:
        self.mirror_message.show_message(text)
        self.mirror_edit.setFocus()

    def _choose_mirror(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Second folder for backups"),
                                                  self.mirror_edit.text())
        if folder:
            self.mirror_edit.setText(folder)
