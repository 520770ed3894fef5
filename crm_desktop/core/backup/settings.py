"""Backup settings, kept in the vault (VaultSetting rows, changed through an audited operation):
how many backups rotation keeps, the second folder, automatic backups on or off."""

from __future__ import annotations

import os
from dataclasses import dataclass, fields, replace
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlcipher3 import dbapi2

from crm_desktop.core.errors import ValidationError
from crm_desktop.core.models import VaultSetting
from crm_desktop.core.services.common import set_setting
from crm_desktop.core.services.uow import ReadSession, UnitOfWork

if TYPE_CHECKING:
    from crm_desktop.core.vault import Vault

PREFIX = "backup_"
MAX_KEEP = 1000


@dataclass(frozen=True)
class BackupSettings:
    keep_last: int = 10  # the newest N are always kept (backups before an import, a merge...)
    keep_daily: int = 7  # and the newest of each of the last N days that have one
    keep_weekly: int = 4  # ... ISO weeks
    keep_monthly: int = 12  # ... months
    mirror: str = ""  # a second folder (a USB drive, a synced folder); "" for none
    auto: bool = True  # automatic backups (daily on open, before risky operations)


_KEYS = {f.name: PREFIX + f.name for f in fields(BackupSettings)}


def _parse(name: str, text: str) -> Any:
    if name == "mirror":
        return text
    if name == "auto":
        return text.strip().lower() not in ("0", "off", "false", "no")
    try:
        return max(0, min(int(text), MAX_KEEP))
    except ValueError:
        return getattr(BackupSettings(), name)


def load(vault: Vault) -> BackupSettings:
    with ReadSession(vault) as s:
        rows = {k: v for k, v in s.execute(select(VaultSetting.key, VaultSetting.value)
                                           .where(VaultSetting.key.in_(list(_KEYS.values()))))}
    values = {name: _parse(name, rows[key]) for name, key in _KEYS.items() if key in rows}
    return replace(BackupSettings(), **values)


def load_raw(conn: dbapi2.Connection) -> BackupSettings:
    """The same, from a keyed DB-API connection (a restore works on the file, not a Vault)."""
    try:
        rows = {k: v for k, v in conn.execute(
            "SELECT key, value FROM vault_setting WHERE key LIKE 'backup!_%' ESCAPE '!'")}
    except dbapi2.Error:
        return BackupSettings()
    return replace(BackupSettings(), **{name: _parse(name, rows[key]) for name, key in _KEYS.items()
                                        if key in rows})


def save(vault: Vault, **changes: Any) -> BackupSettings:
    """Change some settings (keep_daily=14, mirror="/media/usb/crm", auto=False)."""
    current = load(vault)
    for name, value in changes.items():
        if name not in _KEYS:
            raise ValidationError(name, "is not a backup setting")
        if name == "mirror":
            value = (value or "").strip()
            if value and not os.path.isabs(value):
                raise ValidationError("mirror", "give the folder as a full path")
        elif name == "auto":
            value = bool(value)
        elif not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= MAX_KEEP:
            raise ValidationError(name, f"must be a whole number from 0 to {MAX_KEEP}")
        current = replace(current, **{name: value})
    with UnitOfWork(vault, "settings.backup", "Change backup settings") as uow:
        for name in changes:
            value = getattr(current, name)
            text = ("on" if value else "off") if name == "auto" else str(value)
            set_setting(uow.session, _KEYS[name], text)
    return current
