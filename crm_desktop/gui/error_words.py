"""The core's error messages in the window's language.

The core stays Qt-free and English (the CLI prints it, tests assert it); here each message shape it
raises is recognised by a regex over the English text and said again through
`QCoreApplication.translate("CoreErrors", ...)`, with the values the user typed passed through.
A message no rule knows comes back as it is: English is better than nothing, an exception worse.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from crm_desktop.core.errors import (
    CrmError,
    NotFound,
    NothingToUndo,
    OperationRefused,
    ValidationError,
    VaultBusy,
    VaultExists,
    VaultWriteError,
)
from crm_desktop.core.importer.errors import ImportCancelled, ImportFileError, ImportRefused

from .error_words_base import Rule, apply_rules, noun, rule
from .error_words_fields import CONTACT_RULES, VALUE_RULES
from .error_words_files import IMPORT_FILE_RULES, WRITE_DETAIL_RULES
from .error_words_other import OTHER_RULES
from .error_words_rules import FILE_RULES, RECORD_RULES

# ValidationError.message: one list, most specific shapes first within each table
VALIDATION_RULES: list[Rule] = [*CONTACT_RULES, *VALUE_RULES, *RECORD_RULES, *FILE_RULES]

REFUSED_RULES: list[Rule] = [
    rule(r"Cannot undo '(?P<what>.*)': '(?P<blocker>.*)' came after it and cannot be undone\.",
         lambda g: QCoreApplication.translate(
             "CoreErrors", "Cannot undo '{what}': '{blocker}' came after it and cannot be undone."
         ).format(**g)),
    rule(r"Cannot redo '(?P<what>.*)': '(?P<blocker>.*)' came after it and cannot be undone\.",
         lambda g: QCoreApplication.translate(
             "CoreErrors", "Cannot redo '{what}': '{blocker}' came after it and cannot be undone."
         ).format(**g)),
    rule(r"Cannot undo '(?P<what>.*)': it erased data\.",
         lambda g: QCoreApplication.translate(
             "CoreErrors", "Cannot undo '{what}': it erased data.").format(**g)),
    rule(r"Cannot undo or redo '(?P<what>.*)': the attached file's bytes are no longer kept; "
         r"add the file again\.",
         lambda g: QCoreApplication.translate(
             "CoreErrors", "Cannot undo or redo '{what}': the attached file's bytes are no longer kept; "
             "add the file again.").format(**g)),
]


def validation_words(message: str) -> str:
    """A ValidationError's message (shown beside its field) in the window's language."""
    return apply_rules(VALIDATION_RULES, message) or message


def _not_found(error: NotFound) -> str:
    entity, ident = error.entity, str(error.ident)
    if entity == "import preset":
        return QCoreApplication.translate("CoreErrors", "No import preset with id {name}.").format(name=ident)
    if entity == "backup":
        return QCoreApplication.translate("CoreErrors", "No backup with id {path}.").format(path=ident)
    if entity.endswith(" in the trash"):
        return QCoreApplication.translate("CoreErrors", "No {entity} in the trash with id {ident}.").format(
            entity=noun(entity.removesuffix(" in the trash")), ident=ident)
    if entity.endswith(" in the backup"):
        return QCoreApplication.translate("CoreErrors", "No {entity} in the backup with id {ident}.").format(
            entity=noun(entity.removesuffix(" in the backup")), ident=ident)
    return QCoreApplication.translate("CoreErrors", "No {entity} with id {ident}.").format(
        entity=noun(entity), ident=ident)


def _import_file(error: ImportFileError) -> str:
    message = apply_rules(IMPORT_FILE_RULES, error.message) or error.message
    places = []
    if error.row is not None:
        places.append(QCoreApplication.translate("CoreErrors", "row {row}").format(row=error.row))
    if error.line is not None:
        places.append(QCoreApplication.translate("CoreErrors", "line {line}").format(line=error.line))
    if error.column:
        places.append(QCoreApplication.translate(
            "CoreErrors", "column '{column}'").format(column=error.column))
    if places:
        return QCoreApplication.translate(
            "CoreErrors", "{source} ({place}): {message}. Nothing was imported.").format(
            source=error.source, place=QCoreApplication.translate("CoreErrors", ", ").join(places),
            message=message)
    return QCoreApplication.translate("CoreErrors", "{source}: {message}. Nothing was imported.").format(
        source=error.source, message=message)


def _write_error(error: VaultWriteError) -> str:
    # the detail is not kept on the error: it is what sits between the path and the closing words
    text, head, tail = str(error), f"Could not write {error.path}: ", ". Nothing was changed."
    if not (text.startswith(head) and text.endswith(tail)):
        return text
    detail = text[len(head):-len(tail)]
    return QCoreApplication.translate(
        "CoreErrors", "Could not write {path}: {detail}. Nothing was changed.").format(
        path=error.path, detail=apply_rules(WRITE_DETAIL_RULES, detail) or detail)


def error_words(error: CrmError) -> str:
    """Any error a user can cause, in the window's language where its shape is known."""
    if isinstance(error, ValidationError):
        return validation_words(error.message)
    if isinstance(error, NotFound):
        return _not_found(error)
    if isinstance(error, ImportFileError):
        return _import_file(error)
    if isinstance(error, ImportCancelled):
        return QCoreApplication.translate(
            "CoreErrors", "Import of {source} cancelled: nothing was written.").format(
            source=error.source)
    if isinstance(error, ImportRefused):
        found = re.fullmatch(r".*? refused: \d+ row\(s\) have errors \(first: (?P<first>.*)\)\. Nothing was "
                             r"written\.", str(error), re.DOTALL)
        if found is None:  # the first problem is kept only inside the text
            return str(error)
        return QCoreApplication.translate(
            "CoreErrors", "Import of {source} refused: {count} row(s) have errors (first: {first}). "
            "Nothing was written.").format(source=error.source, count=error.error_rows, first=found["first"])
    if isinstance(error, NothingToUndo):
        if str(error) == "Nothing to redo.":
            return QCoreApplication.translate("CoreErrors", "Nothing to redo.")
        return QCoreApplication.translate("CoreErrors", "Nothing to undo.")
    if isinstance(error, OperationRefused):
        return apply_rules(REFUSED_RULES, str(error)) or str(error)
    if isinstance(error, VaultExists):
        return QCoreApplication.translate(
            "CoreErrors", "A file already exists at {path}; refusing to overwrite it."
        ).format(path=error.path)
    if isinstance(error, VaultBusy):
        return QCoreApplication.translate(
            "CoreErrors", "The vault {path} is busy with another operation (an import, a backup...). "
            "Wait for it to finish and try again; nothing was changed.").format(path=error.path)
    if isinstance(error, VaultWriteError):
        return _write_error(error)
    return apply_rules(OTHER_RULES, str(error)) or str(error)
