"""Words for the vault's codes (interaction kinds, party roles, statuses), translated.

Each text is a literal `QCoreApplication.translate` call: that is what pyside6-lupdate finds.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def kind(code: str) -> str:
    return {
        "meeting": QCoreApplication.translate("Labels", "Meeting"),
        "call": QCoreApplication.translate("Labels", "Call"),
        "email": QCoreApplication.translate("Labels", "E-mail"),
        "note": QCoreApplication.translate("Labels", "Note"),
    }.get(code, code)


def role(code: str) -> str:
    return {
        "sponsor": QCoreApplication.translate("Labels", "Sponsor"),
        "lender": QCoreApplication.translate("Labels", "Lender"),
        "investor": QCoreApplication.translate("Labels", "Investor"),
        "adviser": QCoreApplication.translate("Labels", "Adviser"),
        "other": QCoreApplication.translate("Labels", "Other"),
    }.get(code, code)


def status(code: str) -> str:
    return {
        "open": QCoreApplication.translate("Labels", "Open"),
        "won": QCoreApplication.translate("Labels", "Won"),
        "lost": QCoreApplication.translate("Labels", "Lost"),
        "done": QCoreApplication.translate("Labels", "Done"),
    }.get(code, code)


def entity(code: str) -> str:
    return {
        "contact": QCoreApplication.translate("Labels", "Contact"),
        "deal": QCoreApplication.translate("Labels", "Deal"),
        "interaction": QCoreApplication.translate("Labels", "Interaction"),
        "reminder": QCoreApplication.translate("Labels", "Reminder"),
        "deal_note": QCoreApplication.translate("Labels", "Deal note"),
        "attachment": QCoreApplication.translate("Labels", "Attachment"),
    }.get(code, code.replace("_", " "))


def repeats(rrule: str | None) -> str:
    """A recurring rule in a few words ("weekly", "every 2 months"); the rule itself otherwise."""
    if not rrule:
        return ""
    parts = dict(p.partition("=")[::2] for p in rrule.split(";"))
    interval_text = parts.get("INTERVAL", "1")
    interval = int(interval_text) if interval_text.isdigit() else 1
    freq = parts.get("FREQ", "")
    once = {
        "HOURLY": QCoreApplication.translate("Labels", "hourly"),
        "DAILY": QCoreApplication.translate("Labels", "daily"),
        "WEEKLY": QCoreApplication.translate("Labels", "weekly"),
        "MONTHLY": QCoreApplication.translate("Labels", "monthly"),
        "YEARLY": QCoreApplication.translate("Labels", "yearly"),
    }
    many = {
        "HOURLY": QCoreApplication.translate("Labels", "every %1 hours"),
        "DAILY": QCoreApplication.translate("Labels", "every %1 days"),
        "WEEKLY": QCoreApplication.translate("Labels", "every %1 weeks"),
        "MONTHLY": QCoreApplication.translate("Labels", "every %1 months"),
        "YEARLY": QCoreApplication.translate("Labels", "every %1 years"),
    }
    if freq not in once:
        return rrule
    return once[freq] if interval == 1 else many[freq].replace("%1", str(interval))
