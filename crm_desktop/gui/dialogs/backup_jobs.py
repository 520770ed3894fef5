"""The Backups dialog's work, run on the DB worker (each takes the vault first)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from crm_desktop.core import backup
from crm_desktop.core.backup import BackupInfo, BackupSettings
from crm_desktop.core.backup.manifest import default_folder
from crm_desktop.core.backup.verify import passphrase_of
from crm_desktop.core.vault import Vault


@dataclass(frozen=True)
class Overview:
    folder: str
    settings: BackupSettings
    backups: tuple[BackupInfo, ...]


def load_overview(vault: Vault) -> Overview:
    s = backup.load_settings(vault)
    found = backup.list_backups(vault.path, [s.mirror] if s.mirror else [])
    return Overview(default_folder(vault.path), s, tuple(found))


def back_up_now(vault: Vault, progress: Any = None) -> BackupInfo:
    return backup.create_backup(vault, "manual", progress=progress)


def verify_one(vault: Vault, path: str, old_passphrase: str | None = None) -> BackupInfo:
    return backup.verify_backup(path, old_passphrase or passphrase_of(vault))


def restore_one(vault: Vault, path: str, old_passphrase: str | None = None) -> backup.RestoreResult:
    return backup.restore_in_place(vault, path, backup_passphrase=old_passphrase)

restore_one.replaces_vault_file = True  # type: ignore[attr-defined]  # no backup reads meanwhile


def save_settings(vault: Vault, changes: dict[str, Any]) -> BackupSettings:
    return backup.save_settings(vault, **changes)


