"""E-mails checked with `email-validator`, offline (no DNS look-ups)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import email_validator
from email_validator import EmailNotValidError, validate_email
from email_validator.rfc_constants import CASE_INSENSITIVE_MAILBOX_NAMES, DOT_ATOM_TEXT, EMAIL_MAX_LENGTH
from email_validator.syntax import validate_email_domain_name

_PLAIN_DOMAIN = re.compile(r"[A-Za-z0-9.-]+\Z")


@dataclass(frozen=True)
class Email:
    address: str
    normalized: str
    valid: bool
    problem: str | None = None


@lru_cache(maxsize=4096)
def _domain(part: str, test_environment: bool, globally_deliverable: bool) -> str | None:
    """The domain as email-validator normalizes it, or None when it is not valid."""
    try:
        info = validate_email_domain_name(part, test_environment=test_environment,
                                          globally_deliverable=globally_deliverable)
    except EmailNotValidError:
        return None
    return info["domain"] if info["domain"] == info["ascii_domain"] else None


def _plain(raw: str) -> Email | None:
    """The answer of validate_email for the common case — ASCII, one @, a dot-atom local part, a
    domain of letters, digits, dots and hyphens — taking the same steps (its own patterns and
    domain check, the latter cached: a file's addresses share a few domains). validate_email took
    a tenth of an import's CPU. None: anything else, left to validate_email."""
    if not raw.isascii() or raw.count("@") != 1:
        return None
    local, domain_part = raw.split("@")
    if not DOT_ATOM_TEXT.match(local) or not _PLAIN_DOMAIN.match(domain_part):
        return None
    domain = _domain(domain_part, email_validator.TEST_ENVIRONMENT, email_validator.GLOBALLY_DELIVERABLE)
    if domain is None:
        return None  # invalid: validate_email says why
    if local.lower() in CASE_INSENSITIVE_MAILBOX_NAMES:
        local = local.lower()
    normalized = f"{local}@{domain}"
    if max(len(raw), len(normalized)) > EMAIL_MAX_LENGTH:
        return None
    return Email(normalized, normalized.lower(), True)


def normalize_email(text: str) -> Email:
    raw = text.strip()
    quick = _plain(raw)
    if quick is not None:
        return quick
    try:
        info = validate_email(raw, check_deliverability=False)
    except EmailNotValidError as exc:
        return Email(raw, raw.lower(), False, str(exc))
    return Email(info.normalized, info.normalized.lower(), True)
