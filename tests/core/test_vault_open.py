"""Creating and opening vaults on real SQLCipher files: modes, application_id, missing files,
wrong passphrases and files that are not vaults — each named for what it is."""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlcipher3

from crm_desktop.core.errors import (
    NotAVault,
    VaultDamaged,
    VaultExists,
    VaultNotFound,
    WrongPassphrase,
)
from crm_desktop.core.services import contact_read, contacts
from crm_desktop.core.vault import Vault
from crm_desktop.core.vault.connection import APPLICATION_ID

from .vault_util import PASSPHRASE, fill, listing, sha

PAGE = 4096


@pytest.fixture(scope="module")
def closed_vault(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A closed vault with a few hundred contacts; tests copy it instead of paying for a new one."""
    path = tmp_path_factory.mktemp("template") / "template.crm"
    with Vault.create(path, PASSPHRASE) as v:
        fill(v, 300)
        contacts.add(v, display_name="Wang Fang", phones=["+86 138 0013 8000"])
    return path


@pytest.fixture
def copy_of(closed_vault: Path, tmp_path: Path) -> Iterator[Path]:
    dest = tmp_path / "vault" / "work.crm"
    dest.parent.mkdir()
    dest.write_bytes(closed_vault.read_bytes())
    os.chmod(dest, 0o600)
    yield dest


def _mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def _raw_application_id(path: Path, passphrase: str = PASSPHRASE) -> int:
    conn = sqlcipher3.connect(str(path))
    try:
        conn.execute(f"PRAGMA key = '{passphrase}'")
        return conn.execute("PRAGMA application_id").fetchone()[0]
    finally:
        conn.close()


# ------------------------------------------------------------------ 1. create / open
def test_create_makes_private_files_marked_as_ours(tmp_path: Path) -> None:
    path = tmp_path / "new" / "client.crm"
    old = os.umask(0)  # even a permissive umask must not widen the modes
    try:
        v = Vault.create(path, PASSPHRASE)
        try:
            contacts.add(v, display_name="Li Na")  # the -wal now exists and holds the row
            assert (tmp_path / "new" / "client.crm-wal").exists()
            for name in ("client.crm", "client.crm-wal", "client.crm-shm", "client.crm.lock"):
                assert _mode(tmp_path / "new" / name) == 0o600, name
        finally:
            v.close()
    finally:
        os.umask(old)
    assert _mode(path) == 0o600
    assert _raw_application_id(path) == APPLICATION_ID  # read by sqlcipher3 itself
    assert path.read_bytes()[:16] != b"SQLite format 3\x00"  # encrypted from byte 0


@pytest.mark.parametrize("read_only", [False, True])
@pytest.mark.parametrize("where", ["typo", "missing_folder", "missing_nested"])
def test_open_missing_path_creates_nothing(copy_of: Path, tmp_path: Path, where: str,
                                           read_only: bool) -> None:
    target = {
        "typo": copy_of.with_name("wrok.crm"),
        "missing_folder": tmp_path / "nowhere" / "work.crm",
        "missing_nested": tmp_path / "a" / "b" / "c" / "work.crm",
    }[where]
    before = listing(tmp_path)
    with pytest.raises(VaultNotFound) as err:
        Vault.open(target, PASSPHRASE, read_only=read_only)
    assert str(target) in str(err.value) and "nothing was created" in str(err.value)
    assert listing(tmp_path) == before
    assert not target.exists()
    if where != "typo":
        assert not target.parent.exists()


@pytest.mark.parametrize("existing", ["vault", "other_file", "folder"])
def test_create_refuses_an_existing_path_untouched(copy_of: Path, existing: str) -> None:
    target = {"vault": copy_of, "other_file": copy_of.with_name("notes.pdf"),
              "folder": copy_of.with_name("a_folder")}[existing]
    if existing == "other_file":
        target.write_bytes(b"%PDF-1.7 precious")
    elif existing == "folder":
        target.mkdir()
    before = listing(copy_of.parent)
    with pytest.raises(VaultExists) as err:
        Vault.create(target, "another passphrase")
    assert "refusing to overwrite" in str(err.value)
    assert listing(copy_of.parent) == before  # not a byte changed, no side file added


def test_reopen_keeps_everything(copy_of: Path) -> None:
    with Vault.open(copy_of, PASSPHRASE) as v:
        page = contact_read.list_contacts(v, limit=1000)
        assert page.total == 301
        assert any(c.display_name == "Wang Fang" for c in page.contacts)


# ------------------------------------------------------------------ 2. wrong passphrase
@pytest.mark.parametrize("read_only", [False, True])
def test_wrong_passphrase_changes_nothing_and_prints_nothing(
        copy_of: Path, capfd: pytest.CaptureFixture[str], read_only: bool) -> None:
    before = listing(copy_of.parent)
    capfd.readouterr()
    for attempt in ("correct horse battery stapler", "", "' OR 1=1; --", "密码"):
        with pytest.raises(WrongPassphrase) as err:
            Vault.open(copy_of, attempt, read_only=read_only)
        assert "Wrong passphrase" in str(err.value) and "not changed" in str(err.value)
    out, errout = capfd.readouterr()
    assert errout == "" and out == ""  # SQLCipher's HMAC complaints are silenced
    # Stronger than "the file is byte-identical": not even a .lock side file is left.
    assert listing(copy_of.parent) == before
    with Vault.open(copy_of, PASSPHRASE) as v:  # and the right one still opens it
        assert contact_read.list_contacts(v).total == 301


# ------------------------------------------------------------------ 3. not a vault
def _plain_sqlite(p: Path) -> None:
    conn = sqlite3.connect(p)
    conn.execute("CREATE TABLE clients(name)")
    conn.execute("INSERT INTO clients VALUES ('x')")
    conn.commit()
    conn.close()


def _make(kind: str, p: Path, vault: Path) -> None:
    if kind == "plain_sqlite":
        _plain_sqlite(p)
    elif kind == "empty":
        p.write_bytes(b"")
    elif kind == "random":
        p.write_bytes(os.urandom(3 * PAGE + 1000))
    elif kind == "pdf":
        p.write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + os.urandom(2 * PAGE))
    elif kind == "truncated":
        data = vault.read_bytes()
        p.write_bytes(data[: (len(data) // PAGE // 2) * PAGE + PAGE // 2])  # cut mid-page
    elif kind == "folder":
        p.mkdir()
    elif kind == "text":
        p.write_text("name,phone\n张伟,13800138000\n" * 100, encoding="utf-8")
    elif kind == "text_whole_pages":
        p.write_text("x" * (PAGE - 1) + "\n", encoding="utf-8")  # size alone would not tell
    else:
        raise AssertionError(kind)


@pytest.mark.parametrize(("kind", "says"), [
    ("plain_sqlite", "plain, unencrypted SQLite database"),
    ("empty", "empty (0 bytes)"),
    ("random", "not a whole number of 4096-byte pages"),
    ("pdf", "PDF document"),
    ("truncated", "truncated"),
    ("folder", "it is a folder"),
    ("text", "text file"),
    ("text_whole_pages", "text file"),
])
def test_not_a_vault_says_what_the_file_is(copy_of: Path, kind: str, says: str) -> None:
    target = copy_of.with_name(f"suspect-{kind}")
    _make(kind, target, copy_of)
    before = listing(copy_of.parent)
    for read_only in (False, True):
        with pytest.raises(NotAVault) as err:
            Vault.open(target, PASSPHRASE, read_only=read_only)
        assert says in str(err.value) and str(target) in str(err.value)
    assert listing(copy_of.parent) == before


def test_encrypted_database_of_another_program(tmp_path: Path) -> None:
    other = tmp_path / "wallet.db"
    conn = sqlcipher3.connect(str(other))
    conn.execute(f"PRAGMA key = '{PASSPHRASE}'")  # same passphrase, application_id 0
    conn.execute("CREATE TABLE coins(n)")
    conn.commit()
    conn.close()
    digest = sha(other)
    with pytest.raises(NotAVault) as err:
        Vault.open(other, PASSPHRASE)
    assert "encrypted database of another program" in str(err.value)
    # Refused before any pragma: not switched to WAL, no side file, not a byte written.
    assert sha(other) == digest and sorted(os.listdir(tmp_path)) == ["wallet.db"]


def test_random_whole_pages_cannot_be_told_from_a_wrong_key(tmp_path: Path) -> None:
    """A SQLCipher file is, by design, indistinguishable from random bytes without its key:
    the first 16 bytes are a random salt, every page is ciphertext plus an HMAC. So N*4096
    random bytes look exactly like a vault under another passphrase; all we can honestly say
    is "wrong passphrase (or encrypted with another key)". Only a ragged size gives it away."""
    noise = tmp_path / "noise.bin"
    noise.write_bytes(os.urandom(8 * PAGE))
    with pytest.raises(WrongPassphrase):
        Vault.open(noise, PASSPHRASE)


def test_vault_cut_at_a_page_boundary_is_damaged_not_a_wrong_passphrase(copy_of: Path) -> None:
    data = copy_of.read_bytes()
    cut = copy_of.with_name("cut.crm")
    cut.write_bytes(data[: (len(data) // PAGE // 2) * PAGE])
    with pytest.raises(VaultDamaged) as err:
        Vault.open(cut, PASSPHRASE)
    assert "cut short" in str(err.value)


def test_open_clears_a_left_over_empty_journal(copy_of: Path) -> None:
    """What a kill leaves when it lands as a rollback journal is being created (seen once in
    the kill -9 rekey test): an empty journal SQLite ignores and never removes."""
    journal = copy_of.with_name(copy_of.name + "-journal")
    journal.write_bytes(b"")
    with Vault.open(copy_of, PASSPHRASE) as v:
        assert contact_read.list_contacts(v).total == 301
    assert not journal.exists()
