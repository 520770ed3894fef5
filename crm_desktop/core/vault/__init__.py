"""The encrypted vault: SQLCipher file, engine, lock, rekey, snapshots."""

from .migrate import MigrationFailed, VaultTooNew
from .vault import Vault

__all__ = ["MigrationFailed", "Vault", "VaultTooNew"]
