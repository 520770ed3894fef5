"""The manifest: one small JSON file beside the backups of a folder, recording for each backup
when and why it was made, its size, schema version, row counts and verification.

Why a file beside the backups and not the vault's VaultSetting table: the record must be
readable when the vault is damaged, replaced by a restore or gone, without a passphrase
(`crm backup list`), and a second folder (a USB drive) must describe itself. It holds no
personal data: only file names, dates, reasons, sizes, counts and check results."""

from __future__ import annotations

import contextlib
import json
import os
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

from filelock import FileLock, Timeout

from crm_desktop.core.errors import VaultWriteError
from crm_desktop.core.vault.snapshot import fsync_dir, fsync_path

from .model import BackupFailed, BackupInfo, Verification

MANIFEST = "manifest.json"
LOCK = ".backup.lock"
PARTIAL = ".partial"
FORMAT = 1
LOCK_TIMEOUT = 600.0  # another backup into the same folder (a 1.6 GB vault takes ~20 s)
_STAMP = "%Y%m%dT%H%M%S%fZ"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}T\d{12}Z)-(?P<reason>[a-z0-9-]+)\.crm$")


def stem_of(vault_path: str) -> str:
    return os.path.splitext(os.path.basename(vault_path))[0]


def default_folder(vault_path: str) -> str:
    return os.path.join(os.path.dirname(os.path.abspath(vault_path)), "backups")


def clean_reason(reason: str) -> str:
    """Reasons go into file names: lower-case letters, digits and dashes only."""
    text = re.sub(r"[^a-z0-9-]+", "-", reason.lower()).strip("-")[:40]
    return text or "manual"


def file_name(stem: str, at: datetime, reason: str) -> str:
    return f"{stem}-{at.astimezone(UTC).strftime(_STAMP)}-{clean_reason(reason)}.crm"


def parse_name(name: str) -> tuple[str, datetime, str] | None:
    """(vault stem, instant, reason) of a backup's file name; None for any other file."""
    m = _NAME.match(name)
    if m is None:
        return None
    try:
        at = datetime.strptime(m["stamp"], _STAMP).replace(tzinfo=UTC)
    except ValueError:
        return None
    return m["stem"], at, m["reason"]


@contextlib.contextmanager
def folder_lock(folder: str) -> Iterator[None]:
    """Held while a backup is written into `folder` or its manifest changes: two processes
    never write one manifest at once, and a `.partial` seen under the lock is stale."""
    try:
        os.makedirs(folder, mode=0o700, exist_ok=True)
    except OSError as exc:
        raise VaultWriteError(folder, f"the backup folder cannot be created ({exc.strerror or exc})"
                              ) from None
    lock = FileLock(os.path.join(folder, LOCK), timeout=LOCK_TIMEOUT, mode=0o600)
    try:
        lock.acquire()
    except Timeout:
        raise BackupFailed(f"Another backup is being written to {folder}; try again later.") from None
    except OSError as exc:
        raise VaultWriteError(folder, f"the backup folder is read-only or not accessible "
                                      f"({exc.strerror or exc})") from None
    try:
        yield
    finally:
        lock.release()


def read(folder: str) -> dict[str, dict[str, Any]]:
    """file name -> entry. A missing or unreadable manifest reads as empty (the backups are
    then listed without a recorded verification)."""
    try:
        with open(os.path.join(folder, MANIFEST), encoding="utf-8") as fh:
            data = json.load(fh)
    except (OSError, ValueError):
        return {}
    entries = data.get("backups") if isinstance(data, dict) else None
    return {k: v for k, v in entries.items() if isinstance(v, dict)} if isinstance(entries, dict) else {}


def write(folder: str, entries: dict[str, dict[str, Any]]) -> None:
    """Atomically: a temp file, fsync, rename. Call under folder_lock."""
    path = os.path.join(folder, MANIFEST)
    tmp = path + PARTIAL
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump({"format": FORMAT, "backups": entries}, fh, indent=1, sort_keys=True)
        fsync_path(tmp)
        os.replace(tmp, path)
        fsync_dir(folder)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.remove(tmp)
        raise VaultWriteError(path, f"the backup manifest cannot be written ({exc.strerror or exc})"
                              ) from None


def _iso(at: datetime | None) -> str | None:
    return None if at is None else at.astimezone(UTC).isoformat()


def _when(text: Any) -> datetime | None:
    try:
        return datetime.fromisoformat(text) if isinstance(text, str) else None
    except ValueError:
        return None


def entry(stem: str, created: datetime, reason: str, size: int, v: Verification, seconds: float | None,
          full: bool) -> dict[str, Any]:
    return {"vault": stem, "created_at": _iso(created), "reason": reason, "size": size,
            **verification_fields(v, full), "seconds": seconds}


def verification_fields(v: Verification, full: bool) -> dict[str, Any]:
    return {"schema": v.schema, "counts": v.counts, "last_operation": v.last_operation,
            "last_audit": v.last_audit, "verified": v.ok, "integrity_checked": full and v.ok,
            "checks": {"key": v.key_ok, "cipher_integrity_check": v.cipher_ok,
                       "integrity_check": v.integrity_ok},
            "verified_at": _iso(v.at), "verify_seconds": round(v.seconds, 3), "problem": v.problem}


def info(folder: str, name: str, e: dict[str, Any] | None) -> BackupInfo:
    """A BackupInfo from a manifest entry (or from the file name alone when there is none)."""
    path = os.path.join(folder, name)
    parsed = parse_name(name)
    try:
        size = os.path.getsize(path)
    except OSError:
        size = 0
    e = e or {}
    created = _when(e.get("created_at")) or (parsed[1] if parsed else datetime.fromtimestamp(0, UTC))
    verified = e.get("verified") if isinstance(e.get("verified"), bool) else None
    problem = e.get("problem")
    if verified and size != e.get("size"):
        verified, problem = False, "the file changed size since it was verified"
    counts = e.get("counts") if isinstance(e.get("counts"), dict) else {}
    return BackupInfo(
        path=path, created_at=created, reason=e.get("reason") or (parsed[2] if parsed else ""),
        size=size, schema=e.get("schema"), counts={str(k): int(v) for k, v in counts.items()},
        verified=verified, integrity_checked=bool(e.get("integrity_checked")),
        verified_at=_when(e.get("verified_at")), problem=problem, seconds=e.get("seconds"),
        verify_seconds=e.get("verify_seconds"), last_operation=e.get("last_operation"))
