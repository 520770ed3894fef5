"""Small helpers every service shares: the UNSET marker, parsing of user-typed values."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any, Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.core.errors import NotFound, ValidationError
from crm_desktop.core.models import VaultSetting


class _Unset:
    """A field left out of an edit (distinct from None, which clears it)."""

    def __repr__(self) -> str:
        return "UNSET"

    def __bool__(self) -> bool:
        return False


UNSET: Final[Any] = _Unset()


def is_set(value: object) -> bool:
    return value is not UNSET


def clean_text(value: str | None, field: str, max_len: int = 10_000, required: bool = False) -> str | None:
    if value is None:
        if required:
            raise ValidationError(field, "is required")
        return None
    if not isinstance(value, str):
        raise ValidationError(field, "must be text")
    text = value.strip()
    if not text:
        if required:
            raise ValidationError(field, "must not be empty")
        return None
    if len(text) > max_len:
        raise ValidationError(field, f"is too long ({len(text)} characters; at most {max_len})")
    return text


def parse_date(value: date | str | None, field: str) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise ValidationError(field, f"'{value}' is not a date (use YYYY-MM-DD)") from None


def parse_decimal(value: Decimal | int | str | None, field: str) -> Decimal | None:
    if value is None or value == "":
        return None
    if isinstance(value, float):
        raise ValidationError(field, "money must not be a float")
    try:
        d = Decimal(str(value).replace(",", "").strip())
    except InvalidOperation:
        raise ValidationError(field, f"'{value}' is not a number") from None
    if not d.is_finite():
        raise ValidationError(field, f"'{value}' is not a number")
    return d


def choice(value: str | None, allowed: tuple[str, ...], field: str) -> str | None:
    if value is None or value == "":
        return None
    v = str(value).strip()
    for a in allowed:
        if v.lower() == a.lower():
            return a
    raise ValidationError(field, f"'{value}' is not one of {', '.join(allowed)}")


def get_or_404(session: Session, model: type, ident: int, entity: str, *, include_deleted: bool = False):  # type: ignore[no-untyped-def]
    obj = session.get(model, ident)
    if obj is None or (not include_deleted and getattr(obj, "deleted_at", None) is not None):
        raise NotFound(entity, ident)
    return obj


def get_setting(session: Session, key: str, default: str) -> str:
    value = session.scalar(select(VaultSetting.value).where(VaultSetting.key == key))
    return default if value is None else value


def set_setting(session: Session, key: str, value: str) -> None:
    row = session.get(VaultSetting, key)
    if row is None:
        session.add(VaultSetting(key=key, value=value))
    else:
        row.value = value
