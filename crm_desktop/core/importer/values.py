"""Cell text to values: cleaning, program defaults that are not data, dates, labels, tiers."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dateutil import parser as dateparser

from .automap import header_key

# Values a program writes into every row that carry no information: Outlook's "Unspecified"
# gender, "Normal" priority and sensitivity, "False" for private, 0/0/00 for an empty date,
# SMTP as the e-mail type. Keyed by header_key of the column.
_EMPTY_DATES = {"0/0/00", "00/00/00", "0/0/0000", "00/00/0000", "1/1/1601", "1601/1/1", "0000-00-00"}
_NORMAL = {"normal", "普通", "一般", "标准", "正常"}
PROGRAM_DEFAULTS: dict[str, set[str]] = {
    "gender": {"unspecified"}, "性别": {"未指定"}, "priority": _NORMAL, "优先级": _NORMAL,
    "优先顺序": _NORMAL, "重要性": _NORMAL, "sensitivity": _NORMAL, "敏感度": _NORMAL,
    "private": {"false"}, "私有": {"false", "假", "否"}, "私人": {"false", "假", "否"},
    "emailtype": {"smtp"}, "email2type": {"smtp"}, "email3type": {"smtp"}, "电子邮件类型": {"smtp"},
}
_LABELS = {"mobile": "mobile", "cell": "mobile", "手机": "mobile", "移动电话": "mobile", "行动电话": "mobile",
           "work": "work", "business": "work", "office": "work", "工作": "work", "公司": "work",
           "单位": "work", "办公": "work", "商务": "work", "home": "home", "personal": "home",
           "住宅": "home", "家庭": "home", "家": "home", "住家": "home", "main": "main", "主要": "main",
           "fax": "fax", "传真": "fax", "work fax": "work fax", "home fax": "home fax", "pager": "pager",
           "other": "other", "其他": "other", "assistant": "assistant", "助理": "assistant"}
_MOJIBAKE = re.compile("[\u00c2-\u00f4]"
                       "[\u0080-\u00bf\u0152-\u0178\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]")
_SCI = re.compile(r"^[+-]?\d+(?:\.\d+)?[eE][+-]?\d+$")
_FLOAT_TAIL = re.compile(r"^\+?\d{6,}\.0+$")
_CN_DATE = re.compile(r"^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?$")
_YMD = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T\s].*)?$")
_NUMERIC = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})$")
_TIER = re.compile(r"^(?:tier\s*)?([abc])(?:\s*(?:级|類|类|級|档|tier|class|客户))*$", re.I)
_SPLIT_TAGS = re.compile(r"\s*(?: ::: |[;,，；、\n])\s*")


def clean(text: str) -> str:
    """A cell as a value: no BOM, no NUL, newlines as \\n, outer spaces trimmed."""
    if "\r" in text or "\ufeff" in text or "\x00" in text:  # rare: most cells are only trimmed
        text = text.replace("\ufeff", "").replace("\x00", "").replace("\r\n", "\n").replace("\r", "\n")
    return text.strip()


@lru_cache(maxsize=4096)  # asked for every cell: a file has few columns
def _column_key(column: str) -> str:
    return header_key(column)


def is_program_default(column: str, text: str) -> bool:
    if text in _EMPTY_DATES:
        return True
    found = PROGRAM_DEFAULTS.get(_column_key(column))
    return found is not None and text.casefold() in found


def garbled(text: str) -> str | None:
    """Why a value looks like mojibake (undecodable bytes, UTF-8 read as Windows-1252), or None."""
    if "\ufffd" in text:
        return "holds undecodable bytes (shown as �); choose the file's encoding"
    if _MOJIBAKE.search(text):
        for enc in ("cp1252", "latin-1"):
            try:
                fixed = text.encode(enc).decode("utf-8")
            except UnicodeError:
                continue
            if fixed != text:
                return (f"looks garbled (UTF-8 text read as {enc}: it may be '{fixed[:40]}'); "
                        "choose the encoding")
    return None


def phone_lost_to_excel(text: str, kind: str | None) -> bool:
    """True when Excel stored a phone as a number (leading 0 or + gone, maybe digits too)."""
    return kind == "number" or bool(_SCI.match(text.strip())) or bool(_FLOAT_TAIL.match(text.strip()))


def label(text: str | None) -> str | None:
    if not text:
        return None
    t = text.strip().removeprefix("*").strip()
    return _LABELS.get(t.casefold(), t) or None


def split_multi(text: str, pattern: str = r"\s*(?: ::: |\n|[;；，、]|,(?!\d{3}))\s*") -> list[str]:
    return [p for p in _compiled(pattern).split(text) if p.strip()]


@lru_cache(maxsize=64)  # a few patterns, asked for every phone and e-mail cell
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def tags(text: str) -> list[str]:
    out = []
    for t in _SPLIT_TAGS.split(text):
        t = t.strip()
        if t.startswith("* "):
            t = t[2:].strip()
            if t.casefold() == "mycontacts":
                continue  # Google's "all my contacts" system group: not a label anyone gave
        if t and t not in out:
            out.append(t)
    return out


def tier(text: str) -> str | None:
    m = _TIER.match(text.strip())
    return m.group(1).upper() if m else None


_KINDS = {"person": ("person", "individual", "个人", "个人客户", "個人", "人", "自然人"),
          "organization": ("organization", "organisation", "org", "company", "公司", "机构", "機構",
                           "企业", "企業", "单位", "單位", "法人", "机构客户"),
          "group": ("group",)}


def kind(text: str) -> str | None:
    t = text.strip().casefold()
    return next((k for k, words in _KINDS.items() if t in words), None)


def parse_day(text: str, order: str = "auto", kind: str | None = None) -> date | None:
    """A date from the ways people and programs write one; None when it cannot be read (or has no
    year: a birthday "--03-15" is kept as text by the caller)."""
    t = text.strip()
    if kind == "number" and re.fullmatch(r"\d{5}(?:\.0+)?", t) and 20000 < float(t) < 80000:
        return date(1899, 12, 30) + timedelta(days=int(float(t)))  # an Excel serial day
    m = _CN_DATE.match(t) or _YMD.match(t) or re.fullmatch(r"(\d{4})(\d{2})(\d{2})", t)
    if m:
        return _safe(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = _NUMERIC.match(t)
    if m:
        a, b, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        y = y + (2000 if y < 50 else 1900) if y < 100 else y
        day_first = order == "DMY" or (order == "auto" and a > 12) or (order == "MDY" and a > 12 >= b)
        return _safe(y, a, b) if not day_first else _safe(y, b, a)
    if t.startswith("--") or not re.search(r"[A-Za-z]{3}", t):
        return None
    try:
        first = dateparser.parse(t, default=datetime(1, 1, 1), dayfirst=order == "DMY")
        second = dateparser.parse(t, default=datetime(2, 2, 2), dayfirst=order == "DMY")
    except (ValueError, OverflowError):
        return None
    if first.year != second.year or first.day != second.day or first.month != second.month:
        return None
    return first.date()


def _safe(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def zone(name: str | None) -> ZoneInfo:
    try:
        return ZoneInfo(name or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"unknown time zone '{name}'") from None


def parse_when(text: str, order: str, tz: str | None) -> datetime | None:
    """An instant: ISO text with an offset as is; a local date and time in `tz` (default UTC)."""
    t = text.strip()
    try:
        value = datetime.fromisoformat(t.replace("Z", "+00:00"))
    except ValueError:
        value = None
    if value is None:
        day = parse_day(t, order)
        if day is not None:
            value = datetime(day.year, day.month, day.day)
        else:
            try:
                value = dateparser.parse(t, dayfirst=order == "DMY")
            except (ValueError, OverflowError):
                return None
            m = _CN_DATE.match(t.split()[0]) if t.split() else None
            if value is None or (m is None and not re.search(r"\d", t)):
                return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=zone(tz))
    return value.astimezone(UTC)
