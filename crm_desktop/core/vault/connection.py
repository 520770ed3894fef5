"""Raw SQLCipher connections: key first, check it on page 1 only, then the pragmas every
connection needs — in that order, so a wrong key or a foreign file is never written to."""

from __future__ import annotations

import os
import pathlib
from urllib.parse import quote

import sqlcipher3
from sqlcipher3 import dbapi2

from crm_desktop.core.errors import NotAVault, VaultDamaged, VaultInUse, VaultWriteError, WrongPassphrase

# 'CRM1' — marks files written by crm-desktop (PRAGMA application_id, in the database header).
APPLICATION_ID = 0x43524D31

# SQLite primary result codes (the low byte of an extended code).
_BUSY, _READONLY, _CORRUPT, _CANTOPEN, _NOTADB = 5, 8, 11, 14, 26


def _quote_passphrase(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _uri(path: str, query: str) -> str:
    # Quote the path ourselves: a '?' or '#' in a folder name must not end the path part.
    return "file:" + quote(str(pathlib.Path(path).absolute())) + "?" + query


def _code(exc: BaseException) -> int:
    return (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF


def open_keyed(path: str, passphrase: str, *, read_only: bool = False,
               create: bool = False) -> dbapi2.Connection:
    """One keyed connection, its key and application_id checked, nothing written to the file
    (unless `create`). Raises WrongPassphrase, NotAVault, VaultDamaged or VaultWriteError."""
    if not passphrase:  # SQLCipher refuses an empty key outright; no vault has one
        raise WrongPassphrase(path)
    mode = "ro" if read_only else ("rwc" if create else "rw")
    try:
        return _open_keyed(_uri(path, f"mode={mode}"), path, passphrase, create)
    except VaultWriteError:
        # A WAL vault read-only in a folder we cannot write to (read-only media, a locked-down
        # share) cannot get its -shm. With no -wal beside it there is no writer either (a writer
        # would need to create one there), so the file is read as an immutable snapshot.
        if read_only and not os.path.exists(path + "-wal"):
            return _open_keyed(_uri(path, "mode=ro&immutable=1"), path, passphrase, create)
        raise


def _open_keyed(uri: str, path: str, passphrase: str, create: bool) -> dbapi2.Connection:
    try:
        conn = sqlcipher3.connect(uri, uri=True, check_same_thread=False, isolation_level=None)
    except dbapi2.Error as exc:
        raise VaultWriteError(path, f"it cannot be opened ({exc})") from None
    try:
        # Before the key: otherwise a wrong key prints HMAC errors on stderr.
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = {_quote_passphrase(passphrase)}")
        conn.execute("PRAGMA busy_timeout = 5000")  # a writer's WAL recovery may hold page 1 briefly
        if create:
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        try:
            # Reads page 1 only: its HMAC fails under a wrong key (SQLITE_NOTADB). A failure on
            # any later page is damage, not a wrong passphrase.
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        except dbapi2.DatabaseError as exc:
            raise translate_open_error(exc, path) from None
        if app_id != APPLICATION_ID:
            raise NotAVault(path, "it is an encrypted database of another program")
    except BaseException:
        conn.close()
        raise
    return conn


def translate_open_error(exc: BaseException, path: str) -> Exception:
    """The typed error for a failure while a connection is being opened and keyed."""
    code = _code(exc)
    if code == _NOTADB:
        return WrongPassphrase(path)
    if code == _CORRUPT:
        return VaultDamaged(path, "its first pages do not read (the file was cut short or overwritten)")
    if code == _BUSY:
        return VaultInUse(path)
    if code in (_READONLY, _CANTOPEN):
        return VaultWriteError(path, "the file or its folder is read-only (open the vault read-only instead)")
    return VaultWriteError(path, str(exc))


def apply_pragmas(conn: dbapi2.Connection, *, read_only: bool = False) -> None:
    conn.execute("PRAGMA foreign_keys = ON")
    # With file temp storage, sorts and temp indexes spill plaintext temp files.
    conn.execute("PRAGMA temp_store = MEMORY")
    # Freed pages are zeroed so deleted (erased) data does not linger inside the file.
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("PRAGMA busy_timeout = 5000")
    if not read_only:
        # WAL: a reader (a backup, a report on the worker) never blocks the writer and a crash
        # mid-write leaves the main file untouched; the WAL is encrypted like the file itself.
        # synchronous=FULL so a committed change survives a power cut, not only a crash.
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")


def connect_raw(path: str, passphrase: str, *, read_only: bool = False,
                create: bool = False) -> dbapi2.Connection:
    """Open one keyed connection with every pragma set. Never creates a file unless `create`."""
    conn = open_keyed(path, passphrase, read_only=read_only, create=create)
    try:
        apply_pragmas(conn, read_only=read_only)
    except dbapi2.DatabaseError as exc:
        conn.close()
        raise translate_open_error(exc, path) from None
    except BaseException:
        conn.close()
        raise
    return conn
