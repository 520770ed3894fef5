"""The never-lose-data soak: the proofs of tests/core/test_proof_*.py, many more times.

    .venv/bin/python -m bench.soak [--runs 50] [--copies 500] [--import-rows 3000] [--scale]

- kill -9 at a random moment (uniform over the operation's own duration) during an import,
  a merge, a bulk delete, emptying the trash, a passphrase change, a backup and a restore,
  `--runs` times each: the vault must open, pass cipher_integrity_check, integrity_check and
  foreign_key_check, and hold all or none of the operation;
- `--copies` damaged copies (flipped bytes, zeroed pages, the file or its -wal cut short):
  each open must end in a typed error or a read, never a crash or a hang;
- `--scale`: backup and verification times on a copy of the cached 100,000-contact /
  1,000,000-interaction demo vault (bench/.cache; built by bench.common when missing).

Prints the tallies; exit status 1 if anything failed. Not a test (never run in CI).
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from tests.core.test_proof_damage import damage_runs, prepare_damage_bases
from tests.core.test_proof_harness import OPS, Tally, Zygote, base_fingerprint, kill_runs, prepare_base

LANES = (("import", "merge", "backup"), ("delete", "rekey", "erase", "restore"))


def soak_kills(work: Path, runs: int, import_rows: int, seed: int) -> list[Tally]:
    base = prepare_base(work / "base", import_rows=import_rows)
    zygotes = [Zygote(), Zygote()]
    started = time.monotonic()

    def shown(t: Tally) -> None:
        if t.runs % 10 == 0:
            print(f"  {t.op:7s} {t.runs:4d} runs  {time.monotonic() - started:6.0f} s", file=sys.stderr,
                  flush=True)

    try:
        base.fingerprint = base_fingerprint(zygotes[0], base, work / "kills")

        def lane(i: int) -> list[Tally]:
            rng = random.Random(seed + i)
            return [kill_runs(zygotes[i], base, op, runs, work / "kills", rng, shown) for op in LANES[i]]

        with ThreadPoolExecutor(2) as pool:
            return [t for ts in pool.map(lane, range(2)) for t in ts]
    finally:
        for z in zygotes:
            z.close()


def soak_damage(work: Path, copies: int, seed: int):  # type: ignore[no-untyped-def]
    bases = prepare_damage_bases(work / "damage-bases")
    z = Zygote()

    def shown(t) -> None:  # type: ignore[no-untyped-def]
        if t.copies % 100 == 0:
            print(f"  damaged {t.copies:5d} copies", file=sys.stderr, flush=True)

    try:
        return damage_runs(z, bases, copies, work / "damage", random.Random(seed), progress=shown)
    finally:
        z.close()


def scale(work: Path) -> dict[str, float]:
    """Backup and verification of the big demo vault, against a bare VACUUM INTO of it."""
    from bench.common import PASSPHRASE, demo_vault, vault_path
    from crm_desktop.core.backup import create_backup
    from crm_desktop.core.backup.verify import verify_file
    from crm_desktop.core.vault import Vault

    cached = vault_path(100_000, 10)
    if not cached.exists():  # a cached one is used as it is, whatever its schema (not migrated)
        cached, _ = demo_vault(100_000, 10)
    path = work / "scale" / "demo.crm"
    path.parent.mkdir(parents=True)
    shutil.copyfile(cached, path)  # never the shared cache itself
    out: dict[str, float] = {"file_mb": path.stat().st_size / 1e6}
    v = Vault.open(path, PASSPHRASE, migrate=False, verify=False)
    try:
        raw = v.raw_connection()
        try:
            t = time.perf_counter()
            raw.execute(f"VACUUM INTO '{work / 'scale' / 'bare.crm'}'")
            out["bare_vacuum_into_s"] = time.perf_counter() - t
        finally:
            raw.close()
        t = time.perf_counter()
        info = create_backup(v, full_check=False)
        out["create_backup_total_s"] = time.perf_counter() - t
        out["create_backup_write_s"] = info.seconds or 0.0
        out["routine_verify_s"] = info.verify_seconds or 0.0
    finally:
        v.close()
    t = time.perf_counter()
    full = verify_file(info.path, PASSPHRASE, full=True)
    out["full_verify_s"] = time.perf_counter() - t
    out["verified"] = float(full.ok and bool(info.verified))
    out["backup_vs_bare"] = out["create_backup_write_s"] / out["bare_vacuum_into_s"]
    return out


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--runs", type=int, default=50, help="kills per operation (default 50)")
    p.add_argument("--copies", type=int, default=500, help="damaged copies (default 500)")
    p.add_argument("--import-rows", type=int, default=3000, help="rows of the killed import (default 3000)")
    p.add_argument("--scale", action="store_true", help="also time backups of the 100k demo vault")
    p.add_argument("--seed", type=int, default=None)
    p.add_argument("--work", type=Path, default=None, help="working folder (default: a temp folder)")
    args = p.parse_args()
    seed = args.seed if args.seed is not None else random.randrange(1 << 30)
    work = args.work or Path(tempfile.mkdtemp(prefix="crm-soak-"))
    print(f"soak: seed {seed}, work {work}", flush=True)
    failed = 0
    t0 = time.monotonic()
    tallies = soak_kills(work, args.runs, args.import_rows, seed)
    print(f"\nkill -9 during an operation ({time.monotonic() - t0:.0f} s):")
    print(f"  {'operation':10s} {'runs':>5s} {'none':>5s} {'all':>5s} {'done before kill':>17s} "
          f"{'failures':>9s} {'one run':>8s}")
    for t in sorted(tallies, key=lambda t: OPS.index(t.op)):
        print(f"  {t.op:10s} {t.runs:5d} {t.none:5d} {t.all:5d} {t.completed:17d} {len(t.failures):9d} "
              f"{t.seconds:7.2f}s")
        for f in t.failures:
            print(f"    FAILED {f}")
        failed += len(t.failures)
    t1 = time.monotonic()
    d = soak_damage(work, args.copies, seed)
    print(f"\ndamaged copies ({time.monotonic() - t1:.0f} s): {d.copies} opened: {d.read} read, "
          f"{sum(d.typed.values())} typed errors {dict(d.typed)}, {len(d.failures)} failures")
    print(f"  longest open and read of a damaged copy: {d.longest:.2f} s ({d.longest_what})")
    for f in d.failures:
        print(f"    FAILED {f}")
    failed += len(d.failures)
    if args.scale:
        figures = scale(work)
        print("\nbackup at scale (100,000 contacts, 1,000,000 interactions):")
        for k, val in figures.items():
            print(f"  {k:24s} {val:9.2f}")
    print(f"\n{'FAILED' if failed else 'ok'}: {failed} failure(s), {time.monotonic() - t0:.0f} s in all")
    if not args.work:
        shutil.rmtree(work, ignore_errors=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
