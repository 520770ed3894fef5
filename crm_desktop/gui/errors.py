"""Errors in words: what a user sees instead of a traceback."""

from __future__ import annotations

import logging
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from crm_desktop.core.errors import (
    CrmError,
    NotAVault,
    ValidationError,
    VaultDamaged,
    VaultInUse,
    VaultNotFound,
    WrongPassphrase,
)

from .error_words import error_words

log = logging.getLogger(__name__)


def describe(error: BaseException) -> str:
    """One message for a person, in the window's language (the core's English where a message has
    no translation yet); an unexpected error names its type only (details go to the log)."""
    if isinstance(error, WrongPassphrase):
        return QCoreApplication.translate(
            "Errors", "Wrong passphrase. Check Caps Lock and the keyboard layout, and try again.")
    if isinstance(error, VaultInUse):
        return QCoreApplication.translate(
            "Errors", "This vault is open in another crm-desktop window or command. Close it there "
            "first: two programs writing at once could damage your data.")
    if isinstance(error, VaultNotFound):
        return QCoreApplication.translate("Errors", "There is no vault at {path}.").format(path=error.path)
    if isinstance(error, NotAVault):
        return QCoreApplication.translate("Errors", "{name} is not a crm-desktop vault ({why}).").format(
            name=Path(error.path).name, why=error.why)
    if isinstance(error, VaultDamaged):
        parts = [QCoreApplication.translate("Errors", "The vault is damaged: {detail}.").format(
            detail=error.detail)]
        if error.unreadable:
            parts.append(QCoreApplication.translate("Errors", "Unreadable: {tables}.").format(
                tables=", ".join(error.unreadable)))
        if error.readable:
            parts.append(QCoreApplication.translate("Errors", "Still readable: {tables}.").format(
                tables=", ".join(error.readable)))
        parts.append(QCoreApplication.translate(
            "Errors", "Restore your newest backup, or salvage what still reads."))
        return " ".join(parts)
    if isinstance(error, CrmError):
        # a ValidationError's field is where the message is shown, so its message alone
        return error_words(error)
    log.error("unexpected error", exc_info=(type(error), error, error.__traceback__))
    return QCoreApplication.translate(
        "Errors", "Something unexpected went wrong ({kind}). The details were written to the log."
    ).format(kind=type(error).__name__)


def field_of(error: ValidationError) -> str:
    """'emails[0]' -> 'emails': the form field a validation message belongs beside."""
    return re.sub(r"\[\d+\]$", "", error.field)


def show_error(parent: QWidget | None, error: BaseException, title: str | None = None) -> None:
    QMessageBox.warning(parent, title or QCoreApplication.translate("Errors", "crm-desktop"), describe(error))
