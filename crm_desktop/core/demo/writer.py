"""Rows into the vault by SQLAlchemy Core bulk inserts: buffered per table, written parents first."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, insert

from crm_desktop.core.models import (
    Affiliation,
    Contact,
    ContactAddress,
    ContactEmail,
    ContactPhone,
    ContactTag,
    Deal,
    DealNote,
    DealParty,
    DealStageEntry,
    Interaction,
    InteractionParticipant,
    Reminder,
    Tag,
)

from .world import World

# Foreign keys are checked row by row (PRAGMA foreign_keys=ON): a parent table goes first.
ORDER: tuple[type, ...] = (Tag, Contact, ContactPhone, ContactEmail, ContactAddress, Affiliation, ContactTag,
                           Deal, DealParty, DealNote, DealStageEntry, Interaction, InteractionParticipant,
                           Reminder)

_CONTACT_FIELDS = ("given_name", "family_name", "phonetic_given_name", "phonetic_family_name",
                   "other_names", "title", "department", "website", "birthday", "tier", "note", "owner")


class Writer:
    """`add` rows, `flush` them in one executemany per table; counts what it wrote."""

    def __init__(self, conn: Connection, progress: Callable[[int, int], None] | None, total: int) -> None:
        self.conn = conn
        self._rows: dict[type, list[dict[str, Any]]] = {m: [] for m in ORDER}
        self._insert = {m: insert(m.__table__) for m in ORDER}  # type: ignore[attr-defined]
        self.counts: dict[type, int] = dict.fromkeys(ORDER, 0)
        self._progress = progress
        self.total = total
        self.done = 0

    def add(self, model: type, row: dict[str, Any]) -> None:
        self._rows[model].append(row)

    def flush(self, units: int = 0) -> None:
        """Write what is buffered; `units` of the announced total are now done."""
        for model in ORDER:
            rows = self._rows[model]
            if rows:
                self.conn.execute(self._insert[model], rows)
                self.counts[model] += len(rows)
                rows.clear()
        self.done += units
        if self._progress is not None and units:
            self._progress(self.done, self.total)


def contact_row(w: World, contact_id: int, kind: str, display_name: str, created: datetime,
                **values: Any) -> dict[str, Any]:
    """Every column of a contact row, so that each executemany batch has the same keys."""
    row: dict[str, Any] = {"id": contact_id, "uid": w.uid(), "created_at": created, "updated_at": created,
                           "kind": kind, "display_name": display_name, "source": "demo",
                           "last_interaction_at": None}
    for name in _CONTACT_FIELDS:
        row[name] = values.pop(name, None)
    if values:
        raise TypeError(f"not contact columns: {sorted(values)}")
    return row
