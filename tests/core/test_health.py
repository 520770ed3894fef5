"""Data health: each line's count and the ids behind it; "verified" holds until the record changes."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from crm_desktop.core.errors import NotFound, ValidationError
from crm_desktop.core.services import contact_read, contacts, deals, interactions, reminders, undo
from crm_desktop.core.services.health import health, mark_verified
from crm_desktop.core.vault import Vault

TODAY = date(2025, 6, 30)


def test_lines_and_ids(vault: Vault) -> None:
    full = contacts.add(vault, display_name="Complete", phones=["+86 139 1234 5678"],
                        emails=["c@x.example.com"], organization="Acme", tier="B").id
    bare = contacts.add(vault, display_name="Bare").id
    bad = contacts.add(vault, display_name="Typo", phones=["12345"], tier="A", organization="Acme").id
    old = datetime.combine(TODAY - timedelta(days=40), datetime.min.time(), tzinfo=UTC)
    interactions.add(vault, kind="call", occurred_at=old, participants=[bad])
    late = deals.add(vault, name="Late deal", expected_close=TODAY - timedelta(days=3)).id
    due = reminders.add(vault, "Chase", datetime(2025, 6, 1, 9, tzinfo=UTC), tz="UTC", contact_id=full).id
    report = health(vault, today=TODAY)
    org = contact_read.get(vault, full).organization_id
    assert report.line("missing_phone").ids == [org, bare]  # by name: Acme, Bare
    assert bare in report.line("missing_email").ids and full not in report.line("missing_email").ids
    assert report.line("missing_organization").ids == [bare]
    assert set(report.line("missing_tier").ids) == {bare, org}
    assert report.line("invalid_phone").ids == [bad] and report.line("invalid_phone").count == 1
    assert report.line("stale_A").ids == [bad] and report.line("stale_A").threshold_days == 30
    late_line, due_line = report.line("deals_past_close"), report.line("overdue_reminders")
    assert (late_line.entity, late_line.ids) == ("deal", [late])
    assert (due_line.entity, due_line.ids) == ("reminder", [due])
    assert report.contacts == 4 and report.people == 3 and report.organizations == 1


def test_verified_holds_until_the_record_changes(vault: Vault) -> None:
    a = contacts.add(vault, display_name="No Mail", phones=["+86 139 1234 5678"]).id
    b = contacts.add(vault, display_name="Also No Mail").id
    assert health(vault, today=TODAY).line("missing_email").count == 2
    mark_verified(vault, a, "missing_email")
    line = health(vault, today=TODAY).line("missing_email")
    assert (line.count, line.ids, line.verified) == (1, [b], 1)
    contacts.edit(vault, a, title="CFO")  # the record changed: report it again
    assert set(health(vault, today=TODAY).line("missing_email").ids) == {a, b}
    mark_verified(vault, a, "missing_email")
    assert health(vault, today=TODAY).line("missing_email").ids == [b]
    undo.undo(vault)
    assert set(health(vault, today=TODAY).line("missing_email").ids) == {a, b}


def test_verified_counts_out_beyond_the_list_limit(vault: Vault) -> None:
    ids = [contacts.add(vault, display_name=f"Person {n:02d}").id for n in range(6)]
    mark_verified(vault, ids[-1], "missing_phone")
    mark_verified(vault, ids[0], "stale")
    line = health(vault, today=TODAY, limit=2).line("missing_phone")
    assert (line.count, line.ids, line.verified) == (5, ids[:2], 1)


def test_mark_verified_refuses_unknown_checks_and_contacts(vault: Vault) -> None:
    a = contacts.add(vault, display_name="X").id
    with pytest.raises(ValidationError):
        mark_verified(vault, a, "deals_past_close")
    with pytest.raises(NotFound):
        mark_verified(vault, 999, "missing_phone")
