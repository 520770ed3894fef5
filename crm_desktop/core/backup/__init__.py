"""Backups that never lose data: encrypted, verified, rotated; restore; salvage.

    info = create_backup(vault)                 # <vault folder>/backups/ (+ the "mirror" setting)
    auto_backup(vault, "import")                # before a risky operation; "open": at most daily
    list_backups(vault_path)                    # newest first, from the manifests (no passphrase)
    vault, result = restore(vault, info.path)   # the current vault is backed up first
    result = restore_in_place(vault, info.path) # the same, keeping the Vault object (a worker)
    copy_record_back(vault, info.path, "contact", 42)
    salvage(damaged_path, passphrase, "rescued.crm")   # or "rescued.json"

Backups are VACUUM INTO copies under the vault's own key (never plaintext), checked after
writing (key, every page's HMAC, integrity_check, schema version and row counts) and recorded
in `manifest.json` beside them. Qt-free; long work belongs on a worker thread.
"""

from __future__ import annotations

from .auto import auto_backup, backed_up
from .copy_back import copy_record_back
from .create import create_backup
from .listing import list_backups, newest_verified_backup, verify_backup
from .model import BackupFailed, BackupInfo, CopyBackResult, RestoreResult, SalvageReport, TableSalvage
from .restore import open_backup, restore, restore_file, restore_in_place
from .salvage import salvage
from .settings import BackupSettings
from .settings import load as load_settings
from .settings import save as save_settings

__all__ = [
    "BackupFailed", "BackupInfo", "BackupSettings", "CopyBackResult", "RestoreResult", "SalvageReport",
    "TableSalvage", "auto_backup", "backed_up", "copy_record_back", "create_backup", "list_backups",
    "load_settings", "newest_verified_backup", "open_backup", "restore", "restore_file",
    "restore_in_place", "salvage",
    "save_settings", "verify_backup",
]
