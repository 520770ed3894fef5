"""Backups → Look inside…: a backup opened read-only, its contacts searchable by name,
organization or phone, each marked against the vault (missing, in the trash, changed, the same);
"Copy back" brings the selected one into the vault with its interactions and links, as one
operation that Edit → Undo reverts."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.core import backup
from crm_desktop.core.backup.listing import (
    CHANGED,
    MISSING,
    SAME,
    TRASHED,
    BackupContact,
    BackupContents,
    find_in_backup,
)
from crm_desktop.core.backup.verify import passphrase_of
from crm_desktop.core.errors import WrongPassphrase
from crm_desktop.core.vault import Vault
from crm_desktop.gui.errors import describe
from crm_desktop.gui.widgets.message_label import MessageLabel
from crm_desktop.gui.worker import DbWorker

SEARCH_DELAY_MS = 250  # a search scans the backup (~0.4 s at 100k): one per pause in typing
LIMIT = 200


@dataclass
class _Opened:
    """The open backup, owned by the dialog and closed on the worker when the dialog goes,
    even when the dialog is deleted before the open job comes back."""

    backup: Vault | None = None
    gone: bool = False


# ---------------------------------------------------------------- on the worker
def open_contents(vault: Vault, path: str, old_passphrase: str | None = None) -> Vault:
    return backup.open_backup(path, old_passphrase or passphrase_of(vault))


def close_contents(opened: Vault) -> None:
    opened.close()


def search_contents(vault: Vault, opened: Vault, text: str, only_missing: bool = False) -> BackupContents:
    return find_in_backup(opened, vault, text, limit=LIMIT, only_missing=only_missing)


def copy_back(vault: Vault, path: str, ident: int, old_passphrase: str | None = None) -> Any:
    return backup.copy_record_back(vault, path, "contact", ident, backup_passphrase=old_passphrase)


# ---------------------------------------------------------------- the dialog
class BackupContentsDialog(QDialog):
    copied_back = Signal(object)  # a CopyBackResult: the vault's records changed

    def __init__(self, worker: DbWorker, path: str, when: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._path = path
        self._old_passphrase: str | None = None
        self._opened = _Opened()
        self._rows: tuple[BackupContact, ...] = ()
        self._asked = 0  # searches sent; only the newest answer is shown
        self.setWindowTitle(self.tr("Inside the backup of {when}").format(when=when))
        self.resize(760, 520)
        self.about = QLabel(self.tr("Read-only: nothing here changes the backup. Opening it…"), self)
        self.about.setWordWrap(True)
        self.search = QLineEdit(self)
        self.search.setObjectName("backupSearch")
        self.search.setPlaceholderText(self.tr("Search by name, organization or phone"))
        self.search.setClearButtonEnabled(True)
        self.search.setEnabled(False)
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.only_missing = QCheckBox(self.tr("&Only those no longer in the vault"), self)
        self.only_missing.setObjectName("onlyMissing")
        self.only_missing.setEnabled(False)
        self.only_missing.toggled.connect(lambda _on: self.run_search())
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self,
                  activated=lambda: (self.search.setFocus(), self.search.selectAll()))
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("backupContactsTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Organization"), self.tr("Phone"), self.tr("In the vault now")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for col in (2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.shown = QLabel(self)
        self.shown.setObjectName("backupShown")
        self.copy_button = QPushButton(self.tr("&Copy back into the vault"), self)
        self.copy_button.setObjectName("copyBackButton")
        self.copy_button.setEnabled(False)
        self.copy_button.clicked.connect(self.copy_selected)
        self.message = MessageLabel(self)
        self.message.setObjectName("backupContentsMessage")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.copy_button)
        row.addWidget(self.shown, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.about)
        find = QHBoxLayout()
        find.addWidget(self.search, 1)
        find.addWidget(self.only_missing)
        layout.addLayout(find)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        opened, worker = self._opened, worker
        # Not a method: it must run (and close the backup) even after the dialog was deleted.
        self.destroyed.connect(lambda _o=None: _close(worker, opened))
        self._open()

    # ---------------------------------------------------------------- open, search
    def _open(self) -> None:
        opened, worker = self._opened, self._worker

        def done(vault: Vault) -> None:
            if opened.gone:  # the dialog went while the backup was opening
                worker.run_without_vault(close_contents, vault)
                return
            opened.backup = vault
            self._ready()

        self._worker.run(open_contents, self._path, self._old_passphrase, on_done=done,
                         on_error=self._open_failed)

    def _ready(self) -> None:
        self.search.setEnabled(True)
        self.only_missing.setEnabled(True)
        self.search.setFocus()
        self.run_search()

    def _open_failed(self, error: BaseException) -> None:
        if isinstance(error, WrongPassphrase) and self._old_passphrase is None:
            text, ok = QInputDialog.getText(
                self, self.tr("Passphrase of then"),
                self.tr("This backup was made under an earlier passphrase. Type that passphrase:"),
                QLineEdit.EchoMode.Password)
            if ok and text:
                self._old_passphrase = text
                self._open()
                return
        self.about.setText(self.tr("The backup could not be opened."))
        self.message.show_message(describe(error))

    def run_search(self) -> None:
        if self._opened.backup is None:
            return
        self._asked += 1
        asked = self._asked
        self.shown.setText(self.tr("Searching the backup…"))
        self._worker.run(search_contents, self._opened.backup, self.search.text(),
                         self.only_missing.isChecked(),
                         on_done=lambda r: self._show(r) if asked == self._asked else None,
                         on_error=lambda e: self.message.show_message(describe(e)))

    def _show(self, found: BackupContents) -> None:
        chosen = self.selected()
        self._rows = found.contacts
        if not self.search.text().strip() and not self.only_missing.isChecked():
            self.about.setText(self.tr("Read-only: nothing here changes the backup. It holds {n} contacts; "
                                       "each is marked against the vault as it is now.")
                               .format(n=f"{found.total:,}"))
        self.table.setRowCount(len(found.contacts))
        for row, c in enumerate(found.contacts):
            words, color = self._state_words(c.state)
            cells = [c.name, c.organization or "", c.phone or "", words]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == 3:
                    item.setForeground(QColor(color))
                self.table.setItem(row, col, item)
            if chosen is not None and c.id == chosen.id:
                self.table.selectRow(row)
        if len(found.contacts) < found.total:
            self.shown.setText(self.tr("The first {shown} of {total}: type to narrow.")
                               .format(shown=len(found.contacts), total=f"{found.total:,}"))
        elif not found.total:
            self.shown.setText(self.tr("No contact in the backup matches."))
        else:
            self.shown.setText("")
        if found.contacts and not self.table.selectedItems():
            self.table.selectRow(0)
        self._update_buttons()

    def _state_words(self, state: str) -> tuple[str, str]:
        return {MISSING: (self.tr("Missing (erased since)"), "#b00020"),
                TRASHED: (self.tr("In the trash"), "#b26a00"),
                CHANGED: (self.tr("Changed since"), "#b26a00"),
                SAME: (self.tr("The same"), "#1b5e20")}.get(state, (state, "#555555"))

    def selected(self) -> BackupContact | None:
        rows = self.table.selectionModel().selectedRows()
        return self._rows[rows[0].row()] if rows and rows[0].row() < len(self._rows) else None

    def _update_buttons(self) -> None:
        chosen = self.selected()
        self.copy_button.setEnabled(chosen is not None and chosen.state != SAME)

    # ---------------------------------------------------------------- copy back
    def copy_selected(self) -> None:
        chosen = self.selected()
        if chosen is None or chosen.state == SAME or not self.copy_button.isEnabled():
            return
        if chosen.state == CHANGED and QMessageBox.question(
                self, self.tr("Copy back"),
                self.tr("{name} was changed since this backup. Put the backup's version in its place?"
                        "\n\nInteractions and links made since are kept; Edit → Undo brings back the "
                        "version of now.").format(name=chosen.name),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel) != QMessageBox.StandardButton.Yes:
            return
        self.copy_button.setEnabled(False)
        self.message.show_message(self.tr("Copying {name} back…").format(name=chosen.name), color="#555555")

        def done(result: Any) -> None:
            # No plural form: a count after a colon reads right in every language.
            words = self.tr("{name} is back in the vault. Interactions brought back: {n}.").format(
                name=result.contact.display_name, n=getattr(result, "interactions", 0))
            if result.links_skipped:
                words += " " + self.tr("Not linked again (no longer in the vault): {names}.") \
                    .format(names=", ".join(result.links_skipped))
            self.message.show_message(words + " " + self.tr("Edit → Undo takes it out again."),
                                      color="#1b5e20")
            self.copied_back.emit(result)
            self.run_search()

        def failed(error: BaseException) -> None:
            self.message.show_message(describe(error))
            self._update_buttons()

        self._worker.run(copy_back, self._path, chosen.id, self._old_passphrase, on_done=done,
                         on_error=failed)

    def done(self, result: int) -> None:
        _close(self._worker, self._opened)
        super().done(result)


def _close(worker: DbWorker, opened: _Opened) -> None:
    opened.gone = True
    if opened.backup is not None:
        vault, opened.backup = opened.backup, None
        worker.run_without_vault(close_contents, vault)
