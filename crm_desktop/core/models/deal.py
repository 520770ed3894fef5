"""Deals (financing opportunities), their parties, notes, stage history, and the pipeline."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, DecimalText, ISODate, RecordMixin, SoftDeleteMixin, UTCDateTime, utcnow

PARTY_ROLES = ("sponsor", "lender", "investor", "adviser", "other")
DEAL_STATUSES = ("open", "won", "lost")


class Stage(RecordMixin, Base):
    __tablename__ = "stage"

    name: Mapped[str] = mapped_column(String(100), unique=True)
    position: Mapped[int] = mapped_column(Integer, index=True)
    probability: Mapped[int] = mapped_column(Integer, default=0)  # percent, 0..100
    is_won: Mapped[bool] = mapped_column(Boolean, default=False)
    is_lost: Mapped[bool] = mapped_column(Boolean, default=False)


class Deal(RecordMixin, SoftDeleteMixin, Base):
    __tablename__ = "deal"

    name: Mapped[str] = mapped_column(String(300), index=True)
    client_id: Mapped[int | None] = mapped_column(ForeignKey("contact.id"), index=True)
    amount: Mapped[Decimal | None] = mapped_column(DecimalText)
    currency: Mapped[str | None] = mapped_column(String(3))
    stage_id: Mapped[int] = mapped_column(ForeignKey("stage.id"), index=True)
    probability: Mapped[int | None] = mapped_column(Integer)  # None: the stage's default
    expected_close: Mapped[date | None] = mapped_column(ISODate, index=True)
    status: Mapped[str] = mapped_column(String(10), default="open", index=True)
    close_reason: Mapped[str | None] = mapped_column(Text)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    owner: Mapped[str | None] = mapped_column(String(100))
    description: Mapped[str | None] = mapped_column(Text)
    # The firm's fee: a retainer (amount, deal currency) and a success fee (amount or percent).
    fee_retainer: Mapped[Decimal | None] = mapped_column(DecimalText)
    fee_success_amount: Mapped[Decimal | None] = mapped_column(DecimalText)
    fee_success_percent: Mapped[Decimal | None] = mapped_column(DecimalText)
    import_batch_id: Mapped[int | None] = mapped_column(ForeignKey("import_batch.id"), index=True)


class DealParty(Base):
    __tablename__ = "deal_party"
    __table_args__ = (UniqueConstraint("deal_id", "contact_id", "role"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    deal_id: Mapped[int] = mapped_column(ForeignKey("deal.id", ondelete="CASCADE"), index=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contact.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(20), default="other")


class DealNote(RecordMixin, SoftDeleteMixin, Base):
    __tablename__ = "deal_note"

    deal_id: Mapped[int] = mapped_column(ForeignKey("deal.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    text: Mapped[str] = mapped_column(Text)


class DealStageEntry(Base):
    """When a deal entered (and left) a stage: time spent in each stage for reports."""

    __tablename__ = "deal_stage_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    deal_id: Mapped[int] = mapped_column(ForeignKey("deal.id", ondelete="CASCADE"), index=True)
    stage_id: Mapped[int] = mapped_column(ForeignKey("stage.id"))
    entered_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    left_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
