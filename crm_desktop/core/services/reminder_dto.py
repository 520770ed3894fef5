"""Plain data the reminder services hand out."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

VIEWS = ("today", "overdue", "upcoming", "done", "open")
SNOOZE_WORDS = ("1h", "tomorrow", "next_week")


@dataclass(frozen=True)
class ReminderOut:
    id: int
    uid: str
    text: str
    due_at: datetime  # UTC
    due_local: datetime  # the same instant in the reminder's own zone
    tz: str
    rrule: str | None
    status: str  # open | done
    snoozed_from: datetime | None  # the first due instant before any snooze (UTC)
    done_at: datetime | None
    contact_id: int | None
    contact: str | None  # the contact's display name
    deal_id: int | None
    deal: str | None  # the deal's name
    overdue: bool
    series_uid: str | None = None  # the first reminder of a recurring series

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        for key, value in data.items():
            if isinstance(value, datetime):
                data[key] = value.isoformat()
        return data
