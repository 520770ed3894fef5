"""Plain data the deal services hand out and take in."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any, NamedTuple

from .common import UNSET


@dataclass(frozen=True)
class PartyOut:
    contact_id: int
    name: str
    role: str


@dataclass(frozen=True)
class DealNoteOut:
    id: int
    at: datetime
    text: str


class StageEntryOut(NamedTuple):
    """One visit of a deal to a stage; `left_at` is None for the stage it is in now."""

    stage: str
    entered_at: datetime
    left_at: datetime | None


def _json(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dict):
        return {k: _json(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_json(v) for v in value]
    return value


@dataclass(frozen=True)
class DealOut:
    id: int
    uid: str
    name: str
    client_id: int | None
    client: str | None
    amount: Decimal | None
    currency: str | None
    stage_id: int
    stage: str
    # Effective percent: 100 once won, 0 once lost, else the override or the stage's default.
    probability: int
    probability_override: int | None
    weighted_amount: Decimal | None  # amount x probability, exact (round only for display)
    expected_close: date | None
    status: str  # open | won | lost
    close_reason: str | None
    closed_at: datetime | None
    owner: str | None
    description: str | None
    fee_retainer: Decimal | None  # in the deal's currency
    fee_success_amount: Decimal | None
    fee_success_percent: Decimal | None  # percent of the amount
    # Retainer + success fee (the amount, or the percent of the deal amount); None when no part
    # of it can be computed.
    expected_fee: Decimal | None
    parties: list[PartyOut]
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None

    def to_json(self) -> dict[str, Any]:
        """A dict for a JSON document: money as exact decimal strings, never floats."""
        data: dict[str, Any] = _json(asdict(self))
        if "stage_history" in data:
            data["stage_history"] = [dict(zip(StageEntryOut._fields, e, strict=True))
                                     for e in data["stage_history"]]
        return data


@dataclass(frozen=True)
class DealDetail(DealOut):
    notes: list[DealNoteOut]  # newest first
    stage_history: list[StageEntryOut]  # oldest first


@dataclass(frozen=True)
class DealPage:
    deals: list[DealOut]
    total: int


@dataclass
class DealInput:
    """Values for add (UNSET = not given) and edit (UNSET = leave as is; None = clear)."""

    name: Any = UNSET
    client: Any = UNSET  # a contact id, or an organization name (created when new)
    amount: Any = UNSET  # Decimal, int or text such as "12,500,000.00"; never float
    currency: Any = UNSET  # ISO 4217, e.g. "CNY"
    stage: Any = UNSET  # stage id or name; add defaults to the first stage
    probability: Any = UNSET  # override percent 0..100; None = the stage's default
    expected_close: Any = UNSET  # date or ISO text
    owner: Any = UNSET
    description: Any = UNSET
    parties: Any = UNSET  # list of (contact_id, role); replaces the whole list on edit
    fee_retainer: Any = UNSET
    fee_success_amount: Any = UNSET
    fee_success_percent: Any = UNSET
    close_reason: Any = UNSET
