"""A large CSV import: rows/s, peak RSS and the time of each phase, against a plain Core baseline.

    .venv/bin/python -m bench.import_bench [--rows 100000] [--seed 7] [--dup-rate 0.02] [--keep DIR]

Generates a realistic contact file (a fixed seed): Chinese names in simplified and traditional
script, English names, names in pinyin; Chinese mobiles in several formats, Hong Kong and US
numbers; e-mails; companies with legal suffixes in both languages; titles, tiers, tags, notes and
a column no field takes (a custom field); a few rows repeat an earlier person (another script, the
phone in another format) so the duplicate check finds something. Imports it into a fresh vault
with run_import (phases timed by wrapping the importer's steps) and prints rows/s, peak RSS and
the phases; then inserts the same contact rows (contact, phones, e-mails) with a plain
DB-API executemany into another fresh vault, in one transaction, as the baseline. Not a test.
"""

from __future__ import annotations

import argparse
import csv
import os
import random
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

import opencc

from crm_desktop.core.text.keys import warm
from crm_desktop.core.vault import Vault

PASSPHRASE = "bench"
HEADER = ["姓名", "English Name", "公司", "职位", "手机", "Work Phone", "邮箱", "客户等级", "标签", "备注",
          "来源渠道"]
FAMILY = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯"
          "邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢")
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍建国志红春梅海波宁晓东云飞鹏辉俊峰琳雪婷"
LATIN_FIRST = ("James", "Mary", "John", "Patricia", "Robert", "Jennifer", "Michael", "Linda", "David",
               "Elizabeth", "William", "Susan", "Richard", "Jessica", "Thomas", "Sarah", "Daniel", "Karen")
LATIN_LAST = ("Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson",
              "Taylor", "Moore", "Jackson", "Martin", "Lee", "Thompson", "White", "Harris", "Clark")
CITIES = ("北京", "上海", "深圳", "广州", "杭州", "成都", "香港", "台北", "南京", "武汉")
TRADES = ("投资", "资本", "证券", "银行", "信托", "基金", "科技", "能源", "地产", "建设", "租赁", "保险")
CN_SUFFIX = ("有限公司", "股份有限公司", "集团", "有限责任公司")
EN_WORDS = ("Pacific", "Harbour", "Summit", "Jade", "Dragon", "Golden", "Eastern", "Silk Road", "Pearl")
EN_TRADE = ("Capital", "Partners", "Holdings", "Securities", "Advisory", "Infrastructure", "Finance")
EN_SUFFIX = ("Ltd", "Limited", "Inc.", "LLC", "Co., Ltd.")
TITLES = ("总经理", "投资总监", "副总裁", "分析师", "Managing Director", "VP Finance", "CFO", "项目经理",
          "Partner", "Associate", "董事长", "风控经理")
TAGS = ("基金", "重点", "PPP", "债券", "VIP", "海外", "地方政府", "LP")
NOTES = ("年底前有融资需求", "介绍人：老周", "Met at the Hong Kong forum", "对新能源项目感兴趣",
         "Prefers WeChat", "关注城投债", "")
CHANNELS = ("展会", "转介绍", "官网", "LinkedIn", "老客户", "")
_S2T = opencc.OpenCC("s2t")


# --- the file -------------------------------------------------------------------------------------------

def _cn_mobile(rnd: random.Random) -> str:
    return f"1{rnd.choice('3456789')}{rnd.randrange(10**9):09d}"


def _format_cn(n: str, rnd: random.Random) -> str:
    return rnd.choice((n, f"+86 {n[:3]} {n[3:7]} {n[7:]}", f"{n[:3]}-{n[3:7]}-{n[7:]}", f"86{n}"))


def _company(rnd: random.Random) -> str:
    if rnd.random() < 0.6:
        return f"{rnd.choice(CITIES)}{rnd.choice(GIVEN)}{rnd.choice(GIVEN)}{rnd.choice(TRADES)}" \
               f"{rnd.choice(CN_SUFFIX)}"
    return f"{rnd.choice(EN_WORDS)} {rnd.choice(EN_TRADE)} {rnd.choice(EN_SUFFIX)}"


def _person(rnd: random.Random, companies: list[str], i: int) -> dict[str, str]:
    roll = rnd.random()
    if roll < 0.7:  # a Chinese name, a tenth of them in traditional script
        name = rnd.choice(FAMILY) + "".join(rnd.choice(GIVEN) for _ in range(rnd.choice((1, 2))))
        english = rnd.choice(LATIN_FIRST) if rnd.random() < 0.3 else ""
        if rnd.random() < 0.1:
            name = _S2T.convert(name)
    else:
        name, english = f"{rnd.choice(LATIN_FIRST)} {rnd.choice(LATIN_LAST)}", ""
    mobile = _cn_mobile(rnd)
    phone = _format_cn(mobile, rnd) if rnd.random() < 0.85 else rnd.choice((
        f"+852 {rnd.randrange(5, 10)}{rnd.randrange(10**6, 10**7)}",
        f"+1 (415) 555-{rnd.randrange(10**4):04d}"))
    work = f"010-{rnd.randrange(10**7, 10**8)}" if rnd.random() < 0.3 else ""
    email = f"user{i}.{rnd.randrange(10**6)}@{rnd.choice(('163.com', 'qq.com', 'gmail.com', 'corp.cn'))}" \
        if rnd.random() < 0.8 else ""
    company = rnd.choice(companies) if rnd.random() < 0.85 else ""
    return {"姓名": name, "English Name": english, "公司": company,
            "职位": rnd.choice(TITLES), "手机": phone, "Work Phone": work, "邮箱": email,
            "客户等级": rnd.choice("ABC") if rnd.random() < 0.7 else "",
            "标签": ",".join(rnd.sample(TAGS, rnd.randrange(0, 3))), "备注": rnd.choice(NOTES),
            "来源渠道": rnd.choice(CHANNELS)}


def _repeat(rnd: random.Random, row: dict[str, str]) -> dict[str, str]:
    """The same person again: the name in the other script (or pinyin-free upper case), the phone
    in another format, the e-mail in another case."""
    again = dict(row)
    digits = "".join(c for c in row["手机"] if c.isdigit())[-11:]
    if len(digits) == 11 and digits.startswith("1"):
        again["手机"] = _format_cn(digits, rnd)
    again["姓名"] = _S2T.convert(row["姓名"]) if rnd.random() < 0.5 else row["姓名"].upper()
    again["邮箱"] = row["邮箱"].upper()
    return again


def write_csv(path: Path, rows: int, seed: int, dup_rate: float) -> int:
    """The file; returns how many rows repeat an earlier one."""
    rnd = random.Random(seed)
    companies = [_company(rnd) for _ in range(max(50, rows // 40))]
    made: list[dict[str, str]] = []
    repeats = 0
    with path.open("w", newline="", encoding="utf-8-sig") as f:
        out = csv.DictWriter(f, HEADER)
        out.writeheader()
        for i in range(rows):
            if made and rnd.random() < dup_rate:
                row = _repeat(rnd, rnd.choice(made))
                repeats += 1
            else:
                row = _person(rnd, companies, i)
                if len(made) < 5000:
                    made.append(row)
                elif rnd.random() < 0.05:
                    made[rnd.randrange(len(made))] = row
            out.writerow(row)
    return repeats


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
