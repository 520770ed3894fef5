"""What the tables of core messages are made of, and the words they share (record kinds).

A rule pairs a regex over the core's English text (named groups for the values in it) with a
translator; the translators are literal `QCoreApplication.translate("CoreErrors", ...)` calls so
pyside6-lupdate finds every text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication

Groups = dict[str, str]
Rule = tuple[re.Pattern[str], Callable[[Groups], str]]


def rule(pattern: str, words: Callable[[Groups], str]) -> Rule:
    return re.compile(pattern, re.DOTALL), words


def apply_rules(rules: Iterable[Rule], text: str) -> str | None:
    """The first rule whose pattern matches all of `text`, translated; None when none does."""
    for pattern, words in rules:
        found = pattern.fullmatch(text)
        if found:
            groups = {k: v or "" for k, v in found.groupdict().items()}
            return words(groups)
    return None


def noun(entity: str) -> str:
    """A kind of record as the window names it; an unknown word stays as the core wrote it."""
    known = {
        "contact": QCoreApplication.translate("CoreErrors", "contact"),
        "person": QCoreApplication.translate("CoreErrors", "person"),
        "organization": QCoreApplication.translate("CoreErrors", "organization"),
        "deal": QCoreApplication.translate("CoreErrors", "deal"),
        "interaction": QCoreApplication.translate("CoreErrors", "interaction"),
        "reminder": QCoreApplication.translate("CoreErrors", "reminder"),
        "stage": QCoreApplication.translate("CoreErrors", "stage"),
        "tag": QCoreApplication.translate("CoreErrors", "tag"),
        "attachment": QCoreApplication.translate("CoreErrors", "attachment"),
        "custom field": QCoreApplication.translate("CoreErrors", "custom field"),
        "party": QCoreApplication.translate("CoreErrors", "party"),
        "import batch": QCoreApplication.translate("CoreErrors", "import batch"),
        "backup": QCoreApplication.translate("CoreErrors", "backup"),
    }
    return known.get(entity, entity)
