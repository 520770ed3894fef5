"""Interactions a found person took part in: a name finds the meetings and calls with that person,
not only the notes whose text mentions it.

Read at query time from the participant table (indexed by contact), for the few best name matches:
indexing participants' names into the notes index instead would mean rewriting every interaction
of a contact on each rename or merge.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.engine import Connection

from crm_desktop.core.models import Interaction

from .highlight import Spans, find_spans, pinyin_spans
from .plan import Plan
from .results import Snippet
from .sources import IDS

PEOPLE = 5  # best name matches whose interactions are listed
NAME_TIERS = (0, 1, 2, 5)  # sql.py: whole name, name prefix, part of a name, forgiven typo
# Newest first down the contact_id index (rowids of participations follow their interactions'),
# stopping at the page's end: an organization in 10,000 meetings costs a page, not 10,000 rows.
# Each row still costs a look-up in the table: an index on (contact_id, interaction_id) would
# answer from the index alone.
_NEWEST = ("SELECT interaction_id FROM interaction_participant WHERE contact_id = ? "
           "ORDER BY rowid DESC LIMIT ?")
# Trashed ones are dropped in Python: see sources._ORGS for why not "deleted_at IS NULL" in SQL.
_LIVE = select(Interaction.id, Interaction.deleted_at.is_(None)).where(Interaction.id.in_(IDS))


def people(p: Plan, ranked: list[tuple[int, int]]) -> list[int]:
    """The contacts (of `ranked`: id, tier) whose name the query spells. One Latin letter names
    thousands of people: no one in particular."""
    if not p.terms or (len(p.key) < 2 and p.key.isascii()):
        return []
    return [cid for cid, tier in ranked if tier in NAME_TIERS][:PEOPLE]


def interaction_ids(conn: Connection, contact_ids: list[int], limit: int) -> list[int]:
    """Live interactions of these contacts, newest first (ids follow time), at most `limit`."""
    found: set[int] = set()
    for cid in contact_ids:
        found.update(r[0] for r in conn.exec_driver_sql(_NEWEST, (cid, limit)))
    ids = sorted(found, reverse=True)
    out: list[int] = []
    for start in range(0, len(ids), limit):  # newest first: the first chunk fills the page but for trash
        chunk = ids[start:start + limit]
        live = {iid for iid, alive in conn.execute(_LIVE, {"ids": chunk}) if alive}
        out.extend(i for i in chunk if i in live)
        if len(out) >= limit:
            break
    return out[:limit]


def names_snippet(names: list[str], p: Plan) -> Snippet | None:
    """The participants' names with what the query matched in them highlighted, or None."""
    spans: list[tuple[int, int]] = []
    at = 0
    for name in names:
        found: Spans = find_spans(name, p.needles) or pinyin_spans(name, p.key, surname=True)
        spans.extend((at + s, at + e) for s, e in found)
        at += len(name) + 2  # ", "
    return Snippet(", ".join(names), tuple(spans)) if spans else None
