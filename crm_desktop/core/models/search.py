"""The search index's plain tables (the FTS5 tables beside them live only in migration 0002).

Written by crm_desktop.core.search with Core statements only — never audited, never undone:
the index follows the data it describes.
"""

from __future__ import annotations

from sqlalchemy import Index, Integer, String, text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base


class SearchDoc(Base):
    """One searchable contact or deal, and what ranks and filters it. `id` is derived from
    (entity, entity_id) — crm_desktop.core.search.docs.doc_id — and is the rowid of its FTS5 rows.

    Deliberately narrow (copies of a few columns, no text): ranking thousands of FTS hits joins
    them here at ~1.5 µs a row, against ~19 µs a row for the wide contact table (bench/search.py).
    """

    __tablename__ = "search_doc"
    __table_args__ = (Index("ix_search_doc_entity_activity", "entity", "activity"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    entity: Mapped[str] = mapped_column(String(12))
    entity_id: Mapped[int] = mapped_column(Integer)
    # Recent activity first: a contact's last_interaction_at, a deal's updated_at (UTC ISO text);
    # '' for never (not NULL: "no interaction since" stays one range of the index).
    activity: Mapped[str] = mapped_column(String(32), default="")
    kind: Mapped[str | None] = mapped_column(String(16))  # contact: person | organization
    tier: Mapped[str | None] = mapped_column(String(1))  # contact
    owner: Mapped[str | None] = mapped_column(String(100))  # contact, deal
    stage_id: Mapped[int | None] = mapped_column(Integer)  # deal
    # The entity's updated_at when indexed: a cheap way to find documents left stale.
    stamp: Mapped[str | None] = mapped_column(String(32))


class SearchKey(Base):
    """Whole-word keys for exact and prefix look-ups through a B-tree. kind: 'n' a name as written
    (folded), 'p' its pinyin, 'i' initials, 'w' a part of a name (a word, a given name), 'q' the
    pinyin of a part. Typo forgiveness compares only 'n' and 'w' keys (names as written)."""

    __tablename__ = "search_key"
    __table_args__ = (
        Index("ix_search_key_doc_id", "doc_id"),
        # Typo forgiveness reads the distinct name keys of one first letter from here.
        Index("ix_search_key_names", "key", sqlite_where=text("kind IN ('n', 'w')")),
        {"sqlite_with_rowid": False},
    )

    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    doc_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(1), primary_key=True)
