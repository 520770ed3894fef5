"""Phones to E.164 with `phonenumbers`; what does not parse is kept as typed and flagged."""

from __future__ import annotations

from dataclasses import dataclass

import phonenumbers

DEFAULT_REGION = "CN"


@dataclass(frozen=True)
class Phone:
    raw: str
    e164: str | None  # None: kept only as typed
    valid: bool

    @property
    def display(self) -> str:
        return self.e164 or self.raw


def normalize_phone(text: str, region: str = DEFAULT_REGION) -> Phone:
    raw = " ".join(text.split())
    try:
        num = phonenumbers.parse(raw, region)
    except phonenumbers.NumberParseException:
        return Phone(raw, None, False)
    # Only a number valid for its country becomes E.164; anything else stays as typed so a
    # wrong guess never moves it to another country.
    if not phonenumbers.is_valid_number(num):
        return Phone(raw, None, False)
    return Phone(raw, phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164), True)


def digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())
