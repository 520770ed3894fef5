"""Risky operations take a verified encrypted backup first (erase, merge, passphrase, import)."""

from __future__ import annotations

import os
from pathlib import Path

from crm_desktop.core.backup import list_backups
from crm_desktop.core.services import contacts, merge, trash
from crm_desktop.core.vault import Vault


def _reasons(vault: Vault) -> list[str]:
    return sorted(b.reason for b in list_backups(vault.path))


def test_erase_merge_and_passphrase_change_are_backed_up_first(vault: Vault, tmp_path: Path) -> None:
    a = contacts.add(vault, display_name="张伟", phones=["138 0013 8000"])
    b = contacts.add(vault, display_name="張偉", phones=["+86 138-0013-8000"])
    merge.merge(vault, a.id, [b.id])
    assert "merge" in _reasons(vault)
    trash.erase(vault, "contact", b.id)
    assert "erase" in _reasons(vault)
    vault.change_passphrase("a new passphrase")
    backups = list_backups(vault.path)
    assert "passphrase" in [x.reason for x in backups]
    # every backup is encrypted (no SQLite plaintext header) and verified
    for info in backups:
        with open(info.path, "rb") as fh:
            assert not fh.read(16).startswith(b"SQLite format 3")
        assert info.verified
        assert os.stat(info.path).st_mode & 0o077 == 0
