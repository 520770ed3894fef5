"""Going cold through an organization's people, the dashboard's short lists, weekly activity in a
zone ahead of UTC, and the named report periods."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from crm_desktop.core.reports.figures import activity_figures, cold_figures, count_cold
from crm_desktop.core.reports.periods import default_file_name, period
from crm_desktop.core.services import contacts, interactions
from crm_desktop.core.services.uow import ReadSession
from crm_desktop.core.vault import Vault

NOW = datetime.now(UTC)
TODAY = NOW.date()


def _met(vault: Vault, contact_id: int, days_ago: int, subject: str = "catch-up") -> None:
    interactions.add(vault, kind="call", occurred_at=NOW - timedelta(days=days_ago),
                     participants=[contact_id], subject=subject)


def test_an_organization_is_cold_only_if_none_of_its_people_was_met(vault: Vault) -> None:
    warm = contacts.add(vault, display_name="Warm Bank", kind="organization", tier="A")
    cold = contacts.add(vault, display_name="Cold Fund", kind="organization", tier="A")
    cfo = contacts.add(vault, display_name="Warm CFO", organization_id=warm.id)
    analyst = contacts.add(vault, display_name="Cold Analyst", organization_id=cold.id)
    gone = contacts.add(vault, display_name="Gone Partner", organization_id=cold.id)
    for org in (warm, cold):
        _met(vault, org.id, 200, "the firm itself, long ago")
    _met(vault, cfo.id, 3)  # met last week: the bank is not cold, though itself silent for 200 days
    _met(vault, analyst.id, 45)  # past tier A's 30 days: the fund is still cold, since 45 days
    _met(vault, gone.id, 2)
    contacts.delete(vault, [gone.id])  # a person in the trash does not keep the fund warm
    with ReadSession(vault) as s:
        figures = cold_figures(s, today=TODAY, tz=UTC)
        counts = count_cold(s, today=TODAY, tz=UTC)
    tier_a = {c.name: c for c in figures.by_tier["A"]}
    assert "Warm Bank" not in tier_a
    assert tier_a["Cold Fund"].days_silent == 45
    assert tier_a["Cold Fund"].last_at is not None and tier_a["Cold Fund"].last_kind is None
    assert figures.totals["A"] == counts["A"] == 1


def test_the_short_list_is_the_head_of_the_whole_list(vault: Vault) -> None:
    """The dashboard asks for a few per tier: the same contacts, in the same order, as the report."""
    made = []
    for i, days in enumerate((40, 400, 95, 33, 61, 250, 31)):
        c = contacts.add(vault, display_name=f"Client {i}", tier="A")
        _met(vault, c.id, days)
        made.append(c.id)
    org = contacts.add(vault, display_name="Org met through nobody", kind="organization", tier="A")
    _met(vault, org.id, 120)
    with ReadSession(vault) as s:
        whole = cold_figures(s, today=TODAY, tz=UTC).by_tier["A"]
        head = cold_figures(s, today=TODAY, tz=UTC, limit=3).by_tier["A"]
    assert [c.days_silent for c in whole] == [400, 250, 120, 95, 61, 40, 33, 31]
    assert [c.contact_id for c in head] == [c.contact_id for c in whole[:3]]


def test_weekly_activity_in_the_vaults_zone(vault: Vault) -> None:
    shanghai = ZoneInfo("Asia/Shanghai")
    c = contacts.add(vault, display_name="Zhou")
    # Sunday 23:30 in Shanghai is Sunday 15:30 UTC: the week of Monday 1 June 2026.
    for at, kind in ((datetime(2026, 6, 7, 23, 30, tzinfo=shanghai), "meeting"),
                     (datetime(2026, 6, 8, 0, 30, tzinfo=shanghai), "call"),  # Monday: the next week
                     (datetime(2026, 6, 8, 9, 0, tzinfo=shanghai), "call"),
                     (datetime(2026, 5, 31, 23, 59, tzinfo=shanghai), "note")):  # before the period
        interactions.add(vault, kind=kind, occurred_at=at, participants=[c.id])
    with ReadSession(vault) as s:
        fig = activity_figures(s, date_from=date(2026, 6, 1), date_to=date(2026, 6, 9), tz=shanghai)
    assert [(w.monday, w.total) for w in fig.weeks] == [(date(2026, 6, 1), 1), (date(2026, 6, 8), 2)]
    assert fig.weeks[0].counts["meeting"] == 1 and fig.weeks[1].counts["call"] == 2
    assert fig.total == 3 and fig.totals["note"] == 0


def test_named_periods_and_file_names() -> None:
    day = date(2026, 11, 23)
    assert period("this_month", day) == (date(2026, 11, 1), day)
    assert period("last_month", day) == (date(2026, 10, 1), date(2026, 10, 31))
    assert period("this_quarter", day) == (date(2026, 10, 1), day)
    assert period("last_quarter", day) == (date(2026, 7, 1), date(2026, 9, 30))
    assert period("last_quarter", date(2026, 2, 1)) == (date(2025, 10, 1), date(2025, 12, 31))
    assert period("this_year", day) == (date(2026, 1, 1), day)
    assert period("last_year", day) == (date(2025, 1, 1), date(2025, 12, 31))
    assert default_file_name("pipeline", day) == "pipeline-2026-11-23.pdf"
    assert default_file_name("dossier", day, 'A/B: "Capital"?') == "dossier-A B Capital-2026-11-23.pdf"
    assert default_file_name("dossier", day, "陈大文") == "dossier-陈大文-2026-11-23.pdf"
