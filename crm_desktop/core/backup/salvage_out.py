"""Where salvaged rows go: a new vault (the damaged one's schema, its rows, then its indexes;
migrated to the current schema and its search index rebuilt) or a JSON file."""

from __future__ import annotations

import base64
import contextlib
import json
import os
import shutil
from typing import Any, Protocol

from sqlalchemy.exc import SQLAlchemyError
from sqlcipher3 import dbapi2

from crm_desktop.core.errors import CrmError
from crm_desktop.core.models import utcnow
from crm_desktop.core.vault.connection import connect_raw, open_keyed
from crm_desktop.core.vault.snapshot import fsync_dir, fsync_path, remove_quietly

from .model import TableSalvage

Schema = list[tuple[str, str, str, str]]


class Out(Protocol):
    format: str

    def begin(self, schema: Schema, virtual: list[str], user_version: int) -> None: ...
    def table(self, name: str, columns: list[str], replace: bool) -> None: ...
    def rows(self, batch: list[tuple[Any, ...]]) -> None: ...
    def finish(self, tables: list[TableSalvage]) -> tuple[str | None, int, list[str]]: ...
    def abort(self) -> None: ...


def _new_file(path: str) -> int:
    os.makedirs(os.path.dirname(os.path.abspath(path)), mode=0o700, exist_ok=True)
    remove_quietly(path)
    return os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)


def _shadow(name: str, virtual: list[str]) -> bool:
    return any(name.startswith(v + "_") for v in virtual)


class VaultOut:
    format = "vault"

    def __init__(self, out: str, passphrase: str) -> None:
        self.out, self.passphrase = out, passphrase
        self.tmp = out + ".salvage-tmp"
        os.close(_new_file(self.tmp))
        self.conn = connect_raw(self.tmp, passphrase, create=True)
        # Rows may point to rows lost with a damaged page: keep them (they are reported).
        self.conn.execute("PRAGMA foreign_keys = OFF")
        self.conn.execute("BEGIN")
        self.schema: Schema = []
        self.version: str | None = None
        self.current = ""

    def begin(self, schema: Schema, virtual: list[str], user_version: int) -> None:
        self.schema = schema
        for kind, name, _, sql in schema:
            if kind == "table" and not name.startswith("sqlite_") and not _shadow(name, virtual):
                self.conn.execute(sql)  # a virtual table creates its own shadow tables
        self.conn.execute(f"PRAGMA user_version = {int(user_version)}")

    def table(self, name: str, columns: list[str], replace: bool) -> None:
        self.current = name
        cols = ", ".join(f'"{c}"' for c in columns)
        marks = ", ".join("?" * len(columns))
        self.insert = f'INSERT {"OR REPLACE " if replace else ""}INTO "{name}" ({cols}) VALUES ({marks})'

    def rows(self, batch: list[tuple[Any, ...]]) -> None:
        if self.current == "alembic_version" and batch and self.version is None:
            self.version = batch[0][0]
        self.conn.executemany(self.insert, batch)

    def finish(self, tables: list[TableSalvage]) -> tuple[str | None, int, list[str]]:
        notes: list[str] = []
        for wanted in ("index", "trigger", "view"):
            for kind, name, _, sql in self.schema:
                if kind == wanted:
                    try:
                        self.conn.execute(sql)
                    except dbapi2.Error:
                        notes.append(f"{kind} {name} could not be made again")
        self.conn.execute("COMMIT")
        dangling = len(self.conn.execute("PRAGMA foreign_key_check").fetchall())
        if dangling:
            notes.append(f"{dangling} row(s) point to a row that was lost")
        self.conn.close()
        if self.version is None:
            notes.append("the schema version was lost; the vault may not open")
        else:
            self._reindex(notes)
        conn = open_keyed(self.tmp, self.passphrase)
        try:
            conn.execute("PRAGMA journal_mode = DELETE")  # one file, no -wal to leave behind
        finally:
            conn.close()
        fsync_path(self.tmp)
        os.replace(self.tmp, self.out)
        fsync_dir(os.path.dirname(os.path.abspath(self.out)))
        return self.version, dangling, notes

    def _reindex(self, notes: list[str]) -> None:
        """Bring the schema up to date and rebuild the search index from the salvaged records."""
        from crm_desktop.core import search
        from crm_desktop.core.vault import Vault

        scratch = self.tmp + "-migration"
        try:
            v = Vault.open(self.tmp, self.passphrase, verify=False, backup_dir=scratch)
            try:
                search.reindex(v)
            finally:
                v.close()
        except (CrmError, dbapi2.Error, SQLAlchemyError) as exc:
            notes.append(f"the search index was not rebuilt ({type(exc).__name__}); "
                         "run `crm reindex` after opening it")
        finally:
            shutil.rmtree(scratch, ignore_errors=True)
            with contextlib.suppress(FileNotFoundError):
                os.remove(self.tmp + ".lock")

    def abort(self) -> None:
        with contextlib.suppress(dbapi2.Error):
            self.conn.close()
        remove_quietly(self.tmp)
        with contextlib.suppress(FileNotFoundError):
            os.remove(self.tmp + ".lock")


def _plain(value: Any) -> Any:
    return {"base64": base64.b64encode(value).decode()} if isinstance(value, bytes | memoryview) else value


class JsonOut:
    """Plaintext, by the user's choice (like an export): written 0600, renamed when complete."""

    format = "json"

    def __init__(self, out: str, source: str) -> None:
        self.out, self.source = out, source
        self.tmp = out + ".partial"
        self.fh = os.fdopen(_new_file(self.tmp), "w", encoding="utf-8")
        self.version: str | None = None
        self.current = ""
        self.first_row = True

    def begin(self, schema: Schema, virtual: list[str], user_version: int) -> None:
        head = {"format": "crm-desktop salvage", "version": 1, "source": os.path.basename(self.source),
                "salvaged_at": utcnow().isoformat(), "user_version": user_version}
        self.fh.write(json.dumps(head, ensure_ascii=False)[:-1] + ', "tables": {')

    def table(self, name: str, columns: list[str], replace: bool) -> None:
        self.fh.write(("]},\n" if self.current else "\n") + json.dumps(name) + ': {"columns": '
                      + json.dumps(columns) + ', "rows": [')
        self.current, self.first_row = name, True

    def rows(self, batch: list[tuple[Any, ...]]) -> None:
        if self.current == "alembic_version" and batch and self.version is None:
            self.version = batch[0][0]
        for row in batch:
            self.fh.write(("\n" if self.first_row else ",\n") + json.dumps([_plain(v) for v in row],
                                                                         ensure_ascii=False))
            self.first_row = False

    def finish(self, tables: list[TableSalvage]) -> tuple[str | None, int, list[str]]:
        report = [{"table": t.name, "rows": t.rows, "lost_rowid_ranges": t.lost_ranges,
                   "readable": t.readable} for t in tables]
        self.fh.write(("]}" if self.current else "") + '},\n"schema": ' + json.dumps(self.version)
                      + ',\n"report": ' + json.dumps(report) + "}\n")
        self.fh.flush()
        os.fsync(self.fh.fileno())
        self.fh.close()
        os.replace(self.tmp, self.out)
        fsync_dir(os.path.dirname(os.path.abspath(self.out)))
        return self.version, 0, []

    def abort(self) -> None:
        with contextlib.suppress(OSError):
            self.fh.close()
        remove_quietly(self.tmp)
