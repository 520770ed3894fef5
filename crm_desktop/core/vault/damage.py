"""Recognize a damaged vault and say what still reads."""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from sqlcipher3 import dbapi2

from crm_desktop.core.errors import CrmError, VaultDamaged

_DAMAGE_WORDS = ("malformed", "not a database", "hmac", "corrupt", "database disk image")
_UNWRITABLE_WORDS = ("database or disk is full", "readonly database", "disk i/o error",
                     "unable to open database")


def looks_damaged(exc: BaseException) -> bool:
    text = str(exc).lower()
    return any(w in text for w in _DAMAGE_WORDS)


def looks_unwritable(exc: BaseException) -> bool:
    text = str(exc).lower()
    return any(w in text for w in _UNWRITABLE_WORDS)


def verify_pages(conn: dbapi2.Connection, path: str) -> None:
    """Check every page's HMAC (cipher_integrity_check); raise VaultDamaged on a failure."""
    problems = [row[0] for row in conn.execute("PRAGMA cipher_integrity_check").fetchall()]
    if problems:
        raise damaged(lambda: conn, path, f"{len(problems)} page(s) fail their check ({problems[0]})")


def damaged(connect: Callable[[], dbapi2.Connection], path: str, detail: str) -> VaultDamaged:
    """Build a VaultDamaged that lists which tables still read in full and which do not."""
    readable: list[str] = []
    unreadable: list[str] = []
    try:
        conn = connect()
    except (dbapi2.Error, CrmError):
        return VaultDamaged(path, detail)
    try:
        names = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
            " ORDER BY name")]
        for name in names:
            try:
                # Reading every column of every row touches every page of the table.
                for _ in conn.execute(f'SELECT * FROM "{name}"'):
                    pass
                readable.append(name)
            except dbapi2.Error:
                unreadable.append(name)
    except dbapi2.Error:
        return VaultDamaged(path, detail + "; even the list of tables cannot be read")
    finally:
        with contextlib.suppress(dbapi2.Error):
            conn.close()
    return VaultDamaged(path, _plain(detail), readable, unreadable)


def _plain(detail: str) -> str:
    text = detail.lower()
    if "not a database" in text or "hmac" in text:
        return "a page fails its integrity check (a byte changed on disk)"
    if "malformed" in text:
        return "the database structure is malformed"
    return detail
