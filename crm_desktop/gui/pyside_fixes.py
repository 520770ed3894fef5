"""Work-arounds for bugs of the Qt binding, applied once when the GUI package is imported.

PySide6 6.12.0 wrappers of methods that return nothing hand back `None` without a new
reference. From Python 3.12 `None` is immortal and that does no harm; on 3.11 every such call
(`setText`, `setPen`, `update`, ...) takes one reference away from `None`, and once they are gone
the interpreter aborts ("Fatal Python error: none_dealloc") — after some tens of thousands of
calls, i.e. in the middle of a long working session. Where the bug is found, `None` gets a
reserve of references no session can use up (what 3.12 does by making it immortal).
"""

from __future__ import annotations

import ctypes
import sys

RESERVE = 1 << 48
PROBE_CALLS = 64


def void_calls_drop_none() -> bool:
    """Whether a void method of the binding takes a reference from None (measured, not assumed)."""
    from PySide6.QtCore import QRect

    rect = QRect()
    before = sys.getrefcount(None)
    for _ in range(PROBE_CALLS):
        rect.setWidth(1)
    return sys.getrefcount(None) < before - PROBE_CALLS // 2


def keep_none_alive() -> bool:
    """Apply the reserve if needed; True when it was applied."""
    if sys.version_info >= (3, 12) or not void_calls_drop_none():
        return False
    # ob_refcnt is the first field of every object in a release build of CPython 3.11.
    ctypes.c_ssize_t.from_address(id(None)).value += RESERVE
    return True
