"""The one database worker: a QThread that owns the open vault and runs every query and write.

The GUI thread never touches the vault (it never even holds a reference to it): it submits a
function with `run(fn, *args, on_done=..., on_error=...)`, the function runs on the worker as
`fn(vault, *args)`, and the result (or the exception) comes back by a queued signal, so the
callbacks run on the GUI thread. Jobs run one at a time, in the order submitted — the same idea
as Anki's `aqt/taskman.py`.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Qt, QThread, Signal

from crm_desktop.core.errors import CrmError
from crm_desktop.core.vault import Vault
from crm_desktop.gui.after_open import AfterOpen

log = logging.getLogger(__name__)

Callback = Callable[[Any], None]


class VaultLocked(CrmError):
    def __init__(self) -> None:
        super().__init__("The vault is locked; unlock it first.")


class Cancelled(CrmError):
    def __init__(self) -> None:
        super().__init__("Cancelled.")


@dataclass(frozen=True)
class VaultInfo:
    """What the GUI may know about the open vault (never the Vault object itself)."""

    path: str

    @property
    def name(self) -> str:
        return Path(self.path).stem


@dataclass(eq=False)
class Job:
    fn: Callable[..., Any]
    args: tuple[Any, ...]
    kwargs: dict[str, Any]
    on_done: Callback | None
    on_error: Callback | None
    on_progress: Callable[..., None] | None
    needs_vault: bool = True
    beside: bool = False  # run on a thread of its own, beside the worker (see DbWorker.run_beside)
    _cancel: threading.Event = field(default_factory=threading.Event)

    def cancel(self) -> None:
        """Ask the job to stop at its next progress report; it then fails with `Cancelled`."""
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()


class _Thread(QThread):
    def __init__(self, target: Callable[[], None]) -> None:
        super().__init__()
        self._target: Callable[[], None] | None = target

    def run(self) -> None:
        # Drop the reference once running: no cycle between the thread and its worker.
        target, self._target = self._target, None
        if target is not None:
            target()


class DbWorker(QObject):
    """Owns the vault on its own thread. Create once per application; `shutdown()` at exit."""

    busy_changed = Signal(bool)
    # An error of a job that gave no on_error: the window shows it in words.
    unhandled_error = Signal(object)
    _finished = Signal(object, object, object)  # job, result, exception
    _progressed = Signal(object, object)  # job, args tuple

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._queue: queue.Queue[Job | None] = queue.Queue()
        self._vault: Vault | None = None  # read and written on the worker thread only
        self._after_open: AfterOpen | None = None
        self._beside: list[tuple[Job, threading.Thread]] = []  # worker thread only
        self._pending = 0
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._progressed.connect(self._deliver_progress, Qt.ConnectionType.QueuedConnection)
        self._thread = _Thread(self._loop)
        self._thread.setObjectName("crm-db-worker")
        self._thread.start()

    # ---------------------------------------------------------------- API (GUI thread)
    def run(self, fn: Callable[..., Any], *args: Any, on_done: Callback | None = None,
            on_error: Callback | None = None, on_progress: Callable[..., None] | None = None,
            **kwargs: Any) -> Job:
        """Run `fn(vault, *args, **kwargs)` on the worker. With `on_progress`, fn also gets
        `progress=callable`; each call is forwarded to on_progress on the GUI thread (and raises
        `Cancelled` inside fn once the job is cancelled)."""
        return self._submit(Job(fn, args, kwargs, on_done, on_error, on_progress))

    def run_beside(self, fn: Callable[..., Any], *args: Any, on_done: Callback | None = None,
                   on_error: Callback | None = None, on_progress: Callable[..., None] | None = None,
                   **kwargs: Any) -> Job:
        """Like `run`, on a thread of its own: long reads that must not hold up edits (a backup reads
        through its own pooled connection; WAL lets the worker write meanwhile). A lock cancels it."""
        return self._submit(Job(fn, args, kwargs, on_done, on_error, on_progress, beside=True))

    def run_without_vault(self, fn: Callable[..., Any], *args: Any, on_done: Callback | None = None,
                          on_error: Callback | None = None, on_progress: Callable[..., None] | None = None,
                          **kwargs: Any) -> Job:
        """Run `fn(*args, **kwargs)` on the worker whether or not a vault is open (restoring or
        salvaging a vault that does not open)."""
        return self._submit(Job(fn, args, kwargs, on_done, on_error, on_progress, needs_vault=False))

    def open_vault(self, path: str, passphrase: str, *, on_done: Callback | None = None,
                   on_error: Callback | None = None) -> Job:
        return self._submit(Job(self._open, (path, passphrase), {}, on_done, on_error, None,
                                needs_vault=False))

    def create_vault(self, path: str, passphrase: str, *, language: str = "en",
                     fill: Callable[..., Any] | None = None, on_done: Callback | None = None,
                     on_error: Callback | None = None,
                     on_progress: Callable[..., None] | None = None) -> Job:
        """Create a vault and keep it open; `fill(vault, progress=...)` then runs on it (the demo).
        If anything fails or is cancelled, the new file is closed and removed."""
        return self._submit(Job(self._create, (path, passphrase, language, fill), {}, on_done,
                                on_error, on_progress, needs_vault=False))

    def close_vault(self, *, on_done: Callback | None = None) -> Job:
        return self._submit(Job(self._close, (), {}, on_done, None, None, needs_vault=False))

    def is_idle(self) -> bool:
        return self._pending == 0

    def shutdown(self, timeout_ms: int = 30_000) -> None:
        """Finish queued jobs, close the vault on the worker thread, stop the thread."""
        if self._thread.isRunning():
            self._queue.put(None)
            self._thread.wait(timeout_ms)

    # ---------------------------------------------------------------- worker thread
    def _submit(self, job: Job) -> Job:
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)
        self._queue.put(job)
        return job

    def _loop(self) -> None:
        while True:
            job = self._queue.get()
            if job is None:
                break
            result: Any = None
            error: BaseException | None = None
            if job.beside and self._vault is not None and not job.cancelled:
                self._start_beside(job, self._vault)
                continue
            try:
                if job.cancelled:
                    raise Cancelled()
                result = self._call(job)
            except BaseException as exc:  # handed to the GUI thread, never lost
                error = exc
            self._finished.emit(job, result, error)
        self._close()

    def _start_beside(self, job: Job, vault: Vault) -> None:
        def body() -> None:
            result: Any = None
            error: BaseException | None = None
            try:
                kwargs = dict(job.kwargs)
                if job.on_progress is not None:
                    kwargs["progress"] = self._reporter(job)
                result = job.fn(vault, *job.args, **kwargs)
            except BaseException as exc:  # handed to the GUI thread, never lost
                error = exc
            self._finished.emit(job, result, error)

        thread = threading.Thread(target=body, name="crm-beside", daemon=True)
        self._beside = [(j, t) for j, t in self._beside if t.is_alive()] + [(job, thread)]
        thread.start()

    def _stop_beside(self) -> None:
        """Before the vault closes: cancel what runs beside the worker and wait for it."""
        for job, thread in self._beside:
            job.cancel()
            thread.join()
        self._beside = []

    def _call(self, job: Job) -> Any:
        kwargs = dict(job.kwargs)
        if job.on_progress is not None:
            kwargs["progress"] = self._reporter(job)
        if not job.needs_vault:
            return job.fn(*job.args, **kwargs)
        if self._vault is None:
            raise VaultLocked()
        if getattr(job.fn, "replaces_vault_file", False):
            # No backup may be reading the file a rekey or restore replaces.
            self._stop_beside()
            self.settle_background()
        return job.fn(self._vault, *job.args, **kwargs)

    def _reporter(self, job: Job) -> Callable[..., None]:
        def progress(*args: Any) -> None:
            if job.cancelled:
                raise Cancelled()
            self._progressed.emit(job, args)
        return progress

    def _open(self, path: str, passphrase: str) -> VaultInfo:
        self._close()
        self._vault = Vault.open(path, passphrase)
        # The day's backup and the search dictionaries, beside the worker: the first screen's
        # queries do not wait for them.
        self._after_open = AfterOpen(self._vault)
        self._after_open.start()
        return VaultInfo(self._vault.path)

    def settle_background(self) -> None:
        """Wait for the after-open work (worker thread; for jobs that replace the vault's file)."""
        if self._after_open is not None:
            self._after_open.stop()

    def _create(self, path: str, passphrase: str, language: str,
                fill: Callable[..., Any] | None, progress: Callable[..., None] | None = None) -> VaultInfo:
        self._close()
        vault = Vault.create(path, passphrase, language=language)
        try:
            if fill is not None:
                if progress is not None:
                    fill(vault, progress=progress)
                else:
                    fill(vault)
        except BaseException:
            vault.close()
            for suffix in ("", "-wal", "-shm", "-journal"):
                Path(path + suffix).unlink(missing_ok=True)
            raise
        self._vault = vault
        return VaultInfo(vault.path)

    def _close(self) -> None:
        self._stop_beside()
        self.settle_background()
        self._after_open = None
        if self._vault is not None:
            vault, self._vault = self._vault, None
            vault.close()

    # ---------------------------------------------------------------- back on the GUI thread
    def _deliver(self, job: Job, result: Any, error: BaseException | None) -> None:
        self._pending -= 1
        try:
            if error is None:
                _call_back(job.on_done, result)
            elif job.on_error is not None:
                _call_back(job.on_error, error)
            else:
                if not isinstance(error, CrmError):
                    log.error("job %s failed", getattr(job.fn, "__qualname__", job.fn),
                              exc_info=(type(error), error, error.__traceback__))
                self.unhandled_error.emit(error)
        finally:
            if self._pending == 0:
                self.busy_changed.emit(False)

    def _deliver_progress(self, job: Job, args: tuple[Any, ...]) -> None:
        if job.on_progress is not None and not job.cancelled:
            _call_back(job.on_progress, *args)


def _call_back(fn: Callable[..., None] | None, *args: Any) -> None:
    """Call a GUI callback unless the widget it belongs to was deleted meanwhile."""
    if fn is None:
        return
    target = fn.func if isinstance(fn, partial) else fn
    owner = getattr(target, "__self__", None)
    if isinstance(owner, QObject) and not shiboken6.isValid(owner):
        return
    fn(*args)
