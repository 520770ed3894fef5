"""Salvage a damaged vault: read whatever still reads, table by table and row by row, skipping
the rows on pages that fail their check, into a new vault (same passphrase) or a JSON file.

A read that hits a bad page leaves SQLCipher's connection unusable, so each failure is followed
by a fresh connection. The passphrase KDF is paid once: the raw key is derived (SQLCipher 4
defaults) and every later connection is keyed with it, which costs nothing."""

from __future__ import annotations

import contextlib
import hashlib
import os
import time
from collections.abc import Callable
from typing import Any
from urllib.parse import quote

import sqlcipher3
from sqlcipher3 import dbapi2

from crm_desktop.core.errors import CrmError, NotAVault, VaultDamaged, VaultExists, VaultNotFound
from crm_desktop.core.vault.connection import APPLICATION_ID, translate_open_error

from .model import SalvageReport, TableSalvage
from .salvage_out import JsonOut, Out, VaultOut

BATCH = 500
KDF_ITER, KEY_BYTES, SALT_BYTES = 256_000, 32, 16  # SQLCipher 4 defaults
# Shadow tables of an FTS5 index: its settings are kept, its data is rebuilt from the records.
KEPT_SHADOW = ("_config",)
SHADOW = ("_data", "_idx", "_docsize", "_content", "_config")

Progress = Callable[[str, int], None]


class _Reader:
    def __init__(self, path: str, passphrase: str) -> None:
        self.path, self.passphrase = path, passphrase
        self.raw_key: str | None = None
        self.conn = self._connect(passphrase)

    def _connect(self, key: str) -> dbapi2.Connection:
        """Read-only; with no -wal to read, as an immutable file, so that not even a -shm is
        made beside the damaged vault."""
        wal = os.path.exists(self.path + "-wal") and os.path.getsize(self.path + "-wal") > 0
        uri = "file:" + quote(os.path.abspath(self.path)) + ("?mode=ro" if wal else "?mode=ro&immutable=1")
        conn = sqlcipher3.connect(uri, uri=True, check_same_thread=False, isolation_level=None)
        try:
            conn.execute("PRAGMA cipher_log_level = NONE")  # before the key: no HMAC noise on stderr
            conn.execute("PRAGMA key = '" + key.replace("'", "''") + "'")
            try:
                app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            except dbapi2.DatabaseError as exc:
                raise translate_open_error(exc, self.path) from None
            if app_id != APPLICATION_ID:
                raise NotAVault(self.path, "it is an encrypted database of another program")
            conn.execute("PRAGMA temp_store = MEMORY")  # no plaintext temp files
        except BaseException:
            conn.close()
            raise
        return conn

    def reconnect(self) -> None:
        with contextlib.suppress(dbapi2.Error):
            self.conn.close()
        if self.raw_key is None:
            self.raw_key = self._derive() or ""
        self.conn = self._connect(self.raw_key or self.passphrase)

    def _derive(self) -> str | None:
        with open(self.path, "rb") as fh:
            salt = fh.read(SALT_BYTES)
        key = hashlib.pbkdf2_hmac("sha512", self.passphrase.encode(), salt, KDF_ITER, KEY_BYTES)
        raw = f"x'{key.hex()}{salt.hex()}'"
        try:
            self._connect(raw).close()
        except CrmError:
            return None  # not the default settings: reconnect with the passphrase (slower)
        return raw

    def probe(self, table: str, after: int) -> bool:
        """Can the table be read from the first row past `after` on?"""
        try:
            self.conn.execute(f'SELECT rowid FROM "{table}" WHERE rowid > ? ORDER BY rowid LIMIT 1',
                              (after,)).fetchone()
            return True
        except dbapi2.DatabaseError:
            self.reconnect()
            return False

    def skip(self, table: str, last: int) -> int | None:
        """The smallest rowid past which the table reads again (rows up to it are lost)."""
        lo, step, hi = last, 1, None
        limit = 1 << (62 if self.raw_key else 40)
        while step < limit:
            if self.probe(table, last + step):
                hi = last + step
                break
            lo, step = last + step, step * 2
        if hi is None:
            return None
        while hi - lo > 1:
            mid = (lo + hi) // 2
            if self.probe(table, mid):
                hi = mid
            else:
                lo = mid
        return hi

    def read(self, table: str, rowid: bool, sink: Callable[[list[tuple[Any, ...]]], None],
             progress: Progress | None) -> TableSalvage:
        rows, lost, last = 0, [], -(1 << 63)
        batch: list[tuple[Any, ...]] = []

        def flush() -> None:
            nonlocal rows, batch
            if batch:
                sink(batch)
                rows += len(batch)
                batch = []
                if progress:
                    progress(table, rows)

        while True:
            try:
                sql = (f'SELECT rowid, * FROM "{table}" WHERE rowid > ? ORDER BY rowid' if rowid
                       else f'SELECT NULL, * FROM "{table}"')
                for row in self.conn.execute(sql, (last,) if rowid else ()):
                    batch.append(tuple(row[1:]))
                    last = row[0] if rowid else last
                    if len(batch) >= BATCH:
                        flush()
                flush()
                break
            except dbapi2.DatabaseError:
                flush()
                self.reconnect()
                nxt = self.skip(table, last) if rowid else None
                lost.append((last + 1, nxt if nxt is not None else -1))
                if nxt is None:
                    break
                last = nxt
        return TableSalvage(table, rows, lost, readable=rows > 0 or not lost)


def salvage(path: str | os.PathLike[str], passphrase: str, out_path: str | os.PathLike[str], *,
            progress: Progress | None = None) -> SalvageReport:
    """Copy what still reads from the vault at `path` to `out_path`: a new vault (same
    passphrase; its search index rebuilt) or, for a name ending in .json, a JSON file
    (plaintext: the user's choice, like an export). The damaged file is only read.
    Raises VaultNotFound, VaultExists (out_path), WrongPassphrase (also when the first page
    is damaged: then nothing can be read) or VaultDamaged (the list of tables does not read)."""
    started = time.monotonic()
    path, out = str(path), str(out_path)
    if not os.path.isfile(path):
        raise VaultNotFound(path)
    if os.path.lexists(out):
        raise VaultExists(out)
    reader = _Reader(path, passphrase)
    try:
        try:
            schema = reader.conn.execute(
                "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE sql IS NOT NULL").fetchall()
            user_version = reader.conn.execute("PRAGMA user_version").fetchone()[0]
        except dbapi2.DatabaseError:
            raise VaultDamaged(path, "even its list of tables does not read; nothing can be salvaged"
                               ) from None
        virtual = [n for t, n, _, sql in schema if t == "table" and sql.upper().startswith("CREATE VIRTUAL")]
        writer: Out = JsonOut(out, path) if out.lower().endswith(".json") else VaultOut(out, passphrase)
        try:
            report = _copy(reader, writer, schema, virtual, user_version, progress)
        except BaseException:
            writer.abort()
            raise
    finally:
        with contextlib.suppress(dbapi2.Error):
            reader.conn.close()
    tables, schema_version, dangling, notes = report
    return SalvageReport(path, out, writer.format, tables, sum(t.rows for t in tables), schema_version,
                         dangling, notes, time.monotonic() - started)


def _copy(reader: _Reader, writer: Out, schema: list[tuple[str, str, str, str]], virtual: list[str],
          user_version: int, progress: Progress | None
          ) -> tuple[list[TableSalvage], str | None, int, list[str]]:
    writer.begin(schema, virtual, user_version)
    tables: list[TableSalvage] = []
    for kind, name, _, sql in schema:
        if kind != "table" or name.startswith("sqlite_") or name in virtual:
            continue
        shadow = next((v for v in virtual if name.startswith(v + "_") and name[len(v):] in SHADOW), None)
        if shadow and name[len(shadow):] not in KEPT_SHADOW:
            continue
        try:
            columns = [r[1] for r in reader.conn.execute(f'PRAGMA table_info("{name}")')]
        except dbapi2.DatabaseError:
            reader.reconnect()
            tables.append(TableSalvage(name, 0, [], readable=False))
            continue
        writer.table(name, columns, replace=shadow is not None)
        rowid = "WITHOUT ROWID" not in sql.upper()
        tables.append(reader.read(name, rowid, writer.rows, progress))
    schema_version, dangling, notes = writer.finish(tables)
    for t in tables:
        if not t.readable:
            notes.append(f"{t.name}: no row could be read")
        elif t.lost_ranges:
            notes.append(f"{t.name}: {len(t.lost_ranges)} damaged stretch(es) skipped, {t.rows} row(s) kept")
    return tables, schema_version, dangling, notes

