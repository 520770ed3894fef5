"""The printing helpers: display width of CJK text, aligned tables, the JSON encoder."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from crm_desktop.cli.output import table, to_json, truncate, width


def test_width_counts_wide_characters_twice() -> None:
    assert width("abc") == 3
    assert width("张伟") == 4
    assert width("ＡＢ") == 4  # full-width Latin
    assert width("e\u0301") == 1  # a combining accent takes no column


def test_truncate_keeps_the_display_width() -> None:
    assert truncate("中国工商银行股份有限公司", 9) == "中国工商…"
    assert width(truncate("中国工商银行股份有限公司", 9)) <= 9
    assert truncate("short", 9) == "short"


def test_table_aligns_mixed_scripts(capsys: pytest.CaptureFixture[str]) -> None:
    table(["ID", "Name", "City"], [(1, "张伟", "北京"), (22, "John Smith", "HK"), (3, None, "台北市")],
          right=[0])
    lines = capsys.readouterr().out.splitlines()
    city_cols = {width(line[: line.index(city)]) for line, city in zip(lines[2:], ("北京", "HK", "台北市"),
                                                                          strict=True)}
    assert len(city_cols) == 1
    assert lines[3].startswith("22") and lines[2].startswith(" 1")


def test_json_encoder_handles_dates_and_money() -> None:
    doc = json.loads(to_json({"when": datetime(2026, 1, 2, 3, 4, tzinfo=UTC), "day": date(2026, 1, 2),
                              "amount": Decimal("120000000.50"), "name": "张伟"}))
    assert doc == {"when": "2026-01-02T03:04:00+00:00", "day": "2026-01-02",
                   "amount": "120000000.50", "name": "张伟"}
    assert "张伟" in to_json("张伟")  # not escaped
