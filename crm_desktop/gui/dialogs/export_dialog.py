"""File → Export…: the vault's data to open formats — contacts (CSV, XLSX, vCard), deals (CSV,
XLSX), reminders (iCalendar), everything (documented JSON). Written on the DB worker into a
temporary file beside the target and renamed into place, so a failure never leaves half a file.

    dialog = ExportDialog(worker, parent)
    dialog.exported.connect(...)  # ExportResult
    dialog.show()
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.core import exporter
from crm_desktop.core.exporter import ExportResult
from crm_desktop.gui.errors import describe
from crm_desktop.gui.widgets.message_label import MessageLabel
from crm_desktop.gui.worker import DbWorker

# What can be exported: key -> (file suffix, the name a file gets by default).
KINDS = {"contacts_csv": (".csv", "contacts"), "contacts_xlsx": (".xlsx", "contacts"),
         "contacts_vcard": (".vcf", "contacts"), "deals_csv": (".csv", "deals"),
         "deals_xlsx": (".xlsx", "deals"), "reminders_ical": (".ics", "reminders"),
         "vault_json": (".json", "vault")}
# The JSON's sections that are records (stages, tags and field definitions are not counted).
RECORDS = ("contacts", "deals", "interactions", "reminders")


class ExportDialog(QDialog):
    exported = Signal(object)  # ExportResult

    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._saved: ExportResult | None = None
        self._running = False
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export"))
        self.setMinimumWidth(560)
        self.kind = QComboBox(self)
        self.kind.setObjectName("exportKind")
        for key, text in (("contacts_csv", self.tr("Contacts as CSV")),
                          ("contacts_xlsx", self.tr("Contacts as an Excel workbook (XLSX)")),
                          ("contacts_vcard", self.tr("Contacts as vCards (phones, address books)")),
                          ("deals_csv", self.tr("Deals as CSV")),
                          ("deals_xlsx", self.tr("Deals as an Excel workbook (XLSX)")),
                          ("reminders_ical", self.tr("Reminders as a calendar (iCalendar)")),
                          ("vault_json", self.tr("Everything, as JSON (to move or keep the whole vault)"))):
            self.kind.addItem(text, key)
        self.encoding = QComboBox(self)
        self.encoding.setObjectName("exportEncoding")
        self.encoding.addItem(self.tr("UTF-8 with BOM (opens right in Excel)"), "utf-8-sig")
        self.encoding.addItem(self.tr("GBK (older Chinese Excel and programs)"), "gbk")
        self.encoding.addItem(self.tr("UTF-8 without BOM"), "utf-8")
        self.vcard_version = QComboBox(self)
        self.vcard_version.setObjectName("exportVcardVersion")
        self.vcard_version.addItem(self.tr("4.0 (current)"), "4.0")
        self.vcard_version.addItem(self.tr("3.0 (older phones, Outlook)"), "3.0")
        self.events = QComboBox(self)
        self.events.setObjectName("exportIcalComponent")
        self.events.addItem(self.tr("To-dos"), "VTODO")
        self.events.addItem(self.tr("Events"), "VEVENT")
        self.include_done = QCheckBox(self.tr("Include reminders that are &done"), self)
        self.include_done.setChecked(True)
        self.include_trash = QCheckBox(self.tr("Include the &trash"), self)
        self.attachments = QCheckBox(self.tr("Include attached &files"), self)
        self.attachments.setChecked(True)
        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("exportPath")
        self.path_edit.setClearButtonEnabled(True)
        self.browse = QPushButton(self.tr("&Browse…"), self)
        self.browse.setObjectName("exportBrowse")
        target = QHBoxLayout()
        target.addWidget(self.path_edit, 1)
        target.addWidget(self.browse)
        self.form = QFormLayout()
        self.form.addRow(self.tr("&What:"), self.kind)
        self.form.addRow(self.tr("&Encoding:"), self.encoding)
        self.form.addRow(self.tr("&vCard version:"), self.vcard_version)
        self.form.addRow(self.tr("&As:"), self.events)
        self.form.addRow("", self.include_done)
        self.form.addRow("", self.include_trash)
        self.form.addRow("", self.attachments)
        save_to = QLabel(self.tr("&Save to:"), self)  # a row holding a layout gets no buddy by itself
        save_to.setBuddy(self.path_edit)
        self.form.addRow(save_to, target)
        warning = MessageLabel(self, kind="hint")
        warning.show_message(self.tr("The file written is not encrypted: keep it somewhere safe, and delete "
                                     "it when you no longer need it."))
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.message = MessageLabel(self)
        self.message.setObjectName("exportMessage")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        action = QDialogButtonBox.ButtonRole.ActionRole
        self.export_button = self.buttons.addButton(self.tr("E&xport"), action)
        self.export_button.setObjectName("exportButton")
        self.export_button.setDefault(True)
        self.show_folder = self.buttons.addButton(self.tr("S&how in folder"), action)
        self.show_folder.setObjectName("exportShowFolder")
        self.show_folder.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(warning)
        layout.addWidget(self.busy)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.buttons.rejected.connect(self.reject)
        self.export_button.clicked.connect(self.export)
        self.show_folder.clicked.connect(self.open_folder)
        self.browse.clicked.connect(self.choose)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.path_edit.textChanged.connect(self._update)
        self.path_edit.setText(self._default_path())
        self._kind_changed()

    def current(self) -> str:
        return str(self.kind.currentData())

    def set_kind(self, key: str) -> None:
        self.kind.setCurrentIndex(self.kind.findData(key))

    def set_path(self, path: str) -> None:
        self.path_edit.setText(path)

    def _default_path(self) -> str:
        suffix, name = KINDS[self.current()]
        folder = Path(self.path_edit.text()).parent if self.path_edit.text() else Path.home()
        return str(folder / f"crm-{name}-{date.today().isoformat()}{suffix}")

    def _kind_changed(self) -> None:
        key = self.current()
        visible = {self.encoding: key.endswith("_csv"), self.vcard_version: key == "contacts_vcard",
                   self.events: key == "reminders_ical", self.include_done: key == "reminders_ical",
                   self.include_trash: key == "vault_json", self.attachments: key == "vault_json"}
        for widget, shown in visible.items():
            self.form.setRowVisible(widget, shown)
        # The file name follows the kind (its suffix, and "contacts" or "deals" in a default name).
        path = self.path_edit.text().strip()
        if path:
            p = Path(path)
            suffix, name = KINDS[key]
            stem = p.stem
            for _, other in KINDS.values():
                if stem.startswith(f"crm-{other}-"):
                    stem = f"crm-{name}-" + stem.removeprefix(f"crm-{other}-")
            self.path_edit.setText(str(p.with_name(stem + suffix)))
        self.message.clear_message()
        self.show_folder.hide()

    def _update(self) -> None:
        self.export_button.setEnabled(bool(self.path_edit.text().strip()) and not self._running)

    def choose(self) -> None:
        suffix = KINDS[self.current()][0]
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), self.path_edit.text(),
                                              self.tr("{kind} files (*{suffix})").format(
                                                  kind=suffix[1:].upper(), suffix=suffix))
        if path:
            if not path.lower().endswith(suffix):
                path += suffix
            self.path_edit.setText(path)

    def export(self) -> None:
        path = self.path_edit.text().strip()
        if not path or self._running:
            return
        path = os.path.abspath(os.path.expanduser(path))
        if os.path.exists(path) and QMessageBox.question(
                self, self.tr("Export"), self.tr("{name} exists. Replace it?").format(
                    name=os.path.basename(path))) != QMessageBox.StandardButton.Yes:
            return
        key, encoding = self.current(), self.encoding.currentData()
        fn, kwargs = {
            "contacts_csv": (exporter.export_csv, {"entity": "contact", "encoding": encoding}),
            "deals_csv": (exporter.export_csv, {"entity": "deal", "encoding": encoding}),
            "contacts_xlsx": (exporter.export_xlsx, {"entities": ("contact",)}),
            "deals_xlsx": (exporter.export_xlsx, {"entities": ("deal",)}),
            "contacts_vcard": (exporter.export_vcard, {"version": self.vcard_version.currentData()}),
            "reminders_ical": (exporter.export_ical, {"component": self.events.currentData(),
                                                      "include_done": self.include_done.isChecked()}),
            "vault_json": (exporter.export_json, {"include_deleted": self.include_trash.isChecked(),
                                                  "attachments": self.attachments.isChecked()}),
        }[key]
        self._running = True
        self._update()
        self.message.show_message(self.tr("Exporting…"), color="#555555")
        self.show_folder.hide()
        self.busy.show()
        self._worker.run(fn, path, on_done=self._done, on_error=self._failed, **kwargs)

    def _finish(self) -> None:
        self._running = False
        self.busy.hide()
        self._update()

    def _done(self, result: ExportResult) -> None:
        self._finish()
        self._saved = result
        counts = result.counts
        n = sum(counts.get(k, 0) for k in RECORDS) if result.format == "json" else sum(counts.values())
        self.message.show_message(self.tr("Saved %n record(s) to {path}.", "", n).format(path=result.path),
                                  color="#1b5e20")
        self.show_folder.show()
        self.exported.emit(result)

    def _failed(self, error: BaseException) -> None:
        self._finish()
        self.message.show_message(describe(error), color="#b00020")

    def open_folder(self) -> None:
        if self._saved is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(os.path.dirname(self._saved.path)))
