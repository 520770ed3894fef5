"""The search index's plain tables (the FTS5 tables beside them live only in migration 0002).

Written by crm_desktop.core.search with Core statements only — never audited, never undone:
the index follows the data it describes.
"""

from __future__ import annotations

from sqlalchemy import Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base


class SearchDoc(Base):
    """One searchable contact or deal. `id` is derived from (entity, entity_id) — see
    crm_desktop.core.search.docs.doc_id — and is the rowid of the FTS5 rows built from it."""

    __tablename__ = "search_doc"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    entity: Mapped[str] = mapped_column(String(12))
    entity_id: Mapped[int] = mapped_column(Integer)
    # Folded text (the content the trigram index is built from): names, other details, phone digits.
    name: Mapped[str] = mapped_column(Text, default="")
    info: Mapped[str] = mapped_column(Text, default="")
    digits: Mapped[str] = mapped_column(Text, default="")
    # The entity's updated_at when indexed: a cheap way to find documents left stale.
    stamp: Mapped[str | None] = mapped_column(String(32))


class SearchKey(Base):
    """Whole-word keys for exact and prefix look-ups through a B-tree: folded names, pinyin,
    initials. kind: 'n' a full name form, 'i' initials, 'w' a part (one word, a given name)."""

    __tablename__ = "search_key"
    __table_args__ = (Index("ix_search_key_doc_id", "doc_id"), {"sqlite_with_rowid": False})

    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    doc_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(1), primary_key=True)
