"""The search field's popup, run on the worker: the core's search over contacts, deals and
interactions, as rows ready to draw (two lines with their highlight spans) and what each opens.

Qt-free and read-only. Dates and money stay values: the GUI formats them in the window's language.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import aliased

from crm_desktop.core.models import Contact, Deal, Interaction, InteractionParticipant, Stage
from crm_desktop.core.search import Hit, search
from crm_desktop.core.search.sources import IDS

if TYPE_CHECKING:
    from crm_desktop.core.vault import Vault

Spans = tuple[tuple[int, int], ...]
TYPES = ("contact", "deal", "interaction")
SHOWN = {"contact": 5, "deal": 3, "interaction": 3}  # hits per group before "show all"
COUNT_TO = 50  # counted past that: "more than 50"
EXPANDED = 200  # hits of one group when "show all" is chosen
_NAMED = ("name", "pinyin")  # the title itself matched: the second line needs no snippet

_client = aliased(Contact)
_DEALS = (select(Deal.id, _client.display_name, Stage.name, Deal.amount, Deal.currency)
          .outerjoin(_client, _client.id == Deal.client_id).outerjoin(Stage, Stage.id == Deal.stage_id)
          .where(Deal.id.in_(IDS)))
_WHEN = select(Interaction.id, Interaction.occurred_at, Interaction.deal_id).where(Interaction.id.in_(IDS))
_PEOPLE = (select(InteractionParticipant.interaction_id, Contact.id, Contact.display_name)
           .join(Contact, Contact.id == InteractionParticipant.contact_id)
           .where(InteractionParticipant.interaction_id.in_(IDS), Contact.deleted_at.is_(None))
           .order_by(Contact.display_name))


@dataclass(frozen=True)
class Part:
    """A piece of a second line; a money amount or a day is formatted by the view."""

    text: str = ""
    spans: Spans = ()
    money: tuple[Decimal, str | None] | None = None
    day: datetime | None = None  # an instant: shown as a day on this computer's clock


@dataclass(frozen=True)
class PopupHit:
    entity: str  # contact | deal | interaction
    id: int
    title: str
    title_spans: Spans
    parts: tuple[Part, ...]  # the second line, joined with " · "
    open_kind: str  # what the window opens: an interaction opens its contact (or deal)
    open_id: int


@dataclass(frozen=True)
class PopupGroup:
    entity: str
    hits: tuple[PopupHit, ...]
    total: int  # COUNT_TO + 1: more than COUNT_TO
    expanded: bool = False


@dataclass(frozen=True)
class PopupResults:
    text: str
    groups: tuple[PopupGroup, ...]  # only groups with hits
    elapsed_ms: float


def global_search(vault: Vault, text: str, only: str | None = None) -> PopupResults:
    """Each group's first hits and count; with `only`, that group alone, up to EXPANDED hits."""
    types = (only,) if only else TYPES
    limit = EXPANDED if only else max(SHOWN.values())
    res = search(vault, text, types=types, limit=limit, count_to=EXPANDED if only else COUNT_TO)
    contact_ids = set(res.ids("contact"))
    with vault.engine.connect() as conn:
        deal_ids, notes = res.ids("deal"), res.ids("interaction")
        deals = {r[0]: r[1:] for r in conn.execute(_DEALS, {"ids": deal_ids})} if deal_ids else {}
        when = {r[0]: r[1:] for r in conn.execute(_WHEN, {"ids": notes})} if notes else {}
        people: dict[int, list[tuple[int, str]]] = defaultdict(list)
        for iid, cid, name in conn.execute(_PEOPLE, {"ids": notes}) if notes else ():
            people[iid].append((cid, name))
    groups = []
    for g in res.groups:
        shown = g.hits if only else g.hits[:SHOWN[g.entity]]
        rows: list[PopupHit] = []
        for h in shown:
            if g.entity == "contact":
                rows.append(_contact(h))
            elif g.entity == "deal":
                rows.append(_deal(h, deals.get(h.id)))
            else:
                row = _interaction(h, when.get(h.id), people.get(h.id, []), contact_ids)
                if row is not None:
                    rows.append(row)
        if rows:
            groups.append(PopupGroup(g.entity, tuple(rows), max(g.total or 0, len(rows)), bool(only)))
    return PopupResults(text, tuple(groups), res.elapsed_ms)


def _detail(base: list[Part], h: Hit) -> tuple[Part, ...]:
    """The second line with the matched text: highlighted where it already is, else added."""
    s = h.snippet
    if s is None or not s.text or h.field in _NAMED:
        return tuple(p for p in base if p.text or p.money or p.day)
    out = []
    placed = False
    for p in base:
        at = p.text.find(s.text) if p.text and not placed else -1
        if at >= 0:
            p = Part(p.text, tuple((a + at, b + at) for a, b in s.spans))
            placed = True
        out.append(p)
    if not placed:
        out.append(Part(s.text, s.spans))
    return tuple(p for p in out if p.text or p.money or p.day)


def _contact(h: Hit) -> PopupHit:
    return PopupHit("contact", h.id, h.title, h.spans, _detail([Part(x) for x in h.subtitle.split(" · ")], h),
                    "contact", h.id)


def _deal(h: Hit, facts: tuple | None) -> PopupHit:
    client, stage, amount, currency = facts or (None, None, None, None)
    base = [Part(client or ""), Part(stage or "")]
    if amount is not None:
        base.append(Part(money=(amount, currency)))
    return PopupHit("deal", h.id, h.title, h.spans, _detail(base, h), "deal", h.id)


def _interaction(h: Hit, facts: tuple | None, people: list[tuple[int, str]],
                 found: set[int]) -> PopupHit | None:
    occurred, deal_id = facts or (None, None)
    # Open the person the search found, else the first participant, else the deal it is about.
    opened = [c for c, _n in people if c in found] or [c for c, _n in people]
    if opened:
        kind, ident = "contact", opened[0]
    elif deal_id is not None:
        kind, ident = "deal", deal_id
    else:
        return None
    base = [Part(day=occurred)]
    if h.snippet is None:  # the subject matched and there is no body: who took part
        base.append(Part(", ".join(n for _c, n in people)))
    return PopupHit("interaction", h.id, h.title, h.spans, _detail(base, h), kind, ident)
