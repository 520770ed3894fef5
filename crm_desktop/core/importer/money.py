"""Amounts as people write them: "¥1,200万", "USD 5m", "HK$3.5億", "€2.5 million", "1.2亿元".

Exact: the digits are read as a Decimal and multiplied by a power of ten, never through a float.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

# Longest first: "HK$" before "$", "百万" before "万".
_CURRENCY_WORDS = [
    ("港币", "HKD"), ("港幣", "HKD"), ("港元", "HKD"), ("HK$", "HKD"), ("HKD", "HKD"),
    ("新台币", "TWD"), ("新台幣", "TWD"), ("台币", "TWD"), ("台幣", "TWD"), ("NT$", "TWD"), ("TWD", "TWD"),
    ("人民币", "CNY"), ("人民幣", "CNY"), ("RMB", "CNY"), ("CNY", "CNY"), ("CN¥", "CNY"), ("￥", "CNY"),
    ("¥", "CNY"), ("元", "CNY"),
    ("美元", "USD"), ("美金", "USD"), ("US$", "USD"), ("USD", "USD"), ("$", "USD"),
    ("欧元", "EUR"), ("歐元", "EUR"), ("EUR", "EUR"), ("€", "EUR"),
    ("英镑", "GBP"), ("英鎊", "GBP"), ("GBP", "GBP"), ("£", "GBP"),
    ("日元", "JPY"), ("日圓", "JPY"), ("JPY", "JPY"), ("円", "JPY"),
    ("新加坡元", "SGD"), ("新元", "SGD"), ("S$", "SGD"), ("SGD", "SGD"),
    ("澳元", "AUD"), ("A$", "AUD"), ("AUD", "AUD"), ("加元", "CAD"), ("C$", "CAD"), ("CAD", "CAD"),
    ("瑞郎", "CHF"), ("CHF", "CHF"), ("澳门币", "MOP"), ("MOP", "MOP"),
]
_CURRENCY_WORDS.sort(key=lambda w: -len(w[0]))  # "S$" before "$", "港元" before "元"
_MULTIPLIERS = [
    ("千万", 7), ("千萬", 7), ("百万", 6), ("百萬", 6), ("万亿", 12), ("萬億", 12), ("亿", 8), ("億", 8),
    ("万", 4), ("萬", 4), ("千", 3), ("billion", 9), ("million", 6), ("thousand", 3), ("mio", 6), ("mln", 6),
    ("bn", 9), ("mm", 6), ("mn", 6), ("b", 9), ("m", 6), ("k", 3),
]
_ISO = re.compile(r"\b([A-Z]{3})\b")
_NUMBER = re.compile(r"^\d[\d,\s' ]*(?:\.\d+)?$|^\d+(?:\.\d{3})*,\d+$|^\.\d+$")


@dataclass(frozen=True)
class Money:
    amount: Decimal
    currency: str | None  # ISO 4217; None when the text names none


class MoneyError(ValueError):
    pass


def _digits(text: str, original: str) -> Decimal:
    t = text.replace(" ", "").replace("\u00a0", "").replace("'", "")
    if "," in t and "." in t:
        # The separator that comes last is the decimal one: 1.234,56 (Europe) or 1,234.56.
        t = t.replace(".", "").replace(",", ".") if t.rfind(",") > t.rfind(".") else t.replace(",", "")
    elif "," in t:
        groups = t.split(",")
        t = t.replace(",", "") if all(len(g) == 3 for g in groups[1:]) else t.replace(",", ".")
    if not _NUMBER.match(text.strip()) and not re.fullmatch(r"\d*\.?\d+", t):
        raise MoneyError(f"'{original}' is not an amount")
    try:
        return Decimal(t)
    except InvalidOperation:
        raise MoneyError(f"'{original}' is not an amount") from None


def parse_money(text: str, default_currency: str | None = None) -> Money:
    """An exact amount and its ISO 4217 currency from text as people write it; raises MoneyError."""
    original = text
    t = unicodedata.normalize("NFKC", text).strip()
    if t.startswith("-") or (t.startswith("(") and t.endswith(")")):
        raise MoneyError(f"'{original}': an amount must not be negative")
    currency = None
    iso = _ISO.search(t)
    if iso and iso.group(1) not in ("RMB",):
        currency = iso.group(1)
        t = t.replace(iso.group(1), " ")
    for word, code in _CURRENCY_WORDS:
        if word in t:
            currency = currency or code
            t = t.replace(word, " ")
    t = t.replace("¥", " ").strip()
    exponent = 0
    lowered = t.lower()
    for word, power in _MULTIPLIERS:
        if lowered.endswith(word) and (not word.isascii() or re.search(r"[\d\s.]" + word + "$", lowered)):
            exponent, t = power, t[: len(t) - len(word)].strip()
            break
    if not t:
        raise MoneyError(f"'{original}' has no number")
    amount = _digits(t, original).scaleb(exponent)
    # "1.2亿" is 120000000, not 1.2E+8; "1,234.50" stays exact as 1234.5.
    amount = amount.quantize(Decimal(1)) if amount == amount.to_integral_value() else amount.normalize()
    return Money(amount, currency or (default_currency.upper() if default_currency else None))


def currency_code(text: str) -> str | None:
    """An ISO 4217 code from a currency column: "CNY", "人民币", "HK$", "usd"."""
    t = unicodedata.normalize("NFKC", text).strip()
    if re.fullmatch(r"[A-Za-z]{3}", t) and t.upper() != "RMB":
        return t.upper()
    return next((code for word, code in _CURRENCY_WORDS if word == t or word == t.upper()), None)
