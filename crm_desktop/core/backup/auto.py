"""Automatic backups: at most daily on open, and before every risky operation (import, merge,
erase, passphrase change...). A hook for the services: `auto_backup(vault, "merge")` as their
first line, or the `backed_up("merge")` decorator."""

from __future__ import annotations

import contextlib
import functools
import glob
import os
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, TypeVar

from crm_desktop.core.errors import CrmError
from crm_desktop.core.models import utcnow
from crm_desktop.core.vault.snapshot import remove_quietly

from . import manifest, settings
from .create import Progress, create_backup, remove_stale, source_of
from .model import BackupInfo
from .restore import TMP_SUFFIX
from .verify import fingerprint

if TYPE_CHECKING:
    from crm_desktop.core.vault import Vault

DAILY = timedelta(hours=24)


def auto_backup(vault: Vault, reason: str, *, now: datetime | None = None,
                progress: Progress | None = None) -> BackupInfo | None:
    """The automatic backup: on open at most once a day (reason "open"), and before every risky
    operation (any other reason: "import", "merge", "erase", "passphrase", ...). Returns None
    when none was needed (automatic backups off, or a backup of today exists for "open"); for
    a risky operation on a vault unchanged since its newest verified backup, that backup
    (reused=True). Raises like create_backup: the caller should not go on without it."""
    s = settings.load(vault)
    if not s.auto:
        return None
    now = now or utcnow()
    folder = manifest.default_folder(vault.path)
    stem = manifest.stem_of(vault.path)
    if reason == "open":
        _tidy(vault, folder, stem)
    entries = {n: e for n, e in manifest.read(folder).items()
               if e.get("vault") == stem and e.get("verified") and os.path.exists(os.path.join(folder, n))}
    newest = max(entries, key=lambda n: manifest.info(folder, n, entries[n]).created_at, default=None)
    if newest is not None:
        info = manifest.info(folder, newest, entries[newest])
        if reason == "open" and now - info.created_at < DAILY:
            return None
        if reason != "open" and info.verified and _unchanged(vault, entries[newest]):
            return replace(info, reused=True)
    return create_backup(vault, reason, now=now, progress=progress)


def _tidy(vault: Vault, folder: str, stem: str) -> None:
    """Remove what a killed restore or backup left: a restore's temp file (no restore runs while
    the vault is open for writing: it needs the lock) and stale `.partial` backups."""
    if not vault.read_only:
        remove_quietly(os.path.realpath(vault.path) + TMP_SUFFIX)
    if glob.glob(os.path.join(glob.escape(folder), "*" + manifest.PARTIAL)):
        with contextlib.suppress(CrmError), manifest.folder_lock(folder):
            remove_stale(folder, stem)


def _unchanged(vault: Vault, entry: dict[str, Any]) -> bool:
    with source_of(vault).borrow() as conn:
        recorded = (entry.get("schema"), entry.get("last_operation"), entry.get("last_audit"))
        return fingerprint(conn) == recorded


F = TypeVar("F", bound=Callable[..., Any])


def backed_up(reason: str) -> Callable[[F], F]:
    """Decorate a service whose first argument is the vault: `auto_backup(vault, reason)` runs
    first, and the service does not run if the backup fails."""
    def wrap(fn: F) -> F:
        @functools.wraps(fn)
        def inner(vault: Vault, *args: Any, **kwargs: Any) -> Any:
            auto_backup(vault, reason)
            return fn(vault, *args, **kwargs)
        return inner  # type: ignore[return-value]
    return wrap
