"""What every benchmark shares: a demo vault built once and cached under bench/.cache/ (gitignored),
timing helpers, and the command-line options for the vault's size."""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import Any

from filelock import FileLock

from crm_desktop.core.demo import build_demo
from crm_desktop.core.migrations import runner
from crm_desktop.core.search import reindex
from crm_desktop.core.vault import Vault

CACHE = Path(__file__).resolve().parent / ".cache"
PASSPHRASE = "bench"
SEED = 1
_SIDE_FILES = ("", "-wal", "-shm", "-journal", ".lock", ".json")


def options(description: str) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--contacts", type=int, default=100_000, help="contacts in the demo vault")
    parser.add_argument("--interactions-per-contact", type=int, default=10)
    parser.add_argument("--fresh", action="store_true", help="rebuild the cached demo vault")
    return parser


def vault_path(contacts: int, per_contact: int) -> Path:
    return CACHE / f"demo-{contacts}-{per_contact}-s{SEED}.crm"


def remove_vault(path: Path) -> None:
    for suffix in _SIDE_FILES:
        with contextlib.suppress(FileNotFoundError):
            os.remove(str(path) + suffix)


def _progress() -> Callable[[int, int], None]:
    started, shown = time.perf_counter(), [-1]

    def report(done: int, total: int) -> None:
        tenth = done * 10 // max(total, 1)
        if tenth != shown[0]:
            shown[0] = tenth
            print(f"  building … {done * 100 // max(total, 1):3d} %  {time.perf_counter() - started:7.1f} s",
                  file=sys.stderr, flush=True)

    return report


def _schema_is_current(path: Path) -> bool:
    vault = Vault.open(path, PASSPHRASE, read_only=True, migrate=False)
    try:
        with vault.engine.connect() as conn:
            return runner.current_revision(conn) == runner.head_revision()
    finally:
        vault.close()


def demo_vault(contacts: int, per_contact: int, fresh: bool = False) -> tuple[Path, dict[str, Any]]:
    """The cached demo vault and the figures of its build (`cached` tells whether it was reused).
    Several benches may ask at once: one builds while the others wait, then they share it."""
    path = vault_path(contacts, per_contact)
    meta = Path(str(path) + ".json")
    CACHE.mkdir(parents=True, exist_ok=True)
    with FileLock(str(path) + ".build-lock"):
        if fresh:
            remove_vault(path)
        if path.exists() and meta.exists():
            if _schema_is_current(path):
                _ensure_indexed(path)
                return path, {**json.loads(meta.read_text()), "cached": True}
            # Opening would migrate it (after a backup copy of the whole file) and it would no
            # longer be what this code builds: build it again instead.
            print("  the cached demo vault has an older schema: rebuilding it", file=sys.stderr)
        building = path.with_name(path.name + ".building")  # a killed build never passes for a cache
        remove_vault(building)  # left by a killed build: under the lock, no one else is writing it
        remove_vault(path)
        vault = Vault.create(building, PASSPHRASE)
        try:
            stats = build_demo(vault, contacts, SEED, per_contact, progress=_progress())
            _index(vault)
        finally:
            vault.close()
        os.replace(building, path)
        remove_vault(building)
        figures = {**asdict(stats), "file_mb": round(path.stat().st_size / 1e6, 1),
                   "built": time.strftime("%Y-%m-%d %H:%M")}
        meta.write_text(json.dumps(figures))
        return path, {**figures, "cached": False}


def _index(vault: Vault) -> None:
    """The search index over what build_demo wrote with bulk inserts, as the app's demo flow does."""
    started = time.perf_counter()
    print("  indexing for search …", file=sys.stderr, flush=True)
    reindex(vault)
    print(f"  indexed in {time.perf_counter() - started:.1f} s", file=sys.stderr, flush=True)


def _ensure_indexed(path: Path) -> None:
    """A cache built before the benches indexed it gets its index now (under the build lock).
    Looked at read-only first: another bench may have the vault open (a writer would be refused)."""
    vault = Vault.open(path, PASSPHRASE, read_only=True, migrate=False)
    try:
        with vault.engine.connect() as conn:
            empty = conn.exec_driver_sql("SELECT NOT EXISTS (SELECT 1 FROM search_doc)").scalar()
    finally:
        vault.close()
    if empty:
        vault = Vault.open(path, PASSPHRASE, migrate=False)
        try:
            _index(vault)
        finally:
            vault.close()


def times(fn: Callable[[], object], repeat: int, warmup: int = 0) -> list[float]:
    """Wall-clock seconds of `repeat` calls (after `warmup` untimed ones)."""
    for _ in range(warmup):
        fn()
    out = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t)
    return out


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000
