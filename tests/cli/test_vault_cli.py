"""crm init / passwd / check and the error contract: messages, exit codes, files left alone."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from tests.cli.conftest import PASSPHRASE, Run, run_process


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_init_refuses_an_existing_file(crm: Run, new_vault: Path) -> None:
    before = _digest(new_vault)
    res = crm("init")
    assert res.code == 5 and "already exists" in res.err
    assert _digest(new_vault) == before


def test_init_language_seeds_the_pipeline(crm: Run, tmp_path: Path) -> None:
    res = crm("init", "--lang", "zh_TW", "--json", vault=tmp_path / "tw.crm")
    assert res.code == 0 and res.json()["language"] == "zh_TW"
    assert (tmp_path / "tw.crm").exists()


def test_default_vault_lives_in_the_data_folder(crm: Run, tmp_path: Path) -> None:
    from crm_desktop.cli.app import main

    assert main(["init"]) == 0
    assert (tmp_path / "xdg" / "crm-desktop" / "vault.crm").exists()


def test_passwd_through_env_then_old_passphrase_fails(crm: Run, new_vault: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    crm("contact", "add", "--name", "王芳")
    monkeypatch.setenv("CRM_NEW_PASSPHRASE", "新的 passphrase")
    res = crm("passwd")
    assert res.code == 0, res.err
    monkeypatch.delenv("CRM_NEW_PASSPHRASE")
    old = crm("contact", "list")
    assert old.code == 3 and "Wrong passphrase" in old.err
    monkeypatch.setenv("CRM_PASSPHRASE", "新的 passphrase")
    assert "王芳" in crm("contact", "list").out


def test_passwd_asks_twice(crm: Run, new_vault: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    answers = iter(["one", "two"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    res = crm("passwd")
    assert res.code == 5 and "new passphrase" in res.err and "differ" in res.err
    assert crm("contact", "list").code == 0  # the old one still opens it
    answers = iter(["same-new", "same-new"])
    assert crm("passwd").code == 0
    monkeypatch.setenv("CRM_PASSPHRASE", "same-new")
    assert crm("contact", "list").code == 0


def test_prompted_passphrase_when_env_unset(crm: Run, new_vault: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CRM_PASSPHRASE")
    prompts: list[str] = []
    monkeypatch.setattr("getpass.getpass", lambda prompt="": prompts.append(prompt) or PASSPHRASE)
    assert crm("contact", "list").code == 0
    assert prompts and str(new_vault) in prompts[0]


def test_check_ok_and_damaged(crm: Run, new_vault: Path) -> None:
    crm("contact", "add", "--name", "张伟", "--note", "x" * 5000)
    res = crm("check")
    assert res.code == 0 and res.out.strip() == "ok"
    assert crm("check", "--json").json()["ok"] is True
    _flip_byte(new_vault, offset=os.path.getsize(new_vault) - 2000)
    bad = crm("check")
    assert bad.code == 4 and "damaged" in bad.err and bad.out.strip() and "Traceback" not in bad.err
    doc = crm("check", "--json")
    assert doc.code == 4 and doc.json()["ok"] is False and doc.json()["problems"]


def _flip_byte(path: Path, offset: int) -> None:
    # The WAL holds recent pages; fold it into the file first so the flip hits live data.
    from crm_desktop.core.vault import Vault

    Vault.open(path, PASSPHRASE).close()
    with open(path, "r+b") as fh:
        fh.seek(offset)
        b = fh.read(1)
        fh.seek(offset)
        fh.write(bytes([b[0] ^ 0xFF]))


def test_not_a_vault_and_missing(crm: Run, tmp_path: Path) -> None:
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(b"%PDF-1.7\n" + b"\0" * 5000)
    res = crm("contact", "list", vault=pdf)
    assert res.code == 4 and "PDF" in res.err
    missing = tmp_path / "sub" / "missing.crm"
    res = crm("contact", "list", vault=missing)
    assert res.code == 4 and "crm init" in res.err
    assert not missing.exists() and not missing.parent.exists()


def test_vault_in_use_exit_4(crm: Run, new_vault: Path) -> None:
    from crm_desktop.core.vault import Vault

    with Vault.open(new_vault, PASSPHRASE):
        res = crm("contact", "list")
    assert res.code == 4 and "open in another" in res.err


def test_unexpected_error_one_line_traceback_only_with_debug(crm: Run, new_vault: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> None:  # fault injection: a bug, not a user error
        raise RuntimeError("boom\nsecond line")

    monkeypatch.setattr("crm_desktop.core.services.contact_read.list_contacts", broken)
    res = crm("contact", "list")
    assert res.code == 1 and res.err.count("\n") == 1 and "boom" in res.err
    assert "Traceback" not in res.err and "--debug" in res.err
    res = crm("--debug", "contact", "list")
    assert res.code == 1 and "Traceback" in res.err


# ------------------------------------------------------------------ real processes
def test_process_wrong_passphrase_exit_3_file_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "p.crm"
    assert run_process("--vault", str(path), "init").returncode == 0
    assert run_process("--vault", str(path), "contact", "add", "--name", "陈静").returncode == 0
    before = _digest(path)
    res = run_process("--vault", str(path), "contact", "list", env={"CRM_PASSPHRASE": "wrong"})
    assert res.returncode == 3
    assert res.stderr.startswith("crm: Wrong passphrase") and "Traceback" not in res.stderr
    assert res.stdout == ""
    assert _digest(path) == before


def test_process_not_a_vault_exit_4(tmp_path: Path) -> None:
    junk = tmp_path / "junk.crm"
    junk.write_bytes(os.urandom(4096 * 3))
    res = run_process("--vault", str(junk), "contact", "list")
    assert res.returncode in (3, 4)  # random bytes cannot be told from a vault under another key
    plain = tmp_path / "plain.db"
    plain.write_bytes(b"SQLite format 3\x00" + b"\0" * 4080)
    res = run_process("--vault", str(plain), "contact", "list")
    assert res.returncode == 4 and "not a crm-desktop vault" in res.stderr
    assert "Traceback" not in res.stderr


def test_process_missing_vault_exit_4_nothing_created(tmp_path: Path) -> None:
    path = tmp_path / "none" / "v.crm"
    res = run_process("--vault", str(path), "contact", "list")
    assert res.returncode == 4 and "No vault" in res.stderr and "Traceback" not in res.stderr
    assert not path.parent.exists()


def test_process_invalid_email_exit_5_names_field(tmp_path: Path) -> None:
    path = tmp_path / "e.crm"
    run_process("--vault", str(path), "init")
    res = run_process("--vault", str(path), "contact", "add", "--name", "赵敏", "--email", "赵敏@")
    assert res.returncode == 5 and res.stderr.startswith("crm: emails[0]:")
    assert "Traceback" not in res.stderr


def test_process_json_is_utf8_and_usage_is_2(tmp_path: Path) -> None:
    path = tmp_path / "j.crm"
    run_process("--vault", str(path), "init")
    run_process("--vault", str(path), "contact", "add", "--name", "孙悦", "--tag", "客户")
    res = run_process("--vault", str(path), "contact", "list", "--json", env={"PYTHONIOENCODING": "ascii"})
    assert res.returncode == 0 and '"孙悦"' in res.stdout  # raw UTF-8, not \\u escapes
    assert run_process("--vault", str(path), "contact", "frobnicate").returncode == 2


def test_process_no_passphrase_and_no_terminal(tmp_path: Path) -> None:
    path = tmp_path / "n.crm"
    run_process("--vault", str(path), "init")
    env = {k: v for k, v in os.environ.items() if k != "CRM_PASSPHRASE"}
    import subprocess
    import sys

    res = subprocess.run([sys.executable, "-m", "crm_desktop.cli", "--vault", str(path), "contact", "list"],
                         env=env, input="", capture_output=True, text=True, start_new_session=True,
                         timeout=60)
    assert res.returncode == 3 and "CRM_PASSPHRASE" in res.stderr and "Traceback" not in res.stderr
