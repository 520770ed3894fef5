"""Data health: the figures of crm_desktop.core.reports.figures with the ids behind each line, less
what the user marked verified (held until the record changes)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import select

from crm_desktop.core.errors import ValidationError
from crm_desktop.core.models import Contact, HealthVerified
from crm_desktop.core.reports.figures import (
    CHECKS,
    cold_figures,
    followup_figures,
    health_figures,
    health_lists,
    report_tz,
)

from .common import get_or_404
from .uow import ReadSession, UnitOfWork

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from crm_desktop.core.vault import Vault

CONTACT_CHECKS = (*CHECKS, "stale")  # the checks a contact can be marked verified for
LIMIT = 1000
_ALL = 10**9  # "no limit" for the lists when verified records must be counted out exactly


@dataclass(frozen=True)
class HealthLine:
    check: str  # missing_phone ... invalid_email, stale_A / _B / _C, deals_past_close, overdue_reminders
    entity: str  # what the ids are: contact, deal or reminder
    count: int  # all of them, verified ones left out
    ids: list[int]  # the first `limit` (contacts by name, the most silent first, the latest deals first)
    verified: int = 0  # left out because marked verified
    threshold_days: int | None = None  # stale lines: the tier's days of silence


@dataclass(frozen=True)
class HealthReport:
    today: date
    contacts: int
    people: int
    organizations: int
    lines: list[HealthLine] = field(default_factory=list)

    def line(self, check: str) -> HealthLine:
        return next(x for x in self.lines if x.check == check)


def _verified(s: Session) -> dict[str, set[int]]:
    """Checks marked verified that still hold (the contact has not changed since)."""
    out: dict[str, set[int]] = {}
    for check, cid in s.execute(select(HealthVerified.check_name, HealthVerified.contact_id)
                                .join(Contact, Contact.id == HealthVerified.contact_id)
                                .where(HealthVerified.stamp == Contact.updated_at)):
        out.setdefault(check, set()).add(cid)
    return out


def _line(check: str, count: int, ids: list[int], verified: set[int], limit: int, full: list[int] | None,
          **extra: int) -> HealthLine:
    ids = list(dict.fromkeys(ids))  # an invalid phone or e-mail is listed once per number
    if not verified:
        return HealthLine(check, "contact", count, ids[:limit], **extra)
    everyone = set(full if full is not None else ids)
    out = [i for i in ids if i not in verified]
    hidden = len(verified & everyone)
    return HealthLine(check, "contact", count - hidden, out[:limit], hidden, **extra)


def health(vault: Vault, *, today: date | None = None, limit: int = LIMIT) -> HealthReport:
    """Every data-health figure with the ids behind it (at most `limit` per line)."""
    with ReadSession(vault) as s:
        tz = report_tz(s)
        today = today or datetime.now(UTC).astimezone(tz).date()
        fig = health_figures(s, today=today, tz=tz)
        verified = _verified(s)
        lists = health_lists(s, today=today, limit=limit)
        needs_all = any(verified.get(c) and getattr(fig, c) > len(lists.contacts[c]) for c in CHECKS)
        full = health_lists(s, today=today, limit=_ALL) if needs_all else None
        lines = [_line(c, getattr(fig, c), [i.contact_id for i in lists.contacts[c]], verified.get(c, set()),
                       limit, [i.contact_id for i in full.contacts[c]] if full else None) for c in CHECKS]
        stale = verified.get("stale", set())
        cold = cold_figures(s, today=today, tz=tz, limit=None if stale else limit)
        for tier, rows in cold.by_tier.items():
            lines.append(_line(f"stale_{tier}", cold.totals[tier], [r.contact_id for r in rows], stale, limit,
                               None, threshold_days=cold.thresholds[tier]))
        lines.append(HealthLine("deals_past_close", "deal", fig.deals_past_close,
                                [d.deal_id for d in lists.deals_past_close]))
        overdue = followup_figures(s, today=today, tz=tz).overdue
        lines.append(HealthLine("overdue_reminders", "reminder", fig.overdue_reminders,
                                [r.reminder_id for r in overdue][:limit]))
        return HealthReport(today, fig.contacts, fig.people, fig.organizations, lines)


def mark_verified(vault: Vault, contact_id: int, check: str) -> None:
    """The contact is right as it is for this check (a person with no e-mail on purpose, a client
    who is quiet by arrangement): not reported again until the record changes. Undoable."""
    name = "stale" if check.startswith("stale") else check
    if name not in CONTACT_CHECKS:
        raise ValidationError("check", f"'{check}' is not one of {', '.join(CONTACT_CHECKS)}")
    with UnitOfWork(vault, "health.verify") as uow:
        s = uow.session
        c = get_or_404(s, Contact, contact_id, "contact")
        uow.operation.summary = f"Mark {c.display_name} (#{c.id}) verified: {name}"
        row = s.scalar(select(HealthVerified).where(HealthVerified.contact_id == contact_id,
                                                    HealthVerified.check_name == name))
        if row is None:
            s.add(HealthVerified(contact_id=contact_id, check_name=name, stamp=c.updated_at))
        elif row.stamp != c.updated_at:
            row.stamp = c.updated_at
