"""crm stage / deal / interaction, in-process, on a real vault."""

from __future__ import annotations

from tests.cli.conftest import Run


def test_stages_list_add_rename_move(crm: Run, new_vault) -> None:
    names = [s["name"] for s in crm("stage", "list", "--json").json()["stages"]]
    assert names[0] == "Lead" and "Term sheet" in names
    sid = int(crm("stage", "add", "投委会", "--probability", "70", "--position", "2").out)
    stages = crm("stage", "list", "--json").json()["stages"]
    assert stages[1]["name"] == "投委会" and stages[1]["probability"] == 70 and stages[1]["id"] == sid
    assert crm("stage", "rename", "投委会", "投资委员会").code == 0
    moved = crm("stage", "move", sid, "4", "--json").json()
    assert moved["name"] == "投资委员会" and moved["position"] == 3
    human = crm("stage", "list").out.splitlines()
    assert human[5].split()[:3] == ["4", str(sid), "投资委员会"]
    assert crm("stage", "probability", "Lead", "15").code == 0
    assert crm("stage", "list", "--json").json()["stages"][0]["probability"] == 15
    dup = crm("stage", "add", "lead")
    assert dup.code == 5 and dup.err.startswith("crm: name:")
    assert crm("stage", "rename", "no such stage", "x").code == 5
    assert crm("stage", "delete", sid).code == 0
    assert "投资委员会" not in crm("stage", "list").out
    assert crm("undo").code == 0
    assert "投资委员会" in crm("stage", "list").out


def test_deal_add_list_show_move_close(crm: Run, new_vault) -> None:
    person = crm("contact", "add", "--name", "张伟").out.strip()
    res = crm("deal", "add", "--name", "光伏 200MW 优先级贷款", "--client", "中国银行", "--amount",
              "120,000,000.50", "--currency", "cny", "--party", f"{person}:lender",
              "--expected-close", "2026-12-31", "--retainer", "50000", "--success-percent", "1.5")
    assert res.code == 0, res.err
    did = int(res.out)
    d = crm("deal", "show", did, "--json").json()
    assert d["amount"] == "120000000.50" and d["currency"] == "CNY"  # exact, as text
    assert d["client"] == "中国银行" and d["stage"] == "Lead" and d["status"] == "open"
    assert d["parties"] == [{"contact_id": int(person), "name": "张伟", "role": "lender"}]
    assert d["expected_close"] == "2026-12-31" and d["stage_history"][0]["stage"] == "Lead"

    assert crm("deal", "move", did, "Term sheet").code == 0
    d = crm("deal", "show", did, "--json").json()
    listed = crm("deal", "list", "--json").json()
    assert listed["total"] == 1 and listed["deals"][0]["stage"] == "Term sheet"
    assert listed["deals"][0]["probability"] == 60
    human = crm("deal", "list")
    assert "CNY 120,000,000.50" in human.out and "Term sheet" in human.out

    client = crm("contact", "show", d["client_id"]).out  # the client's page lists its deals
    assert "Deals (1)" in client and "光伏 200MW 优先级贷款 · Term sheet" in client

    assert crm("deal", "note", did, "客户要求加速审批").code == 0
    shown = crm("deal", "show", did).out
    for text in ("光伏 200MW 优先级贷款", "Money", "CNY 120,000,000.50", "Parties", "lender", "张伟",
                 "客户要求加速审批", "Stage history", "Term sheet"):
        assert text in shown

    closed = crm("deal", "close", did, "lost", "--reason", "利率太高", "--json").json()
    assert closed["status"] == "lost" and closed["close_reason"] == "利率太高"
    assert crm("deal", "list", "--status", "open", "--json").json()["total"] == 0
    assert crm("undo").code == 0
    assert crm("deal", "show", did, "--json").json()["status"] == "open"


def test_deal_edit_delete_and_validation(crm: Run, new_vault) -> None:
    did = crm("deal", "add", "--name", "Toll road", "--stage", "Mandate").out.strip()
    bad = crm("deal", "add", "--name", "x", "--amount", "100")
    assert bad.code == 5 and bad.err.startswith("crm: currency:")
    assert crm("deal", "add", "--name", "x", "--amount", "abc", "--currency", "USD").err.startswith(
        "crm: amount:")
    assert crm("deal", "add", "--name", "x", "--currency", "XYZ").code == 5
    assert crm("deal", "move", did, "Nowhere").code == 5
    assert crm("deal", "show", "999").code == 5
    edited = crm("deal", "edit", did, "--amount", "5000000", "--currency", "USD", "--probability", "33",
                 "--json").json()
    assert edited["amount"] == "5000000" and edited["probability"] == 33
    assert crm("deal", "edit", did, "--probability", "", "--json").json()["probability"] == 25
    assert crm("deal", "delete", did).code == 0
    assert crm("deal", "list", "--json").json()["total"] == 0
    assert crm("deal", "list", "--stage", "Mandate").out.strip().endswith("No deals.")


def test_interactions_add_list_show(crm: Run, new_vault) -> None:
    a = crm("contact", "add", "--name", "王芳").out.strip()
    b = crm("contact", "add", "--name", "李雷").out.strip()
    first = crm("interaction", "add", "--kind", "meeting", "--contact", a, "--contact", b,
                "--subject", "首次会面", "--body", "讨论融资结构\n第二行", "--at", "2024-05-01T09:30+08:00")
    assert first.code == 0, first.err
    assert crm("interaction", "add", "--kind", "call", "--contact", a, "--subject", "回访").code == 0
    page = crm("interaction", "list", "--json", "--contact", a).json()
    assert page["total"] == 2 and page["interactions"][0]["subject"] == "回访"  # newest first
    old = page["interactions"][1]
    assert old["occurred_at"] == "2024-05-01T01:30:00+00:00"
    assert sorted(p["name"] for p in old["participants"]) == ["李雷", "王芳"]
    assert crm("interaction", "list", "--json", "--contact", b).json()["total"] == 1
    assert crm("interaction", "list", "--json", "--limit", "1", "--offset", "1").json()[
        "interactions"][0]["subject"] == "首次会面"
    human = crm("interaction", "list").out
    assert "首次会面" in human and "王芳" in human
    shown = crm("interaction", "show", first.out.strip()).out
    assert "讨论融资结构" in shown and "第二行" in shown
    assert "Latest interactions (2)" in crm("contact", "show", a).out
    contact = crm("contact", "show", a, "--json").json()
    assert contact["last_interaction_at"] is not None

    bad = crm("interaction", "add", "--kind", "call", "--contact", a, "--at", "yesterday-ish")
    assert bad.code == 5 and bad.err.startswith("crm: occurred_at:")
    nobody = crm("interaction", "add", "--kind", "note", "--body", "x")
    assert nobody.code == 5 and "participants" in nobody.err
    nokind = crm("interaction", "add", "--contact", a)
    assert nokind.code == 5 and nokind.err.startswith("crm: kind:")
    assert crm("interaction", "delete", first.out.strip()).code == 0
    assert crm("interaction", "list", "--json").json()["total"] == 1
