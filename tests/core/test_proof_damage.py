"""Proof: 50 damaged copies of a vault — bytes flipped at random offsets (page 1 included), pages
zeroed, the file or its -wal cut short at random offsets — each opened (read-only or not) and
read through (contacts, search, every table) in a worker process with a time limit. Opening
never crashes or hangs, and always ends in a typed error (a CrmError) or a successful read.
bench/soak.py runs the same with 500 copies."""

from __future__ import annotations

import random
import shutil
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from crm_desktop.core.services import contacts
from crm_desktop.core.vault import Vault

from .test_proof_harness import PASSPHRASE, Zygote
from .vault_util import fill

COPIES = 50
TIME_LIMIT = 60.0  # seconds for one open and read; more is a hang
PAGE = 4096
EVENTS = ("start", "result", "error", "exit")


def prepare_damage_bases(folder: Path) -> list[Path]:
    """Two vaults to damage: one closed (all in the main file) and one as a crash leaves it
    (committed changes still in its -wal)."""
    closed = folder / "closed" / "v.crm"
    closed.parent.mkdir(parents=True)
    with Vault.create(closed, PASSPHRASE) as v:
        fill(v, 150, note_len=400)
        for i in range(5):
            contacts.add(v, display_name=f"Person {i} 张", phones=[f"+86 138 0000 {i:04d}"],
                         emails=[f"p{i}@example.com"], tags=["t"])
    crashed = folder / "crashed" / "v.crm"
    crashed.parent.mkdir(parents=True)
    shutil.copyfile(closed, crashed)
    v = Vault.open(crashed, PASSPHRASE)
    try:
        for i in range(8):
            contacts.add(v, display_name=f"Later {i}", note="in the -wal " * 20)
        # Copied while open: the state a crash leaves (the -wal not yet checkpointed).
        wal = Path(str(crashed) + "-wal")
        assert wal.stat().st_size > PAGE
        snapshot = folder / "crashed-copy"
        snapshot.mkdir()
        shutil.copyfile(crashed, snapshot / "v.crm")
        shutil.copyfile(wal, snapshot / "v.crm-wal")
    finally:
        v.close()
    return [closed, snapshot / "v.crm"]


def damage(src: Path, dest: Path, rng: random.Random) -> str:
    """Copy a vault (and its -wal) and damage the copy; returns what was done."""
    shutil.copyfile(src, dest)
    wal_src = Path(str(src) + "-wal")
    wal = Path(str(dest) + "-wal")
    if wal_src.exists():
        shutil.copyfile(wal_src, wal)
    kinds = ["flip", "flip", "flip-page-1", "zero-page", "truncate"] + (["flip-wal", "truncate-wal"]
                                                                       if wal.exists() else [])
    kind = rng.choice(kinds)
    target = wal if kind.endswith("-wal") else dest
    size = target.stat().st_size
    with open(target, "r+b") as fh:
        if kind in ("flip", "flip-wal", "flip-page-1"):
            offsets = sorted(rng.randrange(PAGE if kind == "flip-page-1" else size)
                             for _ in range(rng.choice((1, 1, 2, 3))))
            for off in offsets:
                fh.seek(off)
                b = fh.read(1)
                fh.seek(off)
                fh.write(bytes([b[0] ^ (1 << rng.randrange(8))]))
            return f"{kind} at {offsets}"
        if kind == "zero-page":
            page = rng.randrange(size // PAGE)
            fh.seek(page * PAGE)
            fh.write(bytes(PAGE))
            return f"zero page {page}"
        cut = rng.choice((rng.randrange(size), rng.randrange(size // PAGE) * PAGE))
        fh.truncate(cut)
        return f"{kind} at {cut} of {size}"


@dataclass
class DamageTally:
    copies: int = 0
    read: int = 0
    typed: Counter = field(default_factory=Counter)
    failures: list[str] = field(default_factory=list)
    longest: float = 0.0
    longest_what: str = ""


def damage_runs(z: Zygote, bases: list[Path], copies: int, work: Path, rng: random.Random,
                parallel: int = 2, progress: Any = None) -> DamageTally:
    tally = DamageTally()
    pending: dict[int, dict[str, Any]] = {}
    sent = 0
    while sent < copies or pending:
        while sent < copies and len(pending) < parallel:
            folder = work / f"copy{sent:04d}"
            folder.mkdir(parents=True)
            what = damage(bases[sent % len(bases)], folder / "v.crm", rng)
            read_only = sent % 3 == 2
            ident = z.run(cmd="damage", path=str(folder / "v.crm"), key=PASSPHRASE, read_only=read_only)
            pending[ident] = {"what": f"{bases[sent % len(bases)].parent.name}: {what}"
                                      f"{' (read-only)' if read_only else ''}",
                              "folder": folder, "sent": time.monotonic()}
            sent += 1
        first = min(p["sent"] for p in pending.values())
        try:
            e = z.wait(lambda e: e.get("id") in pending and e.get("ev") in EVENTS,
                       max(0.0, first + TIME_LIMIT - time.monotonic()))
        except TimeoutError:
            ident = next(i for i, p in pending.items() if p["sent"] == first)
            p = pending[ident]
            tally.failures.append(f"hang (over {TIME_LIMIT:.0f} s): {p['what']}")
            if "pid" in p:
                z.kill(ident, p["pid"])
            p["done"] = True
            e = {"id": ident, "ev": "exit", "signal": None, "code": None}
        p = pending[e["id"]]
        if e["ev"] == "start":
            p["pid"] = e["pid"]
            continue
        if e["ev"] in ("result", "error"):
            p["result"] = e.get("value") or {"outcome": "untyped", "type": e.get("error")}
            continue
        del pending[e["id"]]
        shutil.rmtree(p["folder"], ignore_errors=True)
        tally.copies += 1
        if p.get("done"):
            continue
        r = p.get("result")
        if r is None:
            tally.failures.append(f"crash (signal {e.get('signal')}, code {e.get('code')}): {p['what']}")
        elif r["outcome"] == "read":
            tally.read += 1
        elif r["outcome"] == "typed":
            tally.typed[r["type"]] += 1
        else:
            tally.failures.append(f"untyped {r.get('type')}: {r.get('message')} ({p['what']})\n"
                                  f"{r.get('traceback', '')}")
        if r and r.get("seconds", 0) > tally.longest:
            tally.longest, tally.longest_what = r["seconds"], p["what"]
        if progress:
            progress(tally)
    return tally


def test_damaged_copies_end_in_a_typed_error_or_a_read(tmp_path: Path) -> None:
    bases = prepare_damage_bases(tmp_path / "bases")
    seed = random.randrange(1 << 30)
    z = Zygote()
    try:
        tally = damage_runs(z, bases, COPIES, tmp_path / "work", random.Random(seed))
    finally:
        z.close()
    assert tally.failures == [], f"seed {seed}: {tally.failures}"
    assert tally.copies == COPIES and tally.read + sum(tally.typed.values()) == COPIES
    # The typed errors are the ones a user can be told about in words.
    assert set(tally.typed) <= {"VaultDamaged", "WrongPassphrase", "NotAVault"}, tally.typed
    assert sum(tally.typed.values()) >= COPIES // 2, tally  # most damage is found, not read past
