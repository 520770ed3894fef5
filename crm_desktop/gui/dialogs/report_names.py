"""The reports' names and one-line descriptions, and the period names, in the window's language:
one place for the report dialog and the Reports menu alike.

Each text is a literal `QCoreApplication.translate` call: that is what pyside6-lupdate finds."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from crm_desktop.core.reports.periods import PERIODS

# The order a user meets them in; the dossier needs a contact, so it comes last.
KINDS = ("pipeline", "followups", "cold", "activity", "health", "dossier")


def report_name(kind: str) -> str:
    return {
        "pipeline": QCoreApplication.translate("ReportNames", "Pipeline"),
        "followups": QCoreApplication.translate("ReportNames", "Follow-ups"),
        "cold": QCoreApplication.translate("ReportNames", "Going cold"),
        "activity": QCoreApplication.translate("ReportNames", "Activity"),
        "health": QCoreApplication.translate("ReportNames", "Data health"),
        "dossier": QCoreApplication.translate("ReportNames", "Client dossier"),
    }[kind]


def report_description(kind: str) -> str:
    return {
        "pipeline": QCoreApplication.translate(
            "ReportNames", "Open deals by stage and currency with fees, the forecast by month, deals won and lost in the period, and time spent in each stage."),  # noqa: E501 - one literal for lupdate
        "followups": QCoreApplication.translate(
            "ReportNames", "Reminders overdue, due today and coming up, with their contact and deal."),
        "cold": QCoreApplication.translate(
            "ReportNames", "Clients silent for longer than their tier allows, most silent first."),
        "activity": QCoreApplication.translate(
            "ReportNames", "Meetings, calls, e-mails and notes logged in the period, week by week."),
        "health": QCoreApplication.translate(
            "ReportNames", "Missing and invalid phones and e-mails, people without an organization, deals past their expected close."),  # noqa: E501
        "dossier": QCoreApplication.translate(
            "ReportNames", "Everything about one contact or organization: details, people, deals, reminders and the whole history with minutes."),  # noqa: E501
    }[kind]


def period_names() -> list[tuple[str, str]]:
    """(code, name) for each named period, then "custom"."""
    names = {
        "this_month": QCoreApplication.translate("ReportNames", "This month"),
        "last_month": QCoreApplication.translate("ReportNames", "Last month"),
        "this_quarter": QCoreApplication.translate("ReportNames", "This quarter"),
        "last_quarter": QCoreApplication.translate("ReportNames", "Last quarter"),
        "this_year": QCoreApplication.translate("ReportNames", "This year"),
        "last_year": QCoreApplication.translate("ReportNames", "Last year"),
    }
    return [(code, names[code]) for code in PERIODS] + [
        ("custom", QCoreApplication.translate("ReportNames", "Custom dates"))]
