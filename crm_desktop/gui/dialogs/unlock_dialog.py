"""Unlock a vault: a wrong passphrase says so and the dialog stays; other problems are named.
A damaged vault says what is wrong and offers its newest verified backup (restored into place,
the damaged file kept aside) or to salvage what still reads."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.core import backup
from crm_desktop.core.backup import BackupInfo, RestoreResult, SalvageReport
from crm_desktop.core.errors import NotAVault, VaultDamaged, WrongPassphrase
from crm_desktop.gui import formatting
from crm_desktop.gui.errors import describe
from crm_desktop.gui.widgets.message_label import MessageLabel
from crm_desktop.gui.worker import DbWorker, VaultInfo

from .backup_words import count_words
from .start_dialog import VAULT_FILTER

SALVAGE_FILTER = "crm-desktop vault (*.crm);;JSON, not encrypted (*.json)"


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
        layout.addWidget(self._damage_box())
        layout.addWidget(buttons)
        if message:
            self.message.show_message(message)
        self.passphrase_edit.setFocus()

    def _damage_box(self) -> QWidget:
        self.damage_box = QWidget(self)
        self.damage_box.setObjectName("damageBox")
        self.backup_label = QLabel(self.damage_box)
        self.backup_label.setWordWrap(True)
        self.restore_button = QPushButton(self.damage_box)
        self.restore_button.setObjectName("restoreNewestButton")
        self.restore_button.clicked.connect(self._restore_newest)
        self.salvage_button = QPushButton(self.tr("&Salvage what can be read…"), self.damage_box)
        self.salvage_button.setObjectName("salvageButton")
        self.salvage_button.clicked.connect(self._salvage)
        row = QHBoxLayout()
        row.addWidget(self.restore_button)
        row.addWidget(self.salvage_button)
        row.addStretch(1)
        layout = QVBoxLayout(self.damage_box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.backup_label)
        layout.addLayout(row)
        self.damage_box.hide()
        self._newest: BackupInfo | None = None
        self.restore_result: RestoreResult | None = None  # what the last restore did
        return self.damage_box

    def _unlock(self) -> None:
        if not self.passphrase_edit.text():
            self.message.show_message(self.tr("Type the passphrase of this vault."))
            return
        self._busy(True)
        self.damage_box.hide()
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
        elif isinstance(error, VaultDamaged | NotAVault):
            self._offer_rescue(isinstance(error, VaultDamaged))

    # ---------------------------------------------------------------- a damaged vault
    def _offer_rescue(self, readable: bool) -> None:
        """The newest verified backup, from the manifests beside it (file reads, no SQL)."""
        self._newest = backup.newest_verified_backup(self.path)
        if self._newest is not None:
            when = formatting.moment(formatting.local(self._newest.created_at))
            self.backup_label.setText(self.tr(
                "A verified backup from {when} ({counts}) can take its place. The damaged file is "
                "kept aside in the backups folder, never deleted.").format(
                    when=when, counts=count_words(self._newest.counts)))
            self.restore_button.setText(self.tr("&Open the newest backup ({when})").format(when=when))
        else:
            self.backup_label.setText(self.tr("No verified backup of this vault was found beside it."))
        self.restore_button.setVisible(self._newest is not None)
        self.salvage_button.setVisible(readable)
        self.damage_box.show()
        self.adjustSize()  # grow to show the offer in full
        (self.restore_button if self._newest is not None else self.salvage_button).setFocus()

    def _restore_newest(self) -> None:
        if self._newest is None or not self.passphrase_edit.text():
            return
        self._busy(True)
        self.message.show_message(self.tr("Restoring the backup, keeping the damaged file aside…"),
                                  color="#555555")
        self._worker.run_without_vault(backup.restore_file, self.path, self.passphrase_edit.text(),
                                       self._newest.path, on_done=self._restored, on_error=self._failed)

    def _restored(self, result: RestoreResult) -> None:
        self.restore_result = result
        self.damage_box.hide()
        self.message.show_message(self.tr("Restored. Opening…"), color="#555555")
        self._worker.open_vault(self.path, self.passphrase_edit.text(),
                                on_done=self._done, on_error=self._failed)

    def _salvage(self) -> None:
        stem = Path(self.path).stem
        out, _ = QFileDialog.getSaveFileName(self, self.tr("Save what can be read"),
                                             str(Path(self.path).with_name(stem + "-salvaged.crm")),
                                             SALVAGE_FILTER)
        if not out or not self.passphrase_edit.text():
            return
        self._busy(True)
        self.message.show_message(self.tr("Reading what can be read…"), color="#555555")
        self._worker.run_without_vault(backup.salvage, self.path, self.passphrase_edit.text(), out,
                                       on_done=self._salvaged, on_error=self._failed)

    def _salvaged(self, report: SalvageReport) -> None:
        self._busy(False)
        lost = [t.name for t in report.tables if t.lost_ranges or not t.readable]
        text = self.tr("Saved {rows} records into {out}.").format(rows=f"{report.rows:,}",
                                                                  out=report.out_path)
        if lost:
            text += " " + self.tr("Some rows were lost in: {tables}.").format(tables=", ".join(lost))
        if report.format == "json":
            text += " " + self.tr("The JSON file is not encrypted: keep it safe, delete it when done.")
        else:
            text += " " + self.tr("Open it with “Other vault…” and the same passphrase.")
        self.message.show_message(text, color="#1b5e20")

    def _other(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open a vault"), str(Path(self.path).parent),
                                              VAULT_FILTER)
        if path:
            self.open_requested.emit(path)
            self.reject()

    def _busy(self, busy: bool) -> None:
        for w in (self.unlock_button, self.passphrase_edit, self.restore_button, self.salvage_button):
            w.setEnabled(not busy)
