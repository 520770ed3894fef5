"""crm export csv / xlsx / vcard / ical / json / person."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.conftest import Run


def _fill(crm: Run) -> str:
    cid = crm("contact", "add", "--name", "张伟", "--org", "中国银行", "--phone", "138 0013 8000",
              "--email", "zw@boc.example.cn").out.strip()
    crm("interaction", "add", "--kind", "call", "--contact", cid, "--subject", "回访")
    crm("reminder", "add", "--text", "发送条款清单", "--due", "2030-12-02T09:00", "--tz", "Asia/Shanghai",
        "--contact", cid)
    return cid


def test_exports_write_files(crm: Run, new_vault, tmp_path: Path) -> None:
    _fill(crm)
    csv_path = tmp_path / "contacts.csv"
    res = crm("export", "csv", csv_path)
    assert res.code == 0 and "NOT encrypted" in res.err
    text = csv_path.read_text(encoding="utf-8-sig")
    assert "张伟" in text and "中国银行" in text
    gbk = tmp_path / "gbk.csv"
    assert crm("export", "csv", gbk, "--encoding", "gbk").code == 0
    assert "张伟" in gbk.read_bytes().decode("gbk")
    doc = crm("export", "xlsx", tmp_path / "all.xlsx", "--json").json()
    assert doc["format"] == "xlsx" and doc["counts"]["contact"] == 2
    assert crm("export", "vcard", tmp_path / "c.vcf", "--version", "3.0").code == 0
    assert "FN:张伟" in (tmp_path / "c.vcf").read_text(encoding="utf-8")
    assert crm("export", "ical", tmp_path / "r.ics").code == 0
    assert "发送条款清单" in (tmp_path / "r.ics").read_text(encoding="utf-8")
    assert crm("export", "json", tmp_path / "all.json").code == 0
    everything = json.loads((tmp_path / "all.json").read_text(encoding="utf-8"))
    assert [c["display_name"] for c in everything["contacts"]].count("张伟") == 1


def test_export_person_to_stdout_and_file(crm: Run, new_vault, tmp_path: Path) -> None:
    cid = _fill(crm)
    doc = crm("export", "person", cid).json()
    assert doc["contact"]["display_name"] == "张伟"
    assert [i["subject"] for i in doc["interactions"]] == ["回访"]
    assert [r["text"] for r in doc["reminders"]] == ["发送条款清单"]
    path = tmp_path / "person.json"
    assert crm("export", "person", cid, path).code == 0
    assert json.loads(path.read_text(encoding="utf-8"))["contact"]["id"] == int(cid)
    missing = crm("export", "person", "999")
    assert missing.code == 5 and missing.out == ""
    assert crm("export", "csv", tmp_path / "x.csv", "--entity", "robot").code == 2
