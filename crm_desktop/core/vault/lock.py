"""One writer per vault: an OS lock on a side file, released by the OS if the process dies."""

from __future__ import annotations

from filelock import FileLock, Timeout

from crm_desktop.core.errors import VaultInUse


class VaultLock:
    """Held for as long as a vault is open for writing, in this process or another."""

    def __init__(self, vault_path: str) -> None:
        self.vault_path = vault_path
        # A side file, not the vault itself: rekey replaces the vault file, which would drop a
        # lock held on its old inode.
        self._lock = FileLock(vault_path + ".lock", timeout=0, mode=0o600)

    def acquire(self) -> None:
        try:
            self._lock.acquire()
        except Timeout:
            raise VaultInUse(self.vault_path) from None

    def release(self) -> None:
        if self._lock.is_locked:
            self._lock.release(force=True)
