"""Plain data the interaction services hand out and take in."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

from .common import UNSET


@dataclass(frozen=True)
class ParticipantOut:
    contact_id: int
    name: str


@dataclass(frozen=True)
class InteractionOut:
    id: int
    uid: str
    kind: str
    occurred_at: datetime  # UTC
    subject: str | None
    body: str | None
    deal_id: int | None
    deal: str | None  # the deal's name
    participants: list[ParticipantOut]
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class InteractionPage:
    interactions: list[InteractionOut]
    total: int


@dataclass
class InteractionInput:
    """Values for add (UNSET = not given) and edit (UNSET = leave as is; None = clear)."""

    kind: Any = UNSET  # one of models.INTERACTION_KINDS
    occurred_at: Any = UNSET  # aware datetime or ISO text with an offset
    subject: Any = UNSET
    body: Any = UNSET  # up to 1,000,000 characters (long minutes)
    participants: Any = UNSET  # list of contact ids; replaces the whole list on edit
    deal_id: Any = UNSET
