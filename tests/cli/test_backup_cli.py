"""crm backup create | list | verify | restore | open | copy-back | salvage | settings."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from crm_desktop.cli import cmd_backup, commands
from tests.cli.conftest import PASSPHRASE, Run
from tests.core.vault_util import flip_byte


@pytest.fixture(autouse=True)
def _registered(monkeypatch: pytest.MonkeyPatch) -> None:
    """`crm backup` whether or not commands.MODULES lists it yet."""
    if cmd_backup not in commands.MODULES:
        monkeypatch.setattr(commands, "MODULES", [*commands.MODULES, cmd_backup])


def _add(crm: Run, name: str) -> int:
    res = crm("contact", "add", "--name", name, "--phone", "+86 138 0013 8000", "--json")
    assert res.code == 0, res.err
    return res.json()["id"]


def test_create_list_verify_open(crm: Run, new_vault: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _add(crm, "王芳")
    made = crm("backup", "create", "--json")
    assert made.code == 0, made.err
    info = made.json()
    assert info["verified"] is True and info["counts"]["contact"] == 1
    monkeypatch.delenv("CRM_PASSPHRASE")  # listing needs no passphrase
    listed = crm("backup", "list", "--json")
    assert listed.code == 0, listed.err
    # Newest first: this one, then the day's automatic backup taken when the vault was opened.
    newest, *older = listed.json()["backups"]
    assert (newest["path"], newest["reason"]) == (info["path"], "manual")
    assert {b["reason"] for b in older} <= {"open"}
    assert "ok (full)" in crm("backup", "list").out
    monkeypatch.setenv("CRM_PASSPHRASE", PASSPHRASE)
    checked = crm("backup", "verify", "--json")
    assert checked.code == 0 and checked.json()["ok"] is True
    look = crm("backup", "open", info["path"], "--json")
    assert look.code == 0 and [c["display_name"] for c in look.json()["contacts"]] == ["王芳"]
    flip_byte(info["path"], Path(info["path"]).stat().st_size // 2)
    bad = crm("backup", "verify")
    assert bad.code == 4 and "FAILED" in bad.out


def test_restore_and_copy_back(crm: Run, new_vault: Path) -> None:
    cid = _add(crm, "张伟")
    path = crm("backup", "create", "--json").json()["path"]
    assert crm("erase", "contact", str(cid), "--yes").code == 0
    _add(crm, "after the backup")
    refused = crm("backup", "restore", path)  # no terminal to confirm on
    assert refused.code == 5 and "--yes" in refused.err
    back = crm("backup", "copy-back", path, str(cid), "--json")
    assert back.code == 0, back.err
    assert back.json()["action"] == "created" and back.json()["contact"]["display_name"] == "张伟"
    done = crm("backup", "restore", path, "--yes", "--json")
    assert done.code == 0, done.err
    assert done.json()["before"]["reason"] == "pre-restore"
    names = {c["display_name"] for c in crm("contact", "list", "--json").json()["contacts"]}
    assert names == {"张伟"}


def test_salvage_and_settings(crm: Run, new_vault: Path, tmp_path: Path) -> None:
    for i in range(3):
        _add(crm, f"Person {i}")
    out = crm("backup", "salvage", str(tmp_path / "rescued.json"))
    assert out.code == 0 and "Salvaged" in out.out and "not encrypted" in out.out, out.err
    assert (tmp_path / "rescued.json").exists()  # a new vault instead: tests/core/test_backup_salvage.py
    shutil.copyfile(new_vault, tmp_path / "page1.crm")
    flip_byte(tmp_path / "page1.crm", 50)
    hurt = crm("backup", "salvage", str(tmp_path / "x.crm"), vault=tmp_path / "page1.crm")
    assert hurt.code == 3 and "Wrong passphrase" in hurt.err
    conf = crm("backup", "settings", "--keep-daily", "14", "--mirror", str(tmp_path / "usb"), "--json")
    assert conf.code == 0 and conf.json()["keep_daily"] == 14
    assert conf.json()["mirror"] == str(tmp_path / "usb")
    made = crm("backup", "create", "--json").json()
    assert len(made["mirrors"]) == 1
