"""`crm-desktop` from a shell: --version, and --screenshot rendering a real vault offscreen."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from crm_desktop.core.services import contacts
from crm_desktop.core.vault import Vault

from .helpers import PASSPHRASE


def _run(args: list[str], tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    environ = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "xdg-data"),
               "XDG_CONFIG_HOME": str(tmp_path / "xdg-config"), "QT_QPA_PLATFORM": "offscreen", **env}
    return subprocess.run([sys.executable, "-m", "crm_desktop", *args], capture_output=True, text=True,
                          env=environ, timeout=120, check=False)


def test_version(tmp_path: Path) -> None:
    out = _run(["--version"], tmp_path)
    assert out.returncode == 0 and out.stdout.startswith("crm-desktop ")


@pytest.mark.slow
def test_screenshot_of_a_vault_with_the_passphrase_from_the_environment(tmp_path: Path) -> None:
    path = tmp_path / "shot.crm"
    with Vault.create(path, PASSPHRASE) as vault:  # set-up in this process, then closed
        contacts.add(vault, display_name="张伟", organization="中国银行", emails=["zhang@example.com"])
    png = tmp_path / "shot.png"
    out = _run(["--vault", str(path), "--lang", "zh_CN", "--screenshot", str(png)], tmp_path,
               CRM_PASSPHRASE=PASSPHRASE)
    assert out.returncode == 0, out.stderr
    image = QImage(str(png))
    assert image.width() >= 1000 and image.height() >= 600
    assert "plugin does not support" not in out.stderr


def test_screenshot_with_a_wrong_passphrase_says_so_and_fails(tmp_path: Path) -> None:
    path = tmp_path / "shot.crm"
    Vault.create(path, PASSPHRASE).close()
    out = _run(["--vault", str(path), "--screenshot", str(tmp_path / "x.png")], tmp_path,
               CRM_PASSPHRASE="not it")
    assert out.returncode == 3 and "Wrong passphrase" in out.stderr
    assert not (tmp_path / "x.png").exists()


def test_a_vault_file_named_alone_opens_as_with_vault(tmp_path: Path) -> None:
    """How a file manager opens a .crm file: `crm-desktop /path/firm.crm` (the .desktop Exec line)."""
    from crm_desktop.gui.args import parse_args

    assert parse_args(["/data/firm.crm"]).vault == "/data/firm.crm"
    assert parse_args(["--vault", "/data/firm.crm"]).vault == "/data/firm.crm"
    assert parse_args([]).vault is None
    with pytest.raises(SystemExit):
        parse_args(["--demo", "/data/firm.crm"])
