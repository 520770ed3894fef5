"""Clients going cold: tiered contacts with no interaction past their tier's threshold (no PDF).

Uses the stored, indexed `contact.last_interaction_at` (kept by the interaction service): a
NOT EXISTS over interactions costs ~30x more at 1M interactions (DESIGN.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from functools import cache
from typing import Any

from sqlalchemy import and_, bindparam, func, or_, select
from sqlalchemy.orm import Session, aliased

from crm_desktop.core.models import (
    TIERS,
    Affiliation,
    Contact,
    Interaction,
    InteractionParticipant,
    VaultSetting,
)
from crm_desktop.core.models.base import UTCDateTime

from .fmt import local_midnight

DEFAULT_STALE_DAYS = {"A": 30, "B": 90, "C": 180}
SUMMARY_CHARS = 240


@dataclass(frozen=True)
class ColdContact:
    contact_id: int
    name: str
    kind: str
    tier: str
    threshold: int
    days_silent: int  # since the last interaction, or since the contact was added if never
    last_at: datetime | None  # None: never an interaction
    last_kind: str | None
    last_subject: str | None
    last_summary: str | None  # the start of the minutes


@dataclass(frozen=True)
class ColdFigures:
    today: date
    thresholds: dict[str, int]
    by_tier: dict[str, list[ColdContact]]  # most silent first
    totals: dict[str, int]  # per tier, even when the lists were cut at `limit`


def thresholds(session: Session) -> dict[str, int]:
    """Days of silence per tier; settings `stale_days_A` etc. override the defaults."""
    out = dict(DEFAULT_STALE_DAYS)
    keys = [f"stale_days_{t}" for t in TIERS]
    for key, value in session.execute(select(VaultSetting.key, VaultSetting.value)
                                      .where(VaultSetting.key.in_(keys))):
        try:
            days = int(value)
        except ValueError:
            continue  # a mistyped setting keeps the default rather than breaking every report
        if days > 0:
            out[key.rsplit("_", 1)[1]] = days
    return out


# The reads are built once with parameters: building them again for every tier and call (aliases,
# correlated subqueries) cost ~10 ms of each dashboard refresh.
_TIER = bindparam("tier")
_CUTOFF = bindparam("cutoff", type_=UTCDateTime())
_LIMIT = bindparam("limit")


def _silent(kind: str):  # type: ignore[no-untyped-def]
    """Its own silence: no interaction since the cutoff (or added before it and never met). Tier
    and kind by equality, so the count reads ix_contact_cold alone."""
    return and_(Contact.deleted_at.is_(None), Contact.tier == _TIER, Contact.kind == kind,
                or_(Contact.last_interaction_at < _CUTOFF,
                    and_(Contact.last_interaction_at.is_(None), Contact.created_at < _CUTOFF)))


def _people_last():  # type: ignore[no-untyped-def]
    """An organization's newest interaction through any of its (live) people."""
    person = aliased(Contact)
    return (select(func.max(person.last_interaction_at))
            .join(Affiliation, Affiliation.person_id == person.id)
            .where(Affiliation.organization_id == Contact.id, person.deleted_at.is_(None))
            .scalar_subquery())


def _met_through_people():  # type: ignore[no-untyped-def]
    """A live person of the organization met since the cutoff: the search stops at the first one,
    where a max() over every person read all ~11 per organization (~2k organizations a tier)."""
    person = aliased(Contact)
    return (select(Affiliation.person_id).join(person, person.id == Affiliation.person_id)
            .where(Affiliation.organization_id == Contact.id, person.deleted_at.is_(None),
                   person.last_interaction_at >= _CUTOFF).exists())


@cache
def _reads() -> dict[str, Any]:
    cols = (Contact.id, Contact.display_name, Contact.kind, Contact.last_interaction_at, Contact.created_at)
    people = _silent("person")
    return {
        # Organizations silent themselves and through every one of their people: meeting the CFO
        # is meeting the firm. (id, name, kind, own last, created, newest through people)
        "orgs": select(*cols, _people_last()).where(_silent("organization"), ~_met_through_people()),
        "people_count": select(func.count(Contact.id)).where(people),
        "people": select(*cols).where(people).order_by(
            func.coalesce(Contact.last_interaction_at, Contact.created_at), Contact.id),
        # With a limit, two index-ordered reads (met once, never met) merged, rather than sorting
        # every silent person of the tier.
        "people_met": select(*cols).where(people, Contact.last_interaction_at.is_not(None))
        .order_by(Contact.last_interaction_at, Contact.id).limit(_LIMIT),
        "people_never": select(*cols).where(people, Contact.last_interaction_at.is_(None))
        .order_by(Contact.created_at, Contact.id).limit(_LIMIT),
    }


def _cold_orgs(session: Session, tier: str, cutoff: datetime) -> list[tuple[Any, ...]]:
    return list(session.execute(_reads()["orgs"], {"tier": tier, "cutoff": cutoff}).all())


def _last_at(row: tuple[Any, ...]) -> datetime | None:
    """The newest interaction: its own, or for an organization its people's if newer."""
    through = row[5] if len(row) > 5 else None
    return max((x for x in (row[3], through) if x is not None), default=None)


def _since(row: tuple[Any, ...]) -> datetime:
    """When the silence began: the newest interaction, else when the contact was added."""
    return _last_at(row) or row[4]


def _count_people(session: Session, tier: str, cutoff: datetime) -> int:
    return session.scalar(_reads()["people_count"], {"tier": tier, "cutoff": cutoff}) or 0


def count_cold(session: Session, *, today: date, tz: tzinfo) -> dict[str, int]:
    out = {}
    for tier, days in thresholds(session).items():
        cutoff = local_midnight(today - timedelta(days=days), tz)
        out[tier] = _count_people(session, tier, cutoff) + len(_cold_orgs(session, tier, cutoff))
    return out


def _cold_people(session: Session, tier: str, cutoff: datetime, limit: int | None) -> list[tuple[Any, ...]]:
    """Most silent first."""
    reads, args = _reads(), {"tier": tier, "cutoff": cutoff, "limit": limit}
    if limit is None:
        return list(session.execute(reads["people"], args).all())
    return [*session.execute(reads["people_met"], args), *session.execute(reads["people_never"], args)]


def cold_figures(session: Session, *, today: date, tz: tzinfo, limit: int | None = None) -> ColdFigures:
    limits = thresholds(session)
    by_tier: dict[str, list[ColdContact]] = {}
    totals = {}
    for tier, days in limits.items():
        cutoff = local_midnight(today - timedelta(days=days), tz)
        orgs = _cold_orgs(session, tier, cutoff)
        totals[tier] = _count_people(session, tier, cutoff) + len(orgs)
        rows = sorted([*_cold_people(session, tier, cutoff, limit), *orgs], key=lambda r: (_since(r), r[0]))
        rows = rows[:limit] if limit is not None else rows
        # Kind and subject of the contact's own newest interaction; left out for an organization
        # whose newest is through its people (the date still says when).
        last = _last_interactions(session, [r[0] for r in rows if r[3] is not None and _last_at(r) == r[3]])
        out = []
        for row in rows:
            at = _last_at(row)
            k, subject, summary = last.get(row[0], (None, None, None))
            silent = (today - _since(row).astimezone(tz).date()).days
            out.append(ColdContact(row[0], row[1], row[2], tier, days, silent, at, k, subject, summary))
        by_tier[tier] = out
    return ColdFigures(today, limits, by_tier, totals)


@cache
def _newest_reads() -> tuple[Any, Any]:
    """(by the stored last_interaction_at, by ranking every interaction): the first seeks one
    interaction per contact by its time (~1 ms for the dashboard's ~20 contacts, against ~10 ms
    reading every interaction of theirs); the second answers for any it did not find."""
    ids = bindparam("ids", expanding=True)
    body = func.substr(Interaction.body, 1, SUMMARY_CHARS)
    stored = (select(InteractionParticipant.contact_id, Interaction.kind, Interaction.subject, body)
              .select_from(Contact).join(Interaction, Interaction.occurred_at == Contact.last_interaction_at)
              .join(InteractionParticipant, (InteractionParticipant.interaction_id == Interaction.id)
                    & (InteractionParticipant.contact_id == Contact.id))
              .where(Contact.id.in_(ids), Interaction.deleted_at.is_(None))
              .order_by(InteractionParticipant.contact_id, Interaction.id.desc()))
    rank = func.row_number().over(partition_by=InteractionParticipant.contact_id,
                                  order_by=(Interaction.occurred_at.desc(), Interaction.id.desc()))
    inner = (select(InteractionParticipant.contact_id.label("cid"), Interaction.kind,
                    Interaction.subject, body.label("body"), rank.label("rank"))
             .join(Interaction, Interaction.id == InteractionParticipant.interaction_id)
             .where(InteractionParticipant.contact_id.in_(ids), Interaction.deleted_at.is_(None))
             .subquery())
    ranked = select(inner.c.cid, inner.c.kind, inner.c.subject, inner.c.body).where(inner.c.rank == 1)
    return stored, ranked


def _last_interactions(session: Session, ids: list[int]) -> dict[int, tuple[str, str | None, str | None]]:
    """Kind, subject and the start of the minutes of each contact's newest interaction (the
    highest id among several at the same time)."""
    out: dict[int, tuple[str, str | None, str | None]] = {}
    for read in _newest_reads():
        todo = [i for i in ids if i not in out]
        for i in range(0, len(todo), 500):  # bounded IN lists
            for cid, kind, subject, body in session.execute(read, {"ids": todo[i:i + 500]}):
                out.setdefault(cid, (kind, subject, summarize(body)))
    return out


def summarize(body: str | None) -> str | None:
    """The minutes' first lines, on one line, cut at SUMMARY_CHARS."""
    if not body:
        return None
    text = " ".join(body.split())
    return text if len(text) < SUMMARY_CHARS else text[:SUMMARY_CHARS - 1] + "…"
