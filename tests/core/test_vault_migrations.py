"""Schema upgrades on open: an encrypted, verified backup first; a failing upgrade changes
nothing; a vault from a newer version is refused untouched. The newer schema is simulated with
a throw-away revision in a temp folder (Vault.open's extra_migrations)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
import sqlcipher3

from crm_desktop.core.migrations import runner
from crm_desktop.core.services import contact_read, contacts
from crm_desktop.core.vault import Vault
from crm_desktop.core.vault.connection import APPLICATION_ID
from crm_desktop.core.vault.migrate import MigrationFailed, VaultTooNew

from .vault_util import PASSPHRASE, content_digest, sha

CANARY = "MIGRATION-CANARY-迁移"

REVISION = '''
import sqlalchemy as sa
from alembic import op

revision = "t9001"
down_revision = {head!r}
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("contact", sa.Column("test_extra", sa.Text()))
    op.create_table("test_added", sa.Column("id", sa.Integer, primary_key=True))
    op.execute("INSERT INTO test_added (id) VALUES (1)")
    if {fail!r}:
        raise RuntimeError("this test migration fails on purpose")


def downgrade():
    pass
'''


def _versions(tmp_path: Path, fail: bool) -> str:
    folder = tmp_path / ("failing" if fail else "versions")
    folder.mkdir(exist_ok=True)
    (folder / "t9001_test_extra.py").write_text(REVISION.format(head=runner.head_revision(), fail=fail))
    return str(folder)


def _schema(path: Path, passphrase: str = PASSPHRASE) -> tuple[int, str, list[str], bool]:
    conn = sqlcipher3.connect(str(path))
    try:
        conn.execute(f"PRAGMA key = '{passphrase}'")
        return (conn.execute("PRAGMA application_id").fetchone()[0],
                conn.execute("SELECT version_num FROM alembic_version").fetchone()[0],
                [r[1] for r in conn.execute("PRAGMA table_info(contact)")],
                bool(conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'test_added'").fetchone()))
    finally:
        conn.close()


@pytest.fixture
def older_vault(vault_path: Path) -> Path:
    with Vault.create(vault_path, PASSPHRASE) as v:
        contacts.add(v, display_name=CANARY, note=CANARY)
    return vault_path


def _backups(vault_path: Path) -> list[Path]:
    folder = vault_path.parent / "backups"
    return sorted(folder.glob("*.crm")) if folder.exists() else []  # not the manifest, nor its lock


def test_upgrade_takes_an_encrypted_backup_first(older_vault: Path, tmp_path: Path) -> None:
    head = runner.head_revision()
    before = content_digest(older_vault, PASSPHRASE)
    with Vault.open(older_vault, PASSPHRASE, extra_migrations=[_versions(tmp_path, fail=False)]) as v:
        assert contact_read.list_contacts(v).total == 1
    app_id, version, columns, added = _schema(older_vault)
    assert (app_id, version, "test_extra" in columns, added) == (APPLICATION_ID, "t9001", True, True)

    [backup] = _backups(older_vault)  # one file, no .partial left
    assert backup.name.endswith(f"-pre-migration-{head}.crm")
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    assert stat.S_IMODE(backup.parent.stat().st_mode) == 0o700
    # Taken BEFORE the upgrade: the old schema, every row, our application_id, the same key.
    b_app_id, b_version, b_columns, b_added = _schema(backup)
    assert (b_app_id, b_version, "test_extra" in b_columns, b_added) == (APPLICATION_ID, head, False, False)
    assert content_digest(backup, PASSPHRASE) == before
    data = backup.read_bytes()
    assert CANARY.encode() not in data and CANARY.encode("utf-16-le") not in data
    # And it opens as a vault of its own (read-only: no upgrade, no lock).
    with Vault.open(backup, PASSPHRASE, read_only=True) as old:
        assert [c.display_name for c in contact_read.list_contacts(old).contacts] == [CANARY]

    # Opened again with the same code: nothing to do, no second backup.
    Vault.open(older_vault, PASSPHRASE, extra_migrations=[_versions(tmp_path, fail=False)]).close()
    assert len(_backups(older_vault)) == 1


def test_failing_upgrade_leaves_the_vault_unchanged(older_vault: Path, tmp_path: Path) -> None:
    head = runner.head_revision()
    digest = content_digest(older_vault, PASSPHRASE)
    with pytest.raises(MigrationFailed) as err:
        Vault.open(older_vault, PASSPHRASE, extra_migrations=[_versions(tmp_path, fail=True)])
    [backup] = _backups(older_vault)
    message = str(err.value)
    assert "could not be upgraded" in message and "left unchanged" in message and str(backup) in message
    # Transactional DDL: the added column, the new table and its row were all rolled back.
    app_id, version, columns, added = _schema(older_vault)
    assert (app_id, version, "test_extra" in columns, added) == (APPLICATION_ID, head, False, False)
    assert content_digest(older_vault, PASSPHRASE) == digest
    assert content_digest(backup, PASSPHRASE) == digest
    # The lock was released and the vault opens as before.
    with Vault.open(older_vault, PASSPHRASE) as v:
        assert contact_read.list_contacts(v).total == 1


def test_vault_from_a_newer_version_is_refused_untouched(older_vault: Path, tmp_path: Path) -> None:
    Vault.open(older_vault, PASSPHRASE, extra_migrations=[_versions(tmp_path, fail=False)]).close()
    before = sha(older_vault)
    backups = _backups(older_vault)
    with pytest.raises(VaultTooNew) as err:
        Vault.open(older_vault, PASSPHRASE)  # this "older app" does not know t9001
    assert "newer version of crm-desktop" in str(err.value) and "t9001" in str(err.value)
    assert sha(older_vault) == before and _backups(older_vault) == backups
    assert sorted(os.listdir(older_vault.parent)) == ["backups", "test.crm", "test.crm.lock"]
    # The lock was released: the app that knows t9001 opens it.
    Vault.open(older_vault, PASSPHRASE, extra_migrations=[_versions(tmp_path, fail=False)]).close()


def test_the_head_known_without_alembic_is_alembics_head() -> None:
    """Opening decides "up to date" from migrations.HEAD without loading Alembic: it must not drift."""
    from crm_desktop.core.migrations import HEAD, runner

    assert runner.head_revision() == HEAD


def test_opening_an_up_to_date_vault_does_not_load_alembic(tmp_path: Path) -> None:
    import subprocess
    import sys

    path = tmp_path / "v.crm"
    Vault.create(str(path), "a long enough passphrase").close()
    code = ("import sys; from crm_desktop.core.vault import Vault; "
            f"Vault.open({str(path)!r}, 'a long enough passphrase').close(); "
            "print('alembic' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
