"""A disk that refuses writes (read-only folder, full disk / file size limit): a typed error in
words, nothing half-made left behind, and every row committed before still there.

Both run in a forked child: dropping root's override of file modes and lowering the file size
limit must not leak into the test process."""

from __future__ import annotations

import os
import resource
import signal
from pathlib import Path

import sqlcipher3

from crm_desktop.core.errors import CrmError
from crm_desktop.core.services import contact_read, contacts
from crm_desktop.core.vault import Vault

from .vault_util import PASSPHRASE, drop_dac_capabilities, fill, in_child, listing


def _error(exc: BaseException) -> dict:
    return {"type": type(exc).__name__, "module": type(exc).__module__, "message": str(exc)}


def test_read_only_folder(tmp_path: Path) -> None:
    ro = tmp_path / "ro"
    ro.mkdir()
    with Vault.create(ro / "kept.crm", PASSPHRASE) as v:
        fill(v, 20)
    ro.chmod(0o500)
    before = listing(ro)

    def attempt() -> dict:
        drop_dac_capabilities()
        out: dict = {}
        try:
            (ro / "probe").write_text("x")
            out["folder_writable"] = True
        except PermissionError:
            out["folder_writable"] = False
        for name, target in (("create", ro / "new.crm"), ("create_sub", ro / "sub" / "new.crm")):
            try:
                Vault.create(target, PASSPHRASE).close()
                out[name] = {"type": "created"}
            except Exception as exc:
                out[name] = _error(exc)
        try:
            Vault.open(ro / "kept.crm", PASSPHRASE).close()
            out["open_rw"] = {"type": "opened"}
        except Exception as exc:
            out["open_rw"] = _error(exc)
        # Read-only media: no -shm can be made beside a WAL vault, and it still opens.
        with Vault.open(ro / "kept.crm", PASSPHRASE, read_only=True) as v:
            out["read_only_total"] = contact_read.list_contacts(v).total
        return out

    try:
        got = in_child(attempt)
    finally:
        ro.chmod(0o700)
    assert got["folder_writable"] is False, got
    for name in ("create", "create_sub"):
        assert got[name]["type"] == "VaultWriteError", got
        assert "Could not write" in got[name]["message"] and "Permission denied" in got[name]["message"]
    assert got["open_rw"]["type"] == "VaultWriteError", got
    assert "read-only" in got["open_rw"]["message"]
    assert got["read_only_total"] == 20
    assert listing(ro) == before  # nothing left behind, nothing changed


def test_disk_full_during_create_leaves_nothing(tmp_path: Path) -> None:
    target = tmp_path / "made" / "for" / "it" / "v.crm"

    def attempt() -> dict:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG
        resource.setrlimit(resource.RLIMIT_FSIZE, (16 * 1024, 16 * 1024))
        try:
            Vault.create(target, PASSPHRASE).close()
        except Exception as exc:
            return _error(exc)
        return {"type": "created"}

    got = in_child(attempt)
    assert got["type"] == "VaultWriteError", got
    assert "the disk refused the write" in got["message"] or "disk is full" in got["message"]
    assert os.listdir(tmp_path) == []  # not the file, its -wal, its .lock, nor the folders made


def test_disk_full_while_writing_keeps_every_committed_row(vault_path: Path) -> None:
    with Vault.create(vault_path, PASSPHRASE) as v:
        fill(v, 200)

    def attempt() -> dict:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        v = Vault.open(vault_path, PASSPHRASE)
        limit = vault_path.stat().st_size + 200_000
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
        added, out = 0, {}
        try:
            while added < 1000:
                contacts.add(v, display_name=f"big {added}", note="z" * 20_000)
                added += 1
        except CrmError as exc:
            out["error"] = _error(exc)
        except Exception as exc:  # an untyped error fails the test below
            out["error"] = {**_error(exc), "untyped": True}
        out["added"] = added
        out["still_reads"] = contact_read.list_contacts(v).total  # the session goes on reading
        v.close()  # its checkpoint hits the limit too, mid-page
        out["ragged_main_file"] = vault_path.stat().st_size % 4096 != 0
        return out

    got = in_child(attempt, timeout=60)
    assert got["error"]["type"] == "VaultWriteError" and "untyped" not in got["error"], got
    assert "the disk refused the write" in got["error"]["message"]
    added = got["added"]
    # The close's checkpoint was cut mid-page: the case where the main file lags its -wal.
    assert got["ragged_main_file"], got
    assert 0 < added < 1000 and got["still_reads"] == 200 + added

    # Read-only first: it cannot checkpoint, and must still see whole pages through the -wal.
    with Vault.open(vault_path, PASSPHRASE, read_only=True) as v:
        assert contact_read.list_contacts(v).total == 200 + added
    with Vault.open(vault_path, PASSPHRASE) as v:
        names = {c.display_name for c in contact_read.list_contacts(v, limit=2000).contacts}
        assert {f"big {i}" for i in range(added)} <= names and len(names) == 200 + added
    assert vault_path.stat().st_size % 4096 == 0  # the open's checkpoint made the file whole
    conn = sqlcipher3.connect(str(vault_path))
    conn.execute(f"PRAGMA key = '{PASSPHRASE}'")
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    conn.close()
