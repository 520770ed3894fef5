"""Restore a backup over the vault: the vault is backed up first (or, when it no longer reads,
its bytes are kept as found), then the backup is copied beside it, checked, fsynced and renamed
over it — all while holding the vault's lock. A kill at any moment leaves the old vault or the
restored one, never a mix: no -wal of the old file is left to be replayed over the new one."""

from __future__ import annotations

import contextlib
import os
from typing import TYPE_CHECKING

from sqlcipher3 import dbapi2

from crm_desktop.core.errors import (
    NotAVault,
    ValidationError,
    VaultDamaged,
    VaultInUse,
    VaultWriteError,
    WrongPassphrase,
)
from crm_desktop.core.models import utcnow
from crm_desktop.core.vault import Vault
from crm_desktop.core.vault.connection import connect_raw, open_keyed
from crm_desktop.core.vault.lock import VaultLock
from crm_desktop.core.vault.probe import check_file
from crm_desktop.core.vault.snapshot import fsync_dir, fsync_path, remove_quietly

from . import manifest, settings
from .create import Source, copy_file, write_backup
from .model import BackupFailed, BackupInfo, RestoreResult
from .verify import passphrase_of, verify_file

if TYPE_CHECKING:
    from collections.abc import Sequence

TMP_SUFFIX = ".restore-tmp"


def open_backup(path: str | os.PathLike[str], passphrase: str) -> Vault:
    """A backup opened read-only, to look at it through the usual services (close it after).
    Raises like Vault.open (WrongPassphrase for a backup made before a passphrase change)."""
    return Vault.open(path, passphrase, read_only=True)


def restore(vault: Vault, backup_path: str | os.PathLike[str], *,
            backup_passphrase: str | None = None) -> tuple[Vault, RestoreResult]:
    """For a window or command that has the vault open: close it, restore, open it again
    (running migrations when the backup is older). On an error the file is as it was but
    `vault` is closed: open it again."""
    if vault.read_only:
        raise VaultWriteError(vault.path, "it is open read-only; open it for writing to restore a backup")
    path, key = vault.path, passphrase_of(vault)
    vault.close()
    result = restore_file(path, key, backup_path, backup_passphrase=backup_passphrase)
    return Vault.open(path, key), result


def restore_in_place(vault: Vault, backup_path: str | os.PathLike[str], *,
                     backup_passphrase: str | None = None) -> RestoreResult:
    """restore() for an owner that keeps one Vault object for the whole session (the window's
    database worker): afterwards the same object works on the restored file. On an error the
    file is as it was and `vault` is open on it again."""
    if vault.read_only:
        raise VaultWriteError(vault.path, "it is open read-only; open it for writing to restore a backup")
    path, key = vault.path, passphrase_of(vault)
    vault.close()
    try:
        return restore_file(path, key, backup_path, backup_passphrase=backup_passphrase)
    finally:
        _adopt(vault, Vault.open(path, key))


def _adopt(vault: Vault, fresh: Vault) -> None:
    """Make `vault` the freshly opened one: its engine, pool, lock and key. Opening through
    Vault.open (checks, migrations of an older backup) and taking over its state keeps every
    reference to `vault` valid; `fresh` is not used (nor closed) after this."""
    vault.__dict__.update(fresh.__dict__)


def restore_file(vault_path: str | os.PathLike[str], passphrase: str, backup_path: str | os.PathLike[str],
                 *, backup_passphrase: str | None = None, folders: Sequence[str] | None = None
                 ) -> RestoreResult:
    """Replace the vault file at `vault_path` (closed everywhere: VaultInUse otherwise) by a
    backup. The vault keeps `passphrase`: a backup under another one (`backup_passphrase`) is
    re-encrypted on the way. The vault may be damaged or missing."""
    path, backup = str(vault_path), os.path.abspath(str(backup_path))
    real = os.path.realpath(path)
    if os.path.realpath(backup) == real:
        raise ValidationError("backup", "is the vault itself")
    check_file(backup)
    bkey = backup_passphrase or passphrase
    v = verify_file(backup, bkey, full=True)
    if not v.key_ok:
        raise WrongPassphrase(backup)
    if not v.ok:
        raise VaultDamaged(backup, f"{v.problem}; it was not restored")
    os.makedirs(os.path.dirname(real), mode=0o700, exist_ok=True)
    lock = VaultLock(real)
    lock.acquire()
    tmp = real + TMP_SUFFIX
    try:
        remove_quietly(tmp)
        before, kept = _keep_current(path, real, passphrase, folders, trust_key=bkey == passphrase)
        copy_file(backup, tmp)
        if bkey != passphrase:
            _rekey(tmp, bkey, passphrase)
        check = verify_file(tmp, passphrase, full=False)
        if not check.ok or check.counts != v.counts:
            raise BackupFailed(f"The copy of {backup} did not verify ({check.problem or 'different rows'}); "
                               "the vault was not changed.")
        fsync_path(tmp)
        _drop_old_wal(path, real, passphrase, damaged=kept is not None)
        os.replace(tmp, real)
        fsync_dir(os.path.dirname(real))
    except OSError as exc:
        remove_quietly(tmp)
        raise VaultWriteError(path, f"the backup could not be put in place ({exc.strerror or exc})") from None
    except BaseException:
        remove_quietly(tmp)
        raise
    finally:
        lock.release()
    return RestoreResult(path, backup, before, kept, v.schema, v.counts, bkey != passphrase)


def _keep_current(path: str, real: str, passphrase: str, folders: Sequence[str] | None, *,
                  trust_key: bool) -> tuple[BackupInfo | None, str | None]:
    """Back the vault up before it is replaced. One that no longer reads is kept as found
    (its encrypted bytes and its -wal, under a backup's name). A full disk stops the restore.

    A vault whose first page is damaged cannot be told from a wrong passphrase: it is replaced
    only when the passphrase it will carry is proven by the backup itself (`trust_key`),
    never on a passphrase that nothing has checked."""
    if not os.path.exists(real):
        return None, None
    targets = list(folders or [manifest.default_folder(path)])
    try:
        conn = connect_raw(real, passphrase)
    except WrongPassphrase:
        if not trust_key:
            raise WrongPassphrase(path) from None
        return None, _keep_as_found(path, real, targets[0])
    except (VaultDamaged, NotAVault):
        return None, _keep_as_found(path, real, targets[0])
    try:
        try:
            s = settings.load_raw(conn)
        finally:
            conn.close()
        src = Source(path, passphrase, lambda: connect_raw(real, passphrase))
        return write_backup(src, targets, "pre-restore", s, full_check=False), None
    except (VaultDamaged, WrongPassphrase, NotAVault, BackupFailed, dbapi2.DatabaseError):
        return None, _keep_as_found(path, real, targets[0])


def _keep_as_found(path: str, real: str, folder: str) -> str:
    stem = manifest.stem_of(path)
    with manifest.folder_lock(folder):
        name = manifest.file_name(stem, utcnow(), "pre-restore-damaged")
        dest = os.path.join(folder, name)
        try:
            if os.path.exists(real + "-wal"):
                copy_file(real + "-wal", dest + "-wal")
            copy_file(real, dest)
            fsync_dir(folder)
        except OSError as exc:
            remove_quietly(dest)
            raise VaultWriteError(folder, f"the damaged vault could not be kept before the restore "
                                          f"({exc.strerror or exc}); nothing was changed") from None
        entries = manifest.read(folder)
        entries[name] = {"vault": stem, "created_at": utcnow().isoformat(), "reason": "pre-restore-damaged",
                         "size": os.path.getsize(dest), "verified": False,
                         "problem": "the vault did not read when it was replaced; kept as it was found"}
        manifest.write(folder, entries)
    return dest


def _rekey(tmp: str, old: str, new: str) -> None:
    conn = open_keyed(tmp, old)
    try:
        conn.execute("PRAGMA journal_mode = DELETE")  # rekey outside WAL, as the vault's rekey does
        conn.execute("PRAGMA rekey = '" + new.replace("'", "''") + "'")
    finally:
        conn.close()


def _drop_old_wal(path: str, real: str, passphrase: str, *, damaged: bool) -> None:
    """No -wal/-shm of the old file may stay beside the new one (SQLite would replay its frames
    over it). A readable vault is checkpointed and taken out of WAL (which fails while another
    process reads it: VaultInUse); a damaged one's were kept with its bytes, and are removed."""
    if os.path.exists(real) and not damaged:
        guard = open_keyed(real, passphrase)
        try:
            guard.execute("PRAGMA busy_timeout = 1000")
            try:
                mode = guard.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
            except dbapi2.OperationalError:
                mode = None
            if mode != "delete":
                raise VaultInUse(path)
        finally:
            with contextlib.suppress(dbapi2.Error):
                guard.close()
    for suffix in ("-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            os.remove(real + suffix)
