"""Money, dates and times written for the window's language (Babel), the same way on every page.

The language follows QLocale's default, which `i18n.Translations.install` sets on each switch.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from zoneinfo import ZoneInfo

import phonenumbers
from babel.dates import format_date
from babel.numbers import format_compact_decimal, format_decimal, get_currency_precision
from PySide6.QtCore import QLocale, QTimeZone

_LOCALES = {"zh_CN": "zh_Hans_CN", "zh_TW": "zh_Hant_TW"}
DASH = "—"


def locale() -> str:
    return _LOCALES.get(QLocale().name(), "en")


def _digits(currency: str | None) -> int:
    try:
        return get_currency_precision(currency) if currency else 2
    except Exception:  # an unknown code typed long ago: two places, as most currencies
        return 2


def money(amount: Decimal | None, currency: str | None, *, whole: bool = False) -> str:
    """`12,500,000.00 CNY`: rounded half-up to the currency's digits, for display only;
    `whole` leaves out a fraction of zeros (`12,500,000 CNY`), where room is short."""
    if amount is None:
        return DASH
    digits = 0 if whole and amount == amount.to_integral_value() else _digits(currency)
    shown = amount.quantize(Decimal(1).scaleb(-digits), ROUND_HALF_UP)
    pattern = "#,##0" + ("." + "0" * digits if digits else "")
    text = format_decimal(shown, format=pattern, locale=locale())
    return f"{text} {currency}" if currency else text


def compact_money(amount: Decimal | None, currency: str | None) -> str:
    """`4.1B CNY` / `41.5亿 CNY`: for column heads and charts, where a full figure does not fit."""
    if amount is None:
        return DASH
    if abs(amount) < 10_000:
        return money(amount, currency)
    text = format_compact_decimal(amount, format_type="short", fraction_digits=1, locale=locale())
    return f"{text} {currency}" if currency else text


def percent(p: int | Decimal | None) -> str:
    return DASH if p is None else f"{format_decimal(p, locale=locale())}%"


def day(d: date | datetime | None) -> str:
    if d is None:
        return DASH
    if isinstance(d, datetime):
        d = d.astimezone().date()
    return str(format_date(d, "medium", locale=locale()))


def moment(dt: datetime | None) -> str:
    """A date and hour:minute on this computer's clock (or the datetime's own zone if aware and
    given already converted, e.g. a reminder's `due_local`)."""
    if dt is None:
        return DASH
    return f"{day(dt.date())} {dt:%H:%M}"


def local(dt: datetime) -> datetime:
    """An instant on this computer's clock."""
    return dt.astimezone()


def system_zone() -> str | None:
    """This computer's IANA zone name ("Asia/Shanghai"), or None when it has none we know."""
    name = bytes(QTimeZone.systemTimeZoneId().data()).decode(errors="replace")
    try:
        ZoneInfo(name)
    except (ValueError, OSError, KeyError):
        return None
    return name


def readable_phone(number: str | None) -> str:
    """+8613800138000 -> +86 138 0013 8000, as people write it; what does not parse stays as typed."""
    if not number:
        return ""
    try:
        parsed = phonenumbers.parse(number, None)
    except phonenumbers.NumberParseException:
        return number
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
