"""Encrypted copies of a vault: written to a temp name, verified, then renamed into place."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from sqlcipher3 import dbapi2

from crm_desktop.core.errors import VaultWriteError

from . import damage
from .connection import open_keyed

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


def remove_quietly(path: str) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            os.remove(path + suffix)


def vacuum_into(src: dbapi2.Connection, dest: str,
                connect: Callable[[], dbapi2.Connection], src_path: str) -> None:
    """Write an encrypted copy of `src` (same key; keeps application_id and user_version;
    includes what is still in the WAL) to `dest`, a name that must not exist; mode 0600.
    A bad page in the source raises VaultDamaged (saying what reads), a refused write
    VaultWriteError."""
    remove_quietly(dest)
    # VACUUM INTO creates the file itself: the umask makes it 0600 before a byte lands in it.
    old_umask = os.umask(0o077)
    try:
        src.execute(f"VACUUM INTO {_quote(dest)}")
    except dbapi2.Error as exc:
        remove_quietly(dest)
        if damage.looks_damaged(exc):
            raise damage.damaged(connect, src_path, str(exc)) from None
        raise VaultWriteError(dest, str(exc)) from None
    finally:
        os.umask(old_umask)


def copy_encrypted(vault: Vault, dest: str) -> None:
    """VACUUM INTO a temp file, check it opens with the key, fsync, rename. A kill leaves no
    half file under the final name."""
    tmp = dest + ".partial"
    src = vault.raw_connection()
    try:
        vacuum_into(src, tmp, vault.raw_connection, vault.path)
    finally:
        src.close()
    try:
        # Opens with the key and carries our application_id, or raises.
        open_keyed(tmp, vault._passphrase, read_only=True).close()
        fsync_path(tmp)
        os.replace(tmp, dest)
        fsync_dir(os.path.dirname(os.path.abspath(dest)))
    except BaseException:
        remove_quietly(tmp)
        raise


def snapshot(vault: Vault, folder: str, reason: str) -> str:
    try:
        os.makedirs(folder, mode=0o700, exist_ok=True)
    except OSError as exc:
        raise VaultWriteError(folder, f"the backup folder cannot be created ({exc.strerror})") from None
    stem = os.path.splitext(os.path.basename(vault.path))[0]
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    dest = os.path.join(folder, f"{stem}-{stamp}-{reason}.crm")
    copy_encrypted(vault, dest)
    return dest
