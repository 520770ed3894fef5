"""Interactions on a real vault: time zones, long minutes, paging, and each contact's
last_interaction_at kept right through add, edit, delete and undo."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from crm_desktop.core.errors import NotFound, ValidationError
from crm_desktop.core.services import contact_read, contacts, deals, interactions, undo
from crm_desktop.core.vault import Vault

T1 = datetime(2025, 3, 1, 9, 0, tzinfo=UTC)
T2 = datetime(2025, 4, 1, 9, 0, tzinfo=UTC)
T3 = datetime(2025, 5, 1, 9, 0, tzinfo=UTC)


def last(vault: Vault, contact_id: int) -> datetime | None:
    return contact_read.get(vault, contact_id).last_interaction_at


@pytest.fixture
def people(vault: Vault) -> tuple[int, int]:
    return (contacts.add(vault, display_name="张伟").id, contacts.add(vault, display_name="Li Na").id)


def test_add_stores_utc_and_round_trips_chinese(vault: Vault, people: tuple[int, int]) -> None:
    a, b = people
    i = interactions.add(vault, kind="Meeting", occurred_at="2025-05-01T17:30+08:00",
                         subject="条款清单讨论", body="与会者：张伟、李娜。\n结论：下周提交信贷审批。",
                         participants=[a, b, a])
    got = interactions.get(vault, i.id)
    assert got.kind == "meeting" and got.occurred_at == datetime(2025, 5, 1, 9, 30, tzinfo=UTC)
    assert got.subject == "条款清单讨论" and got.body.startswith("与会者：张伟")
    assert sorted(p.contact_id for p in got.participants) == [a, b]
    assert got.to_json()["participants"][0]["name"] in {"张伟", "Li Na"}


def test_long_minutes_are_kept_whole(vault: Vault, people: tuple[int, int]) -> None:
    minutes = ("会议纪要 " * 111_111)[:1_000_000].strip() + "完"
    i = interactions.add(vault, kind="note", occurred_at=T1, body=minutes, participants=[people[0]])
    assert interactions.get(vault, i.id).body == minutes
    with pytest.raises(ValidationError) as err:
        interactions.add(vault, kind="note", occurred_at=T1, body="x" * 1_000_001, participants=[people[0]])
    assert err.value.field == "body"


@pytest.mark.parametrize(("values", "field"), [
    ({"kind": "meeting", "occurred_at": "yesterday"}, "occurred_at"),
    ({"kind": "meeting"}, "occurred_at"),
    ({"kind": "lunch", "occurred_at": T1}, "kind"),
    ({"occurred_at": T1}, "kind"),
    ({"kind": "call", "occurred_at": T1, "participants": []}, "participants"),
    ({"kind": "call", "occurred_at": T1, "participants": [999]}, "participants[0]"),
    ({"kind": "call", "occurred_at": T1, "deal_id": 999}, "deal_id"),
    ({"kind": "call", "occurred_at": T1, "subject": "s" * 501}, "subject"),
])
def test_validation_names_the_field(vault: Vault, people: tuple[int, int], values: dict, field: str) -> None:
    values.setdefault("participants", [people[0]])
    with pytest.raises(ValidationError) as err:
        interactions.add(vault, **values)
    assert err.value.field == field
    assert interactions.list_interactions(vault).total == 0
    assert last(vault, people[0]) is None  # nothing half-written


def test_a_time_without_offset_is_on_the_vault_clock(vault: Vault, people: tuple[int, int]) -> None:
    from crm_desktop.core.services.common import set_setting
    from crm_desktop.core.services.uow import UnitOfWork

    with UnitOfWork(vault, "settings") as uow:
        set_setting(uow.session, "timezone", "Asia/Shanghai")
    typed = interactions.add(vault, kind="meeting", occurred_at="2025-05-01T09:30", participants=[people[0]])
    assert typed.occurred_at == datetime(2025, 5, 1, 1, 30, tzinfo=UTC)
    naive = interactions.add(vault, kind="call", occurred_at=datetime(2025, 5, 1, 9, 30),
                             participants=[people[0]])
    assert naive.occurred_at == typed.occurred_at


def test_a_deal_alone_is_enough(vault: Vault) -> None:
    d = deals.add(vault, name="风电项目")
    i = interactions.add(vault, kind="note", occurred_at=T1, subject="内部讨论", deal_id=d.id)
    assert i.deal == "风电项目" and i.participants == []
    assert interactions.list_interactions(vault, deal_id=d.id).total == 1


def test_last_interaction_follows_add_edit_delete(vault: Vault, people: tuple[int, int]) -> None:
    a, b = people
    first = interactions.add(vault, kind="call", occurred_at=T1, participants=[a])
    assert last(vault, a) == T1 and last(vault, b) is None
    newer = interactions.add(vault, kind="meeting", occurred_at=T3, participants=[a, b])
    assert last(vault, a) == T3 and last(vault, b) == T3
    interactions.add(vault, kind="email", occurred_at=T2, participants=[a])  # older: no change
    assert last(vault, a) == T3

    interactions.edit(vault, newer.id, occurred_at=T2 - timedelta(days=1))  # moved earlier
    assert last(vault, a) == T2 and last(vault, b) == T2 - timedelta(days=1)
    interactions.edit(vault, newer.id, participants=[a])  # b no longer took part
    assert last(vault, b) is None

    interactions.delete(vault, first.id)
    assert last(vault, a) == T2
    for i in interactions.list_interactions(vault, contact_id=a).interactions:
        interactions.delete(vault, i.id)
    assert last(vault, a) is None


def test_undo_restores_last_interaction(vault: Vault, people: tuple[int, int]) -> None:
    a, _ = people
    interactions.add(vault, kind="call", occurred_at=T1, participants=[a])
    i = interactions.add(vault, kind="meeting", occurred_at=T3, participants=[a])
    interactions.delete(vault, i.id)
    assert last(vault, a) == T1
    undo.undo(vault)  # the delete
    assert last(vault, a) == T3 and interactions.get(vault, i.id).deleted_at is None
    undo.undo(vault)  # the add
    assert last(vault, a) == T1
    with pytest.raises(NotFound):
        interactions.get(vault, i.id)
    undo.redo(vault)
    assert last(vault, a) == T3


def test_list_newest_first_with_filters_and_paging(vault: Vault, people: tuple[int, int]) -> None:
    a, b = people
    for n in range(5):
        interactions.add(vault, kind="call" if n % 2 else "email", subject=f"#{n}",
                         occurred_at=T1 + timedelta(days=n), participants=[a] if n < 3 else [b])
    page = interactions.list_interactions(vault, limit=2)
    assert page.total == 5 and [i.subject for i in page.interactions] == ["#4", "#3"]
    assert [i.subject for i in interactions.list_interactions(vault, offset=4).interactions] == ["#0"]
    assert [i.subject for i in interactions.list_interactions(vault, contact_id=a).interactions] == [
        "#2", "#1", "#0"]
    assert interactions.list_interactions(vault, kind="call").total == 2


def test_offsets_are_compared_as_instants(vault: Vault, people: tuple[int, int]) -> None:
    a, _ = people
    # 08:00 in Shanghai is before 09:00 in London on the same day (00:00 vs 09:00 UTC).
    shanghai = interactions.add(vault, kind="call", occurred_at=datetime(
        2025, 1, 10, 8, 0, tzinfo=timezone(timedelta(hours=8))), participants=[a], subject="sh")
    interactions.add(vault, kind="call", occurred_at="2025-01-10T09:00Z", participants=[a], subject="ldn")
    assert [i.subject for i in interactions.list_interactions(vault).interactions] == ["ldn", "sh"]
    assert shanghai.occurred_at == datetime(2025, 1, 10, 0, 0, tzinfo=UTC)
    assert last(vault, a) == datetime(2025, 1, 10, 9, 0, tzinfo=UTC)


def test_bad_ids_are_not_found(vault: Vault) -> None:
    for call in (lambda: interactions.get(vault, 999), lambda: interactions.delete(vault, 999),
                 lambda: interactions.edit(vault, 999, subject="x")):
        with pytest.raises(NotFound) as err:
            call()
        assert err.value.entity == "interaction"
