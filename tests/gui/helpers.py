"""Helpers for GUI tests: wait for worker jobs, press shortcuts, find dialogs."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

from crm_desktop.gui.worker import DbWorker

PASSPHRASE = "correct horse battery staple"
TIMEOUT = 15_000


class Waiter:
    """Run a job on the worker and wait (with qtbot) for its answer."""

    def __init__(self, qtbot: Any, worker: DbWorker) -> None:
        self.qtbot = qtbot
        self.worker = worker

    def __call__(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        box: dict[str, Any] = {}
        self.worker.run(fn, *args, on_done=lambda r: box.setdefault("result", r),
                        on_error=lambda e: box.setdefault("error", e), **kwargs)
        self.qtbot.waitUntil(lambda: bool(box), timeout=TIMEOUT)
        if "error" in box:
            raise box["error"]
        return box["result"]


def activate(qtbot: Any, widget: QWidget) -> None:
    """Window shortcuts fire only in the active window."""
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget, timeout=TIMEOUT)


def press(qtbot: Any, widget: QWidget, key: str) -> None:
    """Press a key sequence such as 'Ctrl+Shift+Z' on a widget."""
    combo = QKeySequence(key)[0]
    qtbot.keyClick(widget, combo.key(), combo.keyboardModifiers())


def top_level(kind: type) -> Any:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    return found[-1] if found else None
