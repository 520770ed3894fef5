"""The dashboard's reads: the same figures as the reports, reading only what the page shows."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from crm_desktop.core.models import Contact, Reminder
from crm_desktop.core.reports import figures
from crm_desktop.core.reports.activity_figures import week_totals
from crm_desktop.core.reports.context import report_tz
from crm_desktop.core.reports.followup_figures import followup_head
from crm_desktop.core.reports.pipeline_figures import open_pipeline
from crm_desktop.core.services import contacts, interactions
from crm_desktop.core.services.uow import ReadSession, UnitOfWork
from crm_desktop.core.vault import Vault

from .test_reports_data import FROM, TO, TODAY, at, build_known


def test_followup_head_counts_every_bucket_and_lists_the_longest_overdue_first(vault: Vault) -> None:
    known = build_known(vault)
    with UnitOfWork(vault, "test.seed", "more reminders") as uow:
        s = uow.session
        for n in range(6):  # 6 more overdue, oldest first: 1 June, 2 June, ...
            s.add(Reminder(text=f"late {n}", due_at=at(f"2024-06-0{n + 1}T08:00:00"), tz="UTC",
                           contact_id=known.ids["zhao"]))
        # a contact or a deal in the trash takes its reminders with it
        s.get(Contact, known.ids["john"]).deleted_at = at("2024-06-01T00:00:00")
        s.add(Reminder(text="about a trashed contact", due_at=at("2024-05-01T08:00:00"), tz="UTC",
                       contact_id=known.ids["john"]))
        s.add(Reminder(text="on a trashed deal", due_at=at("2024-06-12T09:00:00"), tz="UTC",
                       deal_id=known.ids["d9"]))
    with ReadSession(vault) as s:
        tz = report_tz(s)
        whole = figures.followup_figures(s, today=TODAY, tz=tz)
        head = followup_head(s, today=TODAY, tz=tz, limit=3)
    assert (head.overdue_count, head.due_today_count, head.this_week_count) == (
        len(whole.overdue), len(whole.due_today), len(whole.this_week)) == (8, 1, 1)
    assert head.week_end == whole.week_end == date(2024, 6, 16)
    # the first three by due time, as the Reminders page lists them
    assert [(r.text, r.days_overdue) for r in head.overdue] == [
        ("Call Acme CFO", 12), ("late 0", 11), ("late 1", 10)]
    assert [(r.text, r.contact) for r in head.due_today] == [("准备尽职调查清单", "陳大文")]
    by_id = {r.reminder_id: r for r in whole.overdue}
    assert all(by_id[r.reminder_id] == r for r in head.overdue)  # the same rows as the report's


def test_open_pipeline_is_the_reports_open_part(vault: Vault) -> None:
    build_known(vault)
    with ReadSession(vault) as s:
        report = figures.pipeline_figures(s, date_from=FROM, date_to=TO, today=TODAY, tz=report_tz(s))
        page = open_pipeline(s)
    assert (page.stages, page.currencies, page.totals, page.open_deals, page.no_amount) == (
        report.stages, report.currencies, report.totals, report.open_deals, report.no_amount)
    assert page.open_deals == 5 and page.currencies == ["CNY", "EUR", "USD"]


def test_this_weeks_interactions_newest_first_without_the_trash(vault: Vault) -> None:
    chen = contacts.add(vault, display_name="Chen")
    monday = datetime(2026, 3, 9, tzinfo=UTC)
    for days, subject in ((-1, "last Sunday"), (0, "Monday"), (2, "Wednesday"), (1, "Tuesday"),
                          (3, "trashed")):
        interactions.add(vault, kind="call", occurred_at=monday + timedelta(days=days, hours=9),
                         participants=[chen.id], subject=subject)
    trashed = next(i for i in interactions.list_interactions(vault).interactions if i.subject == "trashed")
    interactions.delete(vault, trashed.id)
    with ReadSession(vault) as s:
        week = interactions.list_since(s, monday, limit=10)
        two = interactions.list_since(s, monday, limit=2)
    assert [i.subject for i in week] == ["Wednesday", "Tuesday", "Monday"]
    assert [i.subject for i in two] == ["Wednesday", "Tuesday"]
    assert [p.name for p in week[0].participants] == ["Chen"]


def test_an_organization_is_warm_through_any_live_person_met_since_the_cutoff(vault: Vault) -> None:
    """Cold organizations are found by "no live person met since": the count equals the list, and
    the list still says since when the organization has been silent."""
    org = contacts.add(vault, display_name="Harbour Fund", kind="organization", tier="B")
    quiet = contacts.add(vault, display_name="Harbour Fund", kind="organization", tier="B")
    for n in range(3):
        person = contacts.add(vault, display_name=f"Analyst {n}", organization_id=org.id)
        interactions.add(vault, kind="call", occurred_at=datetime.now(UTC) - timedelta(days=200 - n),
                         participants=[person.id])
    met = contacts.add(vault, display_name="Partner", organization_id=org.id)
    interactions.add(vault, kind="meeting", occurred_at=datetime.now(UTC) - timedelta(days=5),
                     participants=[met.id])
    with UnitOfWork(vault, "test.seed", "old") as uow:
        for c in (org.id, quiet.id):
            uow.session.get(Contact, c).created_at = datetime.now(UTC) - timedelta(days=400)
    today = datetime.now(UTC).date()
    with ReadSession(vault) as s:
        cold = figures.cold_figures(s, today=today, tz=UTC)
        counts = figures.count_cold(s, today=today, tz=UTC)
    assert [c.contact_id for c in cold.by_tier["B"]] == [quiet.id]
    assert cold.totals["B"] == counts["B"] == 1
    contacts.delete(vault, [met.id])  # the only recent one in the trash: the fund is cold since 198 days
    with ReadSession(vault) as s:
        cold = figures.cold_figures(s, today=today, tz=UTC)
    fund = {c.contact_id: c for c in cold.by_tier["B"]}
    assert set(fund) == {org.id, quiet.id} and fund[org.id].days_silent == 198


def test_week_totals_are_the_weekly_activity_counted_without_kinds(vault: Vault) -> None:
    build_known(vault)
    since = date(2024, 5, 27)  # three weeks: 27 May, 3 June, 10 June (the last cut at TODAY)
    with ReadSession(vault) as s:
        tz = report_tz(s)
        full = figures.activity_figures(s, date_from=since, date_to=TODAY, tz=tz)
        page = week_totals(s, date_from=since, date_to=TODAY, tz=tz)
    assert page.mondays == [w.monday for w in full.weeks] == [date(2024, 5, 27), date(2024, 6, 3),
                                                              date(2024, 6, 10)]
    assert page.totals == [w.total for w in full.weeks] == [0, 1, 3]  # the deleted note not counted
    assert page.last_week == full.weeks[-1]
    assert (page.last_week.counts["call"], page.last_week.counts["meeting"]) == (2, 1)


def test_going_cold_names_the_newest_interaction_even_if_the_stored_time_is_off(vault: Vault) -> None:
    """The newest interaction is found by the stored last_interaction_at; a contact whose stored
    time matches none of its interactions (say, written by an older version) is still answered."""
    now = datetime.now(UTC)
    kept, off = (contacts.add(vault, display_name=n, tier="A") for n in ("Kept", "Off"))
    for c in (kept, off):
        for days, subject in ((90, "older"), (60, "newest")):
            interactions.add(vault, kind="meeting" if subject == "newest" else "call",
                             occurred_at=now - timedelta(days=days), participants=[c.id], subject=subject)
    with UnitOfWork(vault, "test.seed", "stale") as uow:
        uow.session.get(Contact, off.id).last_interaction_at = now - timedelta(days=59, hours=1)
    with ReadSession(vault) as s:
        cold = figures.cold_figures(s, today=now.date(), tz=UTC, limit=8)
    found = {c.name: (c.last_kind, c.last_subject) for c in cold.by_tier["A"]}
    assert found == {"Kept": ("meeting", "newest"), "Off": ("meeting", "newest")}
