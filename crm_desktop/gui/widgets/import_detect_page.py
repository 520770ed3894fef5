"""Import wizard, page 2: what was found in the file — format, encoding (with a way to override
the guess), the sheet of a workbook, the header row, what the rows are — and its first rows, so a
wrong encoding shows as garbled text before anything else is done."""

from __future__ import annotations

from functools import partial

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from crm_desktop.core.importer import automap
from crm_desktop.core.importer.mapping import ENTITIES
from crm_desktop.gui.errors import describe
from crm_desktop.gui.worker import DbWorker

from .import_fields import entity_label, format_label
from .import_jobs import FileInfo, ImportState, read_file
from .message_label import MessageLabel

# Codec names the core reads (it folds GBK into GB18030, its superset), with what people call them.
ENCODINGS = (("utf-8", "UTF-8"), ("gb18030", "GBK / GB18030"), ("cp950", "Big5"),
             ("big5hkscs", "Big5-HKSCS"), ("utf-16", "UTF-16"), ("cp1252", "Windows-1252 (Western)"))


class DetectPage(QWizardPage):
    def __init__(self, worker: DbWorker, state: ImportState) -> None:
        super().__init__()
        self._worker = worker
        self._state = state
        self._asked = 0  # answers to older re-reads are dropped
        self._filling = False
        self.setTitle(self.tr("What was found"))
        self.setSubTitle(self.tr("Check that the first rows read right. If the text looks garbled, "
                                 "choose another encoding."))
        self.file_label = QLabel(self)
        self.format_label = QLabel(self)
        self.encoding = QComboBox(self)
        self.encoding.setObjectName("importEncoding")
        self.sheet = QComboBox(self)
        self.sheet.setObjectName("importSheet")
        self.header_label = QLabel(self)
        self.entity = QComboBox(self)
        self.entity.setObjectName("importEntity")
        for e in ENTITIES:
            self.entity.addItem(entity_label(e), e)
        self.form = QFormLayout()
        self.form.addRow(self.tr("File:"), self.file_label)
        self.form.addRow(self.tr("Format:"), self.format_label)
        self.form.addRow(self.tr("&Encoding:"), self.encoding)
        self.form.addRow(self.tr("&Sheet:"), self.sheet)
        self.form.addRow(self.tr("Header:"), self.header_label)
        self.form.addRow(self.tr("&Rows are:"), self.entity)
        self.message = MessageLabel(self)
        self.message.setObjectName("importDetectMessage")
        self.rows_title = QLabel(self.tr("The first rows:"), self)
        self.rows = QTableWidget(self)
        self.rows.setObjectName("importFirstRows")
        self.rows.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rows.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.rows_title)
        layout.addWidget(self.rows, 1)
        self.encoding.activated.connect(self._reread)
        self.sheet.activated.connect(self._reread)
        self.entity.activated.connect(self._entity_chosen)

    def initializePage(self) -> None:
        self.message.clear_message()
        if self._state.info is not None:
            self._show(self._state.info)

    def _show(self, info: FileInfo) -> None:
        self._filling = True
        self.file_label.setText(info.name)
        self.format_label.setText(format_label(info.format))
        json = info.format == "json"
        self.encoding.clear()
        guess = info.encoding
        if guess is not None:
            self.encoding.addItem(self.tr("{label} (detected, {sure}% sure)").format(
                label=guess.label, sure=round(guess.confidence * 100)), None)
            for code, label in ENCODINGS:
                self.encoding.addItem(label, code)
            if self._state.encoding:
                found = self.encoding.findData(self._state.encoding)
                self.encoding.setCurrentIndex(max(found, 0))
        self.sheet.clear()
        for name in info.sheets:
            self.sheet.addItem(name, name)
        if info.sheet:
            self.sheet.setCurrentIndex(max(self.sheet.findData(info.sheet), 0))
        where = (self.tr("row {n} of the sheet") if info.format == "xlsx" else self.tr("line {n}"))
        self.header_label.setText(where.format(n=info.header_line) if info.header_line
                                  else self.tr("the first line"))
        entity = self._state.mapping.entity if self._state.mapping else "contact"
        self.entity.setCurrentIndex(max(self.entity.findData(entity), 0))
        self.form.setRowVisible(self.encoding, guess is not None)
        self.form.setRowVisible(self.sheet, len(info.sheets) > 1)
        for widget in (self.header_label, self.entity):
            self.form.setRowVisible(widget, not json)
        self.rows_title.setVisible(not json)
        self.rows.setVisible(not json)
        if json:
            self.message.show_message(self.tr(
                "A crm-desktop JSON export is restored whole: its stages, tags, custom fields, contacts, "
                "deals, notes and reminders. Records the vault already holds (same id) are skipped, so "
                "restoring the same file twice adds nothing."), color="#555555")
        self._fill_rows(info)
        self._filling = False

    def _fill_rows(self, info: FileInfo) -> None:
        self.rows.clear()
        self.rows.setColumnCount(len(info.columns))
        self.rows.setRowCount(len(info.first_rows))
        self.rows.setHorizontalHeaderLabels(list(info.columns))
        for i, values in enumerate(info.first_rows):
            for j, text in enumerate(values):
                self.rows.setItem(i, j, QTableWidgetItem(text))
        self.rows.resizeColumnsToContents()

    def _reread(self) -> None:
        """Another encoding or sheet: read the file again on the worker (the columns may change)."""
        if self._filling or self._state.info is None:
            return
        encoding = self.encoding.currentData() if self._state.info.encoding else None
        sheet = self.sheet.currentData() if self._state.info.sheets else None
        self._asked += 1
        self.message.show_message(self.tr("Reading the file again…"), color="#555555")
        self._worker.run(read_file, self._state.path, encoding, sheet,
                         on_done=partial(self._reread_done, self._asked, encoding, sheet),
                         on_error=partial(self._reread_failed, self._asked))

    def _reread_done(self, asked: int, encoding: str | None, sheet: str | None, info: FileInfo) -> None:
        if asked != self._asked:
            return
        self.message.clear_message()
        entity = self.entity.currentData()
        self._state.info, self._state.encoding, self._state.sheet = info, encoding, sheet
        self._state.mapping = automap(list(info.columns), info.format, entity) if info.columns else None
        self._state.preview = None
        self._show(info)
        self.completeChanged.emit()

    def _reread_failed(self, asked: int, error: BaseException) -> None:
        if asked == self._asked and self._state.info is not None:
            self._show(self._state.info)  # back to the choice that read
            self.message.show_message(describe(error), color="#b00020")

    def _entity_chosen(self) -> None:
        info = self._state.info
        entity = self.entity.currentData()
        if info is None or (self._state.mapping is not None and self._state.mapping.entity == entity):
            return
        self._state.mapping = automap(list(info.columns), info.format, entity)
        self._state.preview = None

    def isComplete(self) -> bool:
        return self._state.info is not None
