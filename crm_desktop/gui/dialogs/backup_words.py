"""Backups said for a person: why one was made, its size, what it holds."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from crm_desktop.gui import formatting


def _tr(text: str) -> str:
    return QCoreApplication.translate("Backups", text)


def reason_words(reason: str) -> str:
    """The reason recorded with a backup (its file name's last part) in words."""
    known = {
        "manual": _tr("by hand"),
        "open": _tr("daily, on opening"),
        "import": _tr("before an import"),
        "merge": _tr("before a merge"),
        "erase": _tr("before an erase"),
        "passphrase": _tr("before a passphrase change"),
        "pre-restore": _tr("before a restore"),
        "pre-restore-damaged": _tr("damaged vault, kept as found"),
    }
    if reason in known:
        return known[reason]
    if reason.startswith("pre-migration"):
        return _tr("before a schema upgrade")
    return reason


def size_words(size: int) -> str:
    units = ["B", "KB", "MB", "GB", "TB"]
    value, unit = float(size), 0
    while value >= 1000 and unit < len(units) - 1:
        value /= 1024
        unit += 1
    digits = 0 if unit == 0 or value >= 100 else 1
    return f"{value:.{digits}f} {units[unit]}"


def count_words(counts: dict[str, int]) -> str:
    """The record counts a user would look for, from a backup's manifest."""
    if not counts:
        return formatting.DASH
    parts = [
        (counts.get("contact"), _tr("{n} contacts")),
        (counts.get("deal"), _tr("{n} deals")),
        (counts.get("interaction"), _tr("{n} interactions")),
        (counts.get("reminder"), _tr("{n} reminders")),
    ]
    return ", ".join(text.format(n=f"{n:,}") for n, text in parts if n is not None)
