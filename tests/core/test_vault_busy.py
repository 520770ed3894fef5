"""A second write in this process that cannot get the lock ends in words, not a raw error."""

from __future__ import annotations

import pytest

from crm_desktop.core.errors import VaultBusy
from crm_desktop.core.services import contact_read, contacts
from crm_desktop.core.vault import Vault


def test_write_while_another_connection_writes_is_vault_busy(vault: Vault) -> None:
    contacts.add(vault, display_name="Before")
    holder = vault.raw_connection()
    holder.execute("PRAGMA busy_timeout = 0")
    holder.execute("BEGIN IMMEDIATE")  # another operation holding the write lock
    try:
        with vault.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA busy_timeout = 50")
        # the pooled connection now waits 50 ms, then the engine says "busy" in words
        with pytest.raises(VaultBusy, match="busy with another operation"):
            contacts.add(vault, display_name="Blocked")
    finally:
        holder.rollback()
        holder.close()
    assert [c.display_name for c in contact_read.list_contacts(vault).contacts] == ["Before"]
