"""crm dedup find | merge | distinct and crm health: JSON shapes, text, exit codes."""

from __future__ import annotations

import pytest

from crm_desktop.cli import cmd_dedup, cmd_health, commands
from tests.cli.conftest import Run


@pytest.fixture(autouse=True)
def _registered(monkeypatch: pytest.MonkeyPatch) -> None:
    """Until commands.py lists them (the integrator's line), register the two modules here."""
    missing = [m for m in (cmd_dedup, cmd_health) if m not in commands.MODULES]
    monkeypatch.setattr(commands, "MODULES", [*commands.MODULES, *missing])


def _fill(crm: Run) -> None:
    assert crm("contact", "add", "--name", "张伟", "--phone", "+86 138 0013 8000",
               "--org", "中国银行").code == 0
    assert crm("contact", "add", "--name", "張偉", "--phone", "138-0013-8000",
               "--email", "w@boc.example.cn").code == 0
    assert crm("contact", "add", "--name", "王芳", "--phone", "+86 139 0000 1111").code == 0
    assert crm("contact", "add", "--name", "王芳", "--phone", "+86 139 0000 2222").code == 0


def test_find_json_shape_and_text(crm: Run, new_vault) -> None:
    _fill(crm)
    doc = crm("dedup", "find", "--json").json()
    assert doc == {"groups": [{"ids": [1, 3], "score": doc["groups"][0]["score"],
                               "reasons": ["same name in another script", "same phone"]}]}
    assert 0.6 <= doc["groups"][0]["score"] <= 1
    text = crm("dedup", "find")
    assert text.code == 0 and "#1 张伟 · #3 張偉" in text.out and "same phone" in text.out
    assert crm("dedup", "find", "--min-score", "2").code == 5


def test_merge_and_undo(crm: Run, new_vault) -> None:
    _fill(crm)
    merged = crm("dedup", "merge", "1", "3", "--json")
    assert merged.code == 0
    doc = merged.json()
    assert doc["id"] == 1 and doc["other_names"] == ["張偉"] and [e["address"] for e in doc["emails"]] == [
        "w@boc.example.cn"]
    assert crm("dedup", "find", "--json").json() == {"groups": []}
    assert crm("contact", "show", "3").code != 0  # in the trash
    assert "Undone" in crm("undo").out
    assert len(crm("dedup", "find", "--json").json()["groups"]) == 1
    assert crm("dedup", "merge", "1", "1").code == 5
    assert crm("dedup", "merge", "1", "3", "--choose", "tier").code == 5
    text = crm("dedup", "merge", "3", "1", "--choose", "display_name=1")
    assert text.code == 0 and "Merged #1 into #3 张伟" in text.out


def test_distinct(crm: Run, new_vault) -> None:
    _fill(crm)
    assert crm("dedup", "distinct", "1", "3", "--json").json() == {"distinct": [1, 3], "new": True}
    assert "already" in crm("dedup", "distinct", "3", "1").out
    assert crm("dedup", "find", "--json").json() == {"groups": []}
    assert crm("dedup", "distinct", "1", "99").code != 0


def test_health_json_and_verify(crm: Run, new_vault) -> None:
    _fill(crm)
    doc = crm("health", "--json").json()
    assert {"today", "contacts", "people", "organizations", "checks"} <= doc.keys()
    lines = {x["check"]: x for x in doc["checks"]}
    assert set(lines) >= {"missing_phone", "missing_email", "missing_organization", "missing_tier",
                          "invalid_phone", "invalid_email", "stale_A", "stale_B", "stale_C",
                          "deals_past_close", "overdue_reminders"}
    # By name: 中国银行 (#2, the organization), 张伟, 王芳, 王芳; 張偉 (#3) has an e-mail.
    assert lines["missing_email"] == {"check": "missing_email", "entity": "contact", "count": 4,
                                      "ids": [2, 1, 4, 5], "verified": 0, "threshold_days": None}
    assert lines["stale_A"]["threshold_days"] == 30
    assert crm("health", "--verify", "4", "missing_email").code == 0
    after = {x["check"]: x for x in crm("health", "--json").json()["checks"]}
    assert (after["missing_email"]["ids"], after["missing_email"]["count"]) == ([2, 1, 5], 3)
    assert after["missing_email"]["verified"] == 1
    text = crm("health")
    assert text.code == 0 and "Contacts without an e-mail" in text.out
    assert crm("health", "--verify", "1", "robots").code == 5
    assert crm("health", "--verify", "x", "missing_email").code == 5
