"""The reports' names and one-line descriptions, and the period names, in the window's language:
one place for the report dialog and the Reports menu alike."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from crm_desktop.core.reports.periods import PERIODS

# The order a user meets them in; the dossier needs a contact, so it comes last.
KINDS = ("pipeline", "followups", "cold", "activity", "health", "dossier")


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReportNames", text)


def report_name(kind: str) -> str:
    return {"pipeline": _tr("Pipeline"), "followups": _tr("Follow-ups"), "cold": _tr("Going cold"),
            "activity": _tr("Activity"), "health": _tr("Data health"),
            "dossier": _tr("Client dossier")}[kind]


def report_description(kind: str) -> str:
    return {
        "pipeline": _tr("Open deals by stage and currency with fees, the forecast by month, deals won "
                        "and lost in the period, and time spent in each stage."),
        "followups": _tr("Reminders overdue, due today and coming up, with their contact and deal."),
        "cold": _tr("Clients silent for longer than their tier allows, most silent first."),
        "activity": _tr("Meetings, calls, e-mails and notes logged in the period, week by week."),
        "health": _tr("Missing and invalid phones and e-mails, people without an organization, deals "
                      "past their expected close."),
        "dossier": _tr("Everything about one contact or organization: details, people, deals, reminders "
                       "and the whole history with minutes."),
    }[kind]


def period_names() -> list[tuple[str, str]]:
    """(code, name) for each named period, then "custom"."""
    names = {"this_month": _tr("This month"), "last_month": _tr("Last month"),
             "this_quarter": _tr("This quarter"), "last_quarter": _tr("Last quarter"),
             "this_year": _tr("This year"), "last_year": _tr("Last year")}
    return [(code, names[code]) for code in PERIODS] + [("custom", _tr("Custom dates"))]
