"""The audit trail: one operation per service call, one entry per row it changed.

Entries keep old and new values so that `undo` can revert an operation exactly; an erased
record keeps only a content-free line.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, UTCDateTime, utcnow


class Operation(Base):
    __tablename__ = "operation"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    kind: Mapped[str] = mapped_column(String(60))
    summary: Mapped[str] = mapped_column(Text, default="")
    undoable: Mapped[bool] = mapped_column(Boolean, default=True)
    undone: Mapped[bool] = mapped_column(Boolean, default=False)
    # Set on an undo operation: which one it reverted (redo reverts the undo).
    reverts_id: Mapped[int | None] = mapped_column(ForeignKey("operation.id"))


class AuditEntry(Base):
    __tablename__ = "audit_entry"
    # A record's history (and an erase's scrub) looks entries up by entity and id.
    __table_args__ = (Index("ix_audit_entry_entity_entity_id", "entity", "entity_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    operation_id: Mapped[int] = mapped_column(ForeignKey("operation.id"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    entity: Mapped[str] = mapped_column(String(40))  # table name
    entity_id: Mapped[int] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(10))  # insert | update | delete | erase
    # JSON: insert/delete -> the whole row {col: value}; update -> {col: [old, new]}.
    changes: Mapped[str | None] = mapped_column(Text)
