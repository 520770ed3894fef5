"""Text keys: the one place that decides when two spellings are the same for search and dedup."""

from __future__ import annotations

import pytest

from crm_desktop.core.text import digits, fold, org_key, pinyin_keys
from crm_desktop.core.text.keys import fold_with_map, pinyin_units


@pytest.mark.parametrize(("typed", "folded"), [
    ("ＪＯＨＮ　Ｓｍｉｔｈ", "john smith"),  # full-width letters and space
    ("Zoë Müller", "zoe muller"),  # accents
    ("Straße", "strasse"),  # case folding, not just lower()
    ("Łukasz Øster", "lukasz oster"),  # Latin letters without a decomposition
    ("張偉", "张伟"),  # traditional → simplified
    ("中國銀行，香港分行", "中国银行,香港分行"),  # full-width punctuation
    ("がぎ", "がぎ"),  # kana voicing marks are not accents
    ("", ""),
])
def test_fold(typed: str, folded: str) -> None:
    assert fold(typed) == folded


def test_fold_is_idempotent_and_traditional_equals_simplified() -> None:
    for text in ("張偉 David", "陳大文", "ＡＢＣ有限公司"):
        assert fold(fold(text)) == fold(text)
    assert fold("臺灣銀行") == fold("台湾银行")


def test_fold_with_map_points_back_to_the_original() -> None:
    folded, index = fold_with_map("Straße Zoe\u0308")  # ß expands, a combining mark vanishes
    assert folded == "strasse zoe"
    start = folded.index("sse")
    assert (index[start], index[start + 2] + 1) == (4, 6)  # "ße"
    assert index[-1] == 9  # the "e" the mark sat on


@pytest.mark.parametrize(("name", "full", "initials"), [
    ("张伟", "zhangwei", "zw"),
    ("張偉", "zhangwei", "zw"),  # traditional gives the same keys
    ("欧阳明华", "ouyangminghua", "oymh"),
])
def test_pinyin_keys(name: str, full: str, initials: str) -> None:
    keys = pinyin_keys(name, surname=True)
    assert keys.full[0] == full and keys.initials[0] == initials


@pytest.mark.parametrize(("name", "surname_reading", "everyday_reading"), [
    ("单雄信", "shanxiongxin", "danxiongxin"),
    ("曾伟", "zengwei", "cengwei"),
    ("解缙", "xiejin", "jiejin"),
])
def test_polyphonic_surnames_give_both_readings(name: str, surname_reading: str,
                                                everyday_reading: str) -> None:
    keys = pinyin_keys(name, surname=True)
    assert keys.full[0] == surname_reading  # the family-name reading first
    assert everyday_reading in keys.full  # and the one people may type anyway


def test_pinyin_keys_without_chinese_are_empty_and_u_umlaut_both_ways() -> None:
    assert not pinyin_keys("John Smith")
    assert {"lvbu", "lubu"} <= set(pinyin_keys("吕布").full)
    assert pinyin_keys("张伟 David").full[0] == "zhangweidavid"


def test_pinyin_units_align_with_characters() -> None:
    units = pinyin_units("单雄信 abc 中国", surname=True)
    assert [i for i, _ in units] == [0, 1, 2, 8, 9]
    assert units[0][1] == ("shan", "dan")


def test_digits() -> None:
    assert digits("+86 (138) ００１３-8000") == "8613800138000"
    assert digits(None) == "" and digits("no digits") == ""


@pytest.mark.parametrize(("name", "key"), [
    ("Acme Co., Ltd.", "acme"),
    ("ACME LIMITED", "acme"),
    ("Acme Inc", "acme"),
    ("Foo GmbH", "foo"),
    ("Bar S.A.", "bar"),
    ("Standard Chartered PLC", "standard chartered"),
    ("Johnson & Co.", "johnson"),
    ("Acme (Asia) Ltd", "acme (asia)"),  # a region in brackets is part of the name
    ("中國銀行股份有限公司", "中国银行"),
    ("腾讯控股有限公司", "腾讯"),
    ("中国平安保险(集团)股份有限公司", "中国平安保险"),
    ("招商银行深圳分行", "招商银行深圳"),
    ("工商银行某某支行", "工商银行某某"),
    ("Visa", "visa"),  # "sa" inside a word is not a suffix
    ("Group", "group"),  # never reduced to nothing
])
def test_org_key(name: str, key: str) -> None:
    assert org_key(name) == key
