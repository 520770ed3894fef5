"""crm import run merges a row with a contact's phone or e-mail into it (the default, --duplicates auto)
and says so: `merged` in the text and in each row's outcome of --json; a name-only match is left to
the user, who chooses per row with --row N=ACTION."""

from __future__ import annotations

from pathlib import Path

from tests.cli.conftest import Run


def write(tmp_path: Path, *rows: str) -> Path:
    path = tmp_path / "客户.csv"
    path.write_text("姓名,手机,邮箱,公司,职位\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_merged_rows_in_text_and_json(crm: Run, new_vault: Path, tmp_path: Path) -> None:
    added = crm("contact", "add", "--name", "张伟", "--phone", "+86 138 0013 8000", "--title", "经理",
                "--org", "中国银行", "--json")
    assert added.code == 0, added.err
    zw = added.json()["id"]
    path = write(tmp_path, "张伟,138-0013-8000,zw@gmail.com,,总经理", "赵六,13500000007,,,",
                 "趙六,+86 135 0000 0007,zl@example.cn,,", "张伟,,ZW@GMAIL.COM,,",
                 "王芳,,,中国银行,")
    preview = crm("import", "preview", path, "--json").json()
    assert preview["counts"] == {"merge": 3, "create": 2}
    assert [(d["row"], d["action"], d["review"]) for d in preview["duplicates"]] == [
        (1, "merge", False), (3, "merge", False), (4, "merge", False)]
    assert preview["duplicates"][0]["matches"][0]["contact_id"] == zw

    res = crm("import", "run", path, "--json")
    assert res.code == 0, res.err
    r = res.json()
    assert (r["created"], r["merged"], r["updated"], r["skipped"]) == (2, 3, 0, 0)
    outcomes = [(o["row"], o["action"], o["contact_id"]) for o in r["outcomes"]]
    zl = outcomes[1][2]
    assert outcomes[:4] == [(1, "merged", zw), (2, "created", zl), (3, "merged", zl), (4, "merged", zw)]
    got = crm("contact", "show", zw, "--json").json()
    assert got["title"] == "经理" and [e["address"] for e in got["emails"]] == ["zw@gmail.com"]
    assert [p["number"] for p in got["phones"]] == ["+8613800138000"]

    again = crm("import", "run", path)  # the same rows again: merged, nothing new made; 王芳 has only
    # her name and firm to go by: left to the user
    assert again.code == 0 and "0 created, 0 updated, 4 merged into contacts, 1 skipped" in again.out


def test_a_name_only_match_is_skipped_unless_chosen(crm: Run, new_vault: Path, tmp_path: Path) -> None:
    assert crm("contact", "add", "--name", "王芳", "--phone", "13700000001", "--org", "中信证券").code == 0
    path = write(tmp_path, "王芳,,,中信证券,经理")
    human = crm("import", "preview", path)
    assert "skip  1" in human.out and "skipped unless you choose" in human.out
    r = crm("import", "run", path, "--json").json()
    assert [o["action"] for o in r["outcomes"]] == ["skipped"]
    chosen = crm("import", "run", path, "--row", "1=merge", "--json").json()
    assert [o["action"] for o in chosen["outcomes"]] == ["merged"]
    bad = crm("import", "run", path, "--row", "1=fold")
    assert bad.code == 5 and "crm: row:" in bad.err


def test_import_file_shorthand_and_dry_run(crm: Run, new_vault: Path, tmp_path: Path) -> None:
    """`crm import FILE [--dry-run]` as the issue writes it: run, or a preview that writes nothing."""
    path = write(tmp_path, "李雷,13900000001,,,")
    dry = crm("import", path, "--dry-run", "--json")
    assert dry.code == 0, dry.err
    assert dry.json()["counts"] == {"create": 1}
    assert crm("contact", "list", "--json").json()["contacts"] == []
    done = crm("--json", "import", path)
    assert done.code == 0, done.err
    assert done.json()["created"] == 1
    assert [c["display_name"] for c in crm("contact", "list", "--json").json()["contacts"]] == ["李雷"]
