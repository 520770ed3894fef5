"""crm reminder add / list / show / done / snooze / edit / delete."""

from __future__ import annotations

from tests.cli.conftest import Run


def test_reminder_round_trip(crm: Run, new_vault) -> None:
    cid = crm("contact", "add", "--name", "张伟").out.strip()
    res = crm("reminder", "add", "--text", "发送条款清单", "--due", "2030-12-02T09:00",
              "--tz", "Asia/Shanghai", "--contact", cid, "--json")
    assert res.code == 0, res.err
    r = res.json()
    assert r["due_at"] == "2030-12-02T01:00:00+00:00" and r["due_local"].startswith("2030-12-02T09:00")
    assert r["tz"] == "Asia/Shanghai" and r["contact"] == "张伟" and r["status"] == "open"
    old = crm("reminder", "add", "--text", "Call back", "--due", "2020-01-06T10:00+01:00").out.strip()

    listed = crm("reminder", "list", "--json").json()
    assert [x["text"] for x in listed["reminders"]] == ["Call back", "发送条款清单"]  # by due time
    assert listed["reminders"][0]["overdue"] is True
    overdue = crm("reminder", "list", "--view", "overdue", "--json").json()["reminders"]
    assert [x["id"] for x in overdue] == [int(old)]
    human = crm("reminder", "list").out
    assert "2030-12-02 09:00 Asia/Shanghai" in human and "overdue" in human and "张伟" in human
    assert "发送条款清单" in crm("reminder", "show", r["id"]).out

    snoozed = crm("reminder", "snooze", old, "2d", "--json").json()
    assert snoozed["overdue"] is False and snoozed["snoozed_from"] == "2020-01-06T09:00:00+00:00"
    assert crm("reminder", "snooze", r["id"], "yesterday").code == 5

    done = crm("reminder", "done", old)
    assert done.code == 0 and "Done" in done.out
    assert [x["id"] for x in crm("reminder", "list", "--view", "done", "--json").json()["reminders"]] == [
        int(old)]
    again = crm("reminder", "done", old)
    assert again.code == 5 and again.err.startswith("crm: status:")
    assert crm("undo").code == 0
    assert crm("reminder", "show", old, "--json").json()["status"] == "open"

    edited = crm("reminder", "edit", r["id"], "--contact", "", "--text", "Send the term sheet", "--json")
    assert edited.code == 0, edited.err
    assert edited.json()["contact_id"] is None and edited.json()["text"] == "Send the term sheet"
    assert edited.json()["due_local"].startswith("2030-12-02T09:00")  # not given, not changed
    assert crm("reminder", "delete", r["id"]).code == 0
    assert crm("reminder", "show", r["id"]).code == 5


def test_recurring_reminder_done_gives_the_next(crm: Run, new_vault) -> None:
    rid = crm("reminder", "add", "--text", "Weekly status", "--due", "2030-01-07T09:00", "--tz",
              "Europe/London", "--repeat", "FREQ=WEEKLY;COUNT=3").out.strip()
    res = crm("reminder", "done", rid, "--json").json()
    nxt = res["done"][0]["next"]
    assert nxt["due_local"].startswith("2030-01-14T09:00") and nxt["rrule"] == "FREQ=WEEKLY;COUNT=3"
    assert "Next: 2030-01-21 09:00 Europe/London" in crm("reminder", "done", nxt["id"]).out


def test_reminder_validation(crm: Run, new_vault) -> None:
    bad_tz = crm("reminder", "add", "--text", "x", "--due", "2030-01-01T09:00", "--tz", "Mars/Olympus")
    assert bad_tz.code == 5 and bad_tz.err.startswith("crm: tz:")
    bad_due = crm("reminder", "add", "--text", "x", "--due", "someday")
    assert bad_due.code == 5 and bad_due.err.startswith("crm: due:")
    bad_rule = crm("reminder", "add", "--text", "x", "--due", "2030-01-01T09:00", "--repeat", "FREQ=OFTEN")
    assert bad_rule.code == 5
    assert crm("reminder", "add", "--text", "x", "--due", "2030-01-01T09:00", "--contact", "99").code == 5
    assert crm("reminder", "add", "--due", "2030-01-01T09:00").code == 2  # --text is required
