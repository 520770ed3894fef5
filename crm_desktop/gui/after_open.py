"""What follows an unlock without holding up the window: the day's automatic backup and loading the
search dictionaries, on a thread of their own beside the DB worker.

A backup of a large vault takes seconds to minutes (858 MB: ~15 s copy + check); on the worker it
would queue every query of the first screen behind it. It reads through its own pooled connection
(WAL lets it read while the worker writes). Closing the vault stops it at its next progress report
and waits for it: no backup ever outlives its vault.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import threading
from typing import TYPE_CHECKING

from crm_desktop.core.errors import CrmError

if TYPE_CHECKING:
    from crm_desktop.core.vault import Vault

log = logging.getLogger(__name__)


WARM_UP_DELAY_S = 3.0


class _Stopped(Exception):
    pass


class AfterOpen:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="crm-after-open", daemon=True)
        self.backed_up = threading.Event()  # set when done, whatever the outcome (tests wait on it)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        """Ask the backup to stop and wait for the thread (before the vault closes)."""
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join()

    def _progress(self, *_args: object) -> None:
        if self._stop.is_set():
            raise _Stopped()

    def _run(self) -> None:
        from crm_desktop.core.backup import auto_backup
        from crm_desktop.core.search import warm_up

        try:
            # A failed backup must not lock the user out: the next risky operation (import, merge,
            # erase) tries again and refuses to go on without one.
            with contextlib.suppress(CrmError, _Stopped):
                auto_backup(self._vault, "open", progress=self._progress)
        except Exception:  # never let a surprise here take the app down; it is logged
            log.exception("automatic backup on open failed")
        finally:
            self.backed_up.set()
        # Pure Python that holds the GIL for ~0.5 s: after the first screen has been drawn, not
        # while it is (the first search comes later than this, and would pay it otherwise).
        if self._stop.wait(WARM_UP_DELAY_S):
            return
        warm_up()
        # The dictionaries just loaded are millions of long-lived objects: out of the collector's
        # sight, a full collection on the worker no longer holds the GIL (and the GUI) for 0.5 s.
        gc.freeze()
