"""A vault with known data for the report tests, and the figures it must give (no PDF).

Contacts go through the contact service; deals, stage history, interactions and reminders through
the ORM inside a UnitOfWork, with fixed dates so every figure below can be worked out by hand.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal

from sqlalchemy import select

from crm_desktop.core.models import (
    Contact,
    ContactEmail,
    Deal,
    DealParty,
    DealStageEntry,
    Interaction,
    InteractionParticipant,
    Reminder,
    Stage,
)
from crm_desktop.core.reports import figures
from crm_desktop.core.reports.context import report_tz
from crm_desktop.core.services import contacts
from crm_desktop.core.services.common import set_setting
from crm_desktop.core.services.uow import ReadSession, UnitOfWork
from crm_desktop.core.vault import Vault

TODAY = date(2024, 6, 12)  # a Wednesday
FROM, TO = date(2024, 1, 1), date(2024, 6, 30)


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


@dataclass(frozen=True)
class Known:
    ids: dict[str, int]  # contact and deal ids by a short key


MINUTES = ("会议纪要：双方讨论了光伏电站项目的融资结构，银行倾向于十年期贷款。\n\n"
           "Next steps: Zhang Wei to send the revised term sheet by Friday; 融資金額待定。")


def build_known(vault: Vault) -> Known:
    ids: dict[str, int] = {}
    zw = contacts.add(vault, display_name="张伟", phones=["+86 138 0013 8000"],
                      emails=["zhang.wei@boc.example"], organization="中国银行", role="董事", tier="A",
                      title="信贷部总经理")
    ids["zhang"], ids["boc"] = zw.id, zw.organization_id
    ids["li"] = contacts.add(vault, display_name="李娜", phones=["12345"], organization="中国银行",
                             tier="B").id
    ids["acme"] = contacts.add(vault, display_name="Acme Capital Ltd", kind="organization",
                               emails=["info@acme.example"], tier="A").id
    ids["chan"] = contacts.add(vault, display_name="陳大文", emails=["chan@example.hk"], tier="C").id
    ids["john"] = contacts.add(vault, display_name="John Smith").id
    ids["wang"] = contacts.add(vault, display_name="王芳", phones=["13900139000"],
                               emails=["wang@acme.example"], organization_id=ids["acme"], tier="A").id
    ids["zhao"] = contacts.add(vault, display_name="赵强", tier="B").id
    with UnitOfWork(vault, "test.seed", "known report data") as uow:
        s = uow.session
        set_setting(s, "timezone", "UTC")
        set_setting(s, "vault_name", "测试 Vault")
        stage = {st.name: st.id for st in s.scalars(select(Stage))}
        s.add(ContactEmail(contact_id=ids["john"], address="john@@example", normalized="john@@example",
                           valid=False))
        s.get(Contact, ids["zhao"]).created_at = at("2024-01-01T08:00:00")

        def deal(key: str, **kw: object) -> Deal:
            d = Deal(**kw)
            s.add(d)
            s.flush()
            ids[key] = d.id
            return d

        d1 = deal("d1", name="光伏电站融资", client_id=ids["boc"], amount=Decimal("10000000.00"),
                  currency="CNY", stage_id=stage["Due diligence"], expected_close=date(2024, 7, 15),
                  fee_retainer=Decimal("50000"), fee_success_percent=Decimal("1.5"))
        d2 = deal("d2", name="Wind farm refinancing", client_id=ids["acme"], amount=Decimal("2500000.50"),
                  currency="USD", stage_id=stage["Due diligence"], probability=55,
                  expected_close=date(2024, 5, 31), fee_success_amount=Decimal("30000"))
        deal("d3", name="港口項目融資", client_id=ids["chan"], amount=Decimal("3333333.35"), currency="CNY",
             stage_id=stage["Term sheet"], expected_close=date(2024, 8, 1))
        deal("d4", name="Toll road bond", client_id=ids["john"], amount=Decimal("800000"), currency="EUR",
             stage_id=stage["Lead"])
        deal("d5", name="新项目", stage_id=stage["Lead"])
        deal("d6", name="数据中心融资", client_id=ids["boc"], amount=Decimal("5000000"), currency="CNY",
             stage_id=stage["Financial close"], status="won", closed_at=at("2024-05-20T10:00:00"),
             close_reason="条款最优 best terms")
        deal("d7", name="Solar ABS", client_id=ids["acme"], amount=Decimal("1000000"), currency="USD",
             stage_id=stage["Lost"], status="lost", closed_at=at("2024-04-02T10:00:00"),
             close_reason="Lender withdrew / 贷款人撤回")
        deal("d8", name="Old win 2023", amount=Decimal("7"), currency="CNY",
             stage_id=stage["Financial close"], status="won", closed_at=at("2023-01-05T10:00:00"))
        deal("d9", name="Deleted deal", amount=Decimal("99999"), currency="CNY", stage_id=stage["Lead"],
             deleted_at=at("2024-06-01T00:00:00"))
        s.add(DealParty(deal_id=d1.id, contact_id=ids["acme"], role="lender"))
        for deal_id, st, entered, left in (
                (d1.id, "Lead", "2024-03-01T00:00:00", "2024-03-11T00:00:00"),
                (d1.id, "Mandate", "2024-03-11T00:00:00", "2024-04-10T00:00:00"),
                (d1.id, "Due diligence", "2024-04-10T00:00:00", None),
                (d2.id, "Lead", "2024-04-01T00:00:00", "2024-04-21T00:00:00"),
                (d2.id, "Due diligence", "2024-04-21T00:00:00", None)):
            s.add(DealStageEntry(deal_id=deal_id, stage_id=stage[st], entered_at=at(entered),
                                 left_at=at(left) if left else None))

        def interaction(kind: str, when: str, subject: str, who: list[str], body: str | None = None,
                        deal_id: int | None = None) -> None:
            i = Interaction(kind=kind, occurred_at=at(when), subject=subject, body=body, deal_id=deal_id)
            s.add(i)
            s.flush()
            for key in who:
                s.add(InteractionParticipant(interaction_id=i.id, contact_id=ids[key]))

        interaction("meeting", "2024-06-10T06:00:00", "条款讨论 Term sheet review", ["zhang"], MINUTES, d1.id)
        interaction("call", "2024-06-11T02:00:00", "跟进电话", ["zhang"])
        interaction("call", "2024-06-11T03:00:00", "Follow-up call", ["wang"])
        interaction("email", "2024-06-03T09:00:00", "Documents", ["zhang"])
        interaction("call", "2024-01-15T09:00:00", "年度回顾", ["li"],
                    "讨论了2024年融资计划，客户暂无新需求。")
        interaction("email", "2024-04-01T09:00:00", "Kick-off", ["acme"], "Sent the kick-off pack.")
        interaction("site_visit", "2024-02-01T09:00:00", "實地考察", ["chan"], "港口現場勘查。")
        interaction("note", "2024-06-09T09:00:00", "Deleted note", ["zhang"])
        s.scalars(select(Interaction).where(Interaction.subject == "Deleted note")).one().deleted_at = \
            at("2024-06-09T10:00:00")
        for key, last in (("zhang", "2024-06-11T02:00:00"), ("wang", "2024-06-11T03:00:00"),
                          ("li", "2024-01-15T09:00:00"), ("acme", "2024-04-01T09:00:00"),
                          ("chan", "2024-02-01T09:00:00")):
            s.get(Contact, ids[key]).last_interaction_at = at(last)

        def reminder(text: str, due: str, **kw: object) -> None:
            s.add(Reminder(text=text, due_at=at(due), tz="Asia/Shanghai", **kw))

        reminder("发送条款清单 Send term sheet", "2024-06-05T09:00:00", contact_id=ids["zhang"],
                 deal_id=d1.id)
        reminder("Call Acme CFO", "2024-05-31T09:00:00", contact_id=ids["acme"], deal_id=d2.id)
        reminder("准备尽职调查清单", "2024-06-12T15:00:00", deal_id=ids["d3"])
        reminder("Board meeting prep", "2024-06-14T10:00:00", contact_id=ids["li"], rrule="FREQ=WEEKLY")
        reminder("Next week thing", "2024-06-18T10:00:00", contact_id=ids["li"])
        reminder("Done already", "2024-06-01T10:00:00", contact_id=ids["li"], status="done")
        reminder("In the trash", "2024-06-01T10:00:00", contact_id=ids["li"],
                 deleted_at=at("2024-06-02T00:00:00"))
    return Known(ids)


# ---------------------------------------------------------------- figures without a PDF

def test_pipeline_figures_exact_per_currency(vault: Vault) -> None:
    build_known(vault)
    with ReadSession(vault) as s:
        fig = figures.pipeline_figures(s, date_from=FROM, date_to=TO, today=TODAY, tz=report_tz(s))
    assert fig.currencies == ["CNY", "EUR", "USD"] and fig.open_deals == 5 and fig.no_amount == 1
    cny, usd, eur = fig.totals["CNY"], fig.totals["USD"], fig.totals["EUR"]
    assert (cny.count, cny.total, cny.weighted) == (2, Decimal("13333333.35"), Decimal("6000000.01"))
    assert (usd.total, usd.weighted) == (Decimal("2500000.50"), Decimal("1375000.275"))
    assert (eur.total, eur.weighted) == (Decimal("800000"), Decimal("80000"))
    # fees: 1.5 % success fee + 50,000 retainer on D1; a fixed 30,000 success fee on D2
    assert (cny.fees, cny.fees_expected) == (Decimal("200000"), Decimal("110000"))
    assert (usd.fees, usd.fees_expected) == (Decimal("30000"), Decimal("16500"))
    dd = next(st for st in fig.stages if st.name == "Due diligence")
    assert dd.count == 2 and set(dd.by_currency) == {"CNY", "USD"}
    assert [d.name for d in fig.won] == ["数据中心融资"] and [d.name for d in fig.lost] == ["Solar ABS"]
    lead = next(t for t in fig.stage_times if t.name == "Lead")
    assert (lead.stays_ended, lead.avg_days, lead.median_days) == (2, 15.0, 15.0)
    dd_time = next(t for t in fig.stage_times if t.name == "Due diligence")
    assert (dd_time.now_in_stage, dd_time.now_avg_days) == (2, 58.5)
    months = {(r.month, r.currency): r.total for r in fig.forecast}
    assert months[(date(2024, 7, 1), "CNY")] == Decimal("10000000.00")
    assert months[(None, "EUR")] == Decimal("800000")


def test_followup_cold_activity_health_figures(vault: Vault) -> None:
    known = build_known(vault)
    with ReadSession(vault) as s:
        tz = report_tz(s)
        f = figures.followup_figures(s, today=TODAY, tz=tz)
        cold = figures.cold_figures(s, today=TODAY, tz=tz)
        act = figures.activity_figures(s, date_from=date(2024, 5, 27), date_to=TODAY, tz=tz)
        health = figures.health_figures(s, today=TODAY, tz=tz)
    assert [(r.text, r.days_overdue) for r in f.overdue] == [("Call Acme CFO", 12),
                                                             ("发送条款清单 Send term sheet", 7)]
    assert [(r.text, r.contact) for r in f.due_today] == [("准备尽职调查清单", "陳大文")]  # the deal's client
    assert [r.text for r in f.this_week] == ["Board meeting prep"] and f.week_end == date(2024, 6, 16)
    # Acme Capital's own e-mail is 72 days old but its person 王芳 was met recently: not cold.
    assert cold.by_tier["A"] == []
    assert [(c.name, c.days_silent, c.last_at is None) for c in cold.by_tier["B"]] == [
        ("赵强", 163, True), ("李娜", 149, False)]
    assert cold.by_tier["B"][1].last_subject == "年度回顾" and cold.by_tier["C"] == []
    assert [(w.monday, w.total) for w in act.weeks] == [
        (date(2024, 5, 27), 0), (date(2024, 6, 3), 1), (date(2024, 6, 10), 3)]
    assert act.totals["call"] == 2 and act.total == 4  # the deleted note is not counted
    assert (health.contacts, health.people, health.organizations) == (8, 6, 2)
    assert (health.missing_phone, health.missing_email, health.missing_organization,
            health.missing_tier, health.invalid_phone, health.invalid_email) == (5, 3, 3, 2, 1, 1)
    assert health.stale == {"A": 0, "B": 2, "C": 0}  # the same rule as going cold
    assert (health.deals_past_close, health.overdue_reminders) == (1, 2)
    with ReadSession(vault) as s:
        lists = figures.health_lists(s, today=TODAY)
    assert [c.contact_id for c in lists.contacts["missing_tier"]] == [known.ids["john"], known.ids["boc"]]
    assert [(c.name, c.detail) for c in lists.contacts["invalid_phone"]] == [("李娜", "12345")]
    assert [(d.name, d.days_late) for d in lists.deals_past_close] == [("Wind farm refinancing", 12)]


def test_stale_days_setting_overrides_tier_threshold(vault: Vault) -> None:
    build_known(vault)
    with UnitOfWork(vault, "setting.set") as uow:
        set_setting(uow.session, "stale_days_C", "100")
        set_setting(uow.session, "stale_days_A", "not a number")  # ignored: the default stays
    with ReadSession(vault) as s:
        cold = figures.cold_figures(s, today=TODAY, tz=report_tz(s))
    assert cold.thresholds == {"A": 30, "B": 90, "C": 100}
    assert [(c.name, c.days_silent, c.last_kind) for c in cold.by_tier["C"]] == [
        ("陳大文", 132, "site_visit")]
