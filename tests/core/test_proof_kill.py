"""Proof: kill -9 at a random moment during an import (2,000 rows), a merge, a bulk delete,
emptying the trash, a passphrase change, a backup and a restore — 5 runs each, the delay drawn
uniformly over the operation's own duration. Afterwards the vault opens, passes cipher_integrity_check,
integrity_check and foreign_key_check, and holds all or none of the interrupted operation
(a backup: the vault unchanged, and a whole verified backup or none). bench/soak.py runs the
same 50 times each."""

from __future__ import annotations

import random
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from .test_proof_harness import OPS, Tally, Zygote, base_fingerprint, kill_runs, prepare_base

RUNS = 5
# Two zygotes at once, each taking the operations of one lane (balanced by duration).
LANES = (("import", "merge", "backup"), ("delete", "rekey", "erase", "restore"))


@pytest.mark.slow
def test_kill_at_random_moments_leaves_all_or_none(tmp_path: Path) -> None:
    base = prepare_base(tmp_path / "base", base_rows=600, import_rows=2000, trashed=150, deleted=300)
    seed = random.randrange(1 << 30)
    zygotes = [Zygote(), Zygote()]
    try:
        base.fingerprint = base_fingerprint(zygotes[0], base, tmp_path / "work")

        def lane(i: int) -> list[Tally]:
            rng = random.Random(seed + i)
            return [kill_runs(zygotes[i], base, op, RUNS, tmp_path / "work", rng) for op in LANES[i]]

        with ThreadPoolExecutor(2) as pool:
            tallies = [t for ts in pool.map(lane, range(2)) for t in ts]
    finally:
        for z in zygotes:
            z.close()
    assert sorted(t.op for t in tallies) == sorted(OPS)
    failures = [f for t in tallies for f in t.failures]
    assert failures == [], f"seed {seed}: {failures}"
    for t in tallies:
        assert t.runs == RUNS and t.none + t.all == RUNS, t
