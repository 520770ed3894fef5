"""What the duplicate warning and the finder read, on the worker (never the GUI thread): a typed
contact's likely matches with what tells them apart, the groups of the vault with their names, and
a group's records side by side with what each carries."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, or_, select

from crm_desktop.core.matching import ensure_keys, find_groups, find_matches
from crm_desktop.core.models import Contact, Deal, DealParty, Interaction, InteractionParticipant, Reminder
from crm_desktop.core.services import contact_read
from crm_desktop.core.services.contact_dto import ContactOut
from crm_desktop.core.services.uow import ReadSession
from crm_desktop.gui.formatting import readable_phone

if TYPE_CHECKING:
    from crm_desktop.core.vault import Vault

CHUNK = 500


@dataclass(frozen=True)
class Hint:
    """A contact on file that the one being typed may be."""

    contact_id: int
    name: str
    organization: str | None
    phone: str | None  # the first one, spaced for reading
    email: str | None
    score: float
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class GroupRow:
    ids: tuple[int, ...]
    names: tuple[str, ...]
    score: float
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class Side:
    """One record of a group, with the links a merge would carry over."""

    contact: ContactOut
    interactions: int
    deals: int
    reminders: int

    @property
    def links(self) -> int:
        return self.interactions + self.deals + self.reminders


def entry_hints(vault: Vault, values: dict[str, Any], exclude_id: int | None = None,
                limit: int = 3) -> list[Hint]:
    """Contacts on file that `values` (as a contact form holds them) may duplicate, best first."""
    with ReadSession(vault) as s:
        matches = [m for m in find_matches(s, values, exclude_id=exclude_id, limit=limit)
                   if m.contact_id is not None]
        found = {c.id: c for c in contact_read.load(s, [m.contact_id for m in matches if m.contact_id])}
    out = []
    for m in matches:
        c = found.get(m.contact_id or 0)
        if c is None:
            continue
        phone = readable_phone(c.phones[0].number) if c.phones else None
        out.append(Hint(c.id, c.display_name, c.organization, phone,
                        c.emails[0].address if c.emails else None, m.score, tuple(m.reasons)))
    return out


def names_of(vault: Vault, ids: list[int]) -> dict[int, str]:
    wanted = sorted(set(ids))
    out: dict[int, str] = {}
    with ReadSession(vault) as s:
        for i in range(0, len(wanted), CHUNK):
            for cid, name in s.execute(select(Contact.id, Contact.display_name)
                                       .where(Contact.id.in_(wanted[i:i + CHUNK]))):
                out[cid] = name
    return out


def find_group_rows(vault: Vault, progress: Callable[..., None] | None = None) -> list[GroupRow]:
    """Every group of likely duplicates, best first, with names. `progress(phase, done, total)`;
    raising from it (a cancel) stops the search."""
    report = progress or (lambda *_: None)
    report("keys", 0, 0)
    if not vault.read_only:
        ensure_keys(vault, lambda done, total: report("keys", done, total))
    groups = find_groups(vault, progress=lambda done, total: report("pairs", done, total))
    names = names_of(vault, [i for g in groups for i in g.ids])
    return [GroupRow(tuple(g.ids), tuple(names.get(i, f"#{i}") for i in g.ids), g.score, tuple(g.reasons))
            for g in groups]


def load_sides(vault: Vault, ids: list[int]) -> list[Side]:
    """The group's records in the order given, each with its live interactions, deals (as client
    or party) and reminders counted."""
    with ReadSession(vault) as s:
        people = {c.id: c for c in contact_read.load(s, ids)}
        talks: dict[int, int] = {cid: n for cid, n in s.execute(
            select(InteractionParticipant.contact_id, func.count())
            .join(Interaction, Interaction.id == InteractionParticipant.interaction_id)
            .where(InteractionParticipant.contact_id.in_(ids), Interaction.deleted_at.is_(None))
            .group_by(InteractionParticipant.contact_id))}
        deals: dict[int, int] = {}
        for cid in ids:
            parties = select(DealParty.deal_id).where(DealParty.contact_id == cid)
            deals[cid] = s.scalar(select(func.count(Deal.id)).where(
                Deal.deleted_at.is_(None), or_(Deal.client_id == cid, Deal.id.in_(parties)))) or 0
        todo: dict[int, int] = {cid: n for cid, n in s.execute(select(Reminder.contact_id, func.count())
                              .where(Reminder.contact_id.in_(ids), Reminder.deleted_at.is_(None))
                              .group_by(Reminder.contact_id))}
    return [Side(people[i], talks.get(i, 0), deals[i], todo.get(i, 0)) for i in ids if i in people]
