"""Raw SQLCipher connections: key first, verify it, then the pragmas every connection needs."""

from __future__ import annotations

import pathlib
from urllib.parse import quote

import sqlcipher3
from sqlcipher3 import dbapi2

from crm_desktop.core.errors import NotAVault, WrongPassphrase

# 'CRM1' — marks files written by crm-desktop (PRAGMA application_id, in the database header).
APPLICATION_ID = 0x43524D31


def _quote_passphrase(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def connect_raw(path: str, passphrase: str, *, read_only: bool = False,
                create: bool = False) -> dbapi2.Connection:
    """Open one keyed connection. Never creates a file unless `create`; raises WrongPassphrase."""
    mode = "ro" if read_only else ("rwc" if create else "rw")
    uri = f"{pathlib.Path(path).absolute().as_uri()}?mode={mode}"
    if "?" in path or "#" in path:  # as_uri() escapes them; keep the raw path out of the query part
        uri = "file:" + quote(str(pathlib.Path(path).absolute())) + f"?mode={mode}"
    conn = sqlcipher3.connect(uri, uri=True, check_same_thread=False, isolation_level=None)
    try:
        # Before the key: otherwise a wrong key prints HMAC errors on stderr.
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = {_quote_passphrase(passphrase)}")
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except dbapi2.DatabaseError:
            raise WrongPassphrase(path) from None
        apply_pragmas(conn, read_only=read_only)
    except BaseException:
        conn.close()
        raise
    return conn


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


def check_application_id(conn: dbapi2.Connection, path: str) -> None:
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    if app_id != APPLICATION_ID:
        raise NotAVault(path, "it is an encrypted database of another program")
