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


def demo_filler() -> Callable[..., Any] | None:
    """build_demo from crm_desktop.core.demo, when that module exists."""
    try:
        module = importlib.import_module("crm_desktop.core.demo")
    except ImportError:
        return None
    build = getattr(module, "build_demo", None)
    if build is None:
        return None

    def fill(vault: Any, progress: Callable[..., None] | None = None) -> None:
        build(vault, contacts=DEMO_CONTACTS, progress=progress)

    return fill


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
