"""Custom fields the firm defines per entity type, and their values."""

from __future__ import annotations

from sqlalchemy import ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, RecordMixin

FIELD_TYPES = ("text", "number", "date", "choice")
ENTITY_TYPES = ("contact", "deal", "interaction")


class CustomFieldDef(RecordMixin, Base):
    __tablename__ = "custom_field_def"
    __table_args__ = (UniqueConstraint("entity", "name"),)

    entity: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(100))
    type: Mapped[str] = mapped_column(String(10), default="text")
    choices: Mapped[str | None] = mapped_column(Text)  # one per line, for type "choice"
    position: Mapped[int] = mapped_column(Integer, default=0)


class CustomFieldValue(Base):
    """A value, kept as text in a canonical form (ISO dates, plain decimals) for every type."""

    __tablename__ = "custom_field_value"
    __table_args__ = (UniqueConstraint("field_id", "entity_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    field_id: Mapped[int] = mapped_column(ForeignKey("custom_field_def.id", ondelete="CASCADE"))
    # The contact, deal or interaction id (the entity type is on the definition).
    entity_id: Mapped[int] = mapped_column(Integer, index=True)
    value: Mapped[str] = mapped_column(Text)
