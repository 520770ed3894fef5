"""File → Backups…: the vault's backups newest first, back up now, verify, look inside one (and
copy a contact back), restore, and the backup settings (how many to keep, a second folder,
automatic backups)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.core import backup
from crm_desktop.core.backup import BackupInfo, BackupSettings
from crm_desktop.core.errors import ValidationError, WrongPassphrase
from crm_desktop.gui import formatting
from crm_desktop.gui.errors import describe, field_of
from crm_desktop.gui.widgets.message_label import MessageLabel
from crm_desktop.gui.worker import Cancelled, DbWorker

from .backup_contents_dialog import BackupContentsDialog
from .backup_jobs import Overview, back_up_now, load_overview, restore_one, save_settings, verify_one
from .backup_settings_box import BackupSettingsBox
from .backup_words import count_words, reason_words, size_words


# ---------------------------------------------------------------- the dialog
class BackupsDialog(QDialog):
    restored = Signal()  # the vault now holds a backup's data (all of it, or a contact): refresh the pages

    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._backups: tuple[BackupInfo, ...] = ()
        self.setWindowTitle(self.tr("Backups"))
        self.resize(780, 560)
        self.where = QLabel(self)
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("backupsTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Why"), self.tr("Size"), self.tr("Verified"), self.tr("Records")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for col in range(4):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.back_up_button = QPushButton(self.tr("&Back up now"), self)
        self.back_up_button.setObjectName("backUpButton")
        self.verify_button = QPushButton(self.tr("&Verify"), self)
        self.verify_button.setObjectName("verifyButton")
        self.restore_button = QPushButton(self.tr("&Restore…"), self)
        self.restore_button.setObjectName("restoreButton")
        self.look_button = QPushButton(self.tr("Look &inside…"), self)
        self.look_button.setObjectName("lookInsideButton")
        self.look_button.setToolTip(self.tr("Open the backup read-only: find a contact, copy it back"))
        self.look_button.clicked.connect(self.look_inside)
        self.table.activated.connect(lambda _i: self.look_inside())
        self.contents: BackupContentsDialog | None = None
        self.back_up_button.clicked.connect(self.back_up)
        self.verify_button.clicked.connect(self.verify_selected)
        self.restore_button.clicked.connect(self.restore_selected)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, activated=self.reload)
        actions = QHBoxLayout()
        for b in (self.back_up_button, self.verify_button, self.look_button, self.restore_button):
            actions.addWidget(b)
        actions.addStretch(1)
        self.message = MessageLabel(self)
        self.message.setObjectName("backupsMessage")
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.where)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(self.message)
        self.settings_box = BackupSettingsBox(self)
        self.settings_box.save_requested.connect(self.save_settings)
        layout.addWidget(self.settings_box)
        layout.addWidget(close)
        self._busy(True)
        self.reload()

    # ---------------------------------------------------------------- list
    def reload(self) -> None:
        self._worker.run(load_overview, on_done=self._show, on_error=self._failed)

    def _show(self, o: Overview) -> None:
        self._busy(False)
        self.where.setText(self.tr("Backups are encrypted with the vault's passphrase and kept in {folder}.")
                           .format(folder=o.folder))
        self._backups = o.backups
        self.table.setRowCount(len(o.backups))
        for row, b in enumerate(o.backups):
            verified = {True: "✓", False: "✗", None: "?"}[b.verified]
            cells = [formatting.moment(formatting.local(b.created_at)), reason_words(b.reason),
                     size_words(b.size), verified, count_words(b.counts)]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(b.path + ("\n" + b.problem if b.problem else ""))
                if col == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if col == 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                    item.setForeground(Qt.GlobalColor.darkGreen if b.verified else Qt.GlobalColor.red)
                self.table.setItem(row, col, item)
        if o.backups and not self.table.selectedItems():
            self.table.selectRow(0)
        self.settings_box.show_settings(o.settings)
        self._update_buttons()

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self._backups[rows[0].row()] if rows and rows[0].row() < len(self._backups) else None

    def _update_buttons(self) -> None:
        chosen = self.selected()
        idle = self.back_up_button.isEnabled()
        self.verify_button.setEnabled(idle and chosen is not None)
        self.restore_button.setEnabled(idle and chosen is not None)
        self.look_button.setEnabled(chosen is not None)

    # ---------------------------------------------------------------- back up now
    def back_up(self) -> None:
        self._busy(True)
        self.message.clear_message()
        progress = QProgressDialog(self.tr("Copying the vault…"), self.tr("Cancel"), 0, 0, self)
        progress.setObjectName("backupProgress")
        progress.setWindowTitle(self.tr("Back up now"))
        # Not modal: the copy runs beside the DB worker, so the window stays usable meanwhile.
        progress.setWindowModality(Qt.WindowModality.NonModal)
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)

        def step(what: str, done: int, total: int) -> None:
            texts = {"copy": self.tr("Copying the vault… {done} of {total}").format(
                         done=size_words(done), total=size_words(total)),
                     "verify": self.tr("Checking the copy (every page, structure and row counts)…"),
                     "mirror": self.tr("Copying to the second folder…")}
            progress.setLabelText(texts.get(what, what))
            progress.setRange(0, 1000 if what == "copy" and total else 0)
            if what == "copy" and total:
                progress.setValue(int(1000 * done / total))

        def finish(result: Any) -> None:
            progress.close()
            if isinstance(result, BaseException):
                self._failed(result)
                if isinstance(result, Cancelled):
                    self.message.show_message(self.tr("Cancelled; no backup was made."))
                return
            lines = [self.tr("Backed up and verified: {size}.").format(size=size_words(result.size))]
            lines += [self.tr("No copy in the second folder: {error}").format(error=e)
                      for e in result.mirror_errors]
            self.message.show_message(" ".join(lines),
                                      color="#b00020" if result.mirror_errors else "#1b5e20")
            self.reload()

        job = self._worker.run_beside(back_up_now, on_done=finish, on_error=finish, on_progress=step)
        progress.canceled.connect(job.cancel)
        progress.show()

    # ---------------------------------------------------------------- look inside
    def look_inside(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        if self.contents is not None:  # one at a time: the backup it shows is closed first
            self.contents.close()
        when = formatting.moment(formatting.local(chosen.created_at))
        self.contents = BackupContentsDialog(self._worker, chosen.path, when, self)
        self.contents.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.contents.copied_back.connect(lambda _r: self.restored.emit())
        self.contents.destroyed.connect(lambda _o=None: setattr(self, "contents", None))
        self.contents.show()

    def done(self, result: int) -> None:
        if self.contents is not None:  # it holds a backup open: let go of it with this dialog
            self.contents.close()
        super().done(result)

    # ---------------------------------------------------------------- verify, restore
    def verify_selected(self, old_passphrase: str | None = None) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        self._busy(True)
        self.message.show_message(self.tr("Verifying…"), color="#555555")

        def done(info: BackupInfo) -> None:
            if info.verified:
                self.message.show_message(self.tr("The backup is whole: it opens, every page checks out."),
                                          color="#1b5e20")
            else:
                self.message.show_message(self.tr("The backup failed its check: {problem}")
                                          .format(problem=info.problem or ""))
            self.reload()

        self._worker.run(verify_one, chosen.path, old_passphrase, on_done=done,
                         on_error=lambda e: self._ask_again(e, self.verify_selected))

    def restore_selected(self, old_passphrase: str | None = None) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        when = formatting.moment(formatting.local(chosen.created_at))
        if not old_passphrase:
            answer = QMessageBox.question(
                self, self.tr("Restore a backup"),
                self.tr("Put the vault back as it was on {when}?\n\nEverything changed since then will "
                        "no longer show. The vault as it is now is backed up first, so you can come back "
                        "to it by restoring that backup.").format(when=when),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._busy(True)
        self.message.show_message(self.tr("Restoring the backup of {when}…").format(when=when),
                                  color="#555555")

        def done(result: backup.RestoreResult) -> None:
            self.message.show_message(
                self.tr("Restored the backup of {when}. The vault as it was is kept as a backup.")
                .format(when=when), color="#1b5e20")
            self.restored.emit()
            self.reload()

        self._worker.run(restore_one, chosen.path, old_passphrase, on_done=done,
                         on_error=lambda e: self._ask_again(e, self.restore_selected))

    def _ask_again(self, error: BaseException, retry: Any) -> None:
        """A backup made before a passphrase change opens only with the passphrase of then."""
        if not isinstance(error, WrongPassphrase):
            self._failed(error)
            return
        self._busy(False)
        text, ok = QInputDialog.getText(
            self, self.tr("Passphrase of then"),
            self.tr("This backup was made under an earlier passphrase. Type that passphrase:"),
            QLineEdit.EchoMode.Password)
        if ok and text:
            retry(text)
        else:
            self.message.show_message(self.tr("The backup was not opened: it needs its earlier passphrase."))

    # ---------------------------------------------------------------- settings
    def save_settings(self, changes: dict[str, Any]) -> None:
        self.settings_box.mirror_message.clear_message()
        self._busy(True)

        def done(_: BackupSettings) -> None:
            self.message.show_message(self.tr("Settings saved."), color="#1b5e20")
            self.reload()

        self._worker.run(save_settings, changes, on_done=done, on_error=self._failed)

    # ---------------------------------------------------------------- shared
    def _failed(self, error: BaseException) -> None:
        self._busy(False)
        if isinstance(error, ValidationError) and field_of(error) == "mirror":
            self.settings_box.show_mirror_error(describe(error))
            return
        self.message.show_message(describe(error))

    def _busy(self, busy: bool) -> None:
        for w in (self.back_up_button, self.settings_box.save_button):
            w.setEnabled(not busy)
        self._update_buttons()
