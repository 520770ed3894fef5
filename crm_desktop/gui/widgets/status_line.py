"""The right end of the status bar: work in progress, the vault's name, locked or not."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QStatusBar

from crm_desktop.gui.worker import VaultInfo


class StatusLine(QObject):
    def __init__(self, bar: QStatusBar) -> None:
        super().__init__(bar)
        self.busy_label = QLabel(bar)
        self.busy_label.setObjectName("busyLabel")
        self.vault_label = QLabel(bar)
        self.lock_label = QLabel(bar)
        self.lock_label.setObjectName("lockState")
        for label in (self.busy_label, self.vault_label, self.lock_label):
            bar.addPermanentWidget(label)

    def show_state(self, vault: VaultInfo | None, locked: bool) -> None:
        self.vault_label.setText(vault.name if vault else "")
        self.vault_label.setToolTip(vault.path if vault else "")
        self.lock_label.setText(self.tr("Locked") if locked else self.tr("Unlocked"))

    def set_busy(self, busy: bool) -> None:
        self.busy_label.setText(self.tr("Working…") if busy else "")
