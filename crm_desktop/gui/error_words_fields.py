"""Validation messages about one typed value (text, numbers, dates, money, e-mail), in the window's
language. The values the user typed pass through as they are."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from .error_words_base import Rule, apply_rules, rule

# the generic checks in core/services/common.py, deals.py and stages.py
VALUE_RULES: list[Rule] = [
    rule(r"is required", lambda g: QCoreApplication.translate("CoreErrors", "is required")),
    rule(r"must be text", lambda g: QCoreApplication.translate("CoreErrors", "must be text")),
    rule(r"must not be empty", lambda g: QCoreApplication.translate("CoreErrors", "must not be empty")),
    rule(r"is too long \((?P<length>\d+) characters; at most (?P<most>\d+)\)",
         lambda g: QCoreApplication.translate(
             "CoreErrors", "is too long ({length} characters; at most {most})").format(**g)),
    rule(r"'(?P<value>.*)' is not a date \(use YYYY-MM-DD\)",
         lambda g: QCoreApplication.translate(
             "CoreErrors", "'{value}' is not a date (use YYYY-MM-DD)").format(**g)),
    rule(r"'(?P<value>.*)' is not a date and time \(use YYYY-MM-DD HH:MM\)",
         lambda g: QCoreApplication.translate(
             "CoreErrors", "'{value}' is not a date and time (use YYYY-MM-DD HH:MM)").format(**g)),
    rule(r"'(?P<value>.*)' is not a date and time \(use ISO 8601, e\.g\. (?P<example>\S+)\)",
         lambda g: QCoreApplication.translate(
             "CoreErrors", "'{value}' is not a date and time (use ISO 8601, e.g. {example})").format(**g)),
    rule(r"must be a date and time",
         lambda g: QCoreApplication.translate("CoreErrors", "must be a date and time")),
    rule(r"needs a time zone \(e\.g\. (?P<a>\S+) or (?P<b>\S+)\)",
         lambda g: QCoreApplication.translate(
             "CoreErrors", "needs a time zone (e.g. {a} or {b})").format(**g)),
    rule(r"needs a time zone", lambda g: QCoreApplication.translate("CoreErrors", "needs a time zone")),
    rule(r"'(?P<value>.*)' is not a known time zone "
         r"\(use an IANA name such as (?P<example>\S+)\)",
         lambda g: QCoreApplication.translate(
             "CoreErrors", "'{value}' is not a known time zone (use an IANA name such as {example})"
         ).format(**g)),
    rule(r"must be in the future",
         lambda g: QCoreApplication.translate("CoreErrors", "must be in the future")),
    rule(r"(?P<start>.+) is after (?P<end>.+)",
         lambda g: QCoreApplication.translate("CoreErrors", "{start} is after {end}").format(**g)),
    rule(r"money must not be a float",
         lambda g: QCoreApplication.translate("CoreErrors", "money must not be a float")),
    rule(r"'(?P<value>.*)' is not a number",
         lambda g: QCoreApplication.translate("CoreErrors", "'{value}' is not a number").format(**g)),
    rule(r"must not be negative", lambda g: QCoreApplication.translate("CoreErrors", "must not be negative")),
    rule(r"(?P<value>.+) is too large",
         lambda g: QCoreApplication.translate("CoreErrors", "{value} is too large").format(**g)),
    rule(r"(?P<value>.+) has more than (?P<places>\d+) decimal places",
         lambda g: QCoreApplication.translate(
             "CoreErrors", "{value} has more than {places} decimal places").format(**g)),
    rule(r"'(?P<value>.*)' is not an ISO 4217 code \(three letters, e\.g\. (?P<example>\w+)\)",
         lambda g: QCoreApplication.translate(
             "CoreErrors", "'{value}' is not an ISO 4217 code (three letters, e.g. {example})").format(**g)),
    rule(r"'(?P<value>.*)' is not a known ISO 4217 currency",
         lambda g: QCoreApplication.translate(
             "CoreErrors", "'{value}' is not a known ISO 4217 currency").format(**g)),
    rule(r"'(?P<value>.*)' is not a region phone numbers know",
         lambda g: QCoreApplication.translate(
             "CoreErrors", "'{value}' is not a region phone numbers know").format(**g)),
    rule(r"an amount needs a currency \(ISO 4217, e\.g\. (?P<example>\w+)\)",
         lambda g: QCoreApplication.translate(
             "CoreErrors", "an amount needs a currency (ISO 4217, e.g. {example})").format(**g)),
    rule(r"must be a whole percent from 0 to 100",
         lambda g: QCoreApplication.translate("CoreErrors", "must be a whole percent from 0 to 100")),
    rule(r"'(?P<value>.*)' is not a whole percent from 0 to 100",
         lambda g: QCoreApplication.translate(
             "CoreErrors", "'{value}' is not a whole percent from 0 to 100").format(**g)),
    rule(r"(?P<value>.+) is outside 0\.\.100",
         lambda g: QCoreApplication.translate("CoreErrors", "{value} is outside 0..100").format(**g)),
    rule(r"must be a whole number from (?P<low>\d+) to (?P<high>[\d,]+)",
         lambda g: QCoreApplication.translate(
             "CoreErrors", "must be a whole number from {low} to {high}").format(**g)),
    rule(r"must be between (?P<low>\d+) and (?P<high>[\d,]+)",
         lambda g: QCoreApplication.translate("CoreErrors", "must be between {low} and {high}").format(**g)),
    rule(r"is required \(won or lost\)",
         lambda g: QCoreApplication.translate("CoreErrors", "is required (won or lost)")),
    rule(r"is required \(one of (?P<allowed>.+)\)",
         lambda g: QCoreApplication.translate("CoreErrors", "is required (one of {allowed})").format(**g)),
    # the allowed values are the words the CLI takes, so they stay as they are
    rule(r"'(?P<value>.*)' is not one of (?P<allowed>.+)",
         lambda g: QCoreApplication.translate("CoreErrors", "'{value}' is not one of {allowed}").format(**g)),
    rule(r"limit and offset must not be negative",
         lambda g: QCoreApplication.translate("CoreErrors", "limit and offset must not be negative")),
]

# email-validator's own reasons, the ones a typing slip meets
EMAIL_PROBLEMS: list[Rule] = [
    rule(r"An email address must have an @-sign\.",
         lambda g: QCoreApplication.translate("CoreErrors", "An email address must have an @-sign.")),
    rule(r"There must be something before the @-sign\.",
         lambda g: QCoreApplication.translate("CoreErrors", "There must be something before the @-sign.")),
    rule(r"There must be something after the @-sign\.",
         lambda g: QCoreApplication.translate("CoreErrors", "There must be something after the @-sign.")),
    rule(r"The part after the @-sign contains invalid characters: (?P<chars>.+)\.",
         lambda g: QCoreApplication.translate(
             "CoreErrors", "The part after the @-sign contains invalid characters: {chars}.").format(**g)),
    rule(r"The email address contains invalid characters before the @-sign: (?P<chars>.+)\.",
         lambda g: QCoreApplication.translate(
             "CoreErrors", "The email address contains invalid characters before the @-sign: {chars}."
         ).format(**g)),
    rule(r"The part after the @-sign is not valid\. It should have a period\.",
         lambda g: QCoreApplication.translate(
             "CoreErrors", "The part after the @-sign is not valid. It should have a period.")),
    rule(r"An email address cannot have two periods in a row\.",
         lambda g: QCoreApplication.translate(
             "CoreErrors", "An email address cannot have two periods in a row.")),
    rule(r"An email address cannot start with a period\.",
         lambda g: QCoreApplication.translate("CoreErrors", "An email address cannot start with a period.")),
    rule(r"An email address cannot end with a period\.",
         lambda g: QCoreApplication.translate("CoreErrors", "An email address cannot end with a period.")),
    rule(r"An email address cannot have a period immediately before the @-sign\.",
         lambda g: QCoreApplication.translate(
             "CoreErrors", "An email address cannot have a period immediately before the @-sign.")),
    rule(r"An email address cannot have a hyphen immediately after the @-sign\.",
         lambda g: QCoreApplication.translate(
             "CoreErrors", "An email address cannot have a hyphen immediately after the @-sign.")),
]


def _email(g: dict[str, str]) -> str:
    problem = apply_rules(EMAIL_PROBLEMS, g["problem"]) or g["problem"]
    return QCoreApplication.translate(
        "CoreErrors", "'{value}' is not a valid e-mail address ({problem})").format(value=g["value"],
                                                                                    problem=problem)


CONTACT_RULES: list[Rule] = [
    rule(r"'(?P<value>.*)' is not a valid e-mail address \((?P<problem>.*)\)", _email),
    rule(r"a contact needs a name",
         lambda g: QCoreApplication.translate("CoreErrors", "a contact needs a name")),
    rule(r"only a person is linked to an organization",
         lambda g: QCoreApplication.translate("CoreErrors", "only a person is linked to an organization")),
    rule(r"link a person to an organization",
         lambda g: QCoreApplication.translate("CoreErrors", "link a person to an organization")),
]
