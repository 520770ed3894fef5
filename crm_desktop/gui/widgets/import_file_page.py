"""Import wizard, page 1: choose the file (typed, dropped in the box, or Browse…), and the list of
earlier imports with their undo. Next reads the file on the worker; a file that cannot be read
says what and where, and the page stays as it was."""

from __future__ import annotations

import os
from functools import partial

from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWizardPage,
)

from crm_desktop.gui.dialogs.import_history import ImportHistory
from crm_desktop.gui.errors import describe
from crm_desktop.gui.worker import DbWorker

from .import_jobs import FileInfo, ImportState, read_file
from .message_label import MessageLabel


class FilePage(QWizardPage):
    def __init__(self, worker: DbWorker, state: ImportState) -> None:
        super().__init__()
        self._worker = worker
        self._state = state
        self._reading: str | None = None  # the path being read, while a read runs
        self.setTitle(self.tr("Choose a file to import"))
        self.setSubTitle(self.tr("A CSV or Excel (XLSX) table, a vCard file from a phone or an address "
                                 "book, or a crm-desktop JSON export. Nothing is written before the "
                                 "last step, and every import can be undone as a whole."))
        label = QLabel(self.tr("&File:"), self)
        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("importPath")
        self.path_edit.setPlaceholderText(self.tr("The path of the file"))
        self.path_edit.setClearButtonEnabled(True)
        label.setBuddy(self.path_edit)
        self.browse = QPushButton(self.tr("&Browse…"), self)
        self.browse.setObjectName("importBrowse")
        self.message = MessageLabel(self)
        self.message.setObjectName("importFileMessage")
        self.history = ImportHistory(worker, self)
        box = QGroupBox(self.tr("Earlier imports"), self)
        inner = QVBoxLayout(box)
        inner.addWidget(self.history)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(box, 1)
        self.path_edit.textChanged.connect(self._changed)
        self.browse.clicked.connect(self.choose)

    def initializePage(self) -> None:
        self.history.refresh()

    def set_path(self, path: str) -> None:
        self.path_edit.setText(path)

    def choose(self) -> None:
        start = os.path.dirname(self.path_edit.text()) or os.path.expanduser("~")
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a file to import"), start,
            self.tr("Contacts, deals and notes (*.csv *.txt *.tsv *.xlsx *.xlsm *.vcf *.vcard *.json);;"
                    "All files (*)"))
        if path:
            self.set_path(path)

    def _changed(self) -> None:
        self.message.clear_message()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return bool(self.path_edit.text().strip()) and self._reading is None

    def validatePage(self) -> bool:
        """Next: read the file on the worker first, then go on (QWizard wants an answer now)."""
        path = self.path_edit.text().strip()
        info = self._state.info
        if info is not None and info.path == path:
            return True
        if not os.path.isfile(path):
            self.message.show_message(self.tr("There is no file at {path}.").format(path=path))
            return False
        self._reading = path
        self.completeChanged.emit()
        self.message.show_message(self.tr("Reading {name}…").format(name=os.path.basename(path)),
                                  color="#555555")
        self._worker.run(read_file, path, on_done=partial(self._read, path), on_error=self._failed)
        return False

    def _read(self, path: str, info: FileInfo) -> None:
        self._reading = None
        self.message.clear_message()
        self.completeChanged.emit()
        if path != self.path_edit.text().strip():
            return  # the user chose another file meanwhile
        self._state.path, self._state.encoding, self._state.sheet = path, None, None
        self._state.info, self._state.mapping = info, info.mapping
        self._state.preview = None
        wizard = self.wizard()
        if wizard is not None:
            wizard.next()

    def _failed(self, error: BaseException) -> None:
        self._reading = None
        self.completeChanged.emit()
        self.message.show_message(describe(error), color="#b00020")
