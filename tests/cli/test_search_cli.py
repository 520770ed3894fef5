"""crm search: Chinese, pinyin, phone digits, notes; --type, --limit, --json; crm reindex."""

from __future__ import annotations

from tests.cli.conftest import Run


def _fill(crm: Run) -> None:
    assert crm("contact", "add", "--name", "张伟", "--org", "中国银行", "--phone", "138 0013 8000",
               "--email", "wei@boc.example.cn", "--tier", "A").code == 0
    assert crm("contact", "add", "--name", "張偉明", "--tier", "B").code == 0
    assert crm("deal", "add", "--name", "光伏电站优先级贷款", "--client", "中国银行").code == 0
    assert crm("interaction", "add", "--kind", "note", "--contact", "1",
               "--body", "讨论了再融资方案 refinancing structure").code == 0


def test_search_finds_by_name_pinyin_phone_and_note(crm: Run, new_vault) -> None:
    _fill(crm)
    by_name = crm("search", "张伟")
    assert by_name.code == 0 and "Contacts" in by_name.out and "中国银行" in by_name.out
    doc = crm("search", "张伟", "--json").json()
    contacts = next(g for g in doc["groups"] if g["entity"] == "contact")["hits"]
    assert contacts[0]["id"] == 1 and contacts[0]["title"] == "张伟"
    # 繁體 and 简体 fold together: 張偉明 is found by a simplified query too.
    assert {h["title"] for h in contacts} >= {"张伟", "張偉明"}
    assert doc["query"] == "张伟" and doc["total"] >= 2

    assert "张伟" in crm("search", "zw").out  # pinyin initials
    assert "张伟" in crm("search", "13800138000").out  # phone digits
    notes = crm("search", "再融资", "--type", "interaction", "--json").json()
    assert [g["entity"] for g in notes["groups"]] == ["interaction"]
    assert notes["groups"][0]["hits"][0]["snippet"]["text"].startswith("讨论了再融资方案")
    deals = crm("search", "光伏", "--type", "deal")
    assert "光伏电站优先级贷款" in deals.out and "Contacts" not in deals.out


def test_search_limit_filters_and_nothing(crm: Run, new_vault) -> None:
    _fill(crm)
    limited = crm("search", "张", "--type", "contact", "--limit", "1", "--json").json()
    group = limited["groups"][0]
    assert len(group["hits"]) == 1 and group["more"] is True
    tier_a = crm("search", "--tier", "a", "--json").json()
    assert [h["title"] for g in tier_a["groups"] for h in g["hits"]] == ["张伟"]
    assert crm("search", "--stage", "Lead", "--type", "deal").out.count("光伏") == 1
    nothing = crm("search", "xyzzy-nothing")
    assert nothing.code == 0 and "Nothing found." in nothing.out
    assert crm("search", "张", "--type", "robot").code == 2
    assert crm("search", "--cold-since", "someday").code == 5


def test_search_follows_edits_and_reindex(crm: Run, new_vault) -> None:
    _fill(crm)
    assert crm("contact", "edit", "3", "--name", "陈静").code == 0
    assert "陈静" in crm("search", "陈静").out
    assert crm("contact", "delete", "3").code == 0
    assert "陈静" not in crm("search", "陈静").out
    assert crm("undo").code == 0  # the index follows undo too
    assert "陈静" in crm("search", "陈静").out
    assert crm("redo").code == 0
    assert "陈静" not in crm("search", "陈静").out
    res = crm("reindex")
    assert res.code == 0 and "rebuilt" in res.out
    assert "张伟" in crm("search", "张伟").out
