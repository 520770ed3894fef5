"""Writing the search index: replace the documents of some entities, or rebuild everything.

Tables (migration 0002):
  search_doc   contacts and deals: what ranks and filters them (activity, kind, tier, owner, stage)
  search_key   B-tree keys (folded names, pinyin, initials) for exact and prefix look-ups
  search_tri   FTS5 trigram (names, details, phone digits): any substring of 3+ characters
  search_word  FTS5 unicode61 with Chinese characters spaced (names, details, notes): 1–2 character
               queries and words in notes
  search_note  FTS5 unicode61 like search_word over interactions, rowid = interaction id
The FTS5 tables are contentless (the text lives in the source rows only) with contentless_delete.
All statements run on the caller's connection: the index changes in the same transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from crm_desktop.core.models import Contact, Deal, Interaction

from . import sources
from .docs import DEAL_BASE, Doc, contact_doc, deal_doc, doc_id, interaction_row

Progress = Callable[[int, int], None]
DOC_TABLES = ("search_doc", "search_key")
DOC_FTS = ("search_tri", "search_word")
FTS_TABLES = ("search_tri", "search_word", "search_note")
CHUNK = 2000
NOTE_CHUNK = 20000


def _ids_sql(ids: list[int]) -> str:
    # Ids are ints we computed, never user text: inlining them keeps one statement per table.
    return ",".join(str(int(i)) for i in ids)


def _remove_docs(conn: Connection, ids: list[int]) -> None:
    if not ids:
        return
    # Only the documents that exist: an import refreshes contacts it just wrote, and a delete from
    # the FTS5 tables costs as much for a missing rowid as for a present one (a fifth of the refresh).
    ids = list(conn.exec_driver_sql(f"SELECT id FROM search_doc WHERE id IN ({_ids_sql(ids)})").scalars())
    if not ids:
        return
    inlined = _ids_sql(ids)
    for table in DOC_FTS:
        conn.exec_driver_sql(f"DELETE FROM {table} WHERE rowid IN ({inlined})")
    conn.exec_driver_sql(f"DELETE FROM search_key WHERE doc_id IN ({inlined})")
    conn.exec_driver_sql(f"DELETE FROM search_doc WHERE id IN ({inlined})")


def _insert_docs(conn: Connection, docs: list[Doc]) -> None:
    if not docs:
        return
    conn.exec_driver_sql("INSERT INTO search_doc(id, entity, entity_id, activity, kind, tier, owner, "
                         "stage_id, stamp) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)", [d.row() for d in docs])
    conn.exec_driver_sql("INSERT INTO search_tri(rowid, name, info, digits) VALUES(?, ?, ?, ?)",
                         [d.tri_row() for d in docs])
    conn.exec_driver_sql("INSERT INTO search_word(rowid, name, info, body) VALUES(?, ?, ?, ?)",
                         [d.word_row() for d in docs])
    keys = [(k, d.id, kind) for d in docs for k, kind in d.keys]
    if keys:
        conn.exec_driver_sql("INSERT OR IGNORE INTO search_key(key, doc_id, kind) VALUES(?, ?, ?)", keys)


_RANK = {
    "contact": ("SELECT id, kind, tier, owner, coalesce(last_interaction_at, '') FROM contact "
                "WHERE id IN ({})",
                "UPDATE search_doc SET kind = ?, tier = ?, owner = ?, activity = ? WHERE id = ?"),
    "deal": (f"SELECT id + {DEAL_BASE}, owner, stage_id, updated_at FROM deal WHERE id IN ({{}})",
             "UPDATE search_doc SET owner = ?, stage_id = ?, activity = ? WHERE id = ?"),
}


def refresh_rank(conn: Connection, entity: str, ids: Iterable[int]) -> None:
    """Copy the columns that rank and filter (activity, tier, owner, stage) into existing documents:
    a new interaction moves its contacts up without re-indexing their text."""
    id_list = sorted(set(ids))
    select_sql, update_sql = _RANK[entity]
    for start in range(0, len(id_list), CHUNK):
        rows = conn.exec_driver_sql(select_sql.format(_ids_sql(id_list[start:start + CHUNK]))).all()
        if rows:
            conn.exec_driver_sql(update_sql, [(*r[1:], r[0]) for r in rows])


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
            _insert_docs(conn, _build(conn, entity, chunk))
            done += len(chunk)
            if progress:
                progress(done, total)
    for lo in range(0, (max_note or 0) + 1, NOTE_CHUNK):
        rows = sources.interactions(conn, id_range=(lo, lo + NOTE_CHUNK))
        live_rows = [interaction_row(s) for s in rows.values() if not s.deleted]
        if live_rows:
            conn.exec_driver_sql("INSERT INTO search_note(rowid, subject, body) VALUES(?, ?, ?)", live_rows)
        done += len(live_rows)
        if progress:
            progress(done, total)
