"""Salvage: whatever still reads in a damaged vault goes into a new vault (or JSON); every row
kept is exactly the original, every row lost lies in a reported damaged stretch."""

from __future__ import annotations

import json
import shutil
import stat
from pathlib import Path

import pytest
import sqlcipher3

from crm_desktop.core.backup import salvage
from crm_desktop.core.errors import VaultExists, WrongPassphrase
from crm_desktop.core.search import search
from crm_desktop.core.services import contact_read
from crm_desktop.core.vault import Vault

from .vault_util import PASSPHRASE, fill, flip_byte

PAGE = 4096


def _rows(path: Path, table: str) -> dict[int, tuple]:
    conn = sqlcipher3.connect(str(path))
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = '{PASSPHRASE}'")
        return {r[0]: tuple(r) for r in conn.execute(f'SELECT rowid, * FROM "{table}"')}
    finally:
        conn.close()


@pytest.fixture(scope="module")
def original(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("salvage") / "big.crm"
    with Vault.create(path, PASSPHRASE) as v:
        fill(v, 1200, note_len=1500)
    return path


def test_salvage_of_a_damaged_vault_keeps_every_readable_row(original: Path, tmp_path: Path) -> None:
    damaged = tmp_path / "damaged.crm"
    shutil.copyfile(original, damaged)
    pages = damaged.stat().st_size // PAGE
    for page in (pages // 4, pages // 2, 3 * pages // 4):
        flip_byte(damaged, page * PAGE + 700)
    before = damaged.read_bytes()
    out = tmp_path / "rescued.crm"
    report = salvage(damaged, PASSPHRASE, out)
    assert damaged.read_bytes() == before  # only read
    assert stat.S_IMODE(out.stat().st_mode) == 0o600 and report.format == "vault"
    contact = next(t for t in report.tables if t.name == "contact")
    assert 1 <= len(contact.lost_ranges) <= 3 and not report.complete
    want, got = _rows(original, "contact"), _rows(out, "contact")
    assert len(got) == contact.rows and 1200 - 40 < len(got) < 1200
    assert all(want[i] == row for i, row in got.items())  # exactly the original rows
    for i in set(want) - set(got):
        assert any(lo <= i <= hi for lo, hi in contact.lost_ranges), i
    with Vault.open(out, PASSPHRASE) as v:  # a whole vault: verified on open, searchable
        assert contact_read.list_contacts(v).total == len(got)
        kept = contact_read.get(v, max(got)).display_name
        assert [h.id for h in search(v, kept).groups[0].hits] == [max(got)]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["damaged.crm", "rescued.crm", "rescued.crm.lock"]


def test_salvage_to_json_and_of_an_intact_vault(original: Path, tmp_path: Path) -> None:
    out = tmp_path / "all.json"
    report = salvage(original, PASSPHRASE, out)
    assert report.complete and report.format == "json"
    data = json.loads(out.read_text(encoding="utf-8"))
    assert len(data["tables"]["contact"]["rows"]) == 1200 and data["schema"] == report.schema
    assert "display_name" in data["tables"]["contact"]["columns"]
    with pytest.raises(VaultExists):
        salvage(original, PASSPHRASE, out)


def test_salvage_needs_the_first_page(original: Path, tmp_path: Path) -> None:
    damaged = tmp_path / "page1.crm"
    shutil.copyfile(original, damaged)
    flip_byte(damaged, 100)
    with pytest.raises(WrongPassphrase):
        salvage(damaged, PASSPHRASE, tmp_path / "out.crm")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["page1.crm"]
