"""Search at scale: reindex time, the index's cost in file size, and latency per query class.

    .venv/bin/python -m bench.search [--contacts N] [--interactions-per-contact K] [--fresh]
        [--queries 30] [--trigram-notes] [--keep | --reuse [--reindex]]

Works on a copy of the cached demo vault (bench/common.py: 100,000 contacts, 1,000,000 interactions)
in the temp folder. Per class of query: median and p95 of a whole `search()` (contacts, deals and
interactions, 20 each, highlights included) and, where plain SQL can answer at all, the LIKE scan one
would write without the index. `--trigram-notes` also builds the design not taken (a trigram index
over the notes). Prints figures; not a test.
"""

from __future__ import annotations

import importlib.util
import random
import re
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import opencc

from crm_desktop.core import migrations
from crm_desktop.core.models import Base
from crm_desktop.core.search import SearchFilters, purge, reindex, search
from crm_desktop.core.search.plan import plan
from crm_desktop.core.text import fold, pinyin_keys
from crm_desktop.core.vault import Vault

from .common import PASSPHRASE, demo_vault, options, remove_vault, vault_path

CJK = re.compile(r"[\u4e00-\u9fff]")
NAME_LIKE = ("SELECT id FROM contact NOT INDEXED WHERE deleted_at IS NULL AND display_name LIKE ? "
             "ORDER BY last_interaction_at DESC LIMIT 21")
NOTE_LIKE = ("SELECT id FROM interaction WHERE deleted_at IS NULL AND (body LIKE ? OR subject LIKE ?) "
             "ORDER BY id DESC LIMIT 21")
PHONE_LIKE = "SELECT contact_id FROM contact_phone WHERE raw LIKE ? LIMIT 21"
EMAIL_LIKE = "SELECT contact_id FROM contact_email WHERE address LIKE ? LIMIT 21"


def _pct(samples: list[float], p: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(p * len(ordered)))] * 1000


def _typo(word: str, rnd: random.Random) -> str:
    i = rnd.randrange(1, len(word) - 2)
    return word[:i] + word[i + 1] + word[i] + word[i + 2:]


def sample_queries(vault: Vault, n: int) -> dict[str, list[tuple[str, SearchFilters | None]]]:
    """Queries drawn from the vault's own data, n per class."""
    rnd = random.Random(7)
    s2t, t2s = opencc.OpenCC("s2t"), opencc.OpenCC("t2s")
    with vault.engine.connect() as c:
        def column(sql: str) -> list[str]:
            return [r[0] for r in c.exec_driver_sql(sql + " ORDER BY random() LIMIT 500")]

        people = c.exec_driver_sql(
            "SELECT display_name, phonetic_family_name, phonetic_given_name FROM contact "
            "WHERE kind = 'person' AND deleted_at IS NULL ORDER BY random() LIMIT 4000").all()
        phones, emails = column("SELECT raw FROM contact_phone"), column("SELECT address FROM contact_email")
        orgs = column("SELECT display_name FROM contact WHERE kind = 'organization'")
        bodies = column("SELECT body FROM interaction WHERE id IN (SELECT abs(random()) % 1000000 "
                        "FROM interaction LIMIT 2000) AND body IS NOT NULL")
    cjk = [p for p in people if CJK.fullmatch(p[0][:1] or "x") and len(p[0]) >= 2][: n * 4]
    latin = [p for p in people if p[0].isascii() and " " in p[0]][: n * 4]
    words_en = sorted({w.lower() for b in bodies for w in re.findall(r"[A-Za-z]{6,}", b)})
    runs = [m for b in bodies for m in re.findall(r"[\u4e00-\u9fff]{4,}", b)]

    def pick(items: list, make: Callable, k: int = n) -> list[tuple[str, SearchFilters | None]]:
        out: list[tuple[str, SearchFilters | None]] = []
        for item in rnd.sample(items, min(k * 3, len(items))):
            q = make(item)
            if q and len(out) < k:
                out.append((q, None))
        return out

    def other_script(name: str) -> str:
        trad = s2t.convert(name)
        return trad if trad != name else t2s.convert(name)

    cold = SearchFilters(no_interaction_since=date.today() - timedelta(days=90))
    return {
        "CJK name, 1 character": pick(cjk, lambda p: p[0][1]),
        "CJK name, 2 characters": pick(cjk, lambda p: p[0][:2]),
        "CJK name, other script": pick(cjk, lambda p: other_script(p[0]) if other_script(p[0]) != p[0]
                                       else None),
        "pinyin, full": pick(cjk, lambda p: pinyin_keys(p[0], surname=True).full[0]),
        "pinyin, with spaces": pick(cjk, lambda p: f"{p[1]} {p[2]}".lower() if p[1] and p[2] else None),
        "pinyin, initials": pick(cjk, lambda p: pinyin_keys(p[0], surname=True).initials[0]),
        "Latin name": pick(latin, lambda p: p[0].split()[-1]),
        "Latin, 2 letters": pick(latin, lambda p: p[0][:2]),
        "Latin name, a typo": pick(latin, lambda p: _typo(p[0].split()[0], rnd) if len(p[0].split()[0]) > 4
                                   else None),
        "phone, 4 digits": pick(phones, lambda r: re.sub(r"\D", "", r)[-6:-2]),
        "phone, as typed": pick(phones, lambda r: r),
        "e-mail part": pick(emails, lambda e: e.split("@")[1].split(".")[0]),
        "organization part": pick(orgs, lambda o: o[2:6] if CJK.match(o) else o.split()[0]),
        "note, English word": pick(words_en, lambda w: w),
        "note, 2 CJK characters": pick(runs, lambda r: r[:2]),
        "note, 4 CJK characters": pick(runs, lambda r: r[:4]),
        "note, a word in no note": [(f"qzx{i}vk", None) for i in range(min(n, 5))],
        "filter only: tier A": [("", SearchFilters(tier="A"))],
        "filter + text: 陈, tier A": [("陈", SearchFilters(tier="A"))],
        "filter only: no interaction in 90 days": [("", cold)],
    }


def baseline(name: str) -> tuple[str, int] | None:
    """The LIKE scan one would write without the index for a class (SQL, its number of '?')."""
    for prefix, found in (("CJK name", (NAME_LIKE, 1)), ("Latin name", (NAME_LIKE, 1)),
                          ("Latin, 2", (NAME_LIKE, 1)), ("organization", (NAME_LIKE, 1)),
                          ("phone", (PHONE_LIKE, 1)), ("e-mail", (EMAIL_LIKE, 1)), ("note", (NOTE_LIKE, 2))):
        if name.startswith(prefix) and "typo" not in name:
            return found
    return None


def latency(vault: Vault, classes: dict[str, list[tuple[str, SearchFilters | None]]], repeat: int) -> None:
    print(f"\n{'query class':40} {'search() median':>15} {'p95':>8} {'found':>6}   {'LIKE scan median':>16}")
    with vault.engine.connect() as conn:
        raw = conn.connection.driver_connection
        for name, queries in classes.items():
            samples, found, base = [], [], []
            for q, f in queries:
                search(vault, q, filters=f)  # warm: page cache, statement cache
                for _ in range(repeat):
                    t = time.perf_counter()
                    res = search(vault, q, filters=f)
                    samples.append(time.perf_counter() - t)
                found.append(len(res))
                like = baseline(name)
                if like:
                    t = time.perf_counter()
                    raw.execute(like[0], (f"%{q}%",) * like[1]).fetchall()
                    base.append(time.perf_counter() - t)
            scan = f"{statistics.median(base) * 1000:13.1f} ms" if base else f"{'—':>16}"
            print(f"{name:40} {statistics.median(samples) * 1000:12.1f} ms {_pct(samples, 0.95):6.1f} ms "
                  f"{statistics.mean(found):6.1f}   {scan}")
            print(f"{'':40}   e.g. {queries[0][0]!r}", flush=True)


def sizes(vault: Vault) -> dict[str, float]:
    with vault.engine.connect() as c:
        def mb(sql: str) -> float:
            return (c.exec_driver_sql(sql).scalar() or 0) / 1e6

        out = {t: mb(f"SELECT sum(length(block)) FROM {t}_data")
               for t in ("search_tri", "search_word", "search_note")}
        out["search_doc"] = mb("SELECT sum(2 * (length(entity) + length(activity)) + 40 "
                               "+ length(coalesce(owner, '')) + length(coalesce(kind, ''))) "
                               "FROM search_doc")  # row + its index
        out["search_key"] = mb("SELECT sum(length(key) + 12) * 2 FROM search_key")  # table + doc_id index
    return out


def trigram_notes(vault: Vault, queries: list[str]) -> None:
    """The design not taken: a trigram index over the notes (3+ characters only), against ours."""
    t = time.perf_counter()
    with vault.engine.begin() as c:
        c.exec_driver_sql("CREATE VIRTUAL TABLE bench_tri USING fts5(subject, body, content='', "
                          "tokenize='trigram case_sensitive 1')")
        top = c.exec_driver_sql("SELECT max(id) FROM interaction").scalar() or 0
        for lo in range(0, top + 1, 50_000):
            rows = c.exec_driver_sql("SELECT id, subject, body FROM interaction WHERE id >= ? AND id < ? "
                                     "AND deleted_at IS NULL", (lo, lo + 50_000)).all()
            if rows:
                c.exec_driver_sql("INSERT INTO bench_tri(rowid, subject, body) VALUES(?, ?, ?)",
                                  [(i, fold(s), fold(b)) for i, s, b in rows])
    built = time.perf_counter() - t
    with vault.engine.connect() as c:
        size = c.exec_driver_sql("SELECT sum(length(block)) FROM bench_tri_data").scalar() / 1e6
        timed = {"bench_tri": [], "search_note": []}
        for q in queries:
            for table, match in (("bench_tri", f'"{fold(q)}"'), ("search_note", plan(q).note_match)):
                t = time.perf_counter()
                c.exec_driver_sql(f"SELECT rowid FROM {table} WHERE {table} MATCH ? ORDER BY rowid DESC "
                                  "LIMIT 21", (match,)).all()
                timed[table].append(time.perf_counter() - t)
    print(f"\ntrigram over notes (not used): built in {built:.0f} s, {size:.0f} MB (search_note: see above)")
    for table, samples in timed.items():
        print(f"  {table:12} newest 21 of the same queries: median {statistics.median(samples) * 1000:.1f} "
              f"ms, p95 {_pct(samples, 0.95):.1f} ms")
    with vault.engine.begin() as c:
        c.exec_driver_sql("DROP TABLE bench_tri")


def _create_search_tables(vault: Vault, *, always: bool) -> None:
    """Drop and create the search tables as migration 0002 does: `always` to time a reindex from
    empty (as on upgrade), else only when a cache built while 0002 was being written holds an
    earlier layout of them."""
    spec = importlib.util.spec_from_file_location("m0002", Path(migrations.__file__).parent
                                                  / "versions" / "0002_search.py")
    assert spec and spec.loader
    m0002 = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(m0002)
    with vault.engine.begin() as c:
        columns = {r[1] for r in c.exec_driver_sql("PRAGMA table_info(search_doc)")}
        if not always and columns == {col.name for col in Base.metadata.tables["search_doc"].columns}:
            return
        for table in (*m0002.FTS, "search_key", "search_doc"):
            c.exec_driver_sql(f"DROP TABLE IF EXISTS {table}")
        for table in ("search_doc", "search_key"):
            Base.metadata.tables[table].create(c)
        for table, spec_sql in m0002.FTS.items():
            c.exec_driver_sql(f"CREATE VIRTUAL TABLE {table} USING fts5({spec_sql})")
            c.exec_driver_sql(f"INSERT INTO {table}({table}, rank) VALUES('secure-delete', 1)")


def _used_mb(vault: Vault) -> float:
    with vault.engine.connect() as c:
        pages = c.exec_driver_sql("PRAGMA page_count").scalar() - c.exec_driver_sql(
            "PRAGMA freelist_count").scalar()
        return pages * int(c.exec_driver_sql("PRAGMA page_size").scalar()) / 1e6


def _open(path: Path) -> Vault:
    """No migration: common.demo_vault keeps the cache's schema current, and the search tables are
    created here when missing or laid out as an earlier 0002 (the reindex fills them)."""
    vault = Vault.open(path, PASSPHRASE, verify=False, migrate=False)
    _create_search_tables(vault, always=False)
    return vault


def _reindex(vault: Vault) -> None:
    t = time.perf_counter()
    _create_search_tables(vault, always=True)  # from empty, as when migration 0002 runs
    dropped = time.perf_counter() - t
    before = _used_mb(vault)
    started, last = time.perf_counter(), [0.0]

    def progress(done: int, total: int) -> None:
        now = time.perf_counter() - started
        if now - last[0] > 30:
            last[0] = now
            print(f"  reindex … {done * 100 // max(total, 1)} %  {now:.0f} s", flush=True)

    reindex(vault, progress=progress)
    seconds = time.perf_counter() - started
    with vault.engine.connect() as c:
        c.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    after = _used_mb(vault)
    print(f"reindex from empty: {seconds:.1f} s (emptying the old index first: {dropped:.1f} s); "
          f"data {before:.0f} MB → {after:.0f} MB: the index costs {after - before:.0f} MB")


def main() -> None:
    parser = options(__doc__.splitlines()[0])
    parser.add_argument("--queries", type=int, default=30, help="queries per class")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs per query")
    parser.add_argument("--trigram-notes", action="store_true")
    parser.add_argument("--keep", action="store_true", help="keep the indexed copy for --reuse")
    parser.add_argument("--reuse", action="store_true", help="query the kept copy (no copy, no reindex)")
    parser.add_argument("--reindex", action="store_true", help="with --reuse: reindex the kept copy")
    args = parser.parse_args()
    source = vault_path(args.contacts, args.interactions_per_contact)
    # Not in bench/.cache: other benchmarks clean that folder. --keep / --reuse: a fixed name.
    scratch = Path(tempfile.gettempdir()) / f"crm-bench-search-{source.name}"
    copied = not (args.reuse and scratch.exists())
    if copied:
        source, figures = demo_vault(args.contacts, args.interactions_per_contact, args.fresh)
        print(f"demo vault: {figures['contacts']:,} contacts, {figures['interactions']:,} interactions, "
              f"{figures['deals']:,} deals ({'cached' if figures.get('cached') else 'built'})")
        remove_vault(scratch)
        shutil.copyfile(source, scratch)  # the cached vault stays as built
    try:
        vault = _open(scratch)
        if copied or args.reindex:
            _reindex(vault)
        print("  index by table (MB): " + ", ".join(f"{k} {v:.0f}" for k, v in sizes(vault).items()))
        classes = sample_queries(vault, args.queries)
        latency(vault, classes, args.repeat)
        if args.trigram_notes:
            notes = classes["note, 4 CJK characters"] + classes["note, English word"]
            trigram_notes(vault, [q for q, _ in notes])
        t = time.perf_counter()
        with vault.engine.begin() as c:
            purge(c)
        print(f"purge (every FTS5 index rewritten, as after an erase): {time.perf_counter() - t:.1f} s")
        vault.close()
    finally:
        if not (args.keep or args.reuse):
            remove_vault(scratch)


if __name__ == "__main__":
    main()
