"""Follow-up reminders: a due instant with its time zone, maybe recurring (RFC 5545 RRULE)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, RecordMixin, SoftDeleteMixin, UTCDateTime

REMINDER_STATUSES = ("open", "done")


class Reminder(RecordMixin, SoftDeleteMixin, Base):
    __tablename__ = "reminder"

    text: Mapped[str] = mapped_column(Text)
    due_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)  # the effective due instant
    tz: Mapped[str] = mapped_column(String(64), default="UTC")  # IANA zone the user meant
    rrule: Mapped[str | None] = mapped_column(String(500))
    status: Mapped[str] = mapped_column(String(10), default="open", index=True)
    snoozed_from: Mapped[datetime | None] = mapped_column(UTCDateTime)
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contact.id"), index=True)
    deal_id: Mapped[int | None] = mapped_column(ForeignKey("deal.id"), index=True)
    # The first reminder of a recurring series; later occurrences point back to it.
    series_uid: Mapped[str | None] = mapped_column(String(36))
