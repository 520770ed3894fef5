"""crm demo: the default demo vault and passphrase, an explicit vault, refusal of one with data."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.cli.conftest import Run, run_process


def test_demo_default_path_and_passphrase(crm: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    from crm_desktop.cli import main

    monkeypatch.delenv("CRM_PASSPHRASE")
    assert main(["demo", "--contacts", "20", "--interactions-per-contact", "2"]) == 0
    path = tmp_path / "xdg" / "crm-desktop" / "demo.crm"
    assert path.exists()
    monkeypatch.setenv("CRM_PASSPHRASE", "demo")
    listed = crm("contact", "list", "--json", "--limit", "5", vault=path).json()
    assert listed["total"] == 20 and len(listed["contacts"]) == 5
    assert crm("deal", "list", "--json", vault=path).json()["total"] > 0
    assert crm("interaction", "list", "--json", vault=path).json()["total"] == 40
    assert crm("reminder", "list", "--json", vault=path).json()["total"] > 0
    # A second run refuses: the demo vault holds data now (nothing is mixed in).
    monkeypatch.delenv("CRM_PASSPHRASE")
    assert main(["demo", "--contacts", "20"]) == 5
    assert "holds data" in capsys.readouterr().err
    assert crm("contact", "list", "--json", vault=path).code == 3  # CRM_PASSPHRASE unset: asked; no tty


def test_demo_into_an_explicit_vault_with_progress(crm: Run, vault_file: Path) -> None:
    res = crm("demo", "--contacts", "15", "--interactions-per-contact", "1", "--seed", "7", "--json")
    assert res.code == 0, res.err
    doc = res.json()
    assert doc["contacts"] == 15 and doc["interactions"] == 15 and doc["passphrase"] is None
    assert "Building the demo" in res.err and "100%" in res.err  # progress on stderr, not stdout
    listed = crm("contact", "list", "--json").json()  # opens with CRM_PASSPHRASE
    assert listed["total"] == 15
    name = listed["contacts"][0]["display_name"]
    found = crm("search", name, "--type", "contact", "--json").json()["groups"][0]["hits"]
    assert name in [h["title"] for h in found]  # the demo is searchable at once


def test_demo_fills_an_empty_vault_and_leaves_nothing_on_failure(crm: Run, new_vault: Path,
                                                                 tmp_path: Path) -> None:
    assert crm("demo", "--contacts", "12", "--interactions-per-contact", "0").code == 0
    assert crm("contact", "list", "--json").json()["total"] == 12
    bad = tmp_path / "bad.crm"
    res = crm("demo", "--contacts", "1", vault=bad)  # too few: refused by the demo builder
    assert res.code == 5 and res.err.startswith("crm: contacts:")
    assert not bad.exists() and not any(p.name.startswith("bad.crm") for p in tmp_path.iterdir())


def test_demo_then_list_in_a_process(tmp_path: Path) -> None:
    env = {"XDG_DATA_HOME": str(tmp_path / "xdg"), "HOME": str(tmp_path)}
    env_no_pass = {k: v for k, v in os.environ.items() if k != "CRM_PASSPHRASE"}
    env_no_pass.update(env)
    import subprocess
    import sys

    made = subprocess.run([sys.executable, "-m", "crm_desktop.cli", "demo", "--contacts", "10"],
                          env=env_no_pass, capture_output=True, text=True, encoding="utf-8",
                          start_new_session=True, timeout=300)
    assert made.returncode == 0, made.stderr
    assert "Passphrase: demo" in made.stdout and "Traceback" not in made.stderr
    path = tmp_path / "xdg" / "crm-desktop" / "demo.crm"
    listed = run_process("--vault", str(path), "contact", "list", env={"CRM_PASSPHRASE": "demo", **env})
    assert listed.returncode == 0 and "10 contacts." in listed.stdout
