"""The vault: one SQLCipher file, opened once, kept open; the engine every service uses."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session, sessionmaker
from sqlcipher3 import dbapi2

from crm_desktop.core.errors import CrmError, VaultExists, VaultWriteError
from crm_desktop.core.migrations import runner

from . import damage, probe
from .connection import APPLICATION_ID, check_application_id, connect_raw
from .lock import VaultLock
from .snapshot import snapshot

# Below this size the whole file's page HMACs are checked on open (~350 MB/s): damage is
# found at unlock instead of in the middle of some later read.
VERIFY_ON_OPEN_MAX_BYTES = 64 * 1024 * 1024


class Vault:
    """An open vault. Create with `Vault.create` or `Vault.open`; close with `close()`."""

    def __init__(self, path: str, passphrase: str, *, read_only: bool, lock: VaultLock | None) -> None:
        self.path = path
        self._passphrase = passphrase
        self.read_only = read_only
        self._lock = lock
        self.engine: Engine = self._make_engine()
        self.sessionmaker = sessionmaker(self.engine, expire_on_commit=False)

    # ---------------------------------------------------------------- opening
    @classmethod
    def create(cls, path: str | os.PathLike[str], passphrase: str, *, language: str = "en") -> Vault:
        """Create a new vault; refuses to touch an existing file."""
        from crm_desktop.core.services.bootstrap import seed_new_vault

        path = str(path)
        if not passphrase:
            from crm_desktop.core.errors import ValidationError

            raise ValidationError("passphrase", "must not be empty")
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        try:
            fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        except FileExistsError:
            raise VaultExists(path) from None
        except OSError as exc:
            raise VaultWriteError(path, exc.strerror or str(exc)) from None
        os.close(fd)
        lock = VaultLock(path)
        try:
            lock.acquire()
            raw = connect_raw(path, passphrase, create=True)
            raw.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            raw.close()
            vault = cls(path, passphrase, read_only=False, lock=lock)
            with vault.engine.begin() as conn:
                runner.upgrade(conn)
            seed_new_vault(vault, language=language)
            return vault
        except BaseException as exc:
            lock.release()
            for suffix in ("", "-wal", "-shm", "-journal"):
                with contextlib.suppress(FileNotFoundError):
                    os.remove(path + suffix)
            if isinstance(exc, dbapi2.OperationalError):
                raise VaultWriteError(path, str(exc)) from None
            raise

    @classmethod
    def open(cls, path: str | os.PathLike[str], passphrase: str, *, read_only: bool = False,
             verify: bool | None = None, migrate: bool = True,
             backup_dir: str | None = None) -> Vault:
        """Open an existing vault. Raises VaultNotFound, NotAVault, WrongPassphrase,
        VaultDamaged or VaultInUse; never creates a file and never writes on failure."""
        path = str(path)
        size = probe.check_file(path)
        lock = None if read_only else VaultLock(path)
        if lock:
            lock.acquire()
        try:
            _remove_stale_rekey(path)
            raw = connect_raw(path, passphrase, read_only=read_only)
            try:
                check_application_id(raw, path)
                if verify if verify is not None else size <= VERIFY_ON_OPEN_MAX_BYTES:
                    damage.verify_pages(raw, path)
            except dbapi2.DatabaseError as exc:
                raise damage.damaged(lambda: raw, path, str(exc)) from None
            finally:
                raw.close()
            vault = cls(path, passphrase, read_only=read_only, lock=lock)
            if migrate and not read_only:
                vault._migrate(backup_dir)
            return vault
        except BaseException:
            if lock:
                lock.release()
            raise

    def _migrate(self, backup_dir: str | None) -> None:
        with self.engine.connect() as conn:
            current = runner.current_revision(conn)
        if current == runner.head_revision():
            return
        # Schema changes are the riskiest write of all: take an encrypted copy first.
        target_dir = backup_dir or os.path.join(os.path.dirname(self.path), "backups")
        self.snapshot(target_dir, reason=f"pre-migration-{current}")
        with self.engine.begin() as conn:
            runner.upgrade(conn)

    # ---------------------------------------------------------------- engine
    def _make_engine(self) -> Engine:
        def creator() -> dbapi2.Connection:
            return connect_raw(self.path, self._passphrase, read_only=self.read_only)

        # hide_parameters: no bound value (a client's name, an amount) ever reaches a log line
        # or an exception message.
        engine = create_engine("sqlite://", creator=creator, module=dbapi2, hide_parameters=True)

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
            if damage.looks_damaged(exc):
                raise damage.damaged(self.raw_connection, self.path, str(exc))
            if damage.looks_unwritable(exc):
                raise VaultWriteError(self.path, str(exc))

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

    def change_passphrase(self, new_passphrase: str,
                          before_replace: Callable[[str], None] | None = None) -> None:
        from .rekey import rekey

        rekey(self, new_passphrase, before_replace)

    def _set_passphrase(self, passphrase: str) -> None:
        self.engine.dispose()
        self._passphrase = passphrase
        self.engine = self._make_engine()
        self.sessionmaker = sessionmaker(self.engine, expire_on_commit=False)

    def close(self) -> None:
        self.engine.dispose()
        if self._lock:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _remove_stale_rekey(path: str) -> None:
    """A rekey killed before its final rename leaves a temp file; the vault itself is intact."""
    for suffix in (".rekey-tmp", ".rekey-tmp-journal"):
        with contextlib.suppress(FileNotFoundError):
            os.remove(path + suffix)

