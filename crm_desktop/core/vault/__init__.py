"""The encrypted vault: SQLCipher file, engine, lock, rekey, snapshots."""

from .vault import Vault

__all__ = ["Vault"]
