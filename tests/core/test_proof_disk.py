"""Proof: a backup on a full disk (RLIMIT_FSIZE, in a child process) or into a read-only folder
fails with a clear message, leaves no partial backup, and leaves the vault as it was."""

from __future__ import annotations

import os
import resource
import signal
from pathlib import Path

import pytest

from crm_desktop.core.backup import create_backup, list_backups, save_settings
from crm_desktop.core.errors import CrmError
from crm_desktop.core.services import contact_read
from crm_desktop.core.vault import Vault

from .vault_util import PASSPHRASE, content_digest, drop_dac_capabilities, fill, in_child


def _error(exc: BaseException) -> dict:
    return {"type": type(exc).__name__, "typed": isinstance(exc, CrmError), "message": str(exc)}


@pytest.fixture
def filled(vault_path: Path) -> Path:
    with Vault.create(vault_path, PASSPHRASE) as v:
        fill(v, 600, note_len=1000)
    return vault_path


def _backup_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith((".crm", ".partial"))) \
        if folder.exists() else []


def test_disk_full_during_a_backup(filled: Path) -> None:
    before = content_digest(filled, PASSPHRASE)
    backups = filled.parent / "backups"

    def attempt() -> dict:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG
        v = Vault.open(filled, PASSPHRASE)
        limit = filled.stat().st_size // 2  # the copy outgrows it half-way
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
        try:
            create_backup(v)
            out = {"type": "made"}
        except Exception as exc:
            out = _error(exc)
        out["still_reads"] = contact_read.list_contacts(v).total
        v.close()
        return out

    got = in_child(attempt, timeout=60)
    assert got["typed"] and got["type"] == "VaultWriteError", got
    assert "no backup was made (the disk " in got["message"], got  # full, or refused the write
    assert "nothing half-made was left" in got["message"]
    assert got["still_reads"] == 600
    assert _backup_files(backups) == [] and list_backups(filled) == []
    assert content_digest(filled, PASSPHRASE) == before
    with Vault.open(filled, PASSPHRASE) as v:  # and the next backup works
        assert create_backup(v).verified


def test_read_only_backup_folders(filled: Path, tmp_path: Path) -> None:
    backups = filled.parent / "backups"
    mirror = tmp_path / "usb"
    with Vault.open(filled, PASSPHRASE) as v:
        first = create_backup(v)  # the folder, its lock and manifest exist
        save_settings(v, mirror=str(mirror))
    mirror.mkdir()
    before = content_digest(filled, PASSPHRASE)
    backups.chmod(0o500)
    mirror.chmod(0o500)

    def attempt() -> dict:
        drop_dac_capabilities()
        out: dict = {}
        with Vault.open(filled, PASSPHRASE) as v:
            try:
                create_backup(v)
                out["primary"] = {"type": "made"}
            except Exception as exc:
                out["primary"] = _error(exc)
            # Another folder is fine: the failing copy to the second folder is reported, not raised.
            made = create_backup(v, folders=[str(tmp_path / "elsewhere"), str(mirror)])
            out["mirror_errors"] = list(made.mirror_errors)
        return out

    try:
        got = in_child(attempt, timeout=60)
    finally:
        backups.chmod(0o700)
        mirror.chmod(0o700)
    assert got["primary"]["type"] == "VaultWriteError", got
    assert "no backup was made (the folder is read-only)" in got["primary"]["message"], got
    assert len(got["mirror_errors"]) == 1 and "read-only" in got["mirror_errors"][0], got
    assert _backup_files(backups) == [Path(first.path).name] and _backup_files(mirror) == []
    assert content_digest(filled, PASSPHRASE) == before


def test_read_only_vault_folder_cannot_get_a_backup_folder(filled: Path) -> None:
    folder = filled.parent
    folder.chmod(0o500)

    def attempt() -> dict:
        drop_dac_capabilities()
        with Vault.open(filled, PASSPHRASE, read_only=True) as v:
            try:
                create_backup(v)
            except Exception as exc:
                return _error(exc)
        return {"type": "made"}

    try:
        got = in_child(attempt, timeout=60)
    finally:
        folder.chmod(0o700)
    assert got["type"] == "VaultWriteError" and "backup folder cannot be created" in got["message"], got
    assert sorted(os.listdir(folder)) == ["test.crm", "test.crm.lock"]
