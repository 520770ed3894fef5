"""Write a PDF report: which one, the period, the language, (for a dossier) the contact, and where.

The build runs on the DB worker behind a progress dialog with Cancel; a cancelled or failed
build leaves no file (core writes beside the target and renames). Then Open / Show in folder.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.core.reports.periods import WITH_PERIOD, default_file_name, period
from crm_desktop.gui import saved_file
from crm_desktop.gui.errors import describe
from crm_desktop.gui.i18n import LANGUAGE_NAMES
from crm_desktop.gui.widgets.contact_picker import ContactPicker
from crm_desktop.gui.widgets.message_label import MessageLabel
from crm_desktop.gui.widgets.path_field import PathField
from crm_desktop.gui.worker import Cancelled, DbWorker, Job

from .report_names import KINDS, period_names, report_description, report_name

if TYPE_CHECKING:
    from crm_desktop.core.reports import ReportSummary
    from crm_desktop.core.vault import Vault

MUTED = "color: #555555;"


def build_report(vault: Vault, kind: str, path: str, options: dict[str, Any],
                 progress: Any = None) -> ReportSummary:
    """Runs on the worker (reportlab is imported there, not at the window's start)."""
    from crm_desktop.core.reports import REPORTS

    return REPORTS[kind](vault, path, progress=progress, **options)


class ReportDialog(QDialog):
    saved = Signal(str)  # the PDF's path, once written

    def __init__(self, worker: DbWorker, parent: QWidget | None = None, *, report: str | None = None,
                 contact_id: int | None = None, language: str = "en") -> None:
        super().__init__(parent)
        self._worker = worker
        self._job: Job | None = None
        self._progress: QProgressDialog | None = None
        self.last_path: str | None = None
        self.setWindowTitle(self.tr("Write a report"))
        self.setMinimumWidth(600)
        self.kind = self._combo("reportCombo", [(k, report_name(k)) for k in KINDS])
        self.about = QLabel(self)
        self.about.setObjectName("reportAbout")
        self.about.setWordWrap(True)
        self.about.setStyleSheet(MUTED)
        self.period = self._combo("periodCombo", period_names())
        self.period.setCurrentIndex(self.period.findData("this_quarter"))
        self.date_from, self.date_to = QDateEdit(self), QDateEdit(self)
        for edit, name in ((self.date_from, "dateFrom"), (self.date_to, "dateTo")):
            edit.setObjectName(name)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.period_note = QLabel(self)
        self.period_note.setStyleSheet(MUTED)
        self.picker = ContactPicker(worker, self)
        self.picker.changed.connect(self._default_path)
        self.picker.failed.connect(self._show_error)
        self.picker.missing.connect(lambda: self.message.show_message(
            self.tr("That contact is no longer in the vault.")))
        self.language = self._combo("languageCombo", list(LANGUAGE_NAMES.items()))
        self.language.setCurrentIndex(max(self.language.findData(language), 0))
        self.target = PathField(".pdf", self.tr("Save the report as"), self.tr("PDF documents (*.pdf)"),
                                self)
        self.message = MessageLabel(self)
        self.message.setObjectName("reportMessage")
        self.done_label = MessageLabel(self, kind="ok")
        self.done_label.setObjectName("doneLabel")
        self.open_button = self._button(self.tr("&Open"), "openButton",
                                        lambda: saved_file.open_file(self.last_path or ""))
        self.folder_button = self._button(self.tr("Show in &folder"), "folderButton",
                                          lambda: saved_file.show_in_folder(self.last_path or ""))
        self.write_button = self._button(self.tr("&Write PDF"), "writeButton", self.write)
        self.write_button.setDefault(True)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.write_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self._layout(buttons)
        self._show_result(None)
        if report in KINDS:
            self.kind.setCurrentIndex(self.kind.findData(report))
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.period.currentIndexChanged.connect(self._period_changed)
        self._period_changed()
        self._kind_changed()
        if contact_id is not None:
            self.picker.pick(contact_id)
        self.kind.setFocus()

    def _combo(self, name: str, items: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        for code, text in items:
            combo.addItem(text, code)
        return combo

    def _button(self, text: str, name: str, slot: Any) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def _layout(self, buttons: QDialogButtonBox) -> None:
        self._dates = QHBoxLayout()
        self._dates.addWidget(self.date_from, 1)
        self._dates.addWidget(QLabel("–", self))
        self._dates.addWidget(self.date_to, 1)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for text, field, buddy in ((self.tr("&Report:"), self.kind, None), ("", self.about, None),
                                   (self.tr("&Period:"), self.period, None), ("", self._dates, None),
                                   ("", self.period_note, None),
                                   (self.tr("&Contact:"), self.picker, self.picker.search),
                                   (self.tr("&Language:"), self.language, None),
                                   (self.tr("&Save as:"), self.target, self.target.edit)):
            label = QLabel(text, self)
            label.setBuddy(buddy or (field if isinstance(field, QWidget) else None))  # Alt+letter
            form.addRow(label, field)
        self._form = form
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.done_label)
        layout.addStretch(1)
        layout.addWidget(buttons)

    # ---------------------------------------------------------------- choices
    def current_kind(self) -> str:
        return str(self.kind.currentData())

    def _kind_changed(self) -> None:
        kind = self.current_kind()
        self.about.setText(report_description(kind))
        dated = kind in WITH_PERIOD
        self._form.setRowVisible(self.period, dated)
        self._form.setRowVisible(self._dates, dated)
        self._form.setRowVisible(self.period_note, not dated)
        self.period_note.setText(self.tr("A dossier covers the whole history, whatever the dates.")
                                 if kind == "dossier" else
                                 self.tr("This report describes the vault as it is today."))
        self._form.setRowVisible(self.picker, kind == "dossier")
        self._default_path()
        self.message.clear_message()

    def _period_changed(self) -> None:
        code = self.period.currentData()
        custom = code == "custom"
        self.date_from.setEnabled(custom)
        self.date_to.setEnabled(custom)
        if not custom:
            start, end = period(str(code), date.today())
            self.date_from.setDate(QDate(start))
            self.date_to.setDate(QDate(end))

    def dates(self) -> tuple[date, date]:
        return self.date_from.date().toPython(), self.date_to.date().toPython()

    def _default_path(self) -> None:
        kind = self.current_kind()
        subject = self.picker.contact_name() if kind == "dossier" else None
        self.target.set_default(default_file_name(kind, date.today(), subject), saved_file.documents_dir())

    # ---------------------------------------------------------------- writing
    def write(self) -> None:
        if self._job is not None:
            return
        self.message.clear_message()
        kind, path = self.current_kind(), self.target.path()
        problem = self._check(kind, path)
        if problem or path is None:
            self.message.show_message(problem or "")
            return
        self.target.edit.setText(str(path))
        options: dict[str, Any] = {"lang": self.language.currentData()}
        if kind in WITH_PERIOD:
            options["date_from"], options["date_to"] = self.dates()
        if kind == "dossier":
            options["contact_id"] = self.picker.contact_id()
        self._show_result(None)
        self.write_button.setEnabled(False)
        self._progress = self._progress_dialog()
        self._job = self._worker.run(build_report, kind, str(path), options, on_done=self._written,
                                     on_error=self._failed, on_progress=self._advance)
        self._progress.canceled.connect(self._job.cancel)

    def _check(self, kind: str, path: Path | None) -> str | None:
        """What would stop the build, said before it starts."""
        if path is None:
            return self.tr("Choose where to save the report.")
        if kind == "dossier" and self.picker.contact_id() is None:
            self.picker.setFocus()
            return self.tr("Find the contact or organization for the dossier first.")
        if kind in WITH_PERIOD and self.dates()[0] > self.dates()[1]:
            return self.tr("The period starts after it ends.")
        if path.is_dir():
            return self.tr("{path} is a folder. Type a file name.").format(path=path)
        if not path.parent.is_dir():
            return self.tr("The folder {folder} does not exist.").format(folder=path.parent)
        return None

    def _progress_dialog(self) -> QProgressDialog:
        dialog = QProgressDialog(self.tr("Reading the vault…"), self.tr("Cancel"), 0, 0, self)
        dialog.setObjectName("reportProgress")
        dialog.setWindowTitle(self.tr("Writing the report"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)  # a small report is done before a dialog would flash
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        return dialog

    def _advance(self, done: int, total: int, what: str = "") -> None:
        dialog = self._progress
        if dialog is None:
            return
        if what == "layout":
            dialog.setLabelText(self.tr("Laying out the pages…"))
        dialog.setRange(0, max(total, 1))
        # Last: a modal progress dialog processes events in setValue, which may finish the job.
        dialog.setValue(min(done, max(total, 1)))

    def _finish(self) -> None:
        self._job = None
        self.write_button.setEnabled(True)
        if self._progress is not None:
            self._progress.close()
            self._progress.deleteLater()
            self._progress = None

    def _written(self, summary: ReportSummary) -> None:
        self._finish()
        self._show_result(summary.path)
        self.done_label.show_message(self.tr("Saved {name}: %n page(s).", "", summary.pages).format(
            name=Path(summary.path).name))
        self.open_button.setFocus()
        self.saved.emit(summary.path)

    def _failed(self, error: BaseException) -> None:
        self._finish()
        if isinstance(error, Cancelled):
            self.message.show_message(self.tr("Cancelled: no file was written."), color="#555555")
        else:
            self._show_error(error)

    def _show_error(self, error: BaseException) -> None:
        words = (saved_file.describe_write_error(error, self.target.edit.text()) if isinstance(error, OSError)
                 else describe(error))
        self.message.show_message(words, color="#b00020")

    # ---------------------------------------------------------------- the result
    def _show_result(self, path: str | None) -> None:
        self.last_path = path
        self.open_button.setEnabled(path is not None)
        self.folder_button.setEnabled(path is not None)
        if path is None:
            self.done_label.clear_message()

    def reject(self) -> None:
        if self._job is not None:  # closing mid-build cancels it, which leaves no file
            self._job.cancel()
        super().reject()
