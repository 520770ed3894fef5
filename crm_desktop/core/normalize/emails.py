"""E-mails checked with `email-validator`, offline (no DNS look-ups)."""

from __future__ import annotations

from dataclasses import dataclass

from email_validator import EmailNotValidError, validate_email


@dataclass(frozen=True)
class Email:
    address: str
    normalized: str
    valid: bool
    problem: str | None = None


def normalize_email(text: str) -> Email:
    raw = text.strip()
    try:
        info = validate_email(raw, check_deliverability=False)
    except EmailNotValidError as exc:
        return Email(raw, raw.lower(), False, str(exc))
    return Email(info.normalized, info.normalized.lower(), True)
