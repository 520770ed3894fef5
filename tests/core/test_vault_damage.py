"""A damaged vault: a changed byte is found and reported in words (what still reads), through
the services as well as on open — never a raw SQLite error, a traceback or a hang. Risky opens
run in a forked child with a time limit."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import sqlcipher3

from crm_desktop.core.services import contact_read, stages
from crm_desktop.core.vault import Vault

from .vault_util import PASSPHRASE, fill, flip_byte, in_child

PAGE = 4096
CONTACTS = 1500
TYPED_ERRORS = "crm_desktop.core.errors"


def _reads(path: Path, table: str) -> bool:
    conn = sqlcipher3.connect(str(path))
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = '{PASSPHRASE}'")
        conn.execute(f'SELECT * FROM "{table}"').fetchall()
        return True
    except sqlcipher3.DatabaseError:
        return False
    finally:
        conn.close()


@pytest.fixture(scope="module")
def big_vault(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    """A closed vault of 1,500 contacts with long notes (hundreds of pages, nearly all of them
    the contact table's), and the offset of a byte that lies in one of the contact pages."""
    folder = tmp_path_factory.mktemp("big")
    path = folder / "big.crm"
    with Vault.create(path, PASSPHRASE) as v:
        fill(v, CONTACTS, note_len=1500)
    pages = path.stat().st_size // PAGE
    assert pages > 500
    probe = folder / "probe.crm"
    # Which page belongs to which table is inside the ciphertext; find a contact page by trying
    # pages in the middle of the file (almost every one is), checked with sqlcipher3 itself.
    for page in range(pages // 2, pages // 2 + 20):
        shutil.copyfile(path, probe)
        offset = page * PAGE + 1000
        flip_byte(probe, offset)
        if not _reads(probe, "contact") and _reads(probe, "stage"):
            return path, offset
    raise AssertionError("no page of the contact table found")


@pytest.fixture
def damaged(big_vault: tuple[Path, int], tmp_path: Path) -> Path:
    src, offset = big_vault
    path = tmp_path / "damaged.crm"
    shutil.copyfile(src, path)
    flip_byte(path, offset)
    return path


def test_open_finds_the_damage_and_says_what_still_reads(damaged: Path,
                                                        capfd: pytest.CaptureFixture[str]) -> None:
    def attempt() -> dict:
        try:
            Vault.open(damaged, PASSPHRASE)
        except Exception as exc:
            return {"module": type(exc).__module__, "type": type(exc).__name__, "message": str(exc),
                    "readable": getattr(exc, "readable", None),
                    "unreadable": getattr(exc, "unreadable", None)}
        return {"type": "opened"}

    capfd.readouterr()
    got = in_child(attempt, timeout=60)
    assert capfd.readouterr().err == ""  # no HMAC complaints from SQLCipher on stderr
    assert got["type"] == "VaultDamaged" and got["module"] == TYPED_ERRORS, got
    assert got["unreadable"] == ["contact"]
    assert {"stage", "vault_setting", "audit_entry", "operation"} <= set(got["readable"])
    message = got["message"]
    assert "1 page(s) fail their integrity check" in message
    assert "Unreadable: contact." in message and "Still readable: " in message and "stage" in message


def test_damage_found_while_reading_through_the_services(damaged: Path,
                                                         capfd: pytest.CaptureFixture[str]) -> None:
    def attempt() -> dict:
        out: dict = {}
        with Vault.open(damaged, PASSPHRASE, verify=False) as v:  # skip the page check on open
            try:
                page = contact_read.list_contacts(v, limit=CONTACTS + 10)
                out["listed"] = len(page.contacts)
            except Exception as exc:
                out.update(module=type(exc).__module__, type=type(exc).__name__, message=str(exc),
                           unreadable=getattr(exc, "unreadable", None))
            # The connection that hit the bad page was dropped: intact tables still read.
            out["stages"] = len(stages.list_stages(v))
        return out

    capfd.readouterr()
    got = in_child(attempt, timeout=60)
    assert capfd.readouterr().err == ""
    assert got.get("type") == "VaultDamaged" and got["module"] == TYPED_ERRORS, got
    assert got["unreadable"] == ["contact"]
    assert "is damaged" in got["message"] and "Still readable" in got["message"]
    assert "sqlite" not in got["message"].lower()
    assert got["stages"] == 7


@pytest.mark.parametrize("offset", [
    0, 15,            # the salt: the key derived from it is wrong
    16, 100, 2000,    # ciphertext of page 1 (the schema's root and the header)
    PAGE - 80,        # page 1's IV / HMAC
    PAGE - 1,
    PAGE + 500,       # page 2
])
def test_flipped_byte_near_the_start_is_a_typed_error(big_vault: tuple[Path, int], tmp_path: Path,
                                                      offset: int) -> None:
    path = tmp_path / "hurt.crm"
    shutil.copyfile(big_vault[0], path)
    flip_byte(path, offset)

    def attempt() -> dict:
        try:
            with Vault.open(path, PASSPHRASE) as v:
                return {"type": "opened", "total": contact_read.list_contacts(v).total}
        except Exception as exc:
            return {"module": type(exc).__module__, "type": type(exc).__name__, "message": str(exc)}

    got = in_child(attempt, timeout=60)
    if offset < PAGE:
        # Page 1 is what tells a right key from a wrong one: damage there cannot be told from
        # a wrong passphrase (the message says "or the file is encrypted with another key").
        assert got["type"] == "WrongPassphrase", got
    else:
        assert got["type"] in {"VaultDamaged", "WrongPassphrase", "NotAVault"}, got
    assert got["module"] == TYPED_ERRORS, got
