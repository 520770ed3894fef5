"""Backups: encrypted VACUUM INTO copies, verified after writing, recorded in a manifest without
personal data, rotated, mirrored to a second folder, taken automatically when needed."""

from __future__ import annotations

import json
import os
import shutil
import stat
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from crm_desktop.core.backup import (
    BackupSettings,
    auto_backup,
    backed_up,
    create_backup,
    list_backups,
    newest_verified_backup,
    save_settings,
    verify_backup,
)
from crm_desktop.core.backup.rotation import keep
from crm_desktop.core.errors import WrongPassphrase
from crm_desktop.core.services import contacts
from crm_desktop.core.vault import Vault

from .vault_util import PASSPHRASE, content_digest, fill, flip_byte

SECRET = "Zhang Secretname 张秘密"


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One new vault, copied for each test: cheaper than creating one (migrations, seeding)."""
    path = tmp_path_factory.mktemp("template") / "test.crm"
    Vault.create(path, PASSPHRASE).close()
    return path


@pytest.fixture
def vault(template: Path, vault_path: Path) -> Iterator[Vault]:
    vault_path.parent.mkdir(parents=True)
    shutil.copyfile(template, vault_path)
    v = Vault.open(vault_path, PASSPHRASE)
    try:
        yield v
    finally:
        v.close()


def test_backup_is_encrypted_verified_and_holds_the_wal(vault: Vault, vault_path: Path) -> None:
    fill(vault, 50)
    contacts.add(vault, display_name=SECRET, note="only in the -wal yet")
    assert (vault_path.parent / "test.crm-wal").stat().st_size > 0
    info = create_backup(vault)
    path = Path(info.path)
    assert path.parent == vault_path.parent / "backups" and path.name.startswith("test-")
    assert path.name.endswith("-manual.crm")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert info.verified and info.integrity_checked and info.problem is None
    assert info.schema and info.counts["contact"] == 51 and info.counts["stage"] == 7
    assert info.size == path.stat().st_size and info.created_at.tzinfo is not None
    # Same rows as the vault (read with sqlcipher3 itself), and no plaintext in the file.
    assert content_digest(path, PASSPHRASE) == content_digest(vault_path, PASSPHRASE)
    data = path.read_bytes()
    assert SECRET.encode() not in data and b"SQLite format 3" not in data
    assert sorted(os.listdir(path.parent)) == [".backup.lock", "manifest.json", path.name]


def test_manifest_records_counts_sizes_dates_and_checks_only(vault: Vault, vault_path: Path) -> None:
    contacts.add(vault, display_name=SECRET, note=SECRET)
    info = create_backup(vault, reason="Before Import!")
    assert info.reason == "before-import"
    raw = (vault_path.parent / "backups" / "manifest.json").read_text(encoding="utf-8")
    assert "Secretname" not in raw and "秘密" not in raw and PASSPHRASE not in raw
    entry = json.loads(raw)["backups"][Path(info.path).name]
    assert set(entry) == {"vault", "created_at", "reason", "size", "schema", "counts", "last_operation",
                          "last_audit", "verified", "integrity_checked", "checks", "verified_at",
                          "verify_seconds", "problem", "seconds"}
    assert entry["checks"] == {"key": True, "cipher_integrity_check": True, "integrity_check": True}
    # Listing needs no passphrase and no open vault.
    assert list_backups(vault_path) == [info]


def test_read_only_vault_can_be_backed_up(vault_path: Path) -> None:
    with Vault.create(vault_path, PASSPHRASE) as v:
        fill(v, 10)
    with Vault.open(vault_path, PASSPHRASE, read_only=True) as ro:
        info = create_backup(ro)
    assert info.verified and info.counts["contact"] == 10


def test_rotation_keeps_last_daily_weekly_monthly() -> None:
    start = datetime(2025, 1, 1, 12, tzinfo=UTC)
    instants = [start + timedelta(hours=6 * i) for i in range(4 * 400)]  # 4 a day for 400 days
    kept = keep(instants, BackupSettings(keep_last=3))
    newest = sorted(range(len(instants)), key=lambda i: instants[i])[-3:]
    assert set(newest) <= kept
    days = {instants[i].date() for i in kept}
    weeks = {instants[i].isocalendar()[:2] for i in kept}
    months = {(instants[i].year, instants[i].month) for i in kept}
    # 7 days (the newest 3 share the last day), up to 4 weeks and 12 months more.
    last_day = instants[-1].date()
    assert {d for d in days if d > last_day - timedelta(days=7)} == {
        last_day - timedelta(days=i) for i in range(7)}
    assert len(months) == 12 and len(weeks) >= 4 and len(kept) <= 3 + 7 + 4 + 12
    assert keep(instants[:2], BackupSettings(0, 0, 0, 0)) == {1}  # the newest is never dropped


def test_rotation_deletes_old_backups_from_disk_and_manifest(vault: Vault, vault_path: Path) -> None:
    save_settings(vault, keep_last=1, keep_daily=2, keep_weekly=0, keep_monthly=0)
    day = datetime(2025, 3, 10, 9, tzinfo=UTC)
    made = [create_backup(vault, now=day + timedelta(days=i, hours=h)) for i in range(3) for h in (0, 1)]
    left = list_backups(vault_path)
    # The newest, and the newest of each of the 2 newest days (the same one for the last day).
    assert [b.path for b in left] == [made[-1].path, made[-3].path]
    assert sorted(os.listdir(vault_path.parent / "backups")) == sorted(
        [".backup.lock", "manifest.json", *(Path(b.path).name for b in left)])


def test_mirror_folder_gets_a_verified_copy(vault: Vault, tmp_path: Path) -> None:
    fill(vault, 20)
    mirror = tmp_path / "usb" / "crm"
    save_settings(vault, mirror=str(mirror))
    info = create_backup(vault)
    assert info.mirror_errors == () and len(info.mirrors) == 1
    copy = Path(info.mirrors[0])
    assert copy.parent == mirror and copy.read_bytes() == Path(info.path).read_bytes()
    listed = list_backups(vault.path, [str(mirror)])
    assert {b.path for b in listed} == {info.path, str(copy)} and all(b.verified for b in listed)


def test_a_failing_mirror_is_reported_and_the_backup_kept(vault: Vault, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    save_settings(vault, mirror=str(blocker / "crm"))
    info = create_backup(vault)
    assert info.verified and Path(info.path).exists()
    assert len(info.mirror_errors) == 1 and "backup folder cannot be created" in info.mirror_errors[0]


def test_auto_backup_daily_on_open_and_before_risky_operations(vault: Vault, vault_path: Path) -> None:
    t0 = datetime(2025, 5, 1, 8, tzinfo=UTC)
    first = auto_backup(vault, "open", now=t0)
    assert first is not None and first.reason == "open"
    assert auto_backup(vault, "open", now=t0 + timedelta(hours=5)) is None  # at most daily
    # Nothing changed since: the verified backup is reused instead of a second copy.
    same = auto_backup(vault, "import", now=t0 + timedelta(hours=6))
    assert same is not None and same.reused and same.path == first.path
    contacts.add(vault, display_name="a change")
    before_import = auto_backup(vault, "import", now=t0 + timedelta(hours=7))
    assert before_import is not None and not before_import.reused and before_import.reason == "import"
    assert auto_backup(vault, "open", now=t0 + timedelta(hours=32)) is not None  # a day later
    save_settings(vault, auto=False)
    assert auto_backup(vault, "erase") is None
    assert len(list_backups(vault_path)) == 3


def test_backed_up_decorator_runs_the_backup_first(vault: Vault, vault_path: Path) -> None:
    calls: list[int] = []

    @backed_up("merge")
    def risky(v: Vault, n: int) -> int:
        calls.append(len(list_backups(vault_path)))
        return n * 2

    assert risky(vault, 21) == 42
    assert calls == [1] and list_backups(vault_path)[0].reason == "merge"


def test_verify_finds_a_changed_byte_and_newest_verified_skips_it(vault: Vault, vault_path: Path) -> None:
    fill(vault, 300, note_len=500)
    older = create_backup(vault, now=datetime(2025, 1, 1, tzinfo=UTC))
    newer = create_backup(vault, now=datetime(2025, 1, 2, tzinfo=UTC))
    assert newest_verified_backup(vault_path) == newer
    flip_byte(newer.path, Path(newer.path).stat().st_size // 2)
    checked = verify_backup(newer.path, PASSPHRASE)
    assert checked.verified is False and "integrity check" in (checked.problem or "")
    assert newest_verified_backup(vault_path) == older
    with pytest.raises(WrongPassphrase):  # a mistyped passphrase is not recorded as a failure
        verify_backup(older.path, "not it")
    assert newest_verified_backup(vault_path) == older
