"""Named report periods (this month, last quarter, …) and default report file names.

Shared by the window's report dialog and anyone scripting reports; plain dates, no Qt.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

# The order a user meets them in a menu; "custom" is the caller's own dates.
PERIODS = ("this_month", "last_month", "this_quarter", "last_quarter", "this_year", "last_year")
# Reports that cover a period; the others describe the vault as of today.
WITH_PERIOD = frozenset({"pipeline", "activity"})


def _month_start(day: date) -> date:
    return day.replace(day=1)


def _quarter_start(day: date) -> date:
    return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)


def period(name: str, today: date) -> tuple[date, date]:
    """(first day, last day) of a named period around `today`. A current period ends today (the
    rest has not happened yet); a past one ends on its last day."""
    if name == "this_month":
        return _month_start(today), today
    if name == "last_month":
        end = _month_start(today) - timedelta(days=1)
        return _month_start(end), end
    if name == "this_quarter":
        return _quarter_start(today), today
    if name == "last_quarter":
        end = _quarter_start(today) - timedelta(days=1)
        return _quarter_start(end), end
    if name == "this_year":
        return date(today.year, 1, 1), today
    if name == "last_year":
        return date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)
    raise ValueError(f"unknown period {name!r}")


def default_file_name(kind: str, today: date, subject: str | None = None) -> str:
    """'pipeline-2026-11-23.pdf'; a dossier adds its contact's name ('dossier-Li Wei-2026-11-23.pdf'),
    with the characters file systems refuse taken out."""
    parts = [kind]
    if subject:
        clean = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", subject)
        clean = " ".join(clean.split()).strip(". ")[:60]
        if clean:
            parts.append(clean)
    parts.append(today.isoformat())
    return "-".join(parts) + ".pdf"
