"""Words for the vault's codes (interaction kinds, party roles, statuses), translated."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def kind(code: str) -> str:
    return {"meeting": _t("Meeting"), "call": _t("Call"), "email": _t("E-mail"),
            "note": _t("Note")}.get(code, code)


def role(code: str) -> str:
    return {"sponsor": _t("Sponsor"), "lender": _t("Lender"), "investor": _t("Investor"),
            "adviser": _t("Adviser"), "other": _t("Other")}.get(code, code)


def status(code: str) -> str:
    return {"open": _t("Open"), "won": _t("Won"), "lost": _t("Lost"), "done": _t("Done")}.get(code, code)


def entity(code: str) -> str:
    return {"contact": _t("Contact"), "deal": _t("Deal"), "interaction": _t("Interaction"),
            "reminder": _t("Reminder"), "deal_note": _t("Deal note"),
            "attachment": _t("Attachment")}.get(code, code.replace("_", " "))


def repeats(rrule: str | None) -> str:
    """A recurring rule in a few words ("weekly", "every 2 months"); the rule itself otherwise."""
    if not rrule:
        return ""
    parts = dict(p.partition("=")[::2] for p in rrule.split(";"))
    interval = int(parts.get("INTERVAL", "1") or 1) if parts.get("INTERVAL", "1").isdigit() else 1
    freq = parts.get("FREQ", "")
    once = {"HOURLY": _t("hourly"), "DAILY": _t("daily"), "WEEKLY": _t("weekly"),
            "MONTHLY": _t("monthly"), "YEARLY": _t("yearly")}
    many = {"HOURLY": _t("every %1 hours"), "DAILY": _t("every %1 days"), "WEEKLY": _t("every %1 weeks"),
            "MONTHLY": _t("every %1 months"), "YEARLY": _t("every %1 years")}
    if freq not in once:
        return rrule
    return once[freq] if interval == 1 else many[freq].replace("%1", str(interval))
