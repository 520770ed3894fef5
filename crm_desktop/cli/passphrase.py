"""Passphrases: from the environment or a no-echo prompt, never from the command line
(argv is visible to every user of the machine through `ps`)."""

from __future__ import annotations

import getpass
import os

from crm_desktop.core.errors import CrmError, ValidationError

ENV = "CRM_PASSPHRASE"
NEW_ENV = "CRM_NEW_PASSPHRASE"


class NoPassphrase(CrmError):
    exit_code = 3

    def __init__(self, env: str) -> None:
        super().__init__(f"No passphrase given: set {env} or run the command in a terminal.")


def _ask(prompt: str, env: str) -> str:
    try:
        return getpass.getpass(prompt)
    except EOFError:
        raise NoPassphrase(env) from None


def current(path: str) -> str:
    """The passphrase of an existing vault."""
    value = os.environ.get(ENV)
    return value if value is not None else _ask(f"Passphrase for {path}: ", ENV)


def _new(env: str, prompt: str, field: str) -> str:
    value = os.environ.get(env)
    if value is None:
        value = _ask(prompt, env)
        if _ask("Repeat it: ", env) != value:
            raise ValidationError(field, "the two entries differ; nothing was changed")
    if not value:
        raise ValidationError(field, "must not be empty")
    return value


def for_new_vault(path: str) -> str:
    """The passphrase of a vault about to be created: CRM_PASSPHRASE, or asked twice."""
    return _new(ENV, f"New passphrase for {path}: ", "passphrase")


def replacement() -> str:
    """The new passphrase for `crm passwd`: CRM_NEW_PASSPHRASE, or asked twice."""
    return _new(NEW_ENV, "New passphrase: ", "new passphrase")
