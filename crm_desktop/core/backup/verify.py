"""Open a backup with the key and check it: page HMACs, structure, schema version, row counts."""

from __future__ import annotations

import contextlib
import time
from typing import TYPE_CHECKING

from sqlcipher3 import dbapi2

from crm_desktop.core.errors import CrmError, WrongPassphrase
from crm_desktop.core.models import utcnow
from crm_desktop.core.vault.connection import connect_raw

from .model import MAIN_TABLES, Verification

if TYPE_CHECKING:
    from crm_desktop.core.vault import Vault


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


def verify_file(path: str, passphrase: str, *, full: bool = True) -> Verification:
    """Check one file; never raises for what it finds (the result says), only for a bug.

    Quick (full=False): the key, every page's HMAC and the counts (~6 s at 1.6 GB). Full adds
    SQLite's integrity_check (structure, indexes: ~36 s at 1.6 GB)."""
    started = time.monotonic()
    at = utcnow()
    key_ok, cipher_ok, integrity_ok = False, None, None
    schema, counts, last_op, last_audit = None, {}, None, None
    problem: str | None = None
    conn = None
    try:
        conn = connect_raw(path, passphrase, read_only=True)
        key_ok = True
        bad = conn.execute("PRAGMA cipher_integrity_check").fetchall()
        cipher_ok = not bad
        if bad:
            problem = f"{len(bad)} page(s) fail their integrity check (bytes changed on disk)"
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
    except dbapi2.Error as exc:
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
