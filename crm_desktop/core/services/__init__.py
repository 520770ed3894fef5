"""Use cases over the vault. They take plain values and return dataclasses (see dto.py)."""
