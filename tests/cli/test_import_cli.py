"""crm import preview / run / list / undo with a GBK-encoded CSV of Chinese contacts."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from tests.cli.conftest import Run

ROWS = [["姓名", "公司", "职位", "手机", "邮箱", "备注"],
        ["张伟", "中国银行", "副总裁", "138 0013 8000", "zw@boc.example.cn", "老客户"],
        ["李娜", "工商银行", "经理", "139 0000 1111", "bad-email", ""],
        ["王芳", "", "", "", "wf@example.com", ""]]


@pytest.fixture
def people_csv(tmp_path: Path) -> Path:
    path = tmp_path / "people.csv"
    with open(path, "w", encoding="gbk", newline="") as fh:
        csv.writer(fh).writerows(ROWS)
    return path


def test_preview_writes_nothing(crm: Run, new_vault, people_csv: Path) -> None:
    human = crm("import", "preview", people_csv)
    assert human.code == 0, human.err
    assert "GB18030" in human.out and "display_name" in human.out and "create  3" in human.out
    doc = crm("import", "preview", people_csv, "--map", "备注=ignore", "--json").json()
    assert doc["counts"] == {"create": 3} and doc["mapping"]["columns"]["备注"]["field"] == "ignore"
    assert doc["problems"][0]["column"] == "邮箱" and doc["problems"][0]["level"] == "warning"
    assert crm("contact", "list", "--json").json()["total"] == 0
    bad = crm("import", "preview", people_csv, "--map", "职位=nonsense")
    assert bad.code == 5 and bad.err.startswith("crm: map:")


def test_run_list_and_undo(crm: Run, new_vault, people_csv: Path) -> None:
    res = crm("import", "run", people_csv, "--json")
    assert res.code == 0, res.err
    r = res.json()
    assert r["created"] == 3 and r["errors"] == 0 and r["batch_id"] and r["encoding"] == "gb18030"
    names = {c["display_name"]: c for c in crm("contact", "list", "--json").json()["contacts"]}
    assert names["张伟"]["organization"] == "中国银行" and names["张伟"]["note"] == "老客户"
    assert names["张伟"]["phones"][0]["number"] == "+8613800138000"
    again = crm("import", "run", people_csv)  # the same rows: duplicates are skipped
    assert again.code == 0 and "0 created" in again.out and "imported before" in again.err
    batches = crm("import", "list", "--json").json()["batches"]
    assert [b["id"] for b in batches][-1] == r["batch_id"]
    assert crm("import", "undo", r["batch_id"]).code == 0
    assert crm("contact", "list", "--json", "--kind", "person").json()["total"] == 0
    assert crm("import", "undo", "999").code == 5


def test_unreadable_file_and_refused_errors(crm: Run, new_vault, tmp_path: Path) -> None:
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    res = crm("import", "run", empty)
    assert res.code == 5 and "Nothing was imported" in res.err and "Traceback" not in res.err
    deals = tmp_path / "deals.csv"
    deals.write_text("Deal name,Amount,Currency\nSolar,1000,CNY\nWind,abc,USD\n", encoding="utf-8")
    refused = crm("import", "run", deals, "--entity", "deal", "--refuse-errors")
    assert refused.code == 5 and "refused" in refused.err
    assert crm("deal", "list", "--json").json()["total"] == 0
    ok = crm("import", "run", deals, "--entity", "deal", "--json").json()
    assert ok["created"] == 1 and ok["errors"] == 1
    assert [d["name"] for d in crm("deal", "list", "--json").json()["deals"]] == ["Solar"]
