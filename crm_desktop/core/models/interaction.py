"""Interactions: meetings, calls, e-mails, notes and site visits on contacts."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, RecordMixin, SoftDeleteMixin, UTCDateTime

INTERACTION_KINDS = ("meeting", "call", "email", "note", "site_visit", "other")


class Interaction(RecordMixin, SoftDeleteMixin, Base):
    __tablename__ = "interaction"

    kind: Mapped[str] = mapped_column(String(20), default="note")
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    subject: Mapped[str | None] = mapped_column(String(500))
    body: Mapped[str | None] = mapped_column(Text)
    deal_id: Mapped[int | None] = mapped_column(ForeignKey("deal.id"), index=True)
    import_batch_id: Mapped[int | None] = mapped_column(ForeignKey("import_batch.id"), index=True)


class InteractionParticipant(Base):
    __tablename__ = "interaction_participant"

    interaction_id: Mapped[int] = mapped_column(
        ForeignKey("interaction.id", ondelete="CASCADE"), primary_key=True)
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contact.id", ondelete="CASCADE"), primary_key=True, index=True)
