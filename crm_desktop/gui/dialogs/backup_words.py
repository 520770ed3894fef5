"""Backups said for a person: why one was made, its size, what it holds."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

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


class Backups(QObject):
    """Counts in words. A QObject for self.tr: lupdate marks a self.tr(..., n) call as plural
    ("1 contact", "2 contacts"), a QCoreApplication.translate call with a count it does not."""

    def counts(self, counts: dict[str, int]) -> str:
        # %Ln: the count with the locale's digit grouping. Each count is a plain name: lupdate
        # does not see a call whose count is an expression.
        parts: list[str] = []
        if (n := counts.get("contact")) is not None:
            parts.append(self.tr("%Ln contact(s)", "", n))
        if (n := counts.get("deal")) is not None:
            parts.append(self.tr("%Ln deal(s)", "", n))
        if (n := counts.get("interaction")) is not None:
            parts.append(self.tr("%Ln interaction(s)", "", n))
        if (n := counts.get("reminder")) is not None:
            parts.append(self.tr("%Ln reminder(s)", "", n))
        return ", ".join(parts)


def count_words(counts: dict[str, int]) -> str:
    """The record counts a user would look for, from a backup's manifest."""
    if not counts:
        return formatting.DASH
    return Backups().counts(counts)
