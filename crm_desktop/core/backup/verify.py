"""Open a backup with the key and check it: page HMACs, structure, schema version, row counts.

Every page's HMAC is checked here rather than by `PRAGMA cipher_integrity_check`, which does
the same work one page at a time on one core (3.6 s of CPU at 1.4 GB; ours 2.8 s, spread over
two threads: hmac.digest lets go of the GIL). The key is derived once, in Python, and the
connection is opened with it raw, so the passphrase KDF is not paid twice. Any file whose
settings are not SQLCipher 4's defaults (or whose first page our check would refuse though
SQLCipher opened it) is checked by the pragma instead."""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import os
import time
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING

from sqlcipher3 import dbapi2

from crm_desktop.core.errors import CrmError, WrongPassphrase
from crm_desktop.core.models import utcnow
from crm_desktop.core.vault.connection import connect_raw

from .model import MAIN_TABLES, Verification

if TYPE_CHECKING:
    from crm_desktop.core.vault import Vault

# SQLCipher 4's defaults, which our page check follows (anything else: the pragma checks).
_DEFAULTS = {"cipher_page_size": "4096", "cipher_use_hmac": "1", "cipher_hmac_algorithm": "HMAC_SHA512",
             "cipher_kdf_algorithm": "PBKDF2_HMAC_SHA512", "cipher_plaintext_header_size": "0",
             "cipher_hmac_pgno": "le", "cipher_hmac_salt_mask": "3a"}
_KDF_ITER = 256_000
_PAGE, _SALT, _IV, _MAC, _RESERVE = 4096, 16, 16, 64, 80
_PENDING_BYTE = 0x40000000  # SQLite never writes the page holding it (the lock-byte page)
_READ_PAGES = 256  # pages per read
_THREADS = 2


def passphrase_of(vault: Vault) -> str:
    """The key a backup of `vault` is written under (the vault's own): backups are copies
    under the same key, so they need it to open what they wrote."""
    return vault.copy_passphrase()


def table_names(conn: dbapi2.Connection) -> set[str]:
    return {r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")}


def state(conn: dbapi2.Connection) -> tuple[str | None, dict[str, int], int | None, int | None]:
    """(schema version, rows per main table, newest operation id, newest audit entry id)."""
    names = table_names(conn)
    schema = None
    if "alembic_version" in names:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        schema = row[0] if row else None
    counts = {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]
              for t in MAIN_TABLES if t in names}
    newest = [conn.execute(f'SELECT max(id) FROM "{t}"').fetchone()[0] if t in names else None
              for t in ("operation", "audit_entry")]
    return schema, counts, newest[0], newest[1]


def fingerprint(conn: dbapi2.Connection) -> tuple[str | None, int | None, int | None]:
    """Cheap (index lookups only): changes whenever an audited operation or a migration ran."""
    names = table_names(conn)
    schema = (conn.execute("SELECT version_num FROM alembic_version").fetchone() or (None,))[0] \
        if "alembic_version" in names else None
    newest = [conn.execute(f'SELECT max(id) FROM "{t}"').fetchone()[0] if t in names else None
              for t in ("operation", "audit_entry")]
    return schema, newest[0], newest[1]


def _open(path: str, passphrase: str) -> tuple[dbapi2.Connection, bytes | None]:
    """A read-only connection, and the raw key it was opened with (None: opened the usual way)."""
    try:
        with open(path, "rb") as fh:
            salt = fh.read(_SALT)
    except OSError:
        salt = b""
    if passphrase and len(salt) == _SALT:
        key = hashlib.pbkdf2_hmac("sha512", passphrase.encode("utf-8"), salt, _KDF_ITER, 32)
        with contextlib.suppress(WrongPassphrase):  # other KDF settings, or a wrong passphrase
            return connect_raw(path, f"x'{key.hex()}'", read_only=True), key
    return connect_raw(path, passphrase, read_only=True), None


def _bad_pages(path: str, key: bytes, first: int, last: int) -> list[int]:
    """Pages first..last (1-based) whose HMAC does not match, as SQLCipher computes it: over the
    encrypted bytes and the IV (page 1: after the salt), then the page number, little-endian."""
    with open(path, "rb") as fh:
        salt = fh.read(_SALT)
    mac_key = hashlib.pbkdf2_hmac("sha512", key, bytes(b ^ 0x3A for b in salt), 2, 32)
    skip = _PENDING_BYTE // _PAGE + 1
    digest, end, bad = hmac.digest, _PAGE - _RESERVE + _IV, []
    fd = os.open(path, os.O_RDONLY)
    try:
        for start in range(first, last + 1, _READ_PAGES):
            count = min(_READ_PAGES, last + 1 - start)
            buf = os.pread(fd, count * _PAGE, (start - 1) * _PAGE)
            for i in range(min(count, len(buf) // _PAGE)):
                page, off = start + i, i * _PAGE
                body = buf[off + (_SALT if page == 1 else 0):off + end] + page.to_bytes(4, "little")
                if digest(mac_key, body, "sha512") != buf[off + end:off + end + _MAC] and page != skip:
                    bad.append(page)
    finally:
        os.close(fd)
    return bad


def page_problems(conn: dbapi2.Connection, path: str, key: bytes | None) -> int:
    """How many pages fail their HMAC (a file cut mid-page counts one more): the same answer as
    `PRAGMA cipher_integrity_check`, sooner."""
    if key is None or any(str((conn.execute(f"PRAGMA {name}").fetchone() or [None])[0]) != value
                          for name, value in _DEFAULTS.items()) or _bad_pages(path, key, 1, 1):
        return len(conn.execute("PRAGMA cipher_integrity_check").fetchall())
    pages, rest = divmod(os.path.getsize(path), _PAGE)
    step = -(-pages // _THREADS)
    with ThreadPoolExecutor(_THREADS) as pool:
        parts = pool.map(lambda n: _bad_pages(path, key, 1 + n * step, min(pages, (n + 1) * step)),
                         range(_THREADS))
        return sum(len(p) for p in parts) + (1 if rest else 0)


def verify_file(path: str, passphrase: str, *, full: bool = True) -> Verification:
    """Check one file; never raises for what it finds (the result says), only for a bug.

    Quick (full=False): the key, every page's HMAC and the counts (~4 s at 1.4 GB on a busy
    2-core machine, see bench/backup.py). Full adds SQLite's integrity_check (structure,
    indexes: ~36 s at 1.6 GB)."""
    started = time.monotonic()
    at = utcnow()
    key_ok, cipher_ok, integrity_ok = False, None, None
    schema, counts, last_op, last_audit = None, {}, None, None
    problem: str | None = None
    conn = None
    try:
        conn, key = _open(path, passphrase)
        key_ok = True
        bad = page_problems(conn, path, key)
        cipher_ok = not bad
        if bad:
            problem = f"{bad} page(s) fail their integrity check (bytes changed on disk)"
        else:
            if full:
                rows = conn.execute("PRAGMA integrity_check").fetchall()
                integrity_ok = rows == [("ok",)]
                if not integrity_ok:
                    problem = f"the database structure is damaged ({len(rows)} problem(s))"
            schema, counts, last_op, last_audit = state(conn)
    except WrongPassphrase:
        problem = ("it does not open with this passphrase (taken before a passphrase change, "
                   "or its first page is damaged)")
    except CrmError as exc:
        problem = str(exc)
    except (dbapi2.Error, OSError) as exc:  # OSError: our page check's own reads
        problem = f"it does not read ({exc})"
        if key_ok and cipher_ok is None:
            cipher_ok = False
    finally:
        if conn is not None:
            with contextlib.suppress(dbapi2.Error):
                conn.close()
    ok = key_ok and bool(cipher_ok) and integrity_ok is not False and problem is None
    return Verification(ok, key_ok, cipher_ok, integrity_ok, schema, counts, last_op, last_audit, at,
                        time.monotonic() - started, problem)
