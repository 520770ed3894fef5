"""Encrypted copies of a vault: written to a temp name, verified, then renamed into place."""

from __future__ import annotations

import contextlib
import os
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from sqlcipher3 import dbapi2

from crm_desktop.core.errors import VaultWriteError

from .connection import check_application_id, connect_raw

if TYPE_CHECKING:
    from .vault import Vault


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def fsync_path(path: str) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(folder: str) -> None:
    if os.name != "posix":  # directories cannot be opened for fsync on Windows
        return
    fsync_path(folder)


def copy_encrypted(vault: Vault, dest: str) -> None:
    """VACUUM INTO a temp file (same key, keeps application_id and user_version, includes
    what is still in the WAL), check it opens, fsync, rename. A kill leaves no half file."""
    tmp = dest + ".partial"
    with contextlib.suppress(FileNotFoundError):
        os.remove(tmp)
    # Create the file ourselves first so its mode is 0600 before a byte lands in it.
    os.close(os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    os.remove(tmp)  # VACUUM INTO refuses an existing file, even an empty one
    src = vault.raw_connection()
    try:
        old_umask = os.umask(0o077)
        try:
            src.execute(f"VACUUM INTO {_quote(tmp)}")
        finally:
            os.umask(old_umask)
    except dbapi2.Error as exc:
        with contextlib.suppress(FileNotFoundError):
            os.remove(tmp)
        raise VaultWriteError(dest, str(exc)) from None
    finally:
        src.close()
    check = connect_raw(tmp, vault._passphrase, read_only=True)
    try:
        check_application_id(check, tmp)
    finally:
        check.close()
    fsync_path(tmp)
    os.replace(tmp, dest)
    fsync_dir(os.path.dirname(os.path.abspath(dest)))


def snapshot(vault: Vault, folder: str, reason: str) -> str:
    os.makedirs(folder, mode=0o700, exist_ok=True)
    stem = os.path.splitext(os.path.basename(vault.path))[0]
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    dest = os.path.join(folder, f"{stem}-{stamp}-{reason}.crm")
    copy_encrypted(vault, dest)
    return dest
