"""The vault: one SQLCipher file, opened once, kept open; the engine every service uses."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Sequence

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import Connection
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool
from sqlcipher3 import dbapi2

from crm_desktop.core.errors import (
    CrmError,
    ValidationError,
    VaultBusy,
    VaultDamaged,
    VaultExists,
    VaultWriteError,
)

from . import damage, probe, rekey
from .connection import apply_pragmas, connect_raw, open_keyed, translate_open_error
from .lock import VaultLock
from .migrate import migrate as run_migrations
from .snapshot import remove_quietly, snapshot

# Below this size the whole file's page HMACs are checked on open (~350 MB/s): damage is
# found at unlock instead of in the middle of some later read.
VERIFY_ON_OPEN_MAX_BYTES = 64 * 1024 * 1024


class Vault:
    """An open vault. Create with `Vault.create` or `Vault.open`; close with `close()`."""

    def __init__(self, path: str, passphrase: str, *, read_only: bool, lock: VaultLock | None,
                 conn: dbapi2.Connection | None = None) -> None:
        self.path = path
        self._passphrase = passphrase
        self.read_only = read_only
        self._lock = lock
        # The connection that checked the key becomes the pool's first: each connection pays
        # the passphrase KDF (nearly all of the time an open takes), so pay it once.
        self._spare: list[dbapi2.Connection] = [conn] if conn is not None else []
        self.engine: Engine = self._make_engine()
        self.sessionmaker = sessionmaker(self.engine, expire_on_commit=False)

    # ---------------------------------------------------------------- opening
    @classmethod
    def create(cls, path: str | os.PathLike[str], passphrase: str, *, language: str = "en") -> Vault:
        """Create a new vault; refuses to touch an existing file. On failure nothing is left
        behind: no file, no side file, no folder it made."""
        from crm_desktop.core.services.bootstrap import seed_new_vault

        path = str(path)
        if not passphrase:
            raise ValidationError("passphrase", "must not be empty")
        made = _make_folders(os.path.dirname(os.path.abspath(path)))
        try:
            fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        except FileExistsError:
            _remove_folders(made)
            raise VaultExists(path) from None
        except OSError as exc:
            _remove_folders(made)
            raise VaultWriteError(path, exc.strerror or str(exc)) from None
        os.close(fd)
        lock = VaultLock(os.path.realpath(path))
        vault: Vault | None = None
        try:
            lock.acquire()
            vault = cls(path, passphrase, read_only=False, lock=lock,
                        conn=connect_raw(path, passphrase, create=True))
            with vault.engine.begin() as conn:
                from crm_desktop.core.migrations import runner  # Alembic loads only to create

                runner.upgrade(conn)
            seed_new_vault(vault, language=language)
            return vault
        except BaseException as exc:
            if vault is not None:
                vault._dispose()
            lock.release_and_remove()
            remove_quietly(path)
            _remove_folders(made)
            if isinstance(exc, dbapi2.Error | SQLAlchemyError) and damage.looks_unwritable(exc):
                raise VaultWriteError(path, damage.unwritable_detail(exc)) from None
            raise

    @classmethod
    def open(cls, path: str | os.PathLike[str], passphrase: str, *, read_only: bool = False,
             verify: bool | None = None, migrate: bool = True, backup_dir: str | None = None,
             extra_migrations: Sequence[str] = ()) -> Vault:
        """Open an existing vault. Raises VaultNotFound, NotAVault, WrongPassphrase,
        VaultDamaged, VaultInUse, VaultWriteError, VaultTooNew or MigrationFailed; never
        creates a file and never writes to the vault on failure (a failed open for writing
        may leave the empty `.lock` side file).

        `extra_migrations`: more folders of Alembic revisions, run after ours (tests)."""
        path = str(path)
        size = probe.check_file(path)
        # Key and application_id first, lock second: a wrong passphrase or another program's
        # database is refused before anything (not even a lock file) is written beside it.
        raw = open_keyed(path, passphrase, read_only=read_only)
        # Side files (lock, rekey temp, journal) sit beside the real file, as SQLite's own do:
        # two symlinks to one vault share one lock, and a rekey replaces the file, not a link.
        real = os.path.realpath(path)
        lock = None if read_only else VaultLock(real)
        vault: Vault | None = None
        try:
            if lock:
                lock.acquire()
                rekey.remove_stale(real)
            apply_pragmas(raw, read_only=read_only)
            if not read_only:
                # Bring the main file up to date (after a crash or a refused write it may lag the
                # -wal); on a full disk it fails, and the vault still opens.
                with contextlib.suppress(dbapi2.Error):
                    raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
                # A kill at the instant a rollback journal was being created (rekey leaves WAL
                # through one) leaves it empty: not hot — the first read above rolled a hot one
                # back — and never removed by SQLite in WAL mode. Nobody else writes: we hold
                # the lock.
                with contextlib.suppress(FileNotFoundError):
                    os.remove(real + "-journal")
            if verify if verify is not None else size <= VERIFY_ON_OPEN_MAX_BYTES:
                damage.verify_pages(raw, path, lambda: open_keyed(path, passphrase, read_only=True))
            vault = cls(path, passphrase, read_only=read_only, lock=lock, conn=raw)
            if migrate and not read_only:
                run_migrations(vault, backup_dir, extra_migrations)
            return vault
        except BaseException as exc:
            raw.close()
            if vault is not None:
                vault._dispose()
            if lock:
                lock.release()
            if isinstance(exc, dbapi2.DatabaseError):
                raise translate_open_error(exc, path) from None
            raise

    # ---------------------------------------------------------------- engine
    def _make_engine(self) -> Engine:
        def creator() -> dbapi2.Connection:
            with contextlib.suppress(IndexError):
                return self._spare.pop()  # list.pop: atomic, so two threads never share it
            return connect_raw(self.path, self._passphrase, read_only=self.read_only)

        # hide_parameters: no bound value (a client's name, an amount) ever reaches a log line
        # or an exception message. QueuePool, not the SingletonThreadPool a "sqlite://" URL
        # gets: that one hands one DB-API connection to every session of a thread, so a read
        # inside a unit of work would share (and roll back) its transaction. Connections are
        # kept: each new one pays the passphrase KDF. LIFO: the connection just used (its page
        # cache warm) serves the next read; first-in-first-out alternated two, each colder.
        engine = create_engine("sqlite://", creator=creator, module=dbapi2, hide_parameters=True,
                               poolclass=QueuePool, pool_size=4, max_overflow=8, pool_use_lifo=True)

        # The driver's implicit transactions begin only at the first write; emit BEGIN ourselves so
        # a unit of work (reads included) and Alembic's DDL are one real transaction.
        @event.listens_for(engine, "begin")
        def _begin(conn: Connection) -> None:
            conn.exec_driver_sql("BEGIN")

        @event.listens_for(engine, "handle_error")
        def _translate(ctx) -> None:  # type: ignore[no-untyped-def]
            exc = ctx.original_exception
            if isinstance(exc, CrmError):
                return
            if damage.looks_damaged(exc) or damage.looks_unwritable(exc):
                # SQLCipher leaves a connection that hit a bad page (or a failed write) in an
                # error state: drop it from the pool so later reads of intact tables work.
                ctx.is_disconnect = True
                ctx.invalidate_pool_on_disconnect = False
            if damage.looks_damaged(exc):
                # Listing what still reads means reading every table: fine for a small vault,
                # too long to stall a worker on for a large one (a check command does it there).
                if os.path.getsize(self.path) > VERIFY_ON_OPEN_MAX_BYTES:
                    raise VaultDamaged(self.path, damage.plain(str(exc)))
                raise damage.damaged(self.raw_connection, self.path, str(exc))
            if damage.looks_unwritable(exc):
                raise VaultWriteError(self.path, damage.unwritable_detail(exc))
            if "database is locked" in str(exc).lower():
                raise VaultBusy(self.path)

        return engine

    def session(self) -> Session:
        return self.sessionmaker()

    # ---------------------------------------------------------------- files
    def snapshot(self, folder: str, reason: str) -> str:
        """An encrypted, verified copy of the vault (same key) in `folder`; returns its path."""
        return snapshot(self, folder, reason)

    def raw_connection(self) -> dbapi2.Connection:
        """A separate keyed DB-API connection (backups, integrity checks)."""
        return connect_raw(self.path, self._passphrase, read_only=self.read_only)

    def check_passphrase(self, passphrase: str) -> bool:
        return passphrase == self._passphrase

    def copy_passphrase(self) -> str:
        """The key a copy of this vault is written and read under (its own, as of now; it
        changes with change_passphrase): backups, their verification, a restore. For core code
        that makes or opens such copies; a window never holds it."""
        return self._passphrase

    def change_passphrase(self, new_passphrase: str,
                          before_replace: Callable[[str], None] | None = None) -> None:
        """Re-encrypt under a new passphrase, atomically (see rekey.py). `before_replace(tmp)`
        runs just before the new file is renamed over the vault (tests use it to time a kill)."""
        from crm_desktop.core.backup.auto import auto_backup  # backup builds on the vault

        auto_backup(self, "passphrase")  # the old key still opens this copy
        rekey.rekey(self, new_passphrase, before_replace)

    def _dispose(self) -> None:
        """Close every pooled connection (one checked out elsewhere stays open)."""
        while self._spare:
            self._spare.pop().close()
        self.engine.dispose()

    def _set_passphrase(self, passphrase: str) -> None:
        self._dispose()
        self._passphrase = passphrase
        self.engine = self._make_engine()
        self.sessionmaker = sessionmaker(self.engine, expire_on_commit=False)

    def close(self) -> None:
        if not self.read_only and self._lock is not None:
            # Keep the planner's statistics current (cheap; a no-op when nothing changed much):
            # without them a 100k-row list sorts everything for each page.
            with contextlib.suppress(Exception), self.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA optimize")
        self._dispose()
        if self._lock:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _make_folders(folder: str) -> list[str]:
    """Create missing folders; returns those made (deepest last) so a failure can remove them."""
    missing: list[str] = []
    while folder and not os.path.isdir(folder):
        missing.append(folder)
        parent = os.path.dirname(folder)
        if parent == folder:
            break
        folder = parent
    made: list[str] = []
    try:
        for f in reversed(missing):
            os.mkdir(f, 0o700)
            made.append(f)
    except OSError as exc:
        _remove_folders(made)
        raise VaultWriteError(missing[0], f"the folder cannot be created ({exc.strerror})") from None
    return made


def _remove_folders(made: list[str]) -> None:
    for f in reversed(made):
        with contextlib.suppress(OSError):
            os.rmdir(f)
