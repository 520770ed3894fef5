"""The window's tool dialogs — import, export, reports, backups, passphrase, duplicates, data health —
opened from the menus, one of each at a time, closed by a lock; what they change marks the pages stale.

Each dialog module is imported when first opened: the window starts without loading them.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QWidget

from .worker import DbWorker

# name: (module, class) of each tool dialog; every one takes (worker, parent, **options).
DIALOGS: dict[str, tuple[str, str]] = {
    "import": ("crm_desktop.gui.dialogs.import_wizard", "ImportWizard"),
    "export": ("crm_desktop.gui.dialogs.export_dialog", "ExportDialog"),
    "reports": ("crm_desktop.gui.dialogs.report_dialog", "ReportDialog"),
    "backups": ("crm_desktop.gui.dialogs.backups_dialog", "BackupsDialog"),
    "passphrase": ("crm_desktop.gui.dialogs.change_passphrase_dialog", "ChangePassphraseDialog"),
    "duplicates": ("crm_desktop.gui.dialogs.duplicates_dialog", "DuplicatesDialog"),
    "health": ("crm_desktop.gui.dialogs.health_dialog", "HealthDialog"),
}
# The signal of each dialog that says the vault's records changed (the pages reload).
CHANGED_SIGNALS = ("imported", "undone", "restored", "merged")


class Tools(QObject):
    changed = Signal()  # records changed: pages reload
    open_record = Signal(str, int)
    message = Signal(str)

    def __init__(self, worker: DbWorker, window: QWidget) -> None:
        super().__init__(window)
        self._worker = worker
        self._window = window
        self._open: dict[str, QDialog] = {}

    def show(self, name: str, **options: Any) -> QDialog:
        """Open the tool, or bring its open dialog to the front (options then do not apply: a running
        import is not replaced by a file dropped meanwhile)."""
        dialog = self._open.get(name)
        if dialog is not None:
            dialog.raise_()
            dialog.activateWindow()
            return dialog
        module_name, class_name = DIALOGS[name]
        cls: Callable[..., QDialog] = getattr(importlib.import_module(module_name), class_name)
        dialog = cls(self._worker, self._window, **options)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        for signal in CHANGED_SIGNALS:
            if hasattr(dialog, signal):
                getattr(dialog, signal).connect(lambda *_a: self.changed.emit())
        if hasattr(dialog, "open_record"):
            dialog.open_record.connect(self.open_record)
        if hasattr(dialog, "find_duplicates_requested"):
            dialog.find_duplicates_requested.connect(lambda: self.show("duplicates"))
        if hasattr(dialog, "changed") and name == "passphrase":
            dialog.changed.connect(lambda: self.message.emit(self.tr("The passphrase was changed.")))
        self.adopt(name, dialog)
        dialog.show()
        return dialog

    def adopt(self, name: str, dialog: QDialog) -> None:
        """Count a dialog opened elsewhere (settings) among the tools: one at a time, closed by a lock."""
        previous = self._open.get(name)
        if previous is not None and previous is not dialog:
            previous.close()
        self._open[name] = dialog
        dialog.destroyed.connect(lambda _o=None, n=name, d=dialog: self._forget(n, d))

    def current(self, name: str) -> QDialog | None:
        return self._open.get(name)

    def _forget(self, name: str, dialog: QDialog) -> None:
        if self._open.get(name) is dialog:
            del self._open[name]

    def close_all(self) -> None:
        """The vault was locked: no dialog about its records stays open."""
        for dialog in list(self._open.values()):
            dialog.close()
        self._open.clear()
