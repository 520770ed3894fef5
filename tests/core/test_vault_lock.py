"""One writer per vault, across processes; readers welcome; a killed writer frees it."""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from crm_desktop.core.errors import VaultInUse
from crm_desktop.core.services import contact_read, contacts
from crm_desktop.core.vault import Vault

from .vault_util import PASSPHRASE, REPO, fill

HOLDER = textwrap.dedent("""
    import sys
    from crm_desktop.core.services import contacts
    from crm_desktop.core.vault import Vault

    v = Vault.open(sys.argv[1], sys.argv[2])
    print("open", flush=True)
    for line in sys.stdin:
        contacts.add(v, display_name=line.strip())
        print("added", flush=True)
""")


def _readline(proc: subprocess.Popen[str], timeout: float = 30) -> str:
    assert proc.stdout is not None
    ready = select.select([proc.stdout], [], [], timeout)[0]
    assert ready, "the other process did not answer"
    return proc.stdout.readline().strip()


def test_second_writer_refused_reader_welcome_killed_writer_releases(vault_path: Path) -> None:
    with Vault.create(vault_path, PASSPHRASE) as v:
        fill(v, 100)
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(vault_path), PASSPHRASE],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=REPO)
    try:
        assert _readline(holder) == "open"
        # A second process (this one) that wants to write is told why it cannot.
        with pytest.raises(VaultInUse) as err:
            Vault.open(vault_path, PASSPHRASE)
        message = str(err.value)
        assert str(vault_path) in message and "open in another crm-desktop window or command" in message
        assert "Close it there first" in message

        # Reading alongside the writer works, and sees what it commits.
        with Vault.open(vault_path, PASSPHRASE, read_only=True) as reader:
            assert contact_read.list_contacts(reader).total == 100
            assert holder.stdin is not None
            holder.stdin.write("Written by the other process\n")
            holder.stdin.flush()
            assert _readline(holder) == "added"
            assert contact_read.list_contacts(reader).total == 101
        # kill -9: no clean-up code runs, the OS drops the lock with the process.
        os.kill(holder.pid, signal.SIGKILL)
        holder.wait(timeout=30)
    finally:
        if holder.poll() is None:
            holder.kill()
            holder.wait()
    with Vault.open(vault_path, PASSPHRASE) as v:
        page = contact_read.list_contacts(v, limit=200)
        assert page.total == 101
        assert "Written by the other process" in [c.display_name for c in page.contacts]
        contacts.add(v, display_name="and writable again")


def test_same_process_second_open_refused_until_closed(vault_path: Path) -> None:
    v = Vault.create(vault_path, PASSPHRASE)
    with pytest.raises(VaultInUse):
        Vault.open(vault_path, PASSPHRASE)
    v.close()
    Vault.open(vault_path, PASSPHRASE).close()
