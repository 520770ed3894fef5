"""File → Import…: a file (CSV, XLSX, vCard, our JSON export) into the vault in five steps —
choose it, check what was found, match columns to fields, preview, import — then a summary with
"Undo this import". Reading, preview and import run on the DB worker, never on the GUI thread.

    wizard = ImportWizard(worker, parent, path=None)
    wizard.imported.connect(...)   # ImportResult: pages refresh
    wizard.undone.connect(...)     # batch id: an import was taken back out
    wizard.show()
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget, QWizard

from crm_desktop.core.importer import ImportResult
from crm_desktop.gui.widgets.import_detect_page import DetectPage
from crm_desktop.gui.widgets.import_file_page import FilePage
from crm_desktop.gui.widgets.import_jobs import ImportState
from crm_desktop.gui.widgets.import_mapping_page import MappingPage
from crm_desktop.gui.widgets.import_preview_page import PreviewPage
from crm_desktop.gui.widgets.import_summary_page import SummaryPage
from crm_desktop.gui.worker import DbWorker

FILE, DETECT, MAPPING, PREVIEW, SUMMARY = range(5)


class ImportWizard(QWizard):
    imported = Signal(object)  # ImportResult
    undone = Signal(int)  # an import batch undone (from the summary or the history list)

    def __init__(self, worker: DbWorker, parent: QWidget | None = None, *, path: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importWizard")
        self.setWindowTitle(self.tr("Import"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setMinimumSize(760, 560)
        self.state = ImportState()
        self.file_page = FilePage(worker, self.state)
        self.detect_page = DetectPage(worker, self.state)
        self.mapping_page = MappingPage(worker, self.state)
        self.preview_page = PreviewPage(worker, self.state)
        self.summary_page = SummaryPage(worker, self.state)
        for page_id, page in enumerate((self.file_page, self.detect_page, self.mapping_page,
                                        self.preview_page, self.summary_page)):
            self.setPage(page_id, page)
        self.preview_page.imported.connect(self._imported)
        self.summary_page.undone.connect(self.undone)
        self.file_page.history.undone.connect(self.undone)
        if path:
            self.file_page.set_path(path)

    def nextId(self) -> int:
        """A JSON export is restored whole: it has no columns to match."""
        if self.currentId() == DETECT and self.state.info is not None and self.state.info.format == "json":
            return PREVIEW
        return super().nextId()

    def _imported(self, result: ImportResult) -> None:
        self.imported.emit(result)

    def reject(self) -> None:
        """Closing while the import runs cancels it (nothing is written) rather than leaving it headless."""
        if self.preview_page.progress is not None:
            self.preview_page.cancel()
            return
        super().reject()
