"""Clients going cold: tiered contacts with no interaction past their tier's threshold (no PDF).

Uses the stored, indexed `contact.last_interaction_at` (kept by the interaction service): a
NOT EXISTS over interactions costs ~30x more at 1M interactions (DESIGN.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from crm_desktop.core.models import TIERS, Contact, Interaction, InteractionParticipant, VaultSetting

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


def _cold_where(tier: str, cutoff: datetime):  # type: ignore[no-untyped-def]
    return and_(Contact.deleted_at.is_(None), Contact.tier == tier,
                or_(Contact.last_interaction_at < cutoff,
                    and_(Contact.last_interaction_at.is_(None), Contact.created_at < cutoff)))


def count_cold(session: Session, *, today: date, tz: tzinfo) -> dict[str, int]:
    out = {}
    for tier, days in thresholds(session).items():
        cutoff = local_midnight(today - timedelta(days=days), tz)
        out[tier] = session.scalar(select(func.count(Contact.id)).where(_cold_where(tier, cutoff))) or 0
    return out


def cold_figures(session: Session, *, today: date, tz: tzinfo, limit: int | None = None) -> ColdFigures:
    limits = thresholds(session)
    by_tier: dict[str, list[ColdContact]] = {}
    totals = {}
    for tier, days in limits.items():
        cutoff = local_midnight(today - timedelta(days=days), tz)
        where = _cold_where(tier, cutoff)
        totals[tier] = session.scalar(select(func.count(Contact.id)).where(where)) or 0
        since = func.coalesce(Contact.last_interaction_at, Contact.created_at)
        q = (select(Contact.id, Contact.display_name, Contact.kind, Contact.last_interaction_at,
                    Contact.created_at).where(where).order_by(since, Contact.id))
        if limit is not None:
            q = q.limit(limit)
        rows = session.execute(q).all()
        last = _last_interactions(session, [r[0] for r in rows if r[3] is not None])
        out = []
        for cid, name, kind, last_at, created in rows:
            ref = (last_at or created).astimezone(tz).date()
            k, subject, summary = last.get(cid, (None, None, None))
            out.append(ColdContact(cid, name, kind, tier, days, (today - ref).days, last_at, k,
                                   subject, summary))
        by_tier[tier] = out
    return ColdFigures(today, limits, by_tier, totals)


def _last_interactions(session: Session, ids: list[int]) -> dict[int, tuple[str, str | None, str | None]]:
    """Kind, subject and the start of the minutes of each contact's newest interaction."""
    out: dict[int, tuple[str, str | None, str | None]] = {}
    for i in range(0, len(ids), 500):  # bounded IN lists
        chunk = ids[i:i + 500]
        rank = func.row_number().over(partition_by=InteractionParticipant.contact_id,
                                      order_by=(Interaction.occurred_at.desc(), Interaction.id.desc()))
        inner = (select(InteractionParticipant.contact_id.label("cid"), Interaction.kind,
                        Interaction.subject, func.substr(Interaction.body, 1, SUMMARY_CHARS).label("body"),
                        rank.label("rank"))
                 .join(Interaction, Interaction.id == InteractionParticipant.interaction_id)
                 .where(InteractionParticipant.contact_id.in_(chunk), Interaction.deleted_at.is_(None))
                 .subquery())
        for cid, kind, subject, body in session.execute(
                select(inner.c.cid, inner.c.kind, inner.c.subject, inner.c.body).where(inner.c.rank == 1)):
            out[cid] = (kind, subject, summarize(body))
    return out


def summarize(body: str | None) -> str | None:
    """The minutes' first lines, on one line, cut at SUMMARY_CHARS."""
    if not body:
        return None
    text = " ".join(body.split())
    return text if len(text) < SUMMARY_CHARS else text[:SUMMARY_CHARS - 1] + "…"
