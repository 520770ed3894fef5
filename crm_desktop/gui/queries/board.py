"""The pipeline board's one query, run on the worker: every live deal's card fields, grouped by
stage, with each column's count and totals per currency (never added across currencies).

Qt-free and read-only; it belongs in core (deal_read) and lives here until the core owners take
it. It reads only the columns a card shows: `list_deals` would load parties for every deal.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import select

from crm_desktop.core.models import Contact, Deal, Stage
from crm_desktop.core.services.uow import ReadSession

if TYPE_CHECKING:
    from crm_desktop.core.vault import Vault

CARDS_PER_COLUMN = 100  # more cards than that help no one on a board: the list view has them all


@dataclass(frozen=True, slots=True)
class Card:
    id: int
    name: str
    client: str | None
    amount: Decimal | None
    currency: str | None
    expected_close: date | None
    status: str


@dataclass
class Column:
    stage_id: int
    name: str
    probability: int
    is_won: bool
    is_lost: bool
    count: int = 0
    totals: dict[str, Decimal] = field(default_factory=dict)  # currency -> sum of amounts
    cards: list[Card] = field(default_factory=list)

    @property
    def hidden(self) -> int:
        """Deals counted in the column but not shown as cards."""
        return self.count - len(self.cards)


@dataclass(frozen=True)
class Board:
    columns: list[Column]

    def column_of(self, deal_id: int) -> Column | None:
        return next((c for c in self.columns if any(card.id == deal_id for card in c.cards)), None)


def load_board(vault: Vault, *, per_column: int = CARDS_PER_COLUMN) -> Board:
    with ReadSession(vault) as s:
        columns = {st.id: Column(st.id, st.name, st.probability, st.is_won, st.is_lost)
                   for st in s.scalars(select(Stage).order_by(Stage.position, Stage.id))}
        rows = s.execute(
            select(Deal.id, Deal.name, Contact.display_name, Deal.amount, Deal.currency,
                   Deal.expected_close, Deal.status, Deal.stage_id)
            .outerjoin(Contact, (Contact.id == Deal.client_id) & Contact.deleted_at.is_(None))
            .where(Deal.deleted_at.is_(None))
            .order_by(Deal.expected_close.is_(None), Deal.expected_close, Deal.name, Deal.id))
        for deal_id, name, client, amount, currency, close, status, stage_id in rows:
            col = columns[stage_id]
            col.count += 1
            if amount is not None:
                # Decimal sums in Python: SQL SUM over decimal text would go through float.
                key = currency or ""
                col.totals[key] = col.totals.get(key, Decimal(0)) + amount
            if len(col.cards) < per_column:
                col.cards.append(Card(deal_id, name, client, amount, currency, close, status))
    for col in columns.values():
        col.totals = dict(sorted(col.totals.items()))
    return Board(list(columns.values()))
