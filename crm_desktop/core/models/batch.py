"""Import batches: every import is one batch, undoable as a whole."""

from __future__ import annotations

from sqlalchemy import Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, RecordMixin


class ImportBatch(RecordMixin, Base):
    __tablename__ = "import_batch"

    source_name: Mapped[str] = mapped_column(String(500))
    format: Mapped[str] = mapped_column(String(20))
    row_count: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[str] = mapped_column(String(20), default="done")
    detail: Mapped[str | None] = mapped_column(Text)
