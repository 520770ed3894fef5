"""crm attachment add / list / get / delete."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.conftest import Run


def test_attachment_round_trip(crm: Run, new_vault, tmp_path: Path,
                               monkeypatch: pytest.MonkeyPatch) -> None:
    cid = crm("contact", "add", "--name", "张伟").out.strip()
    src = tmp_path / "条款清单.pdf"
    src.write_bytes(b"%PDF-1.4\n" + os.urandom(3000))
    res = crm("attachment", "add", src, "--contact", cid, "--json")
    assert res.code == 0, res.err
    a = res.json()
    assert a["filename"] == "条款清单.pdf" and a["size"] == src.stat().st_size and a["contact_id"] == int(cid)
    listed = crm("attachment", "list", "--contact", cid, "--json").json()
    assert [x["id"] for x in listed["attachments"]] == [a["id"]]
    assert "条款清单.pdf" in crm("attachment", "list", "--contact", cid).out

    copy = tmp_path / "copy.pdf"
    got = crm("attachment", "get", a["id"], copy)
    assert got.code == 0 and copy.read_bytes() == src.read_bytes()
    assert copy.stat().st_mode & 0o077 == 0  # not readable by other users
    again = crm("attachment", "get", a["id"], copy)
    assert again.code == 5 and "--force" in again.err
    assert crm("attachment", "get", a["id"], copy, "--force").code == 0
    monkeypatch.chdir(tmp_path / "..")
    assert crm("attachment", "get", a["id"], vault=new_vault).code == 0
    assert (tmp_path / ".." / "条款清单.pdf").read_bytes() == src.read_bytes()

    piped = subprocess.run([sys.executable, "-m", "crm_desktop.cli", "--vault", str(new_vault),
                            "attachment", "get", str(a["id"]), "-"], capture_output=True, timeout=120,
                           start_new_session=True)
    assert piped.returncode == 0 and piped.stdout == src.read_bytes()  # bytes as they are

    assert crm("attachment", "delete", a["id"]).code == 0
    assert crm("attachment", "list", "--contact", cid, "--json").json()["total"] == 0
    assert crm("attachment", "get", a["id"], tmp_path / "gone.pdf").code == 5


def test_attachment_needs_an_owner_and_a_file(crm: Run, new_vault, tmp_path: Path) -> None:
    assert crm("attachment", "add", tmp_path / "x.txt").code == 2  # no --contact/--deal/--interaction
    missing = crm("attachment", "add", tmp_path / "nope.txt", "--contact", "1")
    assert missing.code in (4, 5) and "Traceback" not in missing.err
    (tmp_path / "x.txt").write_text("hello")
    assert crm("attachment", "add", tmp_path / "x.txt", "--deal", "42").code == 5
