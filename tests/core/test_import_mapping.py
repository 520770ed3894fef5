"""Automatic mapping of the known exports and of common headers; money and dates as people write them."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from crm_desktop.core.importer import Mapping, MoneyError, Target, automap, parse_money
from crm_desktop.core.importer.values import is_program_default, parse_day, tags, tier


@pytest.mark.parametrize(("text", "amount", "currency"), [
    ("¥1,200万", "12000000", "CNY"), ("USD 5m", "5000000", "USD"), ("HK$3.5億", "350000000", "HKD"),
    ("€2.5 million", "2500000", "EUR"), ("1.2亿元", "120000000", "CNY"),
    ("人民币5000万元", "50000000", "CNY"),
    ("RMB 300 million", "300000000", "CNY"), ("US$ 1.25bn", "1250000000", "USD"), ("S$800k", "800000", "SGD"),
    ("NT$2億", "200000000", "TWD"), ("£1.25m", "1250000", "GBP"), ("1.234,56 EUR", "1234.56", "EUR"),
    ("12,500,000.00", "12500000", None), ("0.5亿", "50000000", None), ("3千万港元", "30000000", "HKD"),
])
def test_parse_money(text: str, amount: str, currency: str | None) -> None:
    m = parse_money(text)
    assert m.amount == Decimal(amount) and str(m.amount) == amount and m.currency == currency


@pytest.mark.parametrize("text", ["abc", "12.5.3", "-5m", "(1,000)", "万", ""])
def test_parse_money_refuses_what_is_not_an_amount(text: str) -> None:
    with pytest.raises(MoneyError):
        parse_money(text)


def test_default_currency() -> None:
    assert parse_money("5000", "cny").currency == "CNY"


def _fields(m: Mapping, columns: list[str]) -> dict[str, tuple[str, str | None]]:
    return {c: (m.target(c).field, m.target(c).label) for c in columns}


def test_outlook_english() -> None:
    cols = ["Title", "First Name", "Last Name", "Company", "Job Title", "Mobile Phone", "Business Phone",
            "Business Fax", "E-mail Address", "E-mail Type", "E-mail Display Name", "Business Street",
            "Business City", "Categories", "Notes", "Gender", "Web Page"]
    m = automap(cols)
    assert m.program == "outlook" and m.entity == "contact" and m.date_order == "MDY"
    f = _fields(m, cols)
    assert f["Title"] == ("custom", None) and m.target("Title").name == "Name prefix"
    assert f["Job Title"][0] == "title" and f["Mobile Phone"] == ("phone", "mobile")
    assert f["Business Fax"] == ("phone", "work fax") and f["E-mail Address"][0] == "email"
    assert f["E-mail Type"][0] == "ignore" and f["E-mail Display Name"][0] == "ignore"
    assert f["Business City"][0] == "address_city" and f["Categories"][0] == "tags"
    assert f["Gender"][0] == "custom"  # kept; its "Unspecified" is dropped as a program default


def test_outlook_chinese_simplified_and_traditional() -> None:
    zh = automap(["名", "姓", "公司", "职务", "移动电话", "商务电话", "电子邮件地址", "商务地址 街道",
                  "商务地址 市/县", "附注"])
    tw = automap(["名", "姓", "公司", "職稱", "行動電話", "商務電話", "電子郵件地址", "商務 街", "商務 市/鎮",
                  "記事"])
    for m in (zh, tw):
        assert m.program == "outlook"
        got = [m.target(c).field for c in m.columns]
        assert got == ["given_name", "family_name", "organization", "title", "phone", "phone", "email",
                       "address_street", "address_city", "note"]


def test_google_linkedin_and_common_chinese_headers() -> None:
    g = automap(["First Name", "Last Name", "Labels", "E-mail 1 - Label", "E-mail 1 - Value",
                 "Phone 3 - Label", "Phone 3 - Value", "Custom Field 1 - Label", "Custom Field 1 - Value"])
    assert g.program == "google"
    assert g.target("Phone 3 - Value") == Target("phone", "g3")
    assert g.target("Phone 3 - Label") == Target("phone_label", "g3")
    assert g.target("Custom Field 1 - Label").field == "custom_label"
    li = automap(["First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On"])
    assert li.program == "linkedin" and li.target("URL").field == "website"
    assert li.target("Position").field == "title" and li.target("Connected On").field == "custom"
    cn = automap(["姓名", "公司", "职位", "手机", "邮箱", "备注", "客户等级", "微信", "生日"])
    assert [cn.target(c).field for c in cn.columns] == ["display_name", "organization", "title", "phone",
                                                       "email", "note", "tier", "birthday"]
    assert cn.target("微信") == Target("custom")  # not mapped: kept as a custom field


def test_deal_and_interaction_files_are_recognized() -> None:
    d = automap(["项目名称", "客户", "金额", "阶段", "预计完成日期", "负责人"])
    assert d.entity == "deal"
    assert [d.target(c).field for c in d.columns] == ["name", "client", "amount", "stage", "expected_close",
                                                      "owner"]
    i = automap(["日期", "类型", "主题", "联系人", "内容"])
    assert i.entity == "interaction"
    assert [i.target(c).field for c in i.columns] == ["occurred_at", "kind", "subject", "participants",
                                                      "body"]


def test_mapping_json_round_trip_and_validation() -> None:
    m = automap(["姓名", "手机"]).with_column("手机", Target("phone", label="work"))
    back = Mapping.from_json(m.to_json())
    assert back.target("手机") == Target("phone", label="work") and back.entity == "contact"
    with pytest.raises(ValueError, match="not a contact field"):
        m.with_column("姓名", "amount")


def test_values() -> None:
    assert parse_day("4/23/1975", "MDY") == date(1975, 4, 23)
    assert parse_day("23/4/1975", "auto") == date(1975, 4, 23)
    assert parse_day("2024年5月1日") == date(2024, 5, 1) and parse_day("15 Mar 2024") == date(2024, 3, 15)
    assert parse_day("--03-15") is None and parse_day("45413", kind="number") == date(2024, 5, 1)
    assert is_program_default("Gender", "Unspecified") and is_program_default("优先级", "普通")
    assert is_program_default("Birthday", "0/0/00") and not is_program_default("Notes", "Normal")
    assert tags("* myContacts ::: VIP ::: 银行") == ["VIP", "银行"]
    assert tier("A级") == "A" and tier("VIP") is None
