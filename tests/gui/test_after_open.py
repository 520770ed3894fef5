"""After an unlock, the day's automatic backup runs beside the DB worker (the first screen does not
wait for it); locking stops it and waits, and leaves no partial backup behind."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from crm_desktop.core import backup
from crm_desktop.core.services import contact_read, contacts
from crm_desktop.core.vault import Vault
from crm_desktop.gui.worker import DbWorker

from .helpers import PASSPHRASE, TIMEOUT, Waiter


def _vault_with_contacts(path: Path, n: int) -> str:
    def make() -> None:
        vault = Vault.create(str(path), PASSPHRASE)
        try:
            for i in range(n):
                contacts.add(vault, display_name=f"Client {i}")
        finally:
            vault.close()

    maker = threading.Thread(target=make)  # off the GUI thread, where no SQL may run
    maker.start()
    maker.join()
    return str(path)


def _open(qtbot: Any, worker: DbWorker, path: str) -> None:
    opened: list[object] = []
    worker.open_vault(path, PASSPHRASE, on_done=opened.append, on_error=opened.append)
    qtbot.waitUntil(lambda: bool(opened), timeout=TIMEOUT)


def test_the_days_backup_is_made_after_unlock_while_the_worker_answers(qtbot: Any, worker: DbWorker,
                                                                         tmp_path: Path) -> None:
    path = _vault_with_contacts(tmp_path / "firm.crm", 3)
    _open(qtbot, worker, path)
    run = Waiter(qtbot, worker)
    assert run(contact_read.list_contacts).total == 3  # answered; no waiting on the copy
    qtbot.waitUntil(lambda: any(b.reason == "open" for b in backup.list_backups(path)), timeout=TIMEOUT)
    [made] = [b for b in backup.list_backups(path) if b.reason == "open"]
    assert made.verified and made.counts.get("contact") == 3
    worker.close_vault()
    _open(qtbot, worker, path)  # the same day: no second copy
    run(lambda v: v.path)
    closed: list[object] = []
    worker.close_vault(on_done=closed.append)
    qtbot.waitUntil(lambda: bool(closed), timeout=TIMEOUT)
    assert [b.reason for b in backup.list_backups(path)].count("open") == 1


def test_locking_during_the_backup_stops_it_and_leaves_no_partial_file(qtbot: Any, worker: DbWorker,
                                                                       tmp_path: Path) -> None:
    path = _vault_with_contacts(tmp_path / "firm.crm", 2)
    _open(qtbot, worker, path)
    closed: list[object] = []
    worker.close_vault(on_done=closed.append)
    qtbot.waitUntil(lambda: bool(closed), timeout=TIMEOUT)
    assert not [t for t in threading.enumerate() if t.name == "crm-after-open"]
    folder = Path(path).parent / "backups"
    leftovers = [p.name for p in folder.glob("*")] if folder.exists() else []
    assert not [name for name in leftovers if name.endswith((".partial", ".tmp"))]
    # Whatever was listed is whole: stopped before the end means not listed at all.
    for info in backup.list_backups(path):
        assert info.verified
