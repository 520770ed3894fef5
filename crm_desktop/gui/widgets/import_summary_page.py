"""Import wizard, last page: what was imported, what was skipped and why (row by row), and
"Undo this import", which takes the whole batch back out."""

from __future__ import annotations

import html
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWizardPage

from crm_desktop.core import importer
from crm_desktop.core.importer.rejects import write_rejects
from crm_desktop.gui.errors import describe
from crm_desktop.gui.worker import DbWorker

from .import_jobs import ImportState
from .import_problems import ProblemModel, problem_view
from .message_label import MessageLabel


class SummaryPage(QWizardPage):
    undone = Signal(int)  # the import batch taken back out

    def __init__(self, worker: DbWorker, state: ImportState) -> None:
        super().__init__()
        self._worker = worker
        self._state = state
        self.setTitle(self.tr("Import finished"))
        self.setSubTitle(self.tr("The whole import is one step: “Undo this import” (or Edit → Undo, or "
                                 "the import history) takes it back out."))
        self.summary = QLabel(self)
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.reasons = QLabel(self.tr("Rows skipped or imported with a remark:"), self)
        self.model = ProblemModel(self)
        self.problems = problem_view(self.model, self)
        self.problems.setObjectName("importSummaryProblems")
        self.rejects_button = QPushButton(self.tr("&Save the rows not imported…"), self)
        self.rejects_button.setObjectName("importSaveRejects")
        self.rejects_button.setToolTip(self.tr("A CSV file of those rows, as they were, with why: fix them "
                                               "in Excel and import that file."))
        self.rejects_button.clicked.connect(self._ask_rejects_path)
        self.undo_button = QPushButton(self.tr("&Undo this import"), self)
        self.undo_button.setObjectName("importUndo")
        self.message = MessageLabel(self)
        self.message.setObjectName("importSummaryMessage")
        row = QHBoxLayout()
        row.addWidget(self.message, 1)
        row.addStretch(0)  # keeps the button its own size while the message is hidden
        row.addWidget(self.rejects_button)
        row.addWidget(self.undo_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.reasons)
        layout.addWidget(self.problems, 1)
        layout.addLayout(row)
        self.undo_button.clicked.connect(self.undo)

    def initializePage(self) -> None:
        r = self._state.result
        if r is None:
            return
        lines = [self.tr("Imported from {name}:").format(name=html.escape(r.source)),
                 self.tr("<b>%n</b> record(s) created", "", r.created),
                 self.tr("<b>%n</b> record(s) updated", "", r.updated),
                 self.tr("<b>%n</b> row(s) merged into existing contacts", "", r.merged),
                 self.tr("<b>%n</b> row(s) skipped", "", r.skipped),
                 self.tr("<b>%n</b> row(s) with errors, not imported", "", r.errors)]
        text = lines[0] + "<br>" + " · ".join(lines[1:])
        if r.problems_total > len(r.problems):
            text += "<br>" + self.tr("The first %n problems are listed.", "", len(r.problems))
        self.summary.setText(text)
        self.model.set_problems(r.problems, r.entity)
        has_problems = bool(r.problems)
        self.reasons.setVisible(has_problems)
        self.problems.setVisible(has_problems)
        self.undo_button.setEnabled(r.batch_id is not None and (r.created + r.updated + r.merged) > 0)
        self.rejects_button.setVisible(r.errors > 0 and r.format != "json")
        self.message.clear_message()

    def _ask_rejects_path(self) -> None:
        source = Path(self._state.path)
        suggested = str(source.with_name(source.stem + self.tr("-not-imported") + ".csv"))
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the rows not imported"), suggested,
                                              self.tr("CSV (*.csv)"))
        if path:
            self.save_rejects(path)

    def save_rejects(self, path: str) -> None:
        """Write the rows in error to `path` (on the worker: the source is read again)."""
        r = self._state.result
        if r is None:
            return
        self.rejects_button.setEnabled(False)
        self._worker.run(_write_rejects, self._state.path, r, path, self._state.sheet,
                         on_done=partial(self._rejects_saved, path), on_error=self._rejects_failed)

    def _rejects_saved(self, path: str, rows: int) -> None:
        self.rejects_button.setEnabled(True)
        self.message.show_message(self.tr("%n row(s) saved to {path}", "", rows).format(path=path),
                                  color="#1b5e20")

    def _rejects_failed(self, error: BaseException) -> None:
        self.rejects_button.setEnabled(True)
        self.message.show_message(describe(error), color="#b00020")

    def undo(self) -> None:
        r = self._state.result
        if r is None or r.batch_id is None:
            return
        self.undo_button.setEnabled(False)
        self.message.show_message(self.tr("Undoing the import…"), color="#555555")
        self._worker.run(importer.undo_batch, r.batch_id, on_done=partial(self._undone, r.batch_id),
                         on_error=self._failed)

    def _undone(self, batch_id: int, _text: str) -> None:
        self.message.show_message(self.tr("The import is undone: nothing of it is left in your lists."),
                                  color="#1b5e20")
        self.undone.emit(batch_id)

    def _failed(self, error: BaseException) -> None:
        self.undo_button.setEnabled(True)
        self.message.show_message(describe(error), color="#b00020")


def _write_rejects(_vault: Any, source: str, result: importer.ImportResult, out: str,
                   sheet: str | None) -> int:
    """On the worker (the vault is not needed: the source file is read again)."""
    return write_rejects(source, result, out, sheet=sheet)
