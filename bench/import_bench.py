"""A large CSV import: rows/s, peak RSS and the time of each phase, against a plain executemany.

    .venv/bin/python -m bench.import_bench [--rows 100000] [--seed 7] [--dup-rate 0.02] [--keep DIR]

Generates a realistic contact file (bench/import_file.py, a fixed seed): Chinese names in simplified
and traditional script, English names, names in pinyin; Chinese mobiles in several formats, Hong
Kong and US numbers; e-mails; companies with legal suffixes in both languages; titles, tiers, tags,
notes and a column no field takes (a custom field); a few rows repeat an earlier person (another
script, the phone in another format) so the duplicate check finds something. Imports it into a fresh vault
with run_import (phases timed by wrapping the importer's steps) and prints rows/s, peak RSS and
the phases; then inserts the same contact rows (contact, phones, e-mails) with a plain
DB-API executemany into another fresh vault, in one transaction, as the baseline. Not a test.
"""

from __future__ import annotations

import argparse
import csv
import os
import resource
import shutil
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from crm_desktop.core.text.keys import warm
from crm_desktop.core.vault import Vault

from .import_file import HEADER, write_csv

__all__ = ["HEADER", "PASSPHRASE", "baseline", "main", "write_csv"]  # tests build files with it

PASSPHRASE = "bench"

# --- phases ---------------------------------------------------------------------------------------------

class Phases:
    """Wall time of the importer's steps, by wrapping its functions (no change to the importer)."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)
        self._undo: list[tuple[Any, str, Any]] = []
        self._stack: list[str] = []
        self.flagged = 0  # rows the duplicate check matched (the result keeps 10,000 problems only)

    def wrap(self, owner: Any, name: str, phase: str, *, iterator: bool = False) -> None:
        original = getattr(owner, name)
        phases = self

        def timed(*args: Any, **kwargs: Any) -> Any:
            with phases.timing(phase):
                return original(*args, **kwargs)

        def timed_iter(*args: Any, **kwargs: Any) -> Iterator[Any]:
            it = original(*args, **kwargs)
            while True:
                with phases.timing(phase):
                    try:
                        item = next(it)
                    except StopIteration:
                        return
                yield item

        setattr(owner, name, timed_iter if iterator else timed)
        self._undo.append((owner, name, original))

    @contextmanager
    def timing(self, phase: str) -> Iterator[None]:
        # Nested phases count once: the inner one's time is taken out of the outer one.
        t = time.perf_counter()
        outer = self._stack[-1] if self._stack else None
        self._stack.append(phase)
        try:
            yield
        finally:
            self._stack.pop()
            spent = time.perf_counter() - t
            self.seconds[phase] += spent
            if outer is not None:
                self.seconds[outer] -= spent

    def restore(self) -> None:
        for owner, name, original in reversed(self._undo):
            setattr(owner, name, original)


def _instrument() -> Phases:
    from crm_desktop.core import search
    from crm_desktop.core.importer import commit, pipeline
    from crm_desktop.core.importer.readers import csv_reader
    from crm_desktop.core.matching import sync as key_sync

    p = Phases()
    p.wrap(csv_reader.CsvTable, "rows", "read", iterator=True)
    for name in ("build_contact",):
        p.wrap(pipeline, name, "map/validate")
    pipeline.BUILDERS["contact"] = pipeline.build_contact
    p.wrap(pipeline, "check_duplicates", "match")
    check = pipeline.RowDuplicates.check

    def counted(self: Any, *args: Any, **kwargs: Any) -> Any:
        found = check(self, *args, **kwargs)
        p.flagged += sum(1 for ms in found if ms)
        return found

    pipeline.RowDuplicates.check = counted  # type: ignore[method-assign]
    p._undo.append((pipeline.RowDuplicates, "check", check))
    p.wrap(commit._Run, "write", "write")
    p.wrap(commit.BulkWriter, "flush", "write")
    p.wrap(search, "refresh", "index")  # the importer calls it through the package
    p.wrap(commit, "key_touched", "match keys")  # chunk by chunk
    p.wrap(key_sync, "before_commit", "match keys")  # what is left at commit
    return p


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# --- the baseline ---------------------------------------------------------------------------------------

def baseline(vault: Vault, path: Path) -> tuple[int, float, float]:
    """The same contact rows (contact, its phones and e-mails) with a plain DB-API executemany into
    a fresh vault, in one transaction: no normalization, no matching, no audit, no search documents.
    Returns (rows, seconds, CPU seconds)."""
    from crm_desktop.core.models import new_uid

    started, cpu = time.perf_counter(), time.process_time()
    now = time.strftime("%Y-%m-%dT%H:%M:%S.000000Z", time.gmtime())  # as UTCDateTime stores it
    with path.open(encoding="utf-8-sig", newline="") as f, vault.engine.begin() as conn:
        contacts: list[tuple[Any, ...]] = []
        phones: list[tuple[Any, ...]] = []
        emails: list[tuple[Any, ...]] = []
        n = 0
        for n, row in enumerate(csv.DictReader(f), 1):
            contacts.append((n, new_uid(), "person", row["姓名"], row["职位"], row["客户等级"] or None,
                             row["备注"] or None, "import", now, now))
            for i, number in enumerate(x for x in (row["手机"], row["Work Phone"]) if x):
                phones.append((n, i, number, 1))
            if row["邮箱"]:
                emails.append((n, 0, row["邮箱"], row["邮箱"].lower(), 1))
            if len(contacts) >= 2000:
                _flush(conn, contacts, phones, emails)
        _flush(conn, contacts, phones, emails)
    return n, time.perf_counter() - started, time.process_time() - cpu


_BASELINE_SQL = (
    "INSERT INTO contact (id, uid, kind, display_name, title, tier, note, source, created_at, updated_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "INSERT INTO contact_phone (contact_id, position, raw, valid) VALUES (?, ?, ?, ?)",
    "INSERT INTO contact_email (contact_id, position, address, normalized, valid) VALUES (?, ?, ?, ?, ?)")


def _flush(conn: Any, *batches: list[tuple[Any, ...]]) -> None:
    for sql, rows in zip(_BASELINE_SQL, batches, strict=True):
        if rows:
            conn.exec_driver_sql(sql, rows)  # the DB-API cursor's executemany
            rows.clear()


# --- main -----------------------------------------------------------------------------------------------

def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--dup-rate", type=float, default=0.02, help="rows that repeat an earlier person")
    parser.add_argument("--keep", type=Path, help="keep the file and vaults in this folder")
    args = parser.parse_args(argv)
    from crm_desktop.core.importer import run_import

    work = Path(args.keep or tempfile.mkdtemp(prefix="import-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        path = work / f"contacts-{args.rows}.csv"
        t = time.perf_counter()
        repeats = write_csv(path, args.rows, args.seed, args.dup_rate)
        print(f"file: {args.rows:,} rows ({repeats:,} repeat an earlier person), "
              f"{path.stat().st_size / 1e6:.1f} MB, written in {time.perf_counter() - t:.1f} s", flush=True)
        vault = Vault.create(work / "import.crm", PASSPHRASE)
        warm()  # as the app does after unlocking: pypinyin's dictionaries (~50 MB) are not the import's
        rss0 = rss_mb()
        phases = _instrument()
        try:
            last = [0.0]

            def progress(p: Any) -> None:
                if time.perf_counter() - last[0] > 10:
                    last[0] = time.perf_counter()
                    print(f"  … {p.rows:,} rows, {p.rows_per_second:,.0f} rows/s, RSS {rss_mb():.0f} MB",
                          file=sys.stderr, flush=True)

            t, cpu = time.perf_counter(), time.process_time()
            result = run_import(vault, path, duplicates="create", progress=progress)
            seconds, cpu = time.perf_counter() - t, time.process_time() - cpu
        finally:
            phases.restore()
            vault.close()
        rss1 = rss_mb()
        flagged = phases.flagged
        print(f"import: {result.created:,} created, {result.errors:,} with errors, {flagged:,} rows flagged "
              f"as duplicates, in {seconds:.1f} s = {args.rows / seconds:,.0f} rows/s "
              f"(CPU {cpu:.1f} s = {args.rows / cpu:,.0f} rows/s of CPU: the machine may be shared)")
        print(f"peak RSS: {rss1:.0f} MB (growth during the import: {rss1 - rss0:.0f} MB)")
        other = seconds - sum(phases.seconds.values())
        for name, spent in [*phases.seconds.items(), ("other (commit, batch, groups)", other)]:
            print(f"  {name:<30} {spent:7.1f} s  {100 * spent / seconds:5.1f} %")
        base_vault = Vault.create(work / "baseline.crm", PASSPHRASE)
        try:
            n, base, base_cpu = baseline(base_vault, path)
        finally:
            base_vault.close()
        print(f"baseline (executemany of the contact, phone, e-mail rows; one transaction): {n:,} rows in "
              f"{base:.1f} s = {n / base:,.0f} rows/s (CPU {base_cpu:.1f} s); import / baseline time: "
              f"{seconds / base:.1f}x (CPU {cpu / base_cpu:.1f}x)")
        print("load average (1, 5, 15 min) at the end: " + ", ".join(f"{x:.2f}" for x in os.getloadavg()))
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
