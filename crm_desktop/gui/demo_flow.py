"""Try the demo: open <data>/demo.crm (passphrase "demo"), creating and filling it on first use."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from .paths import DEMO_PASSPHRASE
from .worker import DbWorker, Job, VaultInfo

DEMO_CONTACTS = 300


def _module(name: str) -> Any:
    try:
        return importlib.import_module(name)
    except ImportError:
        return None


def demo_filler() -> Callable[..., Any] | None:
    """A `fill(vault, progress=None)` for a new demo vault, when crm_desktop.core.demo exists."""
    demo = _module("crm_desktop.core.demo")
    if demo is None or not hasattr(demo, "build_demo"):
        return None
    return fill_demo


def fill_demo(vault: Any, progress: Callable[..., None] | None = None, *, contacts: int = DEMO_CONTACTS,
              interactions_per_contact: int = 10) -> None:
    """Runs on the worker: the demo generator, then the search index over what it wrote."""
    demo = importlib.import_module("crm_desktop.core.demo")
    demo.build_demo(vault, contacts=contacts, interactions_per_contact=interactions_per_contact,
                    progress=progress)
    search = _module("crm_desktop.core.search")
    if search is not None:
        # build_demo writes with bulk Core inserts, which the search index does not see.
        search.reindex(vault)


def open_demo(parent: QWidget | None, worker: DbWorker, path: Path, language: str,
              on_done: Callable[[VaultInfo], None], on_error: Callable[[BaseException], None]) -> Job:
    if path.exists():
        return worker.open_vault(str(path), DEMO_PASSPHRASE, on_done=on_done, on_error=on_error)
    fill = demo_filler()
    dialog = _progress_dialog(parent) if fill is not None else None

    def finish(info: VaultInfo) -> None:
        if dialog is not None:
            dialog.close()
        on_done(info)

    def fail(error: BaseException) -> None:
        if dialog is not None:
            dialog.close()
        on_error(error)

    job = worker.create_vault(str(path), DEMO_PASSPHRASE, language=language, fill=fill,
                              on_done=finish, on_error=fail,
                              on_progress=(lambda *a: _report(dialog, *a)) if dialog else None)
    if dialog is not None:
        dialog.canceled.connect(job.cancel)
        dialog.show()
    return job


def _progress_dialog(parent: QWidget | None) -> QProgressDialog:
    dialog = QProgressDialog(
        QCoreApplication.translate("Demo", "Filling the demo vault with sample contacts, deals and notes…"),
        QCoreApplication.translate("Demo", "Cancel"), 0, 0, parent)
    dialog.setWindowTitle(QCoreApplication.translate("Demo", "Try the demo"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setObjectName("demoProgress")
    return dialog


def _report(dialog: QProgressDialog | None, *args: Any) -> None:
    """Accepts progress(done, total), progress(fraction) or progress(text), whichever core sends."""
    if dialog is None:
        return
    numbers = [a for a in args if isinstance(a, int | float) and not isinstance(a, bool)]
    texts = [a for a in args if isinstance(a, str)]
    if len(numbers) >= 2 and numbers[1]:
        dialog.setRange(0, int(numbers[1]))
        dialog.setValue(int(numbers[0]))
    elif len(numbers) == 1 and 0 <= numbers[0] <= 1:
        dialog.setRange(0, 1000)
        dialog.setValue(int(numbers[0] * 1000))
    if texts:
        dialog.setLabelText(texts[0])
