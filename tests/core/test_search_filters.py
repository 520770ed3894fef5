"""Filters: each one alone (empty text), composed with text, and which types they leave in."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

import pytest

from crm_desktop.core.models import Reminder
from crm_desktop.core.search import SearchFilters, search
from crm_desktop.core.services import contacts, deals, interactions, stages
from crm_desktop.core.services.uow import UnitOfWork
from crm_desktop.core.vault import Vault


@dataclass
class Team:
    wang: int  # person, tier A, tag vip, owner amy, met recently, overdue reminder
    wu: int  # person, tier B, owner bob, met long ago
    acme: int  # organization, tier A, never met
    deal_a: int  # Lead, owner amy, overdue reminder
    deal_b: int  # Term sheet, owner bob


def _reminder(vault: Vault, *, contact_id: int | None = None, deal_id: int | None = None,
              due: datetime, status: str = "open") -> None:
    with UnitOfWork(vault, "reminder.add") as uow:
        uow.session.add(Reminder(text="follow up", due_at=due, contact_id=contact_id, deal_id=deal_id,
                                 status=status))


@pytest.fixture
def team(vault: Vault) -> Team:
    now = datetime.now(UTC)
    wang = contacts.add(vault, display_name="王强", tier="A", tags=["vip"], owner="amy").id
    wu = contacts.add(vault, display_name="吴强", tier="B", owner="bob").id
    acme = contacts.add(vault, display_name="强盛集团", kind="organization", tier="A").id
    interactions.add(vault, kind="call", occurred_at=now - timedelta(days=3), participants=[wang],
                     subject="强 update")
    interactions.add(vault, kind="call", occurred_at=now - timedelta(days=400), participants=[wu],
                     subject="old")
    deal_a = deals.add(vault, name="强化项目", owner="amy").id
    deal_b = deals.add(vault, name="强基项目", owner="bob", stage="Term sheet").id
    _reminder(vault, contact_id=wang, due=now - timedelta(days=1))
    _reminder(vault, contact_id=wu, due=now + timedelta(days=5))  # not yet due
    _reminder(vault, contact_id=acme, due=now - timedelta(days=9), status="done")  # done: not overdue
    _reminder(vault, deal_id=deal_a, due=now - timedelta(hours=2))
    return Team(wang, wu, acme, deal_a, deal_b)


def found(vault: Vault, text: str = "", **filters: object) -> dict[str, set[int]]:
    res = search(vault, text, filters=SearchFilters(**filters))  # type: ignore[arg-type]
    return {g.entity: set(res.ids(g.entity)) for g in res.groups if g.hits}


def test_each_contact_filter_without_text(vault: Vault, team: Team) -> None:
    assert found(vault, kind="organization") == {"contact": {team.acme}}
    assert found(vault, kind="person") == {"contact": {team.wang, team.wu}}
    assert found(vault, tier="a") == {"contact": {team.wang, team.acme}}
    assert found(vault, tag="vip") == {"contact": {team.wang}}
    cold = date.today() - timedelta(days=90)
    assert found(vault, no_interaction_since=cold) == {"contact": {team.wu, team.acme}}
    assert found(vault, has_overdue_reminder=True) == {"contact": {team.wang}, "deal": {team.deal_a}}
    assert found(vault, has_overdue_reminder=False) == {"contact": {team.wu, team.acme},
                                                        "deal": {team.deal_b}}


def test_deal_filters_without_text(vault: Vault, team: Team) -> None:
    term_sheet = next(s.id for s in stages.list_stages(vault) if s.name == "Term sheet")
    assert found(vault, stage_id=term_sheet) == {"deal": {team.deal_b}}
    assert found(vault, owner="amy") == {"contact": {team.wang}, "deal": {team.deal_a}}


def test_filters_compose_with_text(vault: Vault, team: Team) -> None:
    assert found(vault, "强") == {"contact": {team.wang, team.wu, team.acme},
                                  "deal": {team.deal_a, team.deal_b},
                                  "interaction": found(vault, "强")["interaction"]}
    assert found(vault, "强", tier="A") == {"contact": {team.wang, team.acme}}
    assert found(vault, "强", tier="A", kind="person") == {"contact": {team.wang}}
    assert found(vault, "wang", owner="bob") == {}
    assert found(vault, "项目", owner="bob") == {"deal": {team.deal_b}}
    assert found(vault, "qiang", no_interaction_since=date.today() - timedelta(days=30)) == \
        {"contact": {team.wu, team.acme}}  # 强盛集团 is "qiangsheng…" and never met


def test_empty_text_lists_most_recent_activity_first(vault: Vault, team: Team) -> None:
    res = search(vault, "", filters=SearchFilters(kind="person"))
    assert res.ids("contact") == [team.wang, team.wu]
    assert res.hits("contact")[0].title == "王强" and res.hits("contact")[0].spans == ()


def test_no_text_and_no_filter_finds_nothing(vault: Vault, team: Team) -> None:
    assert len(search(vault, "")) == 0
