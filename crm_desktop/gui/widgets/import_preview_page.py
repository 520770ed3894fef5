"""Import wizard, page 4: what the import will do — new, merged, updated, duplicate and error rows;
the possible duplicates with the action for each (the user chooses for those the importer leaves to
them), the rows with problems (row, line, column, field), the policy for duplicates — then Import,
on the worker, with a progress dialog whose Cancel leaves nothing written."""

from __future__ import annotations

import html
import threading
from collections import Counter
from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QProgressDialog,
    QTabWidget,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from crm_desktop.core.importer import ImportCancelled, ImportResult, Preview
from crm_desktop.gui.errors import describe
from crm_desktop.gui.worker import Cancelled, DbWorker, Job

from .import_duplicates import DuplicateModel, duplicate_view
from .import_jobs import ImportState, import_file, preview_file
from .import_problems import ProblemModel, problem_view
from .message_label import MessageLabel


class PreviewPage(QWizardPage):
    imported = Signal(object)  # ImportResult

    def __init__(self, worker: DbWorker, state: ImportState) -> None:
        super().__init__()
        self._worker = worker
        self._state = state
        self._asked = 0  # answers to an older preview are dropped
        self._chosen_for = ""  # the file the per-row choices were made for
        self._job: Job | None = None  # the import, while it runs
        self._stop = threading.Event()
        self.progress: QProgressDialog | None = None
        self.setTitle(self.tr("Check before importing"))
        self.setSubTitle(self.tr("Nothing has been written yet. Import writes every row below in one step, "
                                 "which can be undone as a whole."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))
        self.counts = QLabel(self)
        self.counts.setObjectName("importCounts")
        self.counts.setWordWrap(True)
        self.counts.setTextFormat(Qt.TextFormat.RichText)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.duplicates = QComboBox(self)
        self.duplicates.setObjectName("importDuplicates")
        dup_label = QLabel(self.tr("&Rows that match a record already in the vault:"), self)
        dup_label.setBuddy(self.duplicates)
        self.dup_model = DuplicateModel(self)
        self.dup_view = duplicate_view(self.dup_model, self)
        self.dup_view.setObjectName("importDuplicateRows")
        self.dup_model.chosen.connect(self._row_chosen)
        self.model = ProblemModel(self)
        self.problems = problem_view(self.model, self)
        self.problems.setObjectName("importProblems")
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("importPreviewTabs")
        self.tabs.addTab(self.dup_view, "")
        self.tabs.addTab(self.problems, "")
        self.message = MessageLabel(self)
        self.message.setObjectName("importPreviewMessage")
        row = QHBoxLayout()
        row.addWidget(dup_label)
        row.addWidget(self.duplicates, 1)
        self.dup_row = row
        layout = QVBoxLayout(self)
        layout.addWidget(self.busy)
        layout.addWidget(self.counts)
        layout.addLayout(row)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        self.duplicates.activated.connect(self._duplicates_chosen)

    def initializePage(self) -> None:
        mapping = self._state.mapping
        if self._state.path != self._chosen_for:  # another file: its row numbers are other rows
            self._state.actions.clear()
            self._chosen_for = self._state.path
        self.duplicates.clear()
        contacts = mapping is not None and mapping.entity == "contact"
        if contacts:
            self.duplicates.addItem(self.tr("Same phone or e-mail: merge them; the others I choose"), "auto")
        self.duplicates.addItem(self.tr("Skip them (the vault keeps its record)"), "skip")
        self.duplicates.addItem(self.tr("Import them as new records"), "create")
        if contacts:
            self.duplicates.addItem(self.tr("Merge them all: add what a contact lacks, overwrite nothing"),
                                    "merge")
            self.duplicates.addItem(self.tr("Update the existing contact with the file's values"), "update")
        self.duplicates.setCurrentIndex(max(self.duplicates.findData(self._state.duplicates), 0))
        self._state.duplicates = self.duplicates.currentData()
        self.message.clear_message()
        self.refresh()

    def refresh(self) -> None:
        info = self._state.info
        if info is None:
            return
        json, name = info.format == "json", html.escape(info.name)
        for i in range(self.dup_row.count()):
            w = self.dup_row.itemAt(i).widget()
            if w is not None:
                w.setVisible(not json)
        self.tabs.setVisible(not json)
        if json:
            self.counts.setText(self.tr("{name} is a crm-desktop JSON export: it is restored whole, and "
                                        "records the vault already holds are skipped.").format(name=name))
            return
        self._asked += 1
        self._state.preview = None
        self.counts.setText(self.tr("Reading every row of {name} to see what importing it would do…")
                            .format(name=name))
        self.model.set_problems([])
        self.dup_model.set_rows([], {})
        self.busy.show()
        self.completeChanged.emit()
        state = self._state
        self._worker.run(preview_file, info, state.mapping, state.encoding, state.duplicates,
                         dict(state.actions), on_done=partial(self._previewed, self._asked),
                         on_error=partial(self._preview_failed, self._asked))

    def _previewed(self, asked: int, preview: Preview | None) -> None:
        if asked != self._asked or preview is None:
            return
        self.busy.hide()
        self._state.preview = preview
        self.dup_model.set_rows(preview.rows, self._state.actions)
        self.model.set_problems(preview.problems, preview.mapping.entity)
        self._show_counts()
        self.tabs.setCurrentWidget(self.dup_view if self.dup_model.rowCount() else self.problems)
        self.completeChanged.emit()

    def _show_counts(self) -> None:
        preview = self._state.preview
        if preview is None:
            return
        c = Counter(preview.counts)
        for rec in self.dup_model.rows:  # choices made since the preview was read
            if (chosen := self.dup_model.action(rec)) != rec.action:
                c[rec.action] -= 1
                c[chosen] += 1
        review = self.dup_model.to_review()
        parts = [self.tr("<b>%n</b> new", "", c["create"]),
                 self.tr("<b>%n</b> to merge into a contact", "", c["merge"]),
                 self.tr("<b>%n</b> to update", "", c["update"]),
                 self.tr("<b>%n</b> possible duplicate(s) for you to check", "", review),
                 self.tr("<b>%n</b> row(s) with errors, not imported", "", c["error"])]
        text = " · ".join(parts)
        if review:
            text += "<br>" + self.tr("Rows to check are skipped unless you choose another action for them "
                                     "(in bold below: F2 or a click on the action).")
        if preview.problems:
            text += "<br>" + self.tr("%n problem(s) listed below, errors first.", "", len(preview.problems))
        for b in preview.earlier_imports:
            text += "<br>" + self.tr("This file was imported before ({when}, {status}).").format(
                when=b.created_at.strftime("%Y-%m-%d %H:%M"), status=b.status)
        self.counts.setText(text)
        self.tabs.setTabText(0, self.tr("Possible duplicates (%n)", "", self.dup_model.rowCount()))
        self.tabs.setTabText(1, self.tr("Problems (%n)", "", len(preview.problems)))

    def _row_chosen(self, row: int, action: str) -> None:
        """The user's action for one row: kept for the import (and later previews)."""
        self._state.actions[row] = action
        self._show_counts()

    def _preview_failed(self, asked: int, error: BaseException) -> None:
        if asked != self._asked:
            return
        self.busy.hide()
        self.counts.setText("")
        self.message.show_message(describe(error), color="#b00020")
        self.completeChanged.emit()

    def _duplicates_chosen(self) -> None:
        self._state.duplicates = self.duplicates.currentData()
        self.refresh()

    def isComplete(self) -> bool:
        info = self._state.info
        ready = info is not None and (info.format == "json" or self._state.preview is not None)
        return ready and self._job is None

    # ---------------------------------------------------------------- the import
    def validatePage(self) -> bool:
        """Import: runs on the worker; the wizard moves on when it is done (QWizard wants an answer now)."""
        if self._state.result is not None:
            return True
        if self._job is None and self._state.info is not None:
            self._start()
        return False

    def _start(self) -> None:
        info = self._state.info
        assert info is not None
        self.message.clear_message()
        self._stop = threading.Event()
        self.progress = dialog = QProgressDialog(self.tr("Importing {name}…").format(name=info.name),
                                                 self.tr("Cancel"), 0, 1000, self)
        dialog.setObjectName("importProgress")
        dialog.setWindowTitle(self.tr("Import"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        self._job = self._worker.run(import_file, info, self._state.mapping, self._state.encoding,
                                     self._state.duplicates, dict(self._state.actions), self._stop,
                                     on_done=self._done,
                                     on_error=self._failed, on_progress=self._progressed)
        dialog.canceled.connect(self.cancel)
        dialog.show()
        self.completeChanged.emit()

    def cancel(self) -> None:
        """Stop the import: the core checks between chunks and before the commit; nothing is written."""
        self._stop.set()
        if self._job is not None:
            self._job.cancel()
        if self.progress is not None:
            self.progress.setLabelText(self.tr("Cancelling…"))

    def _progressed(self, rows: int, fraction: float | None) -> None:
        if self.progress is None:
            return
        if fraction is not None:
            self.progress.setValue(int(fraction * 1000))
        self.progress.setLabelText(self.tr("Importing: {n} rows read…").format(n=rows))

    def _close_progress(self) -> None:
        self._job = None
        if self.progress is not None:
            self.progress.canceled.disconnect(self.cancel)
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        self.completeChanged.emit()

    def _done(self, result: ImportResult) -> None:
        self._close_progress()
        self._state.result = result
        self.imported.emit(result)
        wizard = self.wizard()
        if wizard is not None:
            wizard.next()

    def _failed(self, error: BaseException) -> None:
        self._close_progress()
        if isinstance(error, ImportCancelled | Cancelled):
            self.message.show_message(self.tr("Import cancelled: nothing was written."), color="#555555")
        else:
            self.message.show_message(describe(error), color="#b00020")
