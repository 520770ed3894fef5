"""The demo vault: realistic, bilingual, deterministic, consistent, and readable by the services."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from crm_desktop.core.demo import DemoStats, build_demo
from crm_desktop.core.demo.names import GIVEN, SURNAMES
from crm_desktop.core.errors import ValidationError
from crm_desktop.core.models import (
    AuditEntry,
    Contact,
    ContactEmail,
    ContactPhone,
    Deal,
    Interaction,
    Operation,
    Reminder,
    Stage,
)
from crm_desktop.core.normalize.emails import normalize_email
from crm_desktop.core.normalize.phones import normalize_phone
from crm_desktop.core.services import contact_read, contacts
from crm_desktop.core.vault import Vault

from ..conftest import PASSPHRASE

NOW = datetime(2025, 6, 30, 8, 0, tzinfo=UTC)
SIMPLIFIED_ONLY = {ch for row in (*SURNAMES, *GIVEN) if row[0] != row[1] for ch in row[0]}
TRADITIONAL_ONLY = {ch for row in (*SURNAMES, *GIVEN) if row[0] != row[1] for ch in row[1]}


def _build(vault: Vault, **kw: object) -> DemoStats:
    return build_demo(vault, **{"contacts": 50, "seed": 3, "now": NOW, **kw})  # type: ignore[arg-type]


def _snapshot(vault: Vault) -> tuple[list[str], list[tuple[Decimal, str]], list[str]]:
    with vault.session() as s:
        names = list(s.scalars(select(Contact.display_name).order_by(Contact.id)))
        amounts = [(a, c) for a, c in s.execute(select(Deal.amount, Deal.currency).order_by(Deal.id))]
        bodies = list(s.scalars(select(Interaction.body).order_by(Interaction.id)))
    return names, amounts, bodies


def test_counts_progress_and_one_operation(vault: Vault) -> None:
    with vault.session() as s:
        audit_before = s.scalar(select(func.count()).select_from(AuditEntry))
    calls: list[tuple[int, int]] = []
    stats = _build(vault, interactions_per_contact=4,
                   progress=lambda done, total: calls.append((done, total)))
    with vault.session() as s:
        def count(model: type, *where: object) -> int:
            return s.scalar(select(func.count()).select_from(model).where(*where)) or 0  # type: ignore[arg-type]

        assert stats.contacts == count(Contact) == 50
        assert stats.organizations == count(Contact, Contact.kind == "organization") > 0
        assert stats.interactions == count(Interaction) == 200
        assert stats.deals == count(Deal) >= count(Stage)
        assert stats.reminders == count(Reminder) >= 10
        # Every stage of the vault's own pipeline holds deals; won and lost deals are closed.
        assert set(s.scalars(select(Deal.stage_id))) == set(s.scalars(select(Stage.id)))
        for status, closed_at in s.execute(select(Deal.status, Deal.closed_at)):
            assert (closed_at is not None) == (status in ("won", "lost"))
        assert {c for (c,) in s.execute(select(Deal.currency))} <= {"CNY", "USD", "HKD", "EUR", "SGD"}
        assert all(isinstance(a, Decimal) and a > 0 for a in s.scalars(select(Deal.amount)))
        overdue = count(Reminder, Reminder.status == "open", Reminder.due_at < NOW)
        assert overdue > 0 and count(Reminder, Reminder.rrule.is_not(None)) > 0
        assert set(s.scalars(select(Reminder.tz))) <= {"Asia/Shanghai", "Asia/Hong_Kong", "Asia/Taipei",
                                                       "Asia/Singapore", "Europe/London"}
        ops = list(s.scalars(select(Operation).where(Operation.kind == "demo.build")))
        assert len(ops) == 1 and not ops[0].undoable
        assert ops[0].summary.startswith("Demo data: 50 contacts")
        assert s.scalar(select(func.count()).select_from(AuditEntry)) == audit_before
    assert calls[-1] == (calls[-1][1], calls[-1][1])
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)


def test_interactions_are_past_in_time_order_and_last_interaction_is_kept(vault: Vault) -> None:
    _build(vault)
    raw = vault.raw_connection()
    try:
        times = [t for (t,) in raw.execute("SELECT occurred_at FROM interaction ORDER BY id")]
        assert times == sorted(times) and times[-1] < NOW.strftime("%Y-%m-%dT%H:%M:%S")
        assert times[0] > "2023-06-29"  # within the last two years
        stale = raw.execute("""
            SELECT count(*) FROM contact c WHERE c.last_interaction_at IS NOT (
              SELECT max(i.occurred_at) FROM interaction i
              JOIN interaction_participant p ON p.interaction_id = i.id WHERE p.contact_id = c.id)
        """).fetchone()[0]
        assert stale == 0
        seen = raw.execute("SELECT count(*) FROM contact WHERE last_interaction_at IS NOT NULL").fetchone()[0]
        assert seen > 25
    finally:
        raw.close()


def test_same_seed_same_demo(tmp_path: Path) -> None:
    built = []
    for name, seed in (("a", 5), ("b", 5), ("c", 6)):
        with Vault.create(tmp_path / f"{name}.crm", PASSPHRASE) as v:
            build_demo(v, contacts=60, seed=seed, interactions_per_contact=3)  # a real "now" each time
            built.append(_snapshot(v))
    assert built[0] == built[1]
    assert built[0][0] != built[2][0] and built[0][1] != built[2][1]


def test_names_in_both_chinese_scripts_and_english(vault: Vault) -> None:
    _build(vault)
    with vault.session() as s:
        people = list(s.execute(select(Contact.display_name, Contact.phonetic_family_name,
                                       Contact.phonetic_given_name).where(Contact.kind == "person")))
    chinese = [p for p in people if p.phonetic_family_name]
    assert any(set(p.display_name) & SIMPLIFIED_ONLY for p in chinese)
    assert any(set(p.display_name) & TRADITIONAL_ONLY for p in chinese)
    assert any(p.display_name.isascii() for p in people)
    assert all(p.phonetic_family_name.isascii() and p.phonetic_given_name for p in chinese)


def test_phones_are_valid_e164_and_emails_valid(vault: Vault) -> None:
    _build(vault)
    with vault.session() as s:
        phones = list(s.scalars(select(ContactPhone)))
        emails = list(s.scalars(select(ContactEmail)))
    assert {p.e164[:4] for p in phones} >= {"+861", "+852", "+886"}
    for p in phones:
        n = normalize_phone(p.raw, "CN")
        assert p.valid and n.valid and n.e164 == p.e164, p.raw
    for e in emails:
        assert e.valid and normalize_email(e.address).valid and e.address.endswith(".example.com")
    assert len({e.normalized for e in emails}) == len(emails)


def test_foreign_keys_hold(vault: Vault) -> None:
    _build(vault, interactions_per_contact=5)
    raw = vault.raw_connection()
    try:
        assert raw.execute("PRAGMA foreign_key_check").fetchall() == []
        # A person's one primary organization.
        assert raw.execute("SELECT person_id FROM affiliation WHERE is_primary GROUP BY person_id "
                           "HAVING count(*) > 1").fetchall() == []
    finally:
        raw.close()


def test_refuses_a_vault_that_holds_data(vault: Vault) -> None:
    kept = contacts.add(vault, display_name="王伟")
    contacts.delete(vault, [kept.id])  # even a contact in the trash is real data
    with pytest.raises(ValidationError) as err:
        _build(vault)
    assert err.value.field == "vault" and "empty vault" in err.value.message
    assert contact_read.list_contacts(vault).total == 0
    with vault.session() as s:
        assert s.scalar(select(func.count()).select_from(Contact)) == 1
        demo_ops = select(func.count()).select_from(Operation).where(Operation.kind == "demo.build")
        assert s.scalar(demo_ops) == 0


def test_refuses_sizes_out_of_range(vault: Vault) -> None:
    with pytest.raises(ValidationError):
        _build(vault, contacts=5)
    with pytest.raises(ValidationError):
        _build(vault, interactions_per_contact=-1)


def test_services_read_the_demo(vault: Vault) -> None:
    stats = _build(vault)
    page = contact_read.list_contacts(vault, limit=20)
    assert page.total == stats.contacts and len(page.contacts) == 20
    names = [c.display_name for c in page.contacts]
    assert names == sorted(names)
    assert contact_read.list_contacts(vault, kind="organization").total == stats.organizations
    person = next(c for c in contact_read.list_contacts(vault, kind="person", limit=100).contacts
                  if c.organization_id is not None)
    full = contact_read.get(vault, person.id)
    assert full.organization and full.title and full.source == "demo"
    org = contact_read.get(vault, full.organization_id)  # type: ignore[arg-type]
    assert org.kind == "organization" and any(link.id == person.id for link in org.links)
    tagged = next(c for c in contact_read.list_contacts(vault, limit=100).contacts if c.tags)
    assert contact_read.list_contacts(vault, tag=tagged.tags[0]).total >= 1
