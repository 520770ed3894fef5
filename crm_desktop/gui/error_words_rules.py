"""Validation messages about records and the rules between them (stages, deals, reminders, merges,
tags, attachments, backups, the demo), in the window's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from .error_words_base import Rule, noun, rule


def _stage_in_use(g: dict[str, str]) -> str:
    if g["trashed"]:
        return QCoreApplication.translate(
            "CoreErrors", "{count} deal(s) are in stage '{name}' ({trashed} in the trash); move them to "
            "another stage first").format(**g)
    return QCoreApplication.translate(
        "CoreErrors", "{count} deal(s) are in stage '{name}'; move them to another stage first").format(**g)


def _no_outcome_stage(g: dict[str, str]) -> str:
    if g["outcome"] == "won":
        return QCoreApplication.translate("CoreErrors", "the pipeline has no won stage")
    if g["outcome"] == "lost":
        return QCoreApplication.translate("CoreErrors", "the pipeline has no lost stage")
    return f"the pipeline has no {g['outcome']} stage"  # an outcome this table does not know yet


RECORD_RULES: list[Rule] = [
    rule(r"no (?P<entity>.+?) with id (?P<ident>.+)",
         lambda g: QCoreApplication.translate("CoreErrors", "no {entity} with id {ident}").format(
             entity=noun(g["entity"]), ident=g["ident"])),
    rule(r"(?P<value>.+) is not a contact id",
         lambda g: QCoreApplication.translate("CoreErrors", "{value} is not a contact id").format(**g)),
    rule(r"(?P<value>.+) is not \(contact id, role\)",
         lambda g: QCoreApplication.translate("CoreErrors", "{value} is not (contact id, role)").format(**g)),
    rule(r"'(?P<value>.*)' is not a kind of record",
         lambda g: QCoreApplication.translate("CoreErrors", "'{value}' is not a kind of record").format(**g)),
    # stages and deals
    rule(r"a stage named '(?P<name>.*)' already exists",
         lambda g: QCoreApplication.translate(
             "CoreErrors", "a stage named '{name}' already exists").format(**g)),
    rule(r"no stage '(?P<name>.*)'",
         lambda g: QCoreApplication.translate("CoreErrors", "no stage '{name}'").format(**g)),
    rule(r"a stage cannot be both won and lost",
         lambda g: QCoreApplication.translate("CoreErrors", "a stage cannot be both won and lost")),
    rule(r"(?P<count>\d+) deal\(s\) are in stage '(?P<name>.*)'(?: \((?P<trashed>\d+) in the trash\))?; "
         r"move them to another stage first", _stage_in_use),
    rule(r"the pipeline needs at least one stage",
         lambda g: QCoreApplication.translate("CoreErrors", "the pipeline needs at least one stage")),
    rule(r"the pipeline has no stages",
         lambda g: QCoreApplication.translate("CoreErrors", "the pipeline has no stages")),
    rule(r"the pipeline has no (?P<outcome>.+) stage", _no_outcome_stage),
    rule(r"give the success fee as an amount or as a percent, not both",
         lambda g: QCoreApplication.translate(
             "CoreErrors", "give the success fee as an amount or as a percent, not both")),
    # custom fields and tags
    rule(r"a choice field needs at least one choice",
         lambda g: QCoreApplication.translate("CoreErrors", "a choice field needs at least one choice")),
    rule(r"a (?P<entity>.+?) field named '(?P<name>.*)' exists already",
         lambda g: QCoreApplication.translate("CoreErrors", "a {entity} field named '{name}' exists already")
         .format(entity=noun(g["entity"]), name=g["name"])),
    rule(r"choose another tag to merge into",
         lambda g: QCoreApplication.translate("CoreErrors", "choose another tag to merge into")),
    rule(r"a tag named '(?P<name>.*)' exists already; merge into it instead",
         lambda g: QCoreApplication.translate(
             "CoreErrors", "a tag named '{name}' exists already; merge into it instead").format(**g)),
    # merging and duplicates
    rule(r"name at least one contact to merge into the first",
         lambda g: QCoreApplication.translate(
             "CoreErrors", "name at least one contact to merge into the first")),
    rule(r"contact (?P<ident>.+) cannot be merged into itself",
         lambda g: QCoreApplication.translate("CoreErrors", "contact {ident} cannot be merged into itself")
         .format(**g)),
    rule(r"'(?P<name>.*)' is not a field that can be chosen",
         lambda g: QCoreApplication.translate("CoreErrors", "'{name}' is not a field that can be chosen")
         .format(**g)),
    rule(r"'(?P<name>.*)': contact (?P<ident>.+) is not one of those merged",
         lambda g: QCoreApplication.translate(
             "CoreErrors", "'{name}': contact {ident} is not one of those merged")
         .format(**g)),
    rule(r"(?P<a>.+) \(#(?P<a_id>\d+)\) is a (?P<a_kind>\S+), (?P<b>.+) \(#(?P<b_id>\d+)\) a (?P<b_kind>\S+)",
         lambda g: QCoreApplication.translate(
             "CoreErrors", "{a} (#{a_id}) is a {a_kind}, {b} (#{b_id}) a {b_kind}")
         .format(**{**g, "a_kind": noun(g["a_kind"]), "b_kind": noun(g["b_kind"])})),
    rule(r"a contact cannot be distinct from itself",
         lambda g: QCoreApplication.translate("CoreErrors", "a contact cannot be distinct from itself")),
    # reminders and interactions
    rule(r"give one RRULE line", lambda g: QCoreApplication.translate("CoreErrors", "give one RRULE line")),
    rule(r"give one RRULE line, without DTSTART",
         lambda g: QCoreApplication.translate("CoreErrors", "give one RRULE line, without DTSTART")),
    rule(r"FREQ must be one of (?P<allowed>.+)",
         lambda g: QCoreApplication.translate("CoreErrors", "FREQ must be one of {allowed}").format(**g)),
    rule(r"INTERVAL must be a whole number of at least 1",
         lambda g: QCoreApplication.translate("CoreErrors", "INTERVAL must be a whole number of at least 1")),
    rule(r"'(?P<value>.*)' never occurs",
         lambda g: QCoreApplication.translate("CoreErrors", "'{value}' never occurs").format(**g)),
    rule(r"'(?P<value>.*)' is not a valid RRULE \((?P<detail>.*)\)",
         lambda g: QCoreApplication.translate("CoreErrors", "'{value}' is not a valid RRULE ({detail})")
         .format(**g)),
    rule(r"this reminder is done already",
         lambda g: QCoreApplication.translate("CoreErrors", "this reminder is done already")),
    rule(r"a done reminder cannot be snoozed",
         lambda g: QCoreApplication.translate("CoreErrors", "a done reminder cannot be snoozed")),
    rule(r"name at least one contact \(or a deal\)",
         lambda g: QCoreApplication.translate("CoreErrors", "name at least one contact (or a deal)")),
    rule(r"give an age, or an instant with its time zone",
         lambda g: QCoreApplication.translate("CoreErrors", "give an age, or an instant with its time zone")),
    # search
    rule(r"not a searchable type: (?P<types>.+) \(use (?P<allowed>.+)\)",
         lambda g: QCoreApplication.translate("CoreErrors", "not a searchable type: {types} (use {allowed})")
         .format(**g)),
    rule(r"ranked ids are for contacts or deals",
         lambda g: QCoreApplication.translate("CoreErrors", "ranked ids are for contacts or deals")),
]

FILE_RULES: list[Rule] = [
    # attachments
    rule(r"(?P<name>.+) is (?P<size>.+); the limit is (?P<limit>.+)",
         lambda g: QCoreApplication.translate(
             "CoreErrors", "{name} is {size}; the limit is {limit}").format(**g)),
    rule(r"the file needs a name",
         lambda g: QCoreApplication.translate("CoreErrors", "the file needs a name")),
    rule(r"attach the file to a contact, a deal or an interaction",
         lambda g: QCoreApplication.translate(
             "CoreErrors", "attach the file to a contact, a deal or an interaction")),
    rule(r"(?P<name>.+) is a folder, not a file",
         lambda g: QCoreApplication.translate("CoreErrors", "{name} is a folder, not a file").format(**g)),
    rule(r"(?P<name>.+) is not a file",
         lambda g: QCoreApplication.translate("CoreErrors", "{name} is not a file").format(**g)),
    rule(r"(?P<name>.+) does not exist",
         lambda g: QCoreApplication.translate("CoreErrors", "{name} does not exist").format(**g)),
    rule(r"(?P<name>.+) cannot be read \(permission denied\)",
         lambda g: QCoreApplication.translate("CoreErrors", "{name} cannot be read (permission denied)")
         .format(**g)),
    rule(r"the content must be bytes",
         lambda g: QCoreApplication.translate("CoreErrors", "the content must be bytes")),
    # backups, presets, the demo, passphrases
    rule(r"is not a backup setting",
         lambda g: QCoreApplication.translate("CoreErrors", "is not a backup setting")),
    rule(r"give the folder as a full path",
         lambda g: QCoreApplication.translate("CoreErrors", "give the folder as a full path")),
    rule(r"The new passphrase is the same as the current one\.",
         lambda g: QCoreApplication.translate(
             "CoreErrors", "The new passphrase is the same as the current one.")),
    rule(r"is the vault itself", lambda g: QCoreApplication.translate("CoreErrors", "is the vault itself")),
    rule(r"'(?P<value>.*)' cannot be copied back; only: (?P<allowed>.+)",
         lambda g: QCoreApplication.translate(
             "CoreErrors", "'{value}' cannot be copied back; only: {allowed}")
         .format(**g)),
    rule(r"the preset '(?P<name>.*)' cannot be read \((?P<detail>.*)\)",
         lambda g: QCoreApplication.translate("CoreErrors", "the preset '{name}' cannot be read ({detail})")
         .format(**g)),
    rule(r"the vault already holds data \((?P<what>.*)\); the demo fills only an empty vault",
         lambda g: QCoreApplication.translate(
             "CoreErrors", "the vault already holds data ({what}); the demo fills only an empty vault")
         .format(what=noun(g["what"].removesuffix("s")))),
    rule(r"has no pipeline stages to put demo deals in",
         lambda g: QCoreApplication.translate("CoreErrors", "has no pipeline stages to put demo deals in")),
]
