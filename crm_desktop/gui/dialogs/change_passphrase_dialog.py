"""File → Change passphrase…: the current one, the new one twice; the vault is backed up and
re-encrypted on the worker (a big vault takes a while), atomically."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.core.errors import ValidationError, WrongPassphrase
from crm_desktop.core.vault import Vault
from crm_desktop.gui import passphrase
from crm_desktop.gui.errors import describe
from crm_desktop.gui.widgets.message_label import MessageLabel
from crm_desktop.gui.worker import DbWorker


def change_passphrase(vault: Vault, current: str, new: str) -> None:
    """On the worker: the current passphrase is checked against the open vault first."""
    if not vault.check_passphrase(current):
        raise WrongPassphrase(vault.path)
    if vault.check_passphrase(new):
        raise ValidationError("new", "The new passphrase is the same as the current one.")
    vault.change_passphrase(new)

change_passphrase.replaces_vault_file = True  # type: ignore[attr-defined]  # no backup reads meanwhile


class ChangePassphraseDialog(QDialog):
    changed = Signal()  # the vault is now encrypted under the new passphrase

    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._working = False
        self.setWindowTitle(self.tr("Change passphrase"))
        self.setMinimumWidth(480)
        self.current_edit = self._secret("currentEdit")
        self.current_message = MessageLabel(self)
        self.current_message.setObjectName("currentMessage")
        self.new_edit = self._secret("newEdit")
        self.repeat_edit = self._secret("repeatEdit")
        self.strength_label = MessageLabel(self, kind="hint")
        self.strength_label.setObjectName("strengthLabel")
        warning = QLabel(self.tr(
            "<b>Nobody can recover a lost passphrase.</b> Write the new one down and keep it somewhere "
            "safe. Backups made before the change still open with the old passphrase."), self)
        warning.setWordWrap(True)
        self.message = MessageLabel(self)
        self.message.setObjectName("changeMessage")
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)  # a rekey reports no steps: busy, not a percentage
        self.progress.setTextVisible(False)
        self.progress.hide()
        buttons = QDialogButtonBox(self)
        self.change_button = QPushButton(self.tr("Change passphrase"), self)
        self.change_button.setObjectName("changeButton")
        self.change_button.setDefault(True)
        self.change_button.setEnabled(False)
        buttons.addButton(self.change_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.change_button.clicked.connect(self._change)
        buttons.rejected.connect(self.reject)
        for edit in (self.current_edit, self.new_edit, self.repeat_edit):
            edit.textChanged.connect(self._update_hint)
        self.repeat_edit.returnPressed.connect(self.change_button.click)
        form = QFormLayout()
        form.addRow(self.tr("Current passphrase:"), self.current_edit)
        form.addRow("", self.current_message)
        form.addRow(self.tr("New passphrase:"), self.new_edit)
        form.addRow(self.tr("Repeat it:"), self.repeat_edit)
        form.addRow("", self.strength_label)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(warning)
        layout.addWidget(self.message)
        layout.addWidget(self.progress)
        layout.addWidget(buttons)
        self.current_edit.setFocus()

    def _secret(self, name: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        return edit

    def _update_hint(self) -> None:
        text = self.new_edit.text()
        s = passphrase.estimate(text)
        hints = [self.tr("Too short: use at least {n} characters.").format(n=passphrase.MIN_LENGTH),
                 self.tr("Weak: add words — a few plain words make a strong passphrase."),
                 self.tr("Fair: one or two more words would make it strong."),
                 self.tr("Strong.")]
        colors = ["#b00020", "#b00020", "#8a6d00", "#1b5e20"]
        self.strength_label.show_message(hints[s.score] if text else "", color=colors[s.score])
        self.change_button.setEnabled(bool(self.current_edit.text() and text and self.repeat_edit.text()))
        self.message.clear_message()
        if self.sender() is self.current_edit:
            self.current_message.clear_message()

    def _change(self) -> None:
        new = self.new_edit.text()
        if new != self.repeat_edit.text():
            self.message.show_message(self.tr("The two new passphrases differ. Type the same one twice."),
                                      color="#b00020")
            self.repeat_edit.selectAll()
            self.repeat_edit.setFocus()
            return
        if passphrase.estimate(new).score == 0:
            self.message.show_message(self.tr("The new passphrase is too short: use at least {n} "
                                              "characters.").format(n=passphrase.MIN_LENGTH),
                                      color="#b00020")
            self.new_edit.setFocus()
            return
        self._busy(True)
        self.message.show_message(self.tr("Backing up, then re-encrypting the vault under the new "
                                          "passphrase… A large vault takes a while."), color="#555555")
        self._worker.run(change_passphrase, self.current_edit.text(), new,
                         on_done=self._done, on_error=self._failed)

    def _done(self, _: None) -> None:
        self._busy(False)
        for edit in (self.current_edit, self.new_edit, self.repeat_edit):
            edit.clear()
        self.changed.emit()
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._busy(False)
        if isinstance(error, WrongPassphrase):
            self.message.clear_message()
            self.current_message.show_message(self.tr("This is not the vault's current passphrase."))
            self.current_edit.selectAll()
            self.current_edit.setFocus()
            return
        self.message.show_message(describe(error), color="#b00020")

    def reject(self) -> None:
        if not self._working:  # a rekey cannot stop half-way; the dialog stays until it ends
            super().reject()

    def _busy(self, busy: bool) -> None:
        self._working = busy
        self.progress.setVisible(busy)
        for w in (self.current_edit, self.new_edit, self.repeat_edit, self.cancel_button):
            w.setEnabled(not busy)
        self.change_button.setEnabled(not busy and bool(self.new_edit.text()))
