"""Deal services on a real vault: money, currencies, pipeline moves, won/lost, parties, notes."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from crm_desktop.core.errors import NotFound, ValidationError
from crm_desktop.core.services import contact_read, contacts, deals, stages, undo
from crm_desktop.core.vault import Vault


def test_add_defaults_to_first_stage_and_opens_history(vault: Vault) -> None:
    d = deals.add(vault, name="Wind farm", amount="12,500,000.00", currency="cny")
    assert d.stage == "Lead" and d.status == "open" and d.currency == "CNY"
    assert d.amount == Decimal("12500000.00") and str(d.amount) == "12500000.00"
    assert d.probability == 10 and d.probability_override is None
    assert d.weighted_amount == Decimal("1250000")
    assert [(e.stage, e.left_at) for e in d.stage_history] == [("Lead", None)]


def test_big_amounts_stay_exact(vault: Vault) -> None:
    d = deals.add(vault, name="Bridge", amount=Decimal("1234567890123.45"), currency="USD",
                  stage="Term sheet")
    back = deals.get(vault, d.id)
    assert str(back.amount) == "1234567890123.45"
    assert back.weighted_amount == Decimal("740740734074.07")  # 60 %, no float rounding
    assert back.to_json()["amount"] == "1234567890123.45"


def test_expected_fee_adds_exactly(vault: Vault) -> None:
    # 0.1 + 0.2 is 0.30000000000000004 in float; money must give 0.3.
    d = deals.add(vault, name="Fees", amount="100", currency="EUR", fee_retainer="0.1",
                  fee_success_amount="0.2")
    assert d.expected_fee == Decimal("0.3")
    pct = deals.edit(vault, d.id, amount="1234567890123.45", fee_success_amount=None,
                     fee_success_percent="1.5")
    assert pct.expected_fee == Decimal("0.1") + Decimal("18518518351.851750")
    assert pct.to_json()["expected_fee"] == "18518518351.95175"
    assert deals.edit(vault, d.id, fee_retainer=None, fee_success_percent=None).expected_fee is None


def test_success_fee_is_an_amount_or_a_percent_not_both(vault: Vault) -> None:
    with pytest.raises(ValidationError) as err:
        deals.add(vault, name="x", amount="10", currency="USD", fee_success_amount="1",
                  fee_success_percent="2")
    assert err.value.field == "fee_success_percent"


@pytest.mark.parametrize(("values", "field"), [
    ({"name": "x", "amount": "100"}, "currency"),  # an amount without a currency
    ({"name": "x", "fee_retainer": "5"}, "currency"),
    ({"name": "x", "amount": "100", "currency": "RMB"}, "currency"),  # not ISO 4217
    ({"name": "x", "amount": "100", "currency": "US"}, "currency"),
    ({"name": "x", "amount": "100", "currency": "元元元"}, "currency"),
    ({"name": "x", "amount": 0.1, "currency": "USD"}, "amount"),  # never a float
    ({"name": "x", "amount": "12 million", "currency": "USD"}, "amount"),
    ({"name": "x", "amount": "-5", "currency": "USD"}, "amount"),
    ({"name": "x", "amount": "1.23456", "currency": "USD"}, "amount"),
    ({"name": "x", "probability": 120}, "probability"),
    ({"name": "x", "expected_close": "2025-13-01"}, "expected_close"),
    ({"name": "x", "stage": "Nowhere"}, "stage"),
    ({"name": "  "}, "name"),
    ({"name": "x", "client": 999}, "client"),
    ({"name": "x", "parties": [(999, "lender")]}, "parties[0]"),
    ({"name": "x", "fee_success_percent": "150"}, "fee_success_percent"),
])
def test_validation_names_the_field(vault: Vault, values: dict, field: str) -> None:
    with pytest.raises(ValidationError) as err:
        deals.add(vault, **values)
    assert err.value.field == field
    assert deals.list_deals(vault).total == 0  # nothing half-written


def test_party_role_must_be_known(vault: Vault) -> None:
    c = contacts.add(vault, display_name="Li Na")
    with pytest.raises(ValidationError) as err:
        deals.add(vault, name="x", parties=[(c.id, "cook")])
    assert err.value.field == "parties[0]" and "lender" in err.value.message


def test_clearing_currency_of_a_priced_deal_is_refused(vault: Vault) -> None:
    d = deals.add(vault, name="x", amount="5", currency="JPY")
    with pytest.raises(ValidationError) as err:
        deals.edit(vault, d.id, currency=None)
    assert err.value.field == "currency"
    assert deals.get(vault, d.id).currency == "JPY"


def test_client_by_name_finds_or_creates_organization(vault: Vault) -> None:
    existing = contacts.add(vault, display_name="中国银行", kind="organization")
    d = deals.add(vault, name="风电项目", client="中国银行")
    assert d.client_id == existing.id and d.client == "中国银行"
    d2 = deals.add(vault, name="港口", client="招商局集团")
    org = contact_read.get(vault, d2.client_id)
    assert org.kind == "organization" and org.display_name == "招商局集团"
    person = contacts.add(vault, display_name="王芳")
    assert deals.edit(vault, d2.id, client=person.id).client == "王芳"
    assert deals.list_deals(vault, client_id=existing.id).deals[0].name == "风电项目"


def test_move_records_history_and_status(vault: Vault) -> None:
    d = deals.add(vault, name="Toll road", amount="1000", currency="USD")
    deals.move(vault, d.id, "Due diligence")
    moved = deals.move(vault, d.id, "Term sheet")
    hist = moved.stage_history
    assert [e.stage for e in hist] == ["Lead", "Due diligence", "Term sheet"]
    assert all(e.left_at is not None for e in hist[:-1]) and hist[-1].left_at is None
    assert hist[0].left_at == hist[1].entered_at
    assert moved.status == "open" and moved.probability == 60

    won = deals.move(vault, d.id, "Financial close")
    assert won.status == "won" and won.closed_at is not None and won.probability == 100
    lost = deals.move(vault, d.id, stages.list_stages(vault)[6].id)  # by id
    assert lost.status == "lost" and lost.weighted_amount == Decimal("0")
    reopened = deals.move(vault, d.id, "Mandate")
    assert reopened.status == "open" and reopened.closed_at is None and reopened.probability == 25


def test_move_to_the_same_stage_changes_nothing(vault: Vault) -> None:
    d = deals.add(vault, name="x")
    assert len(deals.move(vault, d.id, "lead").stage_history) == 1
    undo.undo(vault)  # undoes the add, not an empty move
    with pytest.raises(NotFound):
        deals.get(vault, d.id)


def test_undo_of_a_move_restores_stage_status_and_history(vault: Vault) -> None:
    d = deals.add(vault, name="Airport", stage="Credit approval")
    deals.move(vault, d.id, "Financial close")
    undo.undo(vault)
    back = deals.get(vault, d.id)
    assert back.stage == "Credit approval" and back.status == "open" and back.closed_at is None
    assert [(e.stage, e.left_at) for e in back.stage_history] == [("Credit approval", None)]
    undo.redo(vault)
    assert deals.get(vault, d.id).status == "won"


def test_close_won_and_lost_with_reason(vault: Vault) -> None:
    d = deals.add(vault, name="Metro", stage="Term sheet")
    won = deals.close(vault, d.id, "won", "Signed 签约")
    assert won.stage == "Financial close" and won.status == "won" and won.close_reason == "Signed 签约"
    lost = deals.close(vault, d.id, "LOST", "Sponsor withdrew")
    assert lost.stage == "Lost" and lost.status == "lost" and lost.close_reason == "Sponsor withdrew"
    assert deals.list_deals(vault, status="lost").total == 1
    assert deals.list_deals(vault, status="open").total == 0
    with pytest.raises(ValidationError) as err:
        deals.close(vault, d.id, "abandoned")
    assert err.value.field == "outcome"


def test_probability_override(vault: Vault) -> None:
    d = deals.add(vault, name="x", amount="200.00", currency="GBP", probability=33)
    assert d.probability == 33 and d.probability_override == 33
    assert d.weighted_amount == Decimal("66.0000")
    cleared = deals.edit(vault, d.id, probability=None)
    assert cleared.probability == 10 and cleared.probability_override is None


def test_parties_add_remove_and_replace(vault: Vault) -> None:
    bank = contacts.add(vault, display_name="工商银行", kind="organization")
    fund = contacts.add(vault, display_name="Infra Fund", kind="organization")
    d = deals.add(vault, name="Rail", parties=[(bank.id, "Lender"), (bank.id, "lender")])
    assert [(p.name, p.role) for p in d.parties] == [("工商银行", "lender")]
    parties = deals.add_party(vault, d.id, fund.id, "investor")
    assert {(p.contact_id, p.role) for p in parties} == {(bank.id, "lender"), (fund.id, "investor")}
    assert deals.remove_party(vault, d.id, bank.id) == [p for p in parties if p.contact_id == fund.id]
    with pytest.raises(NotFound):
        deals.remove_party(vault, d.id, bank.id)
    replaced = deals.edit(vault, d.id, parties=[(bank.id, "sponsor")])
    assert [(p.name, p.role) for p in replaced.parties] == [("工商银行", "sponsor")]


def test_notes_newest_first_and_chinese_round_trip(vault: Vault) -> None:
    d = deals.add(vault, name="海上风电项目", description="第一期：融资 12.5 亿元", owner="李娜")
    deals.add_note(vault, d.id, "与中国银行开会，讨论条款清单。", at="2025-01-02T10:00+08:00")
    deals.add_note(vault, d.id, "Credit committee next week", at=datetime(2025, 2, 1, tzinfo=UTC))
    got = deals.get(vault, d.id)
    assert got.name == "海上风电项目" and got.description == "第一期：融资 12.5 亿元" and got.owner == "李娜"
    assert [n.text for n in got.notes] == ["Credit committee next week", "与中国银行开会，讨论条款清单。"]
    assert got.notes[1].at == datetime(2025, 1, 2, 2, 0, tzinfo=UTC)
    with pytest.raises(ValidationError) as err:
        deals.add_note(vault, d.id, "naive", at="2025-01-02T10:00")
    assert err.value.field == "at"
    with pytest.raises(ValidationError) as err:
        deals.add_note(vault, d.id, "   ")
    assert err.value.field == "text"


def test_list_filters_paging_and_order(vault: Vault) -> None:
    for i, stage in enumerate(["Term sheet", "Lead", "Lead", "Mandate"]):
        deals.add(vault, name=f"Deal {i}", stage=stage, owner="Ann" if i % 2 else "Bob",
                  expected_close=date(2025, 6, 1 + i))
    page = deals.list_deals(vault, limit=2)
    assert page.total == 4 and [d.name for d in page.deals] == ["Deal 1", "Deal 2"]
    assert [d.name for d in deals.list_deals(vault, offset=2).deals] == ["Deal 3", "Deal 0"]
    assert deals.list_deals(vault, stage="Lead").total == 2
    assert deals.list_deals(vault, owner="ann").total == 2


def test_delete_goes_to_trash_and_undo_restores(vault: Vault) -> None:
    d = deals.add(vault, name="x")
    deals.delete(vault, d.id)
    assert deals.list_deals(vault).total == 0
    with pytest.raises(NotFound):
        deals.get(vault, d.id)
    assert deals.get(vault, d.id, include_deleted=True).deleted_at is not None
    undo.undo(vault)
    assert deals.get(vault, d.id).deleted_at is None


def test_bad_ids_are_not_found(vault: Vault) -> None:
    for call in (lambda: deals.get(vault, 999), lambda: deals.move(vault, 999, "Lead"),
                 lambda: deals.close(vault, 999, "won"), lambda: deals.edit(vault, 999, name="y"),
                 lambda: deals.add_note(vault, 999, "x"), lambda: deals.delete(vault, 999),
                 lambda: deals.add_party(vault, 999, 1)):
        with pytest.raises(NotFound) as err:
            call()
        assert err.value.entity == "deal"


def test_to_json_is_a_json_document_with_decimal_strings(vault: Vault) -> None:
    d = deals.add(vault, name="x", amount="0.10", currency="USD", fee_success_percent="2.5")
    data = d.to_json()
    assert data["amount"] == "0.10" and data["fee_success_percent"] == "2.5"
    assert data["stage_history"][0]["stage"] == "Lead"
    assert json.loads(json.dumps(data, default=str))["expected_fee"] == "0.0025"
