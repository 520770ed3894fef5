"""Errors a user can cause, each with a message fit to show as is (GUI) or print (CLI).

The CLI maps `exit_code` to its process exit status; the GUI shows `str(error)`.
"""

from __future__ import annotations


class CrmError(Exception):
    """Base of every error a user can cause; never a bug."""

    exit_code = 1


class VaultError(CrmError):
    exit_code = 4


class VaultNotFound(VaultError):
    def __init__(self, path: str) -> None:
        super().__init__(f"No vault at {path}: the file does not exist (nothing was created).")
        self.path = path


class VaultExists(VaultError):
    exit_code = 5

    def __init__(self, path: str) -> None:
        super().__init__(f"A file already exists at {path}; refusing to overwrite it.")
        self.path = path


class WrongPassphrase(VaultError):
    exit_code = 3

    def __init__(self, path: str) -> None:
        super().__init__(
            f"Wrong passphrase for {path} (or the file is encrypted with another key, or its "
            "first page is damaged). The file was not changed."
        )
        self.path = path


class NotAVault(VaultError):
    def __init__(self, path: str, why: str) -> None:
        super().__init__(f"{path} is not a crm-desktop vault: {why}.")
        self.path = path
        self.why = why


class VaultDamaged(VaultError):
    def __init__(self, path: str, detail: str, readable: list[str] | None = None,
                 unreadable: list[str] | None = None) -> None:
        self.path = path
        self.detail = detail
        self.readable = readable or []
        self.unreadable = unreadable or []
        msg = f"The vault {path} is damaged: {detail}."
        if self.unreadable:
            msg += f" Unreadable: {', '.join(self.unreadable)}."
        if self.readable:
            msg += f" Still readable: {', '.join(self.readable)}."
        msg += " Restore the newest backup, or salvage what still reads."
        super().__init__(msg)


class VaultInUse(VaultError):
    def __init__(self, path: str) -> None:
        super().__init__(
            f"The vault {path} is open in another crm-desktop window or command. "
            "Close it there first (two writers would risk your data)."
        )
        self.path = path


class VaultBusy(VaultError):
    """Another operation of this program holds the write lock for longer than we wait."""

    def __init__(self, path: str) -> None:
        super().__init__(
            f"The vault {path} is busy with another operation (an import, a backup...). "
            "Wait for it to finish and try again; nothing was changed."
        )
        self.path = path


class VaultWriteError(VaultError):
    """The disk refused a write (full, read-only, permissions); nothing was changed."""

    def __init__(self, path: str, detail: str) -> None:
        super().__init__(f"Could not write {path}: {detail}. Nothing was changed.")
        self.path = path


class ValidationError(CrmError):
    """Input that breaks a rule; names the field so the GUI can show it beside it."""

    exit_code = 5

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


class NotFound(CrmError):
    exit_code = 5

    def __init__(self, entity: str, ident: object) -> None:
        super().__init__(f"No {entity} with id {ident}.")
        self.entity = entity
        self.ident = ident


class OperationRefused(CrmError):
    """A request that cannot be carried out as asked (undo past an erase...); nothing changed."""

    exit_code = 5


class NothingToUndo(CrmError):
    exit_code = 5

    def __init__(self, what: str = "undo") -> None:
        super().__init__(f"Nothing to {what}.")
