"""Duplicate matching and data health: blocking keys, pairs marked "not the same", merges, checks
marked verified.

`match_key` and `match_state` are derived data (like the search index): written with Core
statements by crm_desktop.core.matching, never audited, rebuilt from the contacts they describe.
The other tables are the user's decisions: written through the ORM, audited, undoable.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, UniqueConstraint, event
from sqlalchemy.orm import Mapped, Session, mapped_column

from .base import Base, UTCDateTime, utcnow


class MatchKey(Base):
    """A blocking key of a live contact: contacts that share one are compared (see
    crm_desktop.core.matching.profile for the kinds)."""

    __tablename__ = "match_key"
    __table_args__ = (Index("ix_match_key_contact_id", "contact_id"), {"sqlite_with_rowid": False})

    kind: Mapped[str] = mapped_column(String(1), primary_key=True)
    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contact.id", ondelete="CASCADE"), primary_key=True)


class MatchState(Base):
    """The contact's updated_at when its keys were built: a cheap test for keys left stale by
    writes that bypassed the audit (bulk demo data)."""

    __tablename__ = "match_state"

    contact_id: Mapped[int] = mapped_column(ForeignKey("contact.id", ondelete="CASCADE"), primary_key=True,
                                            autoincrement=False)
    stamp: Mapped[datetime] = mapped_column(UTCDateTime)


class DistinctPair(Base):
    """Two contacts the user said are not the same person: never proposed together again."""

    __tablename__ = "match_distinct"
    __table_args__ = (UniqueConstraint("low_id", "high_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    low_id: Mapped[int] = mapped_column(ForeignKey("contact.id", ondelete="CASCADE"))
    high_id: Mapped[int] = mapped_column(ForeignKey("contact.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class MergedContact(Base):
    """A contact merged into another (it is in the trash; its links moved to the survivor)."""

    __tablename__ = "match_merge"

    id: Mapped[int] = mapped_column(primary_key=True)
    merged_id: Mapped[int] = mapped_column(ForeignKey("contact.id", ondelete="CASCADE"), index=True)
    survivor_id: Mapped[int] = mapped_column(ForeignKey("contact.id", ondelete="CASCADE"), index=True)
    operation_id: Mapped[int | None] = mapped_column(Integer)
    merged_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class HealthVerified(Base):
    """A data-health check the user marked verified for a contact; it holds while the contact's
    updated_at is still `stamp` (any change to the record reports it again)."""

    __tablename__ = "health_verified"
    __table_args__ = (UniqueConstraint("contact_id", "check_name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contact.id", ondelete="CASCADE"))
    check_name: Mapped[str] = mapped_column(String(40))
    stamp: Mapped[datetime] = mapped_column(UTCDateTime)
    verified_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


@event.listens_for(Session, "before_commit")
def _keep_match_keys(session: Session) -> None:
    """Registered with the models (imported by every writer), so no write can miss it; the work
    is in crm_desktop.core.matching.sync, imported on first use (it imports the models)."""
    from crm_desktop.core.matching.sync import before_commit

    before_commit(session)
