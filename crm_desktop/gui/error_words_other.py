"""Whole messages of the remaining error kinds (backups, exports, schema upgrades, the report font),
recognised by their text since these errors keep no fields of their own."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from .error_words_base import Rule, rule

OTHER_RULES: list[Rule] = [
    # backups
    rule(r"The copy of (?P<backup>.+) did not verify \((?P<problem>.*)\); the vault was not changed\.",
         lambda g: QCoreApplication.translate(
             "CoreErrors", "The copy of {backup} did not verify ({problem}); the vault was not changed.")
         .format(**g)),
    rule(r"Another backup is being written to (?P<folder>.+); try again later\.",
         lambda g: QCoreApplication.translate(
             "CoreErrors", "Another backup is being written to {folder}; try again later.").format(**g)),
    rule(r"The backup just written to (?P<folder>.+) did not verify \((?P<problem>.*)\); it was removed and "
         r"the vault is as it was\.",
         lambda g: QCoreApplication.translate(
             "CoreErrors", "The backup just written to {folder} did not verify ({problem}); it was removed "
             "and the vault is as it was.").format(**g)),
    rule(r"The backup just written to (?P<folder>.+) does not hold the same rows as the vault; it was "
         r"removed and the vault is as it was\.",
         lambda g: QCoreApplication.translate(
             "CoreErrors", "The backup just written to {folder} does not hold the same rows as the vault; "
             "it was removed and the vault is as it was.").format(**g)),
    rule(r"the copy did not verify \((?P<problem>.*)\)",
         lambda g: QCoreApplication.translate(
             "CoreErrors", "the copy did not verify ({problem})").format(**g)),
    # exports
    rule(r"Cannot write (?P<target>.+): (?P<detail>.*)\.",
         lambda g: QCoreApplication.translate("CoreErrors", "Cannot write {target}: {detail}.").format(**g)),
    rule(r"vCard version (?P<version>.+): choose 4\.0 or 3\.0\.",
         lambda g: QCoreApplication.translate("CoreErrors", "vCard version {version}: choose 4.0 or 3.0.")
         .format(**g)),
    rule(r"iCalendar component (?P<component>.+): choose VTODO or VEVENT\.",
         lambda g: QCoreApplication.translate(
             "CoreErrors", "iCalendar component {component}: choose VTODO or VEVENT.").format(**g)),
    rule(r"Cannot export '(?P<entity>.*)' as CSV \(contact, deal or interaction\)\.",
         lambda g: QCoreApplication.translate(
             "CoreErrors", "Cannot export '{entity}' as CSV (contact, deal or interaction).").format(**g)),
    rule(r"Unknown CSV encoding '(?P<encoding>.*)' \(utf-8-sig, utf-8 or gbk\)\.",
         lambda g: QCoreApplication.translate(
             "CoreErrors", "Unknown CSV encoding '{encoding}' (utf-8-sig, utf-8 or gbk).").format(**g)),
    # opening a vault
    rule(r"The vault (?P<path>.+) was written by a newer version of crm-desktop "
         r"\(schema (?P<revision>.+)\)\. Update crm-desktop to open it; the file was not changed\.",
         lambda g: QCoreApplication.translate(
             "CoreErrors", "The vault {path} was written by a newer version of crm-desktop (schema "
             "{revision}). Update crm-desktop to open it; the file was not changed.").format(**g)),
    rule(r"The vault (?P<path>.+) could not be upgraded from schema (?P<revision>.+) \((?P<detail>.*)\)\. "
         r"It was left unchanged, and a copy taken before the upgrade is at (?P<backup>.+)\.",
         lambda g: QCoreApplication.translate(
             "CoreErrors", "The vault {path} could not be upgraded from schema {revision} ({detail}). It was "
             "left unchanged, and a copy taken before the upgrade is at {backup}.").format(**g)),
    # reports
    rule(r"The report font (?P<font>\S+) is missing \(looked in (?P<where>.*)\); reinstall crm-desktop\.",
         lambda g: QCoreApplication.translate(
             "CoreErrors", "The report font {font} is missing (looked in {where}); reinstall crm-desktop.")
         .format(**g)),
]
