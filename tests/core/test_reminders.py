"""Reminder services on a real vault: views, time zones, recurrence across DST, snooze."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from crm_desktop.core.errors import NotFound, ValidationError
from crm_desktop.core.models import Deal, Stage
from crm_desktop.core.services import contacts, reminders, undo
from crm_desktop.core.services.uow import UnitOfWork
from crm_desktop.core.vault import Vault

SH = ZoneInfo("Asia/Shanghai")
LONDON = ZoneInfo("Europe/London")


def _deal(vault: Vault, name: str) -> int:
    with UnitOfWork(vault, "deal.add", name) as uow:
        stage = uow.session.scalars(select(Stage).order_by(Stage.position)).first()
        deal = Deal(name=name, stage_id=stage.id)
        uow.session.add(deal)
        uow.session.flush()
        return deal.id


def _ids(items: list[reminders.ReminderOut]) -> list[int]:
    return [r.id for r in items]


def test_views_with_injected_now(vault: Vault) -> None:
    now = datetime(2025, 6, 10, 10, 0, tzinfo=SH)
    c = contacts.add(vault, display_name="王芳")
    deal_id = _deal(vault, "Solar farm 光伏")

    def add(text: str, due: datetime, **kw: object) -> int:
        return reminders.add(vault, text, due, tz="Asia/Shanghai", **kw).id

    yesterday = add("yesterday", datetime(2025, 6, 9, 15, 0, tzinfo=SH))
    this_morning = add("this morning", datetime(2025, 6, 10, 8, 0, tzinfo=SH), contact_id=c.id)
    tonight = add("tonight", datetime(2025, 6, 10, 18, 0, tzinfo=SH), deal_id=deal_id)
    tomorrow = add("tomorrow", datetime(2025, 6, 11, 9, 0, tzinfo=SH))
    finished = add("finished", datetime(2025, 6, 8, 9, 0, tzinfo=SH))
    reminders.done(vault, finished, now=now)

    def view(name: str, **kw: object) -> list[reminders.ReminderOut]:
        return reminders.list_reminders(vault, name, now=now, tz="Asia/Shanghai", **kw)

    assert _ids(view("today")) == [this_morning, tonight]
    assert _ids(view("overdue")) == [yesterday, this_morning]
    assert _ids(view("upcoming")) == [tomorrow]
    assert _ids(view("open")) == [yesterday, this_morning, tonight, tomorrow]
    assert _ids(view("done")) == [finished]
    assert _ids(view("open", contact_id=c.id)) == [this_morning]
    assert _ids(view("today", deal_id=deal_id)) == [tonight]

    morning, evening = view("today")
    assert morning.overdue and not evening.overdue
    assert morning.contact == "王芳" and evening.deal == "Solar farm 光伏"
    assert morning.due_at == datetime(2025, 6, 10, 0, 0, tzinfo=UTC)
    assert morning.due_local.hour == 8 and morning.due_local.tzinfo == SH
    # "Today" is a calendar day of the zone asked for: in New York it is still 9 June.
    ny_today = reminders.list_reminders(vault, "today", now=now, tz="America/New_York")
    assert _ids(ny_today) == [yesterday, this_morning]  # 9 June 03:00 and 20:00 in New York
    with pytest.raises(ValidationError) as err:
        reminders.list_reminders(vault, "someday")
    assert err.value.field == "view"


def test_add_interprets_naive_times_in_the_given_zone(vault: Vault) -> None:
    r = reminders.add(vault, "Call bank", "2025-01-15 09:30", tz="Asia/Shanghai")
    assert r.due_at == datetime(2025, 1, 15, 1, 30, tzinfo=UTC)
    assert r.tz == "Asia/Shanghai" and r.due_local.hour == 9 and r.status == "open"
    r2 = reminders.add(vault, "Call London", datetime(2025, 7, 1, 9, 0), tz="Europe/London")
    assert r2.due_at == datetime(2025, 7, 1, 8, 0, tzinfo=UTC)  # BST
    r3 = reminders.add(vault, "Aware", datetime(2025, 1, 1, 9, 0, tzinfo=LONDON))
    assert r3.tz == "Europe/London"
    r4 = reminders.add(vault, "A date only", "2025-02-03", tz="UTC")
    assert r4.due_at == datetime(2025, 2, 3, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize(("kwargs", "field"), [
    ({"tz": "Mars/Olympus"}, "tz"),
    ({"tz": "Europe"}, "tz"),
    ({"tz": "Nowhere/Land", "due": datetime(2025, 1, 1, 9, 0, tzinfo=UTC)}, "tz"),
    ({"tz": "UTC", "rrule": "FREQ=FORTNIGHTLY"}, "rrule"),
    ({"tz": "UTC", "rrule": "FREQ=DAILY;INTERVAL=0"}, "rrule"),
    ({"tz": "UTC", "rrule": "FREQ=WEEKLY;BYDAY=XX"}, "rrule"),
    ({"tz": "UTC", "rrule": "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30"}, "rrule"),
    ({"tz": "UTC", "contact_id": 999}, "contact_id"),
])
def test_add_rejects_bad_input(vault: Vault, kwargs: dict, field: str) -> None:
    kwargs = {"due": "2025-01-01T09:00", **kwargs}
    with pytest.raises(ValidationError) as err:
        reminders.add(vault, "x", **kwargs)
    assert err.value.field == field
    assert reminders.list_reminders(vault, "open") == []


def test_bad_due_and_empty_text(vault: Vault) -> None:
    with pytest.raises(ValidationError) as err:
        reminders.add(vault, "x", "next tuesday-ish", tz="UTC")
    assert err.value.field == "due"
    with pytest.raises(ValidationError) as err:
        reminders.add(vault, "  ", "2025-01-01T09:00", tz="UTC")
    assert err.value.field == "text"


def test_weekly_london_stays_at_nine_across_dst(vault: Vault) -> None:
    # Monday 24 March 2025, 09:00 GMT; the clocks go forward on Sunday 30 March.
    r = reminders.add(vault, "Weekly pipeline call", "2025-03-24T09:00", tz="Europe/London",
                      rrule="RRULE:FREQ=WEEKLY;BYDAY=MO")
    assert r.due_at == datetime(2025, 3, 24, 9, 0, tzinfo=UTC) and r.rrule == "FREQ=WEEKLY;BYDAY=MO"
    nxt = reminders.done(vault, r.id, now=datetime(2025, 3, 24, 9, 5, tzinfo=UTC))
    assert nxt is not None
    assert nxt.due_at == datetime(2025, 3, 31, 8, 0, tzinfo=UTC)  # 09:00 BST
    assert (nxt.due_local.hour, nxt.due_local.minute) == (9, 0)
    assert nxt.series_uid == r.uid and nxt.rrule == r.rrule and nxt.status == "open"
    assert reminders.get(vault, r.id).status == "done"


def test_daily_shanghai_unmoved_by_dst_elsewhere(vault: Vault) -> None:
    # The US changes its clocks on 9 March 2025; 09:00 in Shanghai is 01:00 UTC throughout.
    r = reminders.add(vault, "晨会", "2025-03-08T09:00", tz="Asia/Shanghai", rrule="FREQ=DAILY")
    seen = []
    for _ in range(3):
        nxt = reminders.done(vault, r.id, now=r.due_at)
        assert nxt is not None
        seen.append(nxt.due_at)
        r = nxt
    assert seen == [datetime(2025, 3, d, 1, 0, tzinfo=UTC) for d in (9, 10, 11)]


def test_series_ends_and_missed_occurrences_are_not_piled_up(vault: Vault) -> None:
    r = reminders.add(vault, "Three times", "2025-01-06T09:00", tz="UTC", rrule="FREQ=DAILY;COUNT=3")
    second = reminders.done(vault, r.id, now=r.due_at)
    third = reminders.done(vault, second.id, now=second.due_at)
    assert third is not None and third.due_at.day == 8
    assert reminders.done(vault, third.id, now=third.due_at) is None
    weekly = reminders.add(vault, "Weekly", "2025-01-06T09:00", tz="UTC", rrule="FREQ=WEEKLY")
    late = reminders.done(vault, weekly.id, now=datetime(2025, 1, 22, 12, 0, tzinfo=UTC))
    assert late.due_at == datetime(2025, 1, 27, 9, 0, tzinfo=UTC)
    with pytest.raises(ValidationError):
        reminders.done(vault, weekly.id)


def test_snooze_variants_keep_the_first_schedule(vault: Vault) -> None:
    now = datetime(2025, 6, 11, 10, 0, tzinfo=SH)  # a Wednesday
    r = reminders.add(vault, "Chase term sheet", "2025-06-11T09:00", tz="Asia/Shanghai")
    first = r.due_at
    r = reminders.snooze(vault, r.id, "1h", now=now)
    assert r.due_at == now.astimezone(UTC) + timedelta(hours=1) and r.snoozed_from == first
    r = reminders.snooze(vault, r.id, "tomorrow", now=now)
    assert r.due_local == datetime(2025, 6, 12, 9, 0, tzinfo=SH) and r.snoozed_from == first
    r = reminders.snooze(vault, r.id, "next_week", now=now)
    assert r.due_local == datetime(2025, 6, 16, 9, 0, tzinfo=SH) and r.due_local.weekday() == 0
    r = reminders.snooze(vault, r.id, "30m", now=now)
    assert r.due_at == now + timedelta(minutes=30)
    target = datetime(2025, 6, 20, 15, 0, tzinfo=LONDON)
    r = reminders.snooze(vault, r.id, target, now=now)
    assert r.due_at == target and r.snoozed_from == first and r.tz == "Asia/Shanghai"
    assert reminders.list_reminders(vault, "upcoming", now=now, tz="Asia/Shanghai")[0].id == r.id
    for bad in (now - timedelta(minutes=1), "whenever"):
        with pytest.raises(ValidationError) as err:
            reminders.snooze(vault, r.id, bad, now=now)
        assert err.value.field == "until"


def test_done_after_snooze_follows_the_series_schedule(vault: Vault) -> None:
    r = reminders.add(vault, "Daily", "2025-06-02T09:00", tz="Europe/London", rrule="FREQ=DAILY")
    morning = r.due_at
    r = reminders.snooze(vault, r.id, "2h", now=morning)
    nxt = reminders.done(vault, r.id, now=morning + timedelta(hours=2))
    assert nxt.due_at == morning + timedelta(days=1) and nxt.snoozed_from is None


def test_edit_zone_keeps_wall_time_and_delete_goes_to_trash(vault: Vault) -> None:
    r = reminders.add(vault, "Sign NDA", "2025-06-02T09:00", tz="Europe/London")
    r = reminders.edit(vault, r.id, tz="Asia/Shanghai", text="Sign the NDA")
    assert r.due_local == datetime(2025, 6, 2, 9, 0, tzinfo=SH) and r.text == "Sign the NDA"
    r = reminders.edit(vault, r.id, due="2025-06-03 14:00", rrule="FREQ=MONTHLY")
    assert r.due_local == datetime(2025, 6, 3, 14, 0, tzinfo=SH) and r.series_uid == r.uid
    with pytest.raises(ValidationError):
        reminders.edit(vault, r.id, tz="Nowhere/Special")
    reminders.delete(vault, r.id)
    assert reminders.list_reminders(vault, "open") == []
    with pytest.raises(NotFound):
        reminders.get(vault, r.id)


def test_undo_done_reopens_and_removes_the_next_occurrence(vault: Vault) -> None:
    r = reminders.add(vault, "Weekly", "2025-06-02T09:00", tz="UTC", rrule="FREQ=WEEKLY")
    nxt = reminders.done(vault, r.id, now=r.due_at)
    undo.undo(vault)
    assert reminders.get(vault, r.id).status == "open"
    with pytest.raises(NotFound):
        reminders.get(vault, nxt.id)
