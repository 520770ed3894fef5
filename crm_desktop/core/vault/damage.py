"""Recognize a damaged vault and say what still reads."""

from __future__ import annotations

import contextlib
import os
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


def unwritable_detail(exc: BaseException) -> str:
    """Plain words for a refused write (the SQLite text is kept in brackets for support)."""
    text = str(getattr(exc, "orig", None) or exc).lower()
    if "full" in text:
        words = "the disk is full"
    elif "readonly" in text:
        words = "the file or its folder is read-only"
    elif "i/o error" in text:
        words = "the disk refused the write (full, removed, or a file size limit)"
    else:
        words = "the file cannot be opened for writing"
    return f"{words} [{text.split(chr(10))[0]}]"


def verify_pages(conn: dbapi2.Connection, path: str,
                 connect: Callable[[], dbapi2.Connection]) -> None:
    """Check every page's HMAC (cipher_integrity_check) and that the schema reads; raise
    VaultDamaged (saying what still reads, through fresh connections from `connect`)."""
    try:
        problems = conn.execute("PRAGMA cipher_integrity_check").fetchall()
        if problems and _has_wal(path):
            # cipher_integrity_check reads the main file only. Where a write was cut short
            # mid-checkpoint (disk full) its page may be partial there yet whole in the -wal,
            # which is what every read uses: read every page the way reads do before saying
            # "damaged".
            rows = conn.execute("PRAGMA quick_check").fetchall()
            problems = [] if rows == [("ok",)] else rows
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except dbapi2.DatabaseError as exc:
        raise damaged(connect, path, str(exc)) from None
    if problems:
        raise damaged(connect, path, f"{len(problems)} page(s) fail their integrity check "
                      "(bytes changed on disk)")


def _has_wal(path: str) -> bool:
    try:
        return os.path.getsize(path + "-wal") > 0
    except OSError:
        return False


def damaged(connect: Callable[[], dbapi2.Connection], path: str, detail: str) -> VaultDamaged:
    """Build a VaultDamaged that lists which tables still read in full and which do not.

    A read that hits a bad page leaves SQLCipher's connection in an error state (every later
    read on it fails too), so each table after a failure is read on a fresh connection."""
    readable: list[str] = []
    unreadable: list[str] = []
    try:
        conn = connect()
    except (dbapi2.Error, CrmError):
        return VaultDamaged(path, plain(detail) + "; the vault does not open at all")
    try:
        try:
            names = [r[0] for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
                " ORDER BY name")]
        except dbapi2.Error:
            return VaultDamaged(path, plain(detail) + "; even the list of tables cannot be read")
        for name in names:
            try:
                # Reading every column of every row touches every page of the table.
                for _ in conn.execute(f'SELECT * FROM "{name}"'):
                    pass
                readable.append(name)
            except dbapi2.Error:
                unreadable.append(name)
                with contextlib.suppress(dbapi2.Error):
                    conn.close()
                try:
                    conn = connect()
                except (dbapi2.Error, CrmError):
                    break
    finally:
        with contextlib.suppress(dbapi2.Error):
            conn.close()
    return VaultDamaged(path, plain(detail), readable, unreadable)


def plain(detail: str) -> str:
    """SQLite's words for damage, said for a person."""
    text = detail.lower()
    if "not a database" in text or "hmac" in text:
        return "a page fails its integrity check (a byte changed on disk)"
    if "malformed" in text:
        return "the database structure is malformed"
    return detail
