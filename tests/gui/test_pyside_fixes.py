"""A long session must not abort the interpreter: PySide6 6.12 takes a reference from None on
every void call under Python 3.11 (see crm_desktop/gui/pyside_fixes.py)."""

from __future__ import annotations

import os
import subprocess
import sys

SESSION = """
import crm_desktop.gui  # applies the work-around where the binding needs it
from PySide6.QtCore import QRect
rect = QRect()
for _ in range(200_000):  # about what hours of clicking and painting make
    rect.setWidth(1)
print("done")
"""


def test_two_hundred_thousand_void_calls_do_not_abort() -> None:
    out = subprocess.run([sys.executable, "-c", SESSION], capture_output=True, text=True, timeout=120,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, check=False)
    assert out.returncode == 0, out.stderr[-500:]
    assert out.stdout.strip() == "done" and "none_dealloc" not in out.stderr
