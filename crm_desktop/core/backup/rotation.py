"""Which backups rotation keeps: the newest few, and the newest of each of the last days,
ISO weeks and months that have one (7 / 4 / 12 by default). Days are UTC days."""

from __future__ import annotations

import os
from collections.abc import Callable, Hashable, Sequence
from datetime import datetime

from crm_desktop.core.vault.snapshot import remove_quietly

from . import manifest
from .settings import BackupSettings


def keep(instants: Sequence[datetime], s: BackupSettings) -> set[int]:
    """Indexes (into `instants`) of the backups to keep."""
    order = sorted(range(len(instants)), key=lambda i: instants[i], reverse=True)
    kept = set(order[:max(s.keep_last, 1)])  # never drop the newest
    buckets: list[tuple[Callable[[datetime], Hashable], int]] = [
        (lambda t: t.date(), s.keep_daily),
        (lambda t: t.isocalendar()[:2], s.keep_weekly),
        (lambda t: (t.year, t.month), s.keep_monthly)]
    for bucket, count in buckets:
        seen: list[Hashable] = []
        for i in order:  # newest first: the first of each bucket is its newest
            b = bucket(instants[i])
            if b not in seen:
                if len(seen) >= count:
                    break
                seen.append(b)
                kept.add(i)
    return kept


def rotate(folder: str, stem: str, settings: BackupSettings, protect: str) -> list[str]:
    """Delete this vault's backups in `folder` that rotation does not keep; returns their names.
    Only backups the manifest records are candidates (a file it does not know, such as a copy
    taken before a schema upgrade, is left alone). Call under manifest.folder_lock."""
    entries = manifest.read(folder)
    mine = [(name, manifest.info(folder, name, e).created_at) for name, e in entries.items()
            if e.get("vault") == stem]
    kept = keep([at for _, at in mine], settings)
    dropped = [name for i, (name, _) in enumerate(mine) if i not in kept and name != protect]
    gone = [name for name in entries if not os.path.exists(os.path.join(folder, name))]
    if not dropped and not gone:
        return []
    for name in dropped:
        remove_quietly(os.path.join(folder, name))  # with a -wal kept beside a damaged copy
    for name in {*dropped, *gone}:
        entries.pop(name, None)
    manifest.write(folder, entries)
    return dropped
