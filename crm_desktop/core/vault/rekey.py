"""Change the passphrase atomically.

`PRAGMA rekey` rewrites every page in place: a kill in the middle would leave pages under two
keys. Instead: copy the vault (VACUUM INTO, old key) to a temp file, rekey the copy, verify it
opens with the new key and holds the same rows, fsync, then rename it over the vault. A kill
at any moment leaves either the old file (old key) or the new one (new key), never a mix.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from typing import TYPE_CHECKING

from crm_desktop.core.errors import ValidationError, VaultDamaged

from .connection import _quote_passphrase, connect_raw
from .snapshot import copy_encrypted, fsync_dir, fsync_path

if TYPE_CHECKING:
    from .vault import Vault


def _counts(conn) -> dict[str, int]:  # type: ignore[no-untyped-def]
    names = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")]
    return {n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}


def rekey(vault: Vault, new_passphrase: str,
          before_replace: Callable[[str], None] | None = None) -> None:
    if not new_passphrase:
        raise ValidationError("new passphrase", "must not be empty")
    path = vault.path
    tmp = path + ".rekey-tmp"
    with contextlib.suppress(FileNotFoundError):
        os.remove(tmp)
    vault.engine.dispose()  # no pooled connection may keep writing to the old file
    copy_encrypted(vault, tmp)
    conn = connect_raw(tmp, vault._passphrase)
    try:
        conn.execute("PRAGMA journal_mode = DELETE")  # rekey the copy outside WAL
        conn.execute(f"PRAGMA rekey = {_quote_passphrase(new_passphrase)}")
    finally:
        conn.close()
    old = connect_raw(path, vault._passphrase, read_only=True)
    new = connect_raw(tmp, new_passphrase)
    try:
        if _counts(old) != _counts(new) or new.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise VaultDamaged(tmp, "the re-encrypted copy does not match the vault; nothing changed")
        new.execute("PRAGMA journal_mode = WAL")
    finally:
        old.close()
        new.close()
    fsync_path(tmp)
    if before_replace:
        before_replace(tmp)
    os.replace(tmp, path)
    fsync_dir(os.path.dirname(os.path.abspath(path)))
    vault._set_passphrase(new_passphrase)
