"""Contacts: people and organizations, with their phones, e-mails, addresses and links."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, ISODate, RecordMixin, SoftDeleteMixin, UTCDateTime

KINDS = ("person", "organization")
TIERS = ("A", "B", "C")


class Contact(RecordMixin, SoftDeleteMixin, Base):
    __tablename__ = "contact"
    # The contact list (live rows by name) walks this index instead of sorting 100k rows.
    __table_args__ = (Index("ix_contact_live_name", "deleted_at", "display_name"),)

    kind: Mapped[str] = mapped_column(String(16), default="person", index=True)
    display_name: Mapped[str] = mapped_column(String(300), index=True)
    given_name: Mapped[str | None] = mapped_column(String(200))
    family_name: Mapped[str | None] = mapped_column(String(200))
    phonetic_given_name: Mapped[str | None] = mapped_column(String(200))
    phonetic_family_name: Mapped[str | None] = mapped_column(String(200))
    # Names in other scripts (繁體 / English / romanized), one per line.
    other_names: Mapped[str | None] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(String(200))
    department: Mapped[str | None] = mapped_column(String(200))
    website: Mapped[str | None] = mapped_column(String(500))
    birthday: Mapped[date | None] = mapped_column(ISODate)
    tier: Mapped[str | None] = mapped_column(String(1), index=True)
    note: Mapped[str | None] = mapped_column(Text)
    owner: Mapped[str | None] = mapped_column(String(100))
    source: Mapped[str] = mapped_column(String(40), default="typed")
    import_batch_id: Mapped[int | None] = mapped_column(ForeignKey("import_batch.id"), index=True)
    # Kept in step by the interaction service: "no interaction in 90 days" as an index lookup.
    last_interaction_at: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True)

    phones: Mapped[list[ContactPhone]] = relationship(
        back_populates="contact", order_by="ContactPhone.position", cascade="all, delete-orphan")
    emails: Mapped[list[ContactEmail]] = relationship(
        back_populates="contact", order_by="ContactEmail.position", cascade="all, delete-orphan")
    addresses: Mapped[list[ContactAddress]] = relationship(
        back_populates="contact", order_by="ContactAddress.position", cascade="all, delete-orphan")


class ContactPhone(Base):
    __tablename__ = "contact_phone"

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contact.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    label: Mapped[str | None] = mapped_column(String(50))
    raw: Mapped[str] = mapped_column(String(100))
    # E.164 when the number parsed and is valid; None when it is kept only as typed.
    e164: Mapped[str | None] = mapped_column(String(20), index=True)
    valid: Mapped[bool] = mapped_column(Boolean, default=False)
    contact: Mapped[Contact] = relationship(back_populates="phones")


class ContactEmail(Base):
    __tablename__ = "contact_email"

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contact.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    label: Mapped[str | None] = mapped_column(String(50))
    address: Mapped[str] = mapped_column(String(320))
    normalized: Mapped[str] = mapped_column(String(320), index=True)
    valid: Mapped[bool] = mapped_column(Boolean, default=False)
    contact: Mapped[Contact] = relationship(back_populates="emails")


class ContactAddress(Base):
    __tablename__ = "contact_address"

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contact.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    label: Mapped[str | None] = mapped_column(String(50))
    street: Mapped[str | None] = mapped_column(Text)
    city: Mapped[str | None] = mapped_column(String(200))
    region: Mapped[str | None] = mapped_column(String(200))
    postcode: Mapped[str | None] = mapped_column(String(40))
    country: Mapped[str | None] = mapped_column(String(100))
    contact: Mapped[Contact] = relationship(back_populates="addresses")


class Affiliation(Base):
    """A person at an organization, with a role; `is_primary` marks the main organization."""

    __tablename__ = "affiliation"
    __table_args__ = (UniqueConstraint("person_id", "organization_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("contact.id", ondelete="CASCADE"), index=True)
    organization_id: Mapped[int] = mapped_column(
        ForeignKey("contact.id", ondelete="CASCADE"), index=True)
    role: Mapped[str | None] = mapped_column(String(200))
    is_primary: Mapped[bool] = mapped_column(Boolean, default=True)


class Tag(Base):
    __tablename__ = "tag"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)


class ContactTag(Base):
    __tablename__ = "contact_tag"

    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contact.id", ondelete="CASCADE"), primary_key=True)
    tag_id: Mapped[int] = mapped_column(ForeignKey("tag.id", ondelete="CASCADE"), primary_key=True,
                                        index=True)
