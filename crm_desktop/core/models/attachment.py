"""Files kept inside the vault, encrypted like everything else."""

from __future__ import annotations

from sqlalchemy import ForeignKey, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, RecordMixin, SoftDeleteMixin

MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024


class Attachment(RecordMixin, SoftDeleteMixin, Base):
    __tablename__ = "attachment"

    filename: Mapped[str] = mapped_column(String(255))
    mime_type: Mapped[str | None] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contact.id"), index=True)
    deal_id: Mapped[int | None] = mapped_column(ForeignKey("deal.id"), index=True)
    interaction_id: Mapped[int | None] = mapped_column(ForeignKey("interaction.id"), index=True)


class AttachmentBlob(Base):
    """The bytes, apart from the metadata so that listing attachments never reads them."""

    __tablename__ = "attachment_blob"

    attachment_id: Mapped[int] = mapped_column(
        ForeignKey("attachment.id", ondelete="CASCADE"), primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)
