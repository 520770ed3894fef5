"""Fixtures for the `crm` command: run it in-process (main(argv)) or as a real process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from crm_desktop.cli import main

PASSPHRASE = "正确 horse battery staple"


@dataclass
class Result:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)


Run = Callable[..., Result]


@pytest.fixture(autouse=True)
def _env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A passphrase in the environment and a private data folder (never the user's own)."""
    monkeypatch.setenv("CRM_PASSPHRASE", PASSPHRASE)
    monkeypatch.delenv("CRM_NEW_PASSPHRASE", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))

    def no_terminal(prompt: str = "", stream: object = None) -> str:
        raise EOFError  # what getpass meets with no terminal and nothing on stdin

    monkeypatch.setattr("getpass.getpass", no_terminal)


@pytest.fixture
def vault_file(tmp_path: Path) -> Path:
    return tmp_path / "v.crm"


@pytest.fixture
def crm(capsys: pytest.CaptureFixture[str], vault_file: Path) -> Run:
    """crm("contact", "list") -> Result, against `vault_file` unless --vault is given."""

    def run(*argv: str, vault: Path | None = None) -> Result:
        args = [str(a) for a in argv]
        if "--vault" not in args:
            args = ["--vault", str(vault or vault_file), *args]
        capsys.readouterr()
        code = main(args)
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return run


@pytest.fixture
def new_vault(crm: Run, vault_file: Path) -> Path:
    assert crm("init").code == 0
    return vault_file


def run_process(*argv: str, env: dict[str, str] | None = None,
                stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    """`python -m crm_desktop.cli ...` as a separate process, with the test's environment."""
    full_env = dict(os.environ)
    full_env.update(env or {})
    return subprocess.run([sys.executable, "-m", "crm_desktop.cli", *argv], env=full_env,
                          input=stdin if stdin is not None else "", capture_output=True,
                          text=True, encoding="utf-8", timeout=120,
                          # no controlling terminal: getpass cannot wait on /dev/tty
                          start_new_session=True)
