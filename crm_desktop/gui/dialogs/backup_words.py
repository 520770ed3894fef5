"""Backups said for a person: why one was made, its size, what it holds."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from crm_desktop.gui import formatting


def reason_words(reason: str) -> str:
    """The reason recorded with a backup (its file name's last part) in words."""
    known = {
        "manual": QCoreApplication.translate("Backups", "by hand"),
        "open": QCoreApplication.translate("Backups", "daily, on opening"),
        "import": QCoreApplication.translate("Backups", "before an import"),
        "merge": QCoreApplication.translate("Backups", "before a merge"),
        "erase": QCoreApplication.translate("Backups", "before an erase"),
        "passphrase": QCoreApplication.translate("Backups", "before a passphrase change"),
        "pre-restore": QCoreApplication.translate("Backups", "before a restore"),
        "pre-restore-damaged": QCoreApplication.translate("Backups", "damaged vault, kept as found"),
    }
    if reason in known:
        return known[reason]
    if reason.startswith("pre-migration"):
        return QCoreApplication.translate("Backups", "before a schema upgrade")
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
        (counts.get("contact"), QCoreApplication.translate("Backups", "{n} contacts")),
        (counts.get("deal"), QCoreApplication.translate("Backups", "{n} deals")),
        (counts.get("interaction"), QCoreApplication.translate("Backups", "{n} interactions")),
        (counts.get("reminder"), QCoreApplication.translate("Backups", "{n} reminders")),
    ]
    return ", ".join(text.format(n=f"{n:,}") for n, text in parts if n is not None)
