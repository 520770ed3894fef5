"""Setting up a report: language, time zone, period, vault name — the same for every report."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from crm_desktop.core.errors import ValidationError
from crm_desktop.core.services.common import get_setting, parse_date

from .document import Context, Progress, make_styles
from .figures import report_tz
from .fmt import Fmt
from .labels import Labels

if TYPE_CHECKING:
    from crm_desktop.core.vault import Vault

DEFAULT_PERIOD_DAYS = 90


def make_context(session: Session, vault: Vault, *, lang: str, date_from: date | str | None,
                 date_to: date | str | None, today: date | None, progress: Progress | None,
                 with_period: bool, wide: bool = False) -> Context:
    """`with_period`: the report covers a period (default: the 90 days to today); otherwise it is
    a state "as of today" and the dates are ignored."""
    labels = Labels(lang)
    tz = report_tz(session)
    now = datetime.now(UTC)
    today = today or now.astimezone(tz).date()
    start = end = None
    if with_period:
        end = parse_date(date_to, "date_to") or today
        start = parse_date(date_from, "date_from") or end - timedelta(days=DEFAULT_PERIOD_DAYS - 1)
        if start > end:
            raise ValidationError("date_from", f"{start} is after {end}")
    name = get_setting(session, "vault_name", "") or Path(vault.path).stem
    return Context(lang=lang, labels=labels, fmt=Fmt(lang, tz), today=today, date_from=start,
                   date_to=end, vault_name=name, generated_at=now, styles=make_styles(),
                   progress=progress, wide=wide)
