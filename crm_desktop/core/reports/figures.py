"""Figures without a PDF, for the dashboard and the reports alike: the data-health check here,
and (re-exported) pipeline, follow-ups, going cold and activity.

Every function takes an open session (ReadSession) and plain values, and returns dataclasses.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import and_, exists, func, select
from sqlalchemy.orm import Session, aliased

from crm_desktop.core.models import Affiliation, Contact, ContactEmail, ContactPhone, Deal
from crm_desktop.core.services.common import get_setting

from .activity_figures import ActivityFigures, ActivityWeek, activity_figures
from .cold_figures import ColdContact, ColdFigures, cold_figures, count_cold, thresholds
from .followup_figures import Followups, ReminderRow, count_overdue, followup_figures
from .pipeline_figures import (
    ClosedDeal,
    ForecastRow,
    PipelineFigures,
    StageFigures,
    StageTime,
    Totals,
    pipeline_figures,
)

__all__ = [
    "ActivityFigures", "ActivityWeek", "ClosedDeal", "ColdContact", "ColdFigures", "ContactIssue",
    "DealIssue", "Followups", "ForecastRow", "HealthFigures", "HealthLists", "PipelineFigures",
    "ReminderRow", "StageFigures", "StageTime", "Totals", "activity_figures", "cold_figures",
    "count_cold", "count_overdue", "followup_figures", "health_figures", "health_lists",
    "pipeline_figures", "report_tz", "thresholds",
]

CHECKS = ("missing_phone", "missing_email", "missing_organization", "missing_tier",
          "invalid_phone", "invalid_email")


@dataclass(frozen=True)
class HealthFigures:
    contacts: int
    people: int
    organizations: int
    missing_phone: int
    missing_email: int
    missing_organization: int  # people linked to no organization
    missing_tier: int
    invalid_phone: int  # contacts with a phone kept as typed (did not parse)
    invalid_email: int
    stale: dict[str, int]  # per tier: past the tier's threshold of silence
    deals_past_close: int  # open deals whose expected close has passed
    overdue_reminders: int

    @property
    def stale_total(self) -> int:
        return sum(self.stale.values())


@dataclass(frozen=True)
class ContactIssue:
    contact_id: int
    name: str
    kind: str
    tier: str | None
    detail: str | None  # the phone or e-mail as typed, for the invalid ones


@dataclass(frozen=True)
class DealIssue:
    deal_id: int
    name: str
    client: str | None
    expected_close: date
    days_late: int


@dataclass(frozen=True)
class HealthLists:
    limit: int
    contacts: dict[str, list[ContactIssue]]  # check (see CHECKS) -> first `limit` contacts by name
    deals_past_close: list[DealIssue]


def report_tz(session: Session) -> tzinfo:
    """The vault's `timezone` setting (IANA name), else this computer's zone. Here rather than in
    reports.context (which imports it) so that the dashboard need not load reportlab (~150 ms)."""
    name = get_setting(session, "timezone", "")
    if name:
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            pass  # a bad setting must not stop the figures: fall back to the machine's zone
    return datetime.now().astimezone().tzinfo or UTC


def _live():  # type: ignore[no-untyped-def]
    return Contact.deleted_at.is_(None)


def _conditions() -> dict[str, object]:
    org = aliased(Contact)
    return {
        "missing_phone": ~exists().where(ContactPhone.contact_id == Contact.id),
        "missing_email": ~exists().where(ContactEmail.contact_id == Contact.id),
        "missing_organization": and_(Contact.kind == "person", ~exists().where(
            Affiliation.person_id == Contact.id, Affiliation.organization_id == org.id,
            org.deleted_at.is_(None))),
        "missing_tier": Contact.tier.is_(None),
        "invalid_phone": exists().where(ContactPhone.contact_id == Contact.id,
                                        ContactPhone.valid.is_(False)),
        "invalid_email": exists().where(ContactEmail.contact_id == Contact.id,
                                        ContactEmail.valid.is_(False)),
    }


def _late_deals():  # type: ignore[no-untyped-def]
    return and_(Deal.deleted_at.is_(None), Deal.status == "open")


def health_figures(session: Session, *, today: date, tz: tzinfo) -> HealthFigures:
    def count(*where: object) -> int:
        return session.scalar(select(func.count(Contact.id)).where(_live(), *where)) or 0

    cond = _conditions()
    kinds = dict(session.execute(select(Contact.kind, func.count(Contact.id)).where(_live())
                                 .group_by(Contact.kind)).all())
    late = session.scalar(select(func.count(Deal.id)).where(_late_deals(), Deal.expected_close < today))
    return HealthFigures(
        contacts=sum(kinds.values()), people=kinds.get("person", 0),
        organizations=kinds.get("organization", 0),
        **{name: count(c) for name, c in cond.items()},
        stale=count_cold(session, today=today, tz=tz), deals_past_close=late or 0,
        overdue_reminders=count_overdue(session, today=today, tz=tz))


def health_lists(session: Session, *, today: date, limit: int = 1000) -> HealthLists:
    """The records behind each figure (first `limit` of each, by name)."""
    out: dict[str, list[ContactIssue]] = {}
    for name, cond in _conditions().items():
        q = select(Contact.id, Contact.display_name, Contact.kind, Contact.tier)
        detail = {"invalid_phone": (ContactPhone, ContactPhone.raw),
                  "invalid_email": (ContactEmail, ContactEmail.address)}.get(name)
        if detail:  # one line per bad number or address, showing it as typed
            model, column = detail
            q = (q.add_columns(column).join(model, model.contact_id == Contact.id)
                 .where(model.valid.is_(False)))
        else:
            q = q.where(cond)
        rows = session.execute(q.where(_live()).order_by(Contact.display_name, Contact.id).limit(limit))
        out[name] = [ContactIssue(r[0], r[1], r[2], r[3], r[4] if detail else None) for r in rows]
    deals = [DealIssue(d_id, name, client, close, (today - close).days) for d_id, name, client, close
             in session.execute(
                 select(Deal.id, Deal.name, Contact.display_name, Deal.expected_close)
                 .outerjoin(Contact, Contact.id == Deal.client_id)
                 .where(_late_deals(), Deal.expected_close < today)
                 .order_by(Deal.expected_close, Deal.id).limit(limit))]
    return HealthLists(limit, out, deals)
