"""Make a backup: VACUUM INTO a temp name (encrypted under the vault's key, the WAL included),
verify the copy, fsync, rename, record it in the folder's manifest, rotate; then copy it to the
second folder, if one is set. A failure or a kill never leaves a file under a backup's name that
is not whole and verified."""

from __future__ import annotations

import contextlib
import glob
import os
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine
from sqlcipher3 import dbapi2

from crm_desktop.core.errors import CrmError, VaultDamaged, VaultWriteError
from crm_desktop.core.models import utcnow
from crm_desktop.core.vault import damage
from crm_desktop.core.vault.snapshot import fsync_dir, fsync_path, remove_quietly, vacuum_into

from . import manifest, rotation, settings
from .model import BackupFailed, BackupInfo
from .verify import passphrase_of, state, verify_file

if TYPE_CHECKING:
    from crm_desktop.core.vault import Vault

# Below this size every backup gets the full integrity_check (~45 MB/s); above it, one a week.
FULL_CHECK_MAX_BYTES = 256 * 1024 * 1024
FULL_CHECK_EVERY = timedelta(days=7)
_CHUNK = 1024 * 1024
_TICK = 0.1  # seconds between two progress reports
_STEPS = 20_000  # SQLite VM steps between two looks at the copy's size

# progress(step, done, total): step "copy" (bytes written of about `total`), "verify" or
# "mirror" (done = total = 0: no measure). It may raise (a cancel): the backup then stops,
# leaves nothing half-made, and the exception comes out of create_backup.
Progress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class Source:
    """What is backed up: a file, its passphrase, a way to get a fresh keyed connection to it,
    and the open vault's engine, whose pooled connections are already keyed (each new
    connection pays the passphrase KDF)."""

    path: str
    passphrase: str
    connect: Callable[[], dbapi2.Connection]
    engine: Engine | None = None

    @contextlib.contextmanager
    def borrow(self) -> Iterator[dbapi2.Connection]:
        if self.engine is None:
            conn = self.connect()
            try:
                yield conn
            finally:
                with contextlib.suppress(dbapi2.Error):
                    conn.close()
            return
        fairy = self.engine.raw_connection()
        try:
            yield fairy.driver_connection  # type: ignore[misc]
        except (VaultDamaged, dbapi2.DatabaseError):
            fairy.invalidate()  # it met a bad page: SQLCipher leaves such a connection unusable
            raise
        finally:
            fairy.close()


def source_of(vault: Vault) -> Source:
    return Source(vault.path, passphrase_of(vault), vault.raw_connection, vault.engine)


def create_backup(vault: Vault, reason: str = "manual", folders: Sequence[str] | None = None, *,
                  full_check: bool | None = None, now: datetime | None = None,
                  progress: Progress | None = None) -> BackupInfo:
    """An encrypted, verified backup of the open vault (read-only or not) into `folders[0]`
    (default: `<vault folder>/backups/`), copied to the other folders (default: the "mirror"
    setting). Raises VaultWriteError (full disk, read-only folder), VaultDamaged (the vault
    itself does not read) or BackupFailed; a failed copy to a second folder is reported in
    `mirror_errors` instead."""
    src = source_of(vault)
    # From the raw connection: a vault about to be migrated may have an older settings table.
    with src.borrow() as conn:
        s = settings.load_raw(conn)
    targets = list(folders) if folders else [manifest.default_folder(vault.path),
                                             *([s.mirror] if s.mirror else [])]
    return write_backup(src, targets, reason, s, full_check=full_check, now=now, progress=progress)


def write_backup(src: Source, folders: Sequence[str], reason: str, s: settings.BackupSettings, *,
                 full_check: bool | None = None, now: datetime | None = None,
                 progress: Progress | None = None) -> BackupInfo:
    created = now or utcnow()
    stem = manifest.stem_of(src.path)
    primary = folders[0]
    full = full_check if full_check is not None else _wants_full_check(src.path, primary, stem, created)
    info = _write_primary(src, primary, clean := manifest.clean_reason(reason), stem, created, full, s,
                          progress)
    mirrors, errors = [], []
    for folder in folders[1:]:
        if progress:
            progress("mirror", 0, 0)
        try:
            mirrors.append(_write_mirror(info, folder, stem, clean, src.passphrase, s))
        except (CrmError, OSError) as exc:
            errors.append(f"{folder}: {exc}")
    return replace(info, mirrors=tuple(mirrors), mirror_errors=tuple(errors))


def _size(path: str) -> int:
    return sum(os.path.getsize(p) for p in (path, path + "-wal") if os.path.exists(p))


def _wants_full_check(path: str, folder: str, stem: str, now: datetime) -> bool:
    if _size(path) <= FULL_CHECK_MAX_BYTES:
        return True
    recent = [manifest.info(folder, n, e) for n, e in manifest.read(folder).items()
              if e.get("vault") == stem and e.get("integrity_checked")]
    return not any(now - i.created_at < FULL_CHECK_EVERY for i in recent)


def remove_stale(folder: str, stem: str) -> None:
    """What a backup killed mid-way left (never under a backup's own name). Call under the
    folder lock: every writer holds it, so a .partial seen then is no one's."""
    for path in glob.glob(os.path.join(glob.escape(folder), glob.escape(stem) + "-*.crm" + manifest.PARTIAL)):
        remove_quietly(path)


def _name(folder: str, stem: str, created: datetime, reason: str) -> tuple[str, datetime]:
    while True:
        name = manifest.file_name(stem, created, reason)
        if not os.path.lexists(os.path.join(folder, name)):
            return name, created
        created += timedelta(microseconds=1)


def _refused(folder: str, exc: BaseException) -> VaultWriteError:
    # The words come from the error itself, not from a path it quotes ("/backups/full/...").
    if isinstance(exc, OSError):
        text = (exc.strerror or str(exc)).lower()
    else:
        text = str(exc).replace(str(getattr(exc, "path", "") or "\0"), "").lower()
    if "full" in text or "no space" in text:
        words = "the disk is full, or the file outgrew a size limit"
    elif "readonly" in text or "read-only" in text or "permission denied" in text:
        words = "the folder is read-only"
    elif "i/o error" in text or "too large" in text:
        words = "the disk refused the write: full, removed, or a file size limit"
    else:
        words = (str(exc).splitlines() or ["the write failed"])[0]
    return VaultWriteError(folder, f"no backup was made ({words}); nothing half-made was left "
                                   "and the vault is as it was")


def _watch(conn: dbapi2.Connection, tmp: str, total: int, progress: Progress | None,
           stopped: list[BaseException]) -> None:
    """Report how far VACUUM INTO got (the size of the copy so far) from SQLite's progress
    handler; an exception from `progress` (a cancel) interrupts the copy and is kept."""
    if progress is None:
        return
    last = [0.0]

    def tick() -> int:
        now = time.monotonic()
        if now - last[0] < _TICK:
            return 0
        last[0] = now
        try:
            progress("copy", min(os.path.getsize(tmp), total), total)
        except BaseException as exc:  # handed back after SQLite has stopped
            stopped.append(exc)
            return 1
        return 0

    conn.set_progress_handler(tick, _STEPS)


def _write_primary(src: Source, folder: str, reason: str, stem: str, created: datetime, full: bool,
                   s: settings.BackupSettings, progress: Progress | None = None) -> BackupInfo:
    with manifest.folder_lock(folder):
        remove_stale(folder, stem)
        name, created = _name(folder, stem, created, reason)
        dest = os.path.join(folder, name)
        tmp = dest + manifest.PARTIAL
        started = time.monotonic()
        try:  # a read-only folder is named as such, before any work is done
            os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        except OSError as exc:
            raise _refused(folder, exc) from None
        try:
            with src.borrow() as conn:
                version = conn.execute("PRAGMA data_version").fetchone()[0]
                schema, counts, _, _ = state(conn)
                stopped: list[BaseException] = []
                _watch(conn, tmp, _size(src.path), progress, stopped)
                try:
                    vacuum_into(conn, tmp, src.connect, src.path)
                except VaultWriteError as exc:
                    if stopped:
                        raise stopped[0] from None
                    raise _refused(folder, exc) from None
                finally:
                    if progress is not None:
                        conn.set_progress_handler(None, 0)
                # No other connection committed meanwhile: the copy must hold the same rows.
                same = conn.execute("PRAGMA data_version").fetchone()[0] == version
        except dbapi2.DatabaseError as exc:
            remove_quietly(tmp)
            if damage.looks_damaged(exc):
                raise damage.damaged(src.connect, src.path, str(exc)) from None
            raise _refused(folder, exc) from None
        except BaseException:
            remove_quietly(tmp)
            raise
        try:
            if progress:
                progress("verify", 0, 0)
            v = verify_file(tmp, src.passphrase, full=full)
            if not v.ok:
                raise BackupFailed(f"The backup just written to {folder} did not verify ({v.problem}); "
                                   "it was removed and the vault is as it was.")
            if same and (v.schema, v.counts) != (schema, counts):
                raise BackupFailed(f"The backup just written to {folder} does not hold the same rows "
                                   "as the vault; it was removed and the vault is as it was.")
            fsync_path(tmp)
        except OSError as exc:
            remove_quietly(tmp)
            raise _refused(folder, exc) from None
        except BaseException:
            remove_quietly(tmp)
            raise
        seconds = round(time.monotonic() - started - v.seconds, 3)
        entry = manifest.entry(stem, created, reason, os.path.getsize(tmp), v, seconds, full)
        _settle(folder, name, tmp, entry)
        rotation.rotate(folder, stem, s, protect=name)
        return manifest.info(folder, name, manifest.read(folder).get(name))


def _settle(folder: str, name: str, tmp: str, entry: dict[str, Any]) -> None:
    """The verified copy at `tmp` becomes the backup `name`: its record first, then the file under
    its name. A kill between the two leaves a record without a file (never listed; the .partial is
    removed by the next backup), never a backup whose verification was not recorded."""
    entries = manifest.read(folder)
    entries[name] = entry
    try:
        manifest.write(folder, entries)
    except BaseException:
        remove_quietly(tmp)
        raise
    try:
        os.replace(tmp, os.path.join(folder, name))
        fsync_dir(folder)
    except BaseException as exc:
        remove_quietly(tmp)
        with contextlib.suppress(OSError, VaultWriteError):  # the record of a file that never came
            entries.pop(name, None)
            manifest.write(folder, entries)
        if isinstance(exc, OSError):
            raise _refused(folder, exc) from None
        raise


def _write_mirror(info: BackupInfo, folder: str, stem: str, reason: str, passphrase: str,
                  s: settings.BackupSettings) -> str:
    with manifest.folder_lock(folder):
        remove_stale(folder, stem)
        name, _ = _name(folder, stem, info.created_at, reason)
        dest = os.path.join(folder, name)
        tmp = dest + manifest.PARTIAL
        try:
            copy_file(info.path, tmp)
            v = verify_file(tmp, passphrase, full=False)
            if not v.ok or v.counts != info.counts:
                raise BackupFailed(f"the copy did not verify ({v.problem or 'different row counts'})")
        except OSError as exc:
            remove_quietly(tmp)
            raise _refused(folder, exc) from None
        except BaseException:
            remove_quietly(tmp)
            raise
        _settle(folder, name, tmp, manifest.entry(stem, info.created_at, reason, os.path.getsize(tmp), v,
                                                  info.seconds, False))
        rotation.rotate(folder, stem, s, protect=name)
        return dest


def copy_file(src: str, dest: str) -> None:
    """Bytes of an (encrypted) file to a new file, mode 0600 from the start, fsynced."""
    fd = os.open(dest, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with open(src, "rb") as fin, os.fdopen(fd, "wb", closefd=False) as fout:
            while chunk := fin.read(_CHUNK):
                fout.write(chunk)
            fout.flush()
            os.fsync(fd)
    except BaseException:
        os.close(fd)
        remove_quietly(dest)
        raise
    os.close(fd)
