"""Unlock a vault: a wrong passphrase says so and the dialog stays; other problems are named."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.core.errors import WrongPassphrase
from crm_desktop.gui.errors import describe
from crm_desktop.gui.widgets.message_label import MessageLabel
from crm_desktop.gui.worker import DbWorker, VaultInfo

from .start_dialog import VAULT_FILTER


class UnlockDialog(QDialog):
    opened = Signal(object)  # VaultInfo
    open_requested = Signal(str)  # another vault file chosen

    def __init__(self, worker: DbWorker, path: str, parent: QWidget | None = None,
                 *, message: str = "") -> None:
        super().__init__(parent)
        self._worker = worker
        self.path = path
        self.setWindowTitle(self.tr("Unlock {name}").format(name=Path(path).stem))
        self.setMinimumWidth(460)
        heading = QLabel(self.tr("<b>{name}</b> is locked.").format(name=Path(path).stem), self)
        where = QLabel(path, self)
        where.setWordWrap(True)
        where.setStyleSheet("color: #555555;")
        self.passphrase_edit = QLineEdit(self)
        self.passphrase_edit.setObjectName("passphraseEdit")
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = MessageLabel(self)
        self.message.setObjectName("unlockMessage")
        buttons = QDialogButtonBox(self)
        self.unlock_button = QPushButton(self.tr("Unlock"), self)
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.setDefault(True)
        buttons.addButton(self.unlock_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.other_button = QPushButton(self.tr("Other vault…"), self)
        buttons.addButton(self.other_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.unlock_button.clicked.connect(self._unlock)
        self.other_button.clicked.connect(self._other)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Passphrase:"), self.passphrase_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(where)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        if message:
            self.message.show_message(message)
        self.passphrase_edit.setFocus()

    def _unlock(self) -> None:
        if not self.passphrase_edit.text():
            self.message.show_message(self.tr("Type the passphrase of this vault."))
            return
        self._busy(True)
        self.message.show_message(self.tr("Unlocking…"), color="#555555")
        self._worker.open_vault(self.path, self.passphrase_edit.text(),
                                on_done=self._done, on_error=self._failed)

    def _done(self, info: VaultInfo) -> None:
        self._busy(False)
        self.passphrase_edit.clear()
        self.opened.emit(info)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._busy(False)
        self.message.show_message(describe(error), color="#b00020")
        if isinstance(error, WrongPassphrase):
            self.passphrase_edit.selectAll()
            self.passphrase_edit.setFocus()

    def _other(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open a vault"), str(Path(self.path).parent),
                                              VAULT_FILTER)
        if path:
            self.open_requested.emit(path)
            self.reject()

    def _busy(self, busy: bool) -> None:
        self.unlock_button.setEnabled(not busy)
        self.passphrase_edit.setEnabled(not busy)
