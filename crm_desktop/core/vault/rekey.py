"""Change the passphrase atomically.

`PRAGMA rekey` rewrites every page in place: a kill in the middle would leave pages under two
keys. Instead: take the old file out of WAL (every committed change lands in the file and the
-wal/-shm are deleted, so no frame under the old key can be replayed over the new file),
copy it (VACUUM INTO, old key) to a temp file, rekey the copy, verify it opens with the new
key and holds the same rows, fsync, then rename it over the vault. A kill at any moment
leaves either the old file (old key) or the new one (new key), never a mix; a temp file left
behind is removed on the next open.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from typing import TYPE_CHECKING

from sqlcipher3 import dbapi2

from crm_desktop.core.errors import ValidationError, VaultDamaged, VaultInUse, VaultWriteError

from .connection import _quote_passphrase, open_keyed
from .snapshot import fsync_dir, fsync_path, remove_quietly, vacuum_into

if TYPE_CHECKING:
    from .vault import Vault

TMP_SUFFIX = ".rekey-tmp"


def _counts(conn: dbapi2.Connection) -> dict[str, int]:
    names = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")]
    return {n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}


def remove_stale(path: str) -> None:
    """What a rekey killed before its rename leaves behind; the vault itself is intact."""
    remove_quietly(path + TMP_SUFFIX)


def _leave_wal(guard: dbapi2.Connection, path: str) -> None:
    # Needs the only connection to the file: a reader elsewhere (a read-only window, a
    # command) keeps its own view of the -wal/-shm and must be closed first.
    try:
        mode = guard.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
    except dbapi2.OperationalError:
        mode = None
    if mode != "delete":
        raise VaultInUse(path)


def rekey(vault: Vault, new_passphrase: str,
          before_replace: Callable[[str], None] | None = None) -> None:
    if not new_passphrase:
        raise ValidationError("new passphrase", "must not be empty")
    if vault.read_only:
        raise VaultWriteError(vault.path, "it is open read-only; open it for writing to change "
                              "the passphrase")
    # The real file: renaming over a symlink would replace the link and leave the old file,
    # under the old passphrase, where the link pointed.
    path = os.path.realpath(vault.path)
    tmp = path + TMP_SUFFIX
    remove_stale(path)
    vault._dispose()  # no pooled connection may keep writing to the old file
    guard = open_keyed(path, vault._passphrase)
    try:
        guard.execute("PRAGMA busy_timeout = 1000")
        _leave_wal(guard, vault.path)
        version = guard.execute("PRAGMA data_version").fetchone()[0]
        vacuum_into(guard, tmp, lambda: open_keyed(path, vault._passphrase, read_only=True), vault.path)
        # From here on no connection anywhere can write to the old file (readers still can);
        # data_version tells whether one wrote while the copy was being made.
        guard.execute("BEGIN IMMEDIATE")
        if guard.execute("PRAGMA data_version").fetchone()[0] != version:
            raise VaultInUse(vault.path)
        copy = open_keyed(tmp, vault._passphrase)
        try:
            copy.execute("PRAGMA journal_mode = DELETE")  # rekey the copy outside WAL
            copy.execute(f"PRAGMA rekey = {_quote_passphrase(new_passphrase)}")
        finally:
            copy.close()
        new = open_keyed(tmp, new_passphrase)  # from scratch: the new key opens the file
        try:
            if _counts(guard) != _counts(new) or new.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise VaultDamaged(tmp, "the re-encrypted copy does not match the vault; nothing changed")
        finally:
            new.close()
        fsync_path(tmp)
        if before_replace:
            before_replace(tmp)
        os.replace(tmp, path)
        fsync_dir(os.path.dirname(os.path.abspath(path)))
    except BaseException:
        remove_stale(path)
        raise
    finally:
        with contextlib.suppress(dbapi2.Error):
            guard.rollback()
        guard.close()
    vault._set_passphrase(new_passphrase)
