"""Shared fixtures: real SQLCipher vaults in a temp folder; Qt offscreen."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from crm_desktop.core.vault import Vault

PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "test.crm"


@pytest.fixture
def vault(vault_path: Path) -> Iterator[Vault]:
    """A new, empty vault (default pipeline seeded), closed after the test."""
    v = Vault.create(vault_path, PASSPHRASE)
    try:
        yield v
    finally:
        v.close()
