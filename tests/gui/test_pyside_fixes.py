"""A long session must not abort the interpreter: PySide6 6.12 takes a reference from None on
every void call under Python 3.11 (see crm_desktop/gui/pyside_fixes.py), and one from True or
False on every emit of a Signal(bool) (the worker's busy signal): pyproject.toml keeps 6.12 out."""

from __future__ import annotations

import os
import subprocess
import sys

SESSION = """
import crm_desktop.gui  # applies the work-around where the binding needs it
from PySide6.QtCore import QObject, QRect, Signal

class Busy(QObject):
    changed = Signal(bool)

busy = Busy()
busy.changed.connect(lambda _b: None)
rect = QRect()
for _ in range(200_000):  # about what hours of clicking, painting and queries make
    rect.setWidth(1)
    busy.changed.emit(True)
    busy.changed.emit(False)
print("done")
"""


def test_two_hundred_thousand_void_calls_and_bool_signals_do_not_abort() -> None:
    out = subprocess.run([sys.executable, "-c", SESSION], capture_output=True, text=True, timeout=120,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, check=False)
    assert out.returncode == 0, out.stderr[-500:]
    assert out.stdout.strip() == "done" and "dealloc" not in out.stderr
