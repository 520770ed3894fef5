"""Numbers, money, dates and times written for the report's language (Babel)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, tzinfo
from decimal import ROUND_HALF_UP, Decimal

from babel.dates import format_date, format_datetime, format_skeleton
from babel.numbers import format_currency, format_decimal, get_currency_precision

LOCALES = {"en": "en", "zh_CN": "zh_Hans_CN", "zh_TW": "zh_Hant_TW"}
# CLDR puts narrow and no-break spaces in times ("5:24 PM"); the font draws U+202F as a wide gap.
_SPACES = str.maketrans({"\u202f": " ", "\u00a0": " "})


class Fmt:
    """Formatting for one language and time zone; a report makes one and passes it around."""

    def __init__(self, lang: str, tz: tzinfo) -> None:
        self.lang = lang
        self.locale = LOCALES.get(lang, "en")
        self.tz = tz

    # ---------------------------------------------------------------- numbers
    def int(self, n: int) -> str:
        return format_decimal(n, locale=self.locale)

    def dec1(self, x: float | None) -> str:
        return "—" if x is None else format_decimal(x, format="#,##0.0", locale=self.locale)

    def percent(self, p: int | Decimal) -> str:
        return f"{format_decimal(p, locale=self.locale)}%"

    def money(self, amount: Decimal | None, currency: str | None) -> str:
        """`1,234,567.50 CNY`: rounded half-up to the currency's digits for display only."""
        if amount is None:
            return "—"
        if not currency:
            return format_decimal(amount.quantize(Decimal("0.01"), ROUND_HALF_UP), format="#,##0.00",
                                  locale=self.locale)
        digits = get_currency_precision(currency)
        shown = amount.quantize(Decimal(1).scaleb(-digits), ROUND_HALF_UP)
        return format_currency(shown, currency, format="#,##0.00 ¤¤", currency_digits=True,
                               locale=self.locale).translate(_SPACES)

    def amount(self, amount: Decimal | None, currency: str | None) -> str:
        """The number alone (the currency is in its own column)."""
        text = self.money(amount, currency)
        return text.rsplit(" ", 1)[0] if currency and amount is not None else text

    # ---------------------------------------------------------------- dates and times
    def date(self, d: date | datetime | None) -> str:
        if d is None:
            return "—"
        if isinstance(d, datetime):
            d = self.local(d).date()
        return format_date(d, "medium", locale=self.locale).translate(_SPACES)

    def datetime(self, dt: datetime | None) -> str:
        if dt is None:
            return "—"
        return format_datetime(self.local(dt), "medium", tzinfo=self.tz,
                               locale=self.locale).translate(_SPACES)

    def short_datetime(self, dt: datetime | None) -> str:
        """A date and an hour:minute, for table cells."""
        if dt is None:
            return "—"
        local = self.local(dt)
        return f"{format_date(local.date(), 'medium', locale=self.locale)} {local:%H:%M}"

    def month(self, d: date | None) -> str:
        return "—" if d is None else format_skeleton("yMMM", d, locale=self.locale)

    def day_month(self, d: date) -> str:
        return format_skeleton("MMMd", d, locale=self.locale)

    def week(self, d: date) -> str:
        """An ISO week with its Monday: `2024-W23 · Jun 3`."""
        year, week, _ = d.isocalendar()
        monday = d - timedelta(days=d.weekday())
        return f"{year}-W{week:02d} · {self.day_month(monday)}"

    def local(self, dt: datetime) -> datetime:
        return dt.astimezone(self.tz)


def local_midnight(d: date, tz: tzinfo) -> datetime:
    """The instant a local day starts, in UTC (what stored instants are compared with)."""
    return datetime(d.year, d.month, d.day, tzinfo=tz).astimezone(UTC)
