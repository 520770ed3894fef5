"""Writing the search index: replace the documents of some entities, or rebuild everything.

Tables (migration 0002):
  search_doc   contacts and deals: folded name / info / phone digits; content of search_tri
  search_key   B-tree keys (folded names, pinyin, initials) for exact and prefix look-ups
  search_tri   FTS5 trigram over search_doc (external content): any substring of 3+ characters
  search_word  FTS5 unicode61, Chinese characters spaced (contentless): 1–2 character queries, notes
  search_note  FTS5 unicode61 like search_word over interactions, rowid = interaction id
All statements run on the caller's connection: the index changes in the same transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from crm_desktop.core.models import Contact, Deal, Interaction

from . import sources
from .docs import Doc, contact_doc, deal_doc, doc_id, interaction_row

Progress = Callable[[int, int], None]
DOC_TABLES = ("search_doc", "search_key")
FTS_TABLES = ("search_tri", "search_word", "search_note")
CHUNK = 2000
NOTE_CHUNK = 20000


def _ids_sql(ids: list[int]) -> str:
    # Ids are ints we computed, never user text: inlining them keeps one statement per table.
    return ",".join(str(int(i)) for i in ids)


def _remove_docs(conn: Connection, ids: list[int]) -> None:
    if not ids:
        return
    inlined = _ids_sql(ids)
    old = conn.exec_driver_sql(
        f"SELECT id, name, info, digits FROM search_doc WHERE id IN ({inlined})").fetchall()
    if old:
        # External content: the trigram index forgets a row only when told its old values.
        conn.exec_driver_sql(
            "INSERT INTO search_tri(search_tri, rowid, name, info, digits) VALUES('delete', ?, ?, ?, ?)",
            [tuple(r) for r in old])
    conn.exec_driver_sql(f"DELETE FROM search_word WHERE rowid IN ({inlined})")
    conn.exec_driver_sql(f"DELETE FROM search_key WHERE doc_id IN ({inlined})")
    conn.exec_driver_sql(f"DELETE FROM search_doc WHERE id IN ({inlined})")


def _insert_docs(conn: Connection, docs: list[Doc], *, with_tri: bool = True) -> None:
    if not docs:
        return
    conn.exec_driver_sql("INSERT INTO search_doc(id, entity, entity_id, name, info, digits, stamp) "
                         "VALUES(?, ?, ?, ?, ?, ?, ?)", [d.row() for d in docs])
    if with_tri:
        conn.exec_driver_sql("INSERT INTO search_tri(rowid, name, info, digits) VALUES(?, ?, ?, ?)",
                             [(d.id, d.name, d.info, d.digits) for d in docs])
    conn.exec_driver_sql("INSERT INTO search_word(rowid, name, info, body) VALUES(?, ?, ?, ?)",
                         [d.word_row() for d in docs])
    keys = [(k, d.id, kind) for d in docs for k, kind in d.keys]
    if keys:
        conn.exec_driver_sql("INSERT OR IGNORE INTO search_key(key, doc_id, kind) VALUES(?, ?, ?)", keys)


def _build(conn: Connection, entity: str, ids: list[int]) -> list[Doc]:
    if entity == "contact":
        return [contact_doc(c) for c in sources.contacts(conn, ids).values() if not c.deleted]
    return [deal_doc(d) for d in sources.deals(conn, ids).values() if not d.deleted]


def refresh_conn(conn: Connection, entity: str, ids: Iterable[int]) -> None:
    """Bring the documents of these entities in line with their rows (deleted ones: removed)."""
    id_list = sorted(set(ids))
    for start in range(0, len(id_list), CHUNK):
        chunk = id_list[start:start + CHUNK]
        if entity == "interaction":
            rows = sources.interactions(conn, chunk)
            conn.exec_driver_sql(f"DELETE FROM search_note WHERE rowid IN ({_ids_sql(chunk)})")
            live = [interaction_row(s) for s in rows.values() if not s.deleted]
            if live:
                conn.exec_driver_sql("INSERT INTO search_note(rowid, subject, body) VALUES(?, ?, ?)", live)
        elif entity in ("contact", "deal"):
            _remove_docs(conn, [doc_id(entity, i) for i in chunk])
            _insert_docs(conn, _build(conn, entity, chunk))
        else:
            raise ValueError(f"not a searchable entity: {entity}")


def rebuild_conn(conn: Connection, progress: Progress | None = None) -> None:
    """Empty the index and build it again from every live contact, deal and interaction."""
    for table in DOC_TABLES:
        conn.exec_driver_sql(f"DELETE FROM {table}")
    for table in FTS_TABLES:
        conn.exec_driver_sql(f"INSERT INTO {table}({table}) VALUES('delete-all')")
    live = {m: select(m.id).where(m.deleted_at.is_(None)).order_by(m.id) for m in (Contact, Deal)}
    n_notes, max_note = conn.execute(
        select(func.count(), func.max(Interaction.id)).where(Interaction.deleted_at.is_(None))).one()
    contact_ids = list(conn.scalars(live[Contact]))
    deal_ids = list(conn.scalars(live[Deal]))
    total, done = len(contact_ids) + len(deal_ids) + n_notes, 0
    for entity, ids in (("contact", contact_ids), ("deal", deal_ids)):
        for start in range(0, len(ids), CHUNK):
            chunk = ids[start:start + CHUNK]
            # The trigram index is built once at the end from search_doc ('rebuild'): faster
            # than feeding it row by row.
            _insert_docs(conn, _build(conn, entity, chunk), with_tri=False)
            done += len(chunk)
            if progress:
                progress(done, total)
    conn.exec_driver_sql("INSERT INTO search_tri(search_tri) VALUES('rebuild')")
    for lo in range(0, (max_note or 0) + 1, NOTE_CHUNK):
        rows = sources.interactions(conn, id_range=(lo, lo + NOTE_CHUNK))
        live_rows = [interaction_row(s) for s in rows.values() if not s.deleted]
        if live_rows:
            conn.exec_driver_sql("INSERT INTO search_note(rowid, subject, body) VALUES(?, ?, ?)", live_rows)
        done += len(live_rows)
        if progress:
            progress(done, total)
