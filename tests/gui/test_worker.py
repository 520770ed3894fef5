"""The one DB worker: jobs run off the GUI thread, answers come back on it, errors in words."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from crm_desktop.core.errors import ValidationError, WrongPassphrase
from crm_desktop.core.services import contact_read, contacts
from crm_desktop.gui.worker import Cancelled, DbWorker, VaultInfo, VaultLocked

from .helpers import PASSPHRASE, TIMEOUT, Waiter


def test_jobs_run_on_the_worker_and_answer_on_the_gui_thread(qtbot: Any, worker: DbWorker,
                                                              tmp_path: Path) -> None:
    seen: dict[str, Any] = {}
    worker.create_vault(str(tmp_path / "v.crm"), PASSPHRASE, on_done=lambda i: seen.setdefault("info", i))
    qtbot.waitUntil(lambda: "info" in seen, timeout=TIMEOUT)
    assert isinstance(seen["info"], VaultInfo) and seen["info"].name == "v"

    def where(vault: Any) -> str:
        return threading.current_thread().name

    worker.run(where, on_done=lambda name: seen.update(ran=name, back=threading.current_thread().name))
    qtbot.waitUntil(lambda: "back" in seen, timeout=TIMEOUT)
    assert seen["back"] == threading.main_thread().name
    assert seen["ran"] != threading.main_thread().name
    assert worker.is_idle()


def test_typed_errors_reach_on_error_or_the_unhandled_signal(qtbot: Any, worker: DbWorker,
                                                            tmp_path: Path) -> None:
    run = Waiter(qtbot, worker)
    errors: list[BaseException] = []
    worker.run(contact_read.get, 1, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=TIMEOUT)
    assert isinstance(errors[0], VaultLocked)  # no vault open yet

    worker.create_vault(str(tmp_path / "v.crm"), PASSPHRASE)
    with qtbot.waitSignal(worker.unhandled_error, timeout=TIMEOUT) as signal:
        worker.run(contacts.add, display_name="  ")
    assert isinstance(signal.args[0], ValidationError) and signal.args[0].field == "display_name"
    assert run(contact_read.list_contacts).total == 0


def test_wrong_passphrase_is_an_error_and_nothing_is_open(qtbot: Any, worker: DbWorker,
                                                         tmp_path: Path) -> None:
    path = str(tmp_path / "v.crm")
    done: list[Any] = []
    worker.create_vault(path, PASSPHRASE, on_done=done.append)
    worker.close_vault(on_done=done.append)
    qtbot.waitUntil(lambda: len(done) == 2, timeout=TIMEOUT)
    errors: list[BaseException] = []
    worker.open_vault(path, "not it", on_error=errors.append)
    worker.run(contact_read.list_contacts, on_error=errors.append)
    qtbot.waitUntil(lambda: len(errors) == 2, timeout=TIMEOUT)
    assert isinstance(errors[0], WrongPassphrase) and isinstance(errors[1], VaultLocked)


def test_progress_and_cancel(qtbot: Any, worker: DbWorker, tmp_path: Path) -> None:
    """A long job reports progress on the GUI thread and stops when cancelled; a cancelled
    new vault leaves no file behind."""
    reports: list[tuple[Any, ...]] = []
    errors: list[BaseException] = []
    gate = threading.Event()

    def fill(vault: Any, progress: Any) -> None:
        for i in range(1000):
            progress(i, 1000)
            gate.wait(0.01)

    job = worker.create_vault(str(tmp_path / "demo.crm"), "demo", fill=fill,
                              on_progress=lambda *a: reports.append(a), on_error=errors.append)
    qtbot.waitUntil(lambda: len(reports) >= 3, timeout=TIMEOUT)
    job.cancel()
    qtbot.waitUntil(lambda: bool(errors), timeout=TIMEOUT)
    assert isinstance(errors[0], Cancelled)
    assert reports[0] == (0, 1000)
    assert not (tmp_path / "demo.crm").exists()


def _open_new(qtbot: Any, worker: DbWorker, path: Path) -> None:
    opened: list[object] = []
    worker.create_vault(str(path), PASSPHRASE, on_done=opened.append, on_error=opened.append)
    qtbot.waitUntil(lambda: bool(opened), timeout=TIMEOUT)


def test_work_beside_the_worker_does_not_hold_up_edits(qtbot: Any, worker: DbWorker, tmp_path: Path) -> None:
    """A long read (a backup) runs on its own thread: an edit made meanwhile is saved at once."""
    _open_new(qtbot, worker, tmp_path / "v.crm")
    gate = threading.Event()
    answers: list[object] = []

    def long_read(vault: Any) -> int:
        assert gate.wait(TIMEOUT / 1000)  # held until the edit below has been answered
        return contact_read.list_contacts(vault).total

    worker.run_beside(long_read, on_done=answers.append, on_error=answers.append)
    saved = Waiter(qtbot, worker)(contacts.add, display_name="Added while a backup runs")
    assert saved.id and answers == []
    gate.set()
    qtbot.waitUntil(lambda: bool(answers), timeout=TIMEOUT)
    assert answers == [1]


def test_locking_cancels_work_beside_the_worker_and_waits_for_it(qtbot: Any, worker: DbWorker,
                                                                  tmp_path: Path) -> None:
    _open_new(qtbot, worker, tmp_path / "v.crm")
    started = threading.Event()
    answers: list[object] = []

    def endless(vault: Any, progress: Any) -> None:
        started.set()
        while True:  # a copy that would go on: stops at its next progress report once cancelled
            progress("copy", 1, 2)
            threading.Event().wait(0.01)

    worker.run_beside(endless, on_done=answers.append, on_error=answers.append, on_progress=lambda *a: None)
    assert started.wait(TIMEOUT / 1000)
    closed: list[object] = []
    worker.close_vault(on_done=closed.append)
    qtbot.waitUntil(lambda: bool(closed) and bool(answers), timeout=TIMEOUT)
    assert isinstance(answers[0], Cancelled)
    assert not [t for t in threading.enumerate() if t.name == "crm-beside" and t.is_alive()]
