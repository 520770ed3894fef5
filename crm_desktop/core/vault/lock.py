"""One writer per vault: an OS lock on a side file, released by the OS if the process dies."""

from __future__ import annotations

import contextlib
import os

from filelock import FileLock, Timeout

from crm_desktop.core.errors import VaultInUse, VaultWriteError


class VaultLock:
    """Held for as long as a vault is open for writing, in this process or another."""

    def __init__(self, vault_path: str) -> None:
        self.vault_path = vault_path
        # A side file, not the vault itself: rekey replaces the vault file, which would drop a
        # lock held on its old inode.
        self.lock_path = vault_path + ".lock"
        self._lock = FileLock(self.lock_path, timeout=0, mode=0o600)

    def acquire(self) -> None:
        try:
            self._lock.acquire()
        except Timeout:
            raise VaultInUse(self.vault_path) from None
        except OSError as exc:
            raise VaultWriteError(
                self.vault_path,
                f"its lock file {self.lock_path} cannot be created ({exc.strerror or exc}); "
                "a read-only folder can only be opened read-only",
            ) from None

    def release(self) -> None:
        if self._lock.is_locked:
            self._lock.release(force=True)

    def release_and_remove(self) -> None:
        """For a vault that was never created: leave no side file behind. Unlinked while still
        held, so no other process can be holding a lock on this inode."""
        if self._lock.is_locked:
            with contextlib.suppress(FileNotFoundError):
                os.remove(self.lock_path)
        self.release()
