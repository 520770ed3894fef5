"""Schema upgrades on open: an encrypted copy first, then every migration in one transaction."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from crm_desktop.core.errors import CrmError, VaultError
from crm_desktop.core.migrations import HEAD

if TYPE_CHECKING:
    from sqlalchemy import Connection

    from .vault import Vault


class VaultTooNew(VaultError):
    """The vault's schema comes from a newer crm-desktop; nothing was changed."""

    def __init__(self, path: str, revision: str) -> None:
        super().__init__(
            f"The vault {path} was written by a newer version of crm-desktop (schema {revision}). "
            "Update crm-desktop to open it; the file was not changed."
        )
        self.path = path
        self.revision = revision


class MigrationFailed(VaultError):
    """An upgrade of the schema failed and was rolled back; the vault is as it was."""

    def __init__(self, path: str, revision: str | None, backup: str, detail: str) -> None:
        super().__init__(
            f"The vault {path} could not be upgraded from schema {revision} ({detail}). "
            f"It was left unchanged, and a copy taken before the upgrade is at {backup}."
        )
        self.path = path
        self.backup = backup


def migrate(vault: Vault, backup_dir: str | None, extra_versions: Sequence[str] = ()) -> str | None:
    """Upgrade to the newest schema; returns the path of the pre-upgrade backup, if one was taken."""
    with vault.engine.connect() as conn:
        current = _stamped_revision(conn)
    if current == HEAD and not extra_versions:
        return None  # the usual open: up to date, decided without loading Alembic
    from crm_desktop.core.migrations import runner

    if current == runner.head_revision(extra_versions):
        return None
    if current is not None and not runner.is_known(current, extra_versions):
        raise VaultTooNew(vault.path, current)
    # Schema changes are the riskiest write of all: an encrypted backup, verified (key, page
    # HMACs, integrity_check, row counts) and listed with the others, or no migration at all.
    from crm_desktop.core.backup.create import create_backup  # backup builds on the vault

    info = create_backup(vault, f"pre-migration-{current or 'empty'}",
                         [backup_dir] if backup_dir else None, full_check=True)
    backup = info.path
    try:
        # One transaction (SQLite DDL is transactional): a failing step undoes every step.
        with vault.engine.begin() as conn:
            runner.upgrade(conn, extra_versions=extra_versions)
    except CrmError:
        raise
    except Exception as exc:
        raise MigrationFailed(vault.path, current, backup, f"{type(exc).__name__}: {exc}") from exc
    return backup


def _stamped_revision(conn: Connection) -> str | None:
    """What Alembic's version table says, read directly (Alembic itself loads in ~0.3 s)."""
    has_table = conn.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'").first()
    if has_table is None:
        return None
    rows = conn.exec_driver_sql("SELECT version_num FROM alembic_version").fetchall()
    return rows[0][0] if len(rows) == 1 else None
