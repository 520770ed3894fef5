"""crm trash list / restore / empty, crm erase, crm audit."""

from __future__ import annotations

from tests.cli.conftest import Run


def _three_in_the_trash(crm: Run) -> tuple[str, str, str]:
    cid = crm("contact", "add", "--name", "王芳").out.strip()
    keep = crm("contact", "add", "--name", "李雷").out.strip()
    did = crm("deal", "add", "--name", "风电项目贷款", "--client", keep).out.strip()
    iid = crm("interaction", "add", "--kind", "call", "--contact", keep, "--subject", "电话回访").out.strip()
    for args in (("contact", "delete", cid), ("deal", "delete", did), ("interaction", "delete", iid)):
        assert crm(*args).code == 0
    return cid, did, iid


def test_trash_list_restore(crm: Run, new_vault) -> None:
    cid, did, iid = _three_in_the_trash(crm)
    doc = crm("trash", "list", "--json").json()
    assert doc["total"] == 3
    assert [(i["entity"], i["id"], i["label"]) for i in doc["items"]] == [
        ("interaction", int(iid), "电话回访"), ("deal", int(did), "风电项目贷款"),
        ("contact", int(cid), "王芳")]
    assert doc["items"][0]["deleted_at"].endswith("+00:00")
    human = crm("trash", "list").out
    assert "王芳" in human and "风电项目贷款" in human

    res = crm("trash", "restore", "contact", cid)
    assert res.code == 0 and "王芳" in res.out
    assert crm("contact", "show", cid, "--json").json()["display_name"] == "王芳"
    assert crm("trash", "list", "--json").json()["total"] == 2
    assert crm("trash", "restore", "contact", cid).code == 5  # not in the trash any more
    bad = crm("trash", "restore", "robot", "1")
    assert bad.code == 5 and bad.err.startswith("crm: entity:")
    assert crm("undo").code == 0  # the restore
    assert crm("trash", "list", "--json").json()["total"] == 3


def test_trash_empty_needs_confirmation_and_cannot_be_undone(crm: Run, new_vault) -> None:
    _three_in_the_trash(crm)
    refused = crm("trash", "empty")  # stdin is not a terminal under pytest
    assert refused.code == 5 and "--yes" in refused.err
    assert crm("trash", "list", "--json").json()["total"] == 3
    assert crm("trash", "empty", "--older-than", "30", "--yes").out.strip() == "Nothing to erase."
    res = crm("trash", "empty", "--yes", "--json")
    assert res.code == 0 and res.json()["records"] == 3
    assert crm("trash", "list").out.strip() == "The trash is empty."
    ops = crm("audit", "--json").json()["operations"]
    assert ops[0]["kind"] == "trash.empty" and ops[0]["undoable"] is False
    blocked = crm("undo")
    assert blocked.code != 0 and blocked.err.startswith("crm: ") and "Traceback" not in blocked.err


def test_erase_one_contact_scrubs_its_history(crm: Run, new_vault) -> None:
    cid = crm("contact", "add", "--name", "赵敏", "--phone", "138 0013 8000").out.strip()
    assert crm("contact", "edit", cid, "--title", "董事").code == 0
    assert crm("erase", "contact", cid).code == 5  # no --yes, no terminal: nothing happens
    assert crm("contact", "show", cid).code == 0
    res = crm("erase", "contact", cid, "--yes")
    assert res.code == 0 and "Erased 1 record" in res.out
    assert crm("contact", "show", cid).code == 5
    history = crm("audit", "--entity", "contact", "--id", cid, "--json").json()["history"]
    assert history and all(not e["changes"] for e in history)
    assert "赵敏" not in crm("audit").out and "董事" not in crm("audit").out


def test_audit_recent_and_record_history(crm: Run, new_vault) -> None:
    cid = crm("contact", "add", "--name", "孙悦", "--tag", "银行").out.strip()
    assert crm("contact", "edit", cid, "--title", "副总裁").code == 0
    assert crm("contact", "edit", cid, "--title", "总裁").code == 0
    recent = crm("audit", "--limit", "2", "--json").json()["operations"]
    assert [o["kind"] for o in recent] == ["contact.edit", "contact.edit"]
    assert "Edit 孙悦: title" in crm("audit").out

    doc = crm("audit", "--entity", "contact", "--id", cid, "--json").json()
    titles = [e["changes"]["title"] for e in doc["history"] if "title" in e["changes"]]
    assert titles == [[None, "副总裁"], ["副总裁", "总裁"]]
    assert any(e["entity"] == "contact_tag" and e["changes"]["tag"] == [None, "银行"] for e in doc["history"])
    human = crm("audit", "--entity", "contact", "--id", cid).out
    assert "title: 副总裁 → 总裁" in human
    last = crm("audit", "--entity", "contact", "--id", cid, "--limit", "1", "--json").json()["history"]
    assert len(last) == 1 and last[0]["changes"]["title"] == ["副总裁", "总裁"]
    assert crm("audit", "--entity", "contact").code == 5
    assert crm("audit", "--entity", "robot", "--id", "1").code == 5
    assert crm("audit", "--entity", "contact", "--id", "999").out.strip() == "No history for contact 999."
