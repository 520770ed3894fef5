"""crm contact add / list / show / edit / delete, with undo, in-process."""

from __future__ import annotations

from tests.cli.conftest import Run

CONTACT_KEYS = {
    "id", "uid", "kind", "display_name", "given_name", "family_name", "phonetic_given_name",
    "phonetic_family_name", "organization", "department", "title", "birthday", "phones", "emails",
    "addresses", "website", "tier", "tags", "custom_fields", "note", "created_at", "updated_at",
}


def test_round_trip_with_chinese_names(crm: Run, new_vault) -> None:
    added = crm("contact", "add", "--name", "张伟", "--org", "中国银行", "--title", "副总裁",
                "--phone", "手机: 138 0013 8000", "--email", "zhang.wei@example.com", "--tier", "a",
                "--tag", "银行", "--field", "来源=推荐", "--birthday", "1980-02-29", "--note", "第一次见面")
    assert added.code == 0 and added.err == ""
    cid = int(added.out)

    listed = crm("contact", "list")
    assert listed.code == 0
    lines = listed.out.splitlines()
    row = next(line for line in lines if "张伟" in line)
    header = lines[0]
    # Aligned by display width: the organization column starts at the same screen column.
    assert _screen_col(row, "中国银行") == _screen_col(header, "Organization")
    assert "2 contacts." in listed.out  # the organization was created too

    shown = crm("contact", "show", cid)
    assert shown.code == 0
    for text in ("张伟", "中国银行", "副总裁", "+8613800138000", "手机", "来源", "推荐", "1980-02-29",
                 "第一次见面", "Phones", "E-mails"):
        assert text in shown.out

    edited = crm("contact", "edit", cid, "--title", "总裁", "--tag", "银行", "--tag", "重要")
    assert edited.code == 0
    data = crm("contact", "show", cid, "--json").json()
    assert data["title"] == "总裁" and sorted(data["tags"]) == ["重要", "银行"]
    assert data["phones"][0]["number"] == "+8613800138000"  # not given, not changed

    assert crm("contact", "delete", cid).code == 0
    assert "张伟" not in crm("contact", "list").out
    gone = crm("contact", "show", cid)
    assert gone.code == 5 and gone.err.startswith("crm: ") and "Traceback" not in gone.err

    undone = crm("undo")
    assert undone.code == 0 and "张伟" in undone.out
    assert crm("contact", "show", cid, "--json").json()["title"] == "总裁"
    assert crm("undo").code == 0  # the edit
    assert crm("contact", "show", cid, "--json").json()["title"] == "副总裁"
    assert crm("redo").code == 0
    assert crm("contact", "show", cid, "--json").json()["title"] == "总裁"


def _screen_col(line: str, text: str) -> int:
    from crm_desktop.cli.output import width

    return width(line[: line.index(text)])


def test_json_contact_carries_the_documented_fields(crm: Run, new_vault) -> None:
    res = crm("contact", "add", "--json", "--given", "伟", "--family", "张", "--phonetic-given", "wei",
              "--phonetic-family", "zhang", "--department", "投行部", "--website", "https://example.cn",
              "--birthday", "1975-06-01", "--phone", "12345", "--email", "work: w@example.com",
              "--field", "AUM=1,000,000")
    assert res.code == 0
    c = res.json()
    assert c.keys() >= CONTACT_KEYS
    assert c["display_name"] == "张伟" and c["kind"] == "person"
    assert c["birthday"] == "1975-06-01"
    assert c["phones"] == [{"label": None, "number": "12345", "valid": False}]
    assert c["emails"][0] == {"label": "work", "address": "w@example.com", "valid": True}
    assert c["custom_fields"] == {"AUM": "1,000,000"}
    assert c["created_at"].startswith("20") and "T" in c["created_at"]
    shown = crm("contact", "show", c["id"], "--json").json()
    assert shown == c


def test_list_json_pages_and_filters(crm: Run, new_vault) -> None:
    for i in range(7):
        tier = "A" if i % 2 else "B"
        assert crm("contact", "add", "--name", f"联系人{i}", "--tier", tier, "--tag", f"t{i % 3}").code == 0
    page = crm("contact", "list", "--json", "--limit", "3", "--offset", "2").json()
    assert page["total"] == 7 and [c["display_name"] for c in page["contacts"]] == ["联系人2", "联系人3",
                                                                                   "联系人4"]
    assert crm("--json", "contact", "list", "--tier", "a").json()["total"] == 3
    assert crm("contact", "list", "--json", "--tag", "t0").json()["total"] == 3
    assert crm("contact", "list", "--json", "--kind", "organization").json() == {
        "contacts": [], "total": 0, "limit": 50, "offset": 0}
    human = crm("contact", "list", "--limit", "3")
    assert "1–3 of 7 contacts. More: --offset 3" in human.out


def test_invalid_input_names_the_field(crm: Run, new_vault) -> None:
    for args, field in [(["--email", "not-an-email"], "emails[0]"), (["--tier", "Z"], "tier"),
                        (["--birthday", "31/02/1990"], "birthday"), (["--field", "novalue"], "field")]:
        res = crm("contact", "add", "--name", "x", *args)
        assert res.code == 5, args
        assert res.err.startswith(f"crm: {field}:") and "Traceback" not in res.err
    assert crm("contact", "list", "--json").json()["total"] == 0
    nameless = crm("contact", "add", "--title", "CEO")
    assert nameless.code == 5 and "display_name" in nameless.err


def test_edit_clears_and_replaces(crm: Run, new_vault) -> None:
    cid = crm("contact", "add", "--name", "李娜", "--title", "CFO", "--phone", "+852 9123 4567",
              "--field", "a=1", "--field", "b=2").out.strip()
    assert crm("contact", "edit", cid, "--title", "", "--phone", "", "--field", "a=").code == 0
    c = crm("contact", "show", cid, "--json").json()
    assert c["title"] is None and c["phones"] == [] and c["custom_fields"] == {"b": "2"}


def test_edit_without_options_is_refused(crm: Run, new_vault) -> None:
    cid = crm("contact", "add", "--name", "周杰").out.strip()
    for args in (("contact", "edit", cid), ("deal", "edit", "1"), ("reminder", "edit", "1")):
        res = crm(*args)
        assert res.code == 5 and res.err.startswith("crm: options: nothing to change"), args
    assert len(crm("audit", "--json").json()["operations"]) == 2  # vault created, contact added


def test_usage_errors_exit_2(crm: Run, new_vault) -> None:
    assert crm("contact", "show", "abc").code == 2
    assert crm("contact").code == 2
    assert crm("contact", "list", "--limit", "-1").code == 2
    assert crm("--help").code == 0


def test_delete_several_and_unknown(crm: Run, new_vault) -> None:
    ids = [crm("contact", "add", "--name", n).out.strip() for n in ("甲", "乙", "丙")]
    missing = crm("contact", "delete", ids[0], "999")
    assert missing.code == 5 and "999" in missing.err
    assert crm("contact", "list", "--json").json()["total"] == 3  # all or nothing
    res = crm("contact", "delete", ids[0], ids[1], "--json")
    assert res.json()["deleted"] == 2
    assert [c["display_name"] for c in crm("contact", "list", "--json").json()["contacts"]] == ["丙"]
    assert crm("undo").code == 0
    assert crm("contact", "list", "--json").json()["total"] == 3
