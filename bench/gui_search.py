"""The search field as a user meets it: from the last keystroke to the popup showing its answer.

    .venv/bin/python -m bench.gui_search [--contacts N] [--interactions-per-contact K] [--queries 10]
        [--gap-ms 150]

Opens the cached demo vault (bench/common.py: 100,000 contacts, 1,000,000 interactions) read-only
in a real DbWorker behind a real SearchBar (offscreen Qt), types each query a key at a time
`--gap-ms` apart (Chinese through an input-method commit, as an IME does), and times per class of
query: key → popup shown (a 60 ms pause in typing is waited for only while a query runs) and query
sent → popup shown (the search beside the worker, the rows' extra look-ups, delivery, the model and
the popup's layout). Then the same while typing fast (30 ms apart): only the last text is shown.
Prints figures; not a test.
"""

from __future__ import annotations

import os
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMainWindow

from crm_desktop.core.search import reindex
from crm_desktop.core.vault import Vault
from crm_desktop.gui.widgets.search_bar import SEARCH_DELAY_MS, SearchBar
from crm_desktop.gui.worker import DbWorker, VaultInfo

from .common import PASSPHRASE, demo_vault, options
from .search import sample_queries

CLASSES = ("CJK name, 1 character", "CJK name, 2 characters", "CJK name, other script", "pinyin, full",
           "pinyin, initials", "Latin name", "Latin, 2 letters", "phone, 4 digits", "e-mail part",
           "organization part", "note, English word", "note, 2 CJK characters", "note, 4 CJK characters")


class ReadOnlyWorker(DbWorker):
    """Opens read-only and skips the automatic backup on open (a copy of a shared 1 GB cache)."""

    def _open(self, path: str, passphrase: str) -> VaultInfo:
        self._close()
        self._vault = Vault.open(path, passphrase, read_only=True)
        return VaultInfo(path)


def _wait(app: QApplication, done: Callable[[], bool], timeout_s: float = 60.0) -> None:
    """Run the event loop until `done()`. Sleeping in Qt's loop, checked every 2 ms, not spinning in
    Python: a spinning GUI thread would take the GIL from the worker and slow the search it times."""
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(2)
    timer.timeout.connect(lambda: loop.quit() if done() else None)
    timer.start()
    QTimer.singleShot(int(timeout_s * 1000), loop.quit)
    if not done():
        loop.exec()
    timer.stop()
    if not done():
        raise TimeoutError("no answer")


def _key(bar: SearchBar, ch: str) -> None:
    if ch.isascii():
        QTest.keyClicks(bar.edit, ch)
    else:
        event = QInputMethodEvent()
        event.setCommitString(ch)
        QApplication.sendEvent(bar.edit, event)


def type_query(app: QApplication, bar: SearchBar, text: str, gap_ms: int) -> tuple[float, float]:
    """(key → shown, sent → shown) in ms for the last key of `text`."""
    bar.clear()
    _wait(app, lambda: not bar.is_searching())  # an answer still on its way is not this one's
    shown: list[float] = []

    def record(answered: str) -> None:
        if answered == text:
            shown.append(time.perf_counter())

    bar.results_shown.connect(record)
    try:
        for i, ch in enumerate(text):
            if i:
                QTest.qWait(gap_ms)
            _key(bar, ch)
            last = time.perf_counter()
        _wait(app, lambda: bool(shown))
    finally:
        bar.results_shown.disconnect(record)
    return (shown[0] - last) * 1000, (shown[0] - bar.sent_at) * 1000


def _indexed(path: Path) -> Path:
    """The cache itself when its search index is built (bench/common does it), else a copy, indexed."""
    vault = Vault.open(path, PASSPHRASE, read_only=True, migrate=False)
    try:
        with vault.engine.connect() as conn:
            empty = conn.exec_driver_sql("SELECT NOT EXISTS (SELECT 1 FROM search_doc)").scalar()
    finally:
        vault.close()
    if not empty:
        return path
    scratch = Path(tempfile.gettempdir()) / f"crm-bench-gui-search-{path.name}"
    if not scratch.exists():
        print("  the cached vault has no search index: indexing a copy (minutes) …", flush=True)
        shutil.copyfile(path, scratch)
        with Vault.open(scratch, PASSPHRASE) as v:
            reindex(v)
    return scratch


def main() -> None:
    parser = options(__doc__.splitlines()[0])
    parser.add_argument("--queries", type=int, default=10, help="queries per class")
    parser.add_argument("--gap-ms", type=int, default=150, help="between keystrokes, as a person types")
    args = parser.parse_args()
    source, figures = demo_vault(args.contacts, args.interactions_per_contact, args.fresh)
    path = _indexed(source)
    print(f"demo vault: {figures['contacts']:,} contacts, {figures['interactions']:,} interactions, "
          f"{figures['deals']:,} deals; a pause of {SEARCH_DELAY_MS} ms waited only while a query runs, "
          f"keys {args.gap_ms} ms apart")
    with Vault.open(path, PASSPHRASE, read_only=True) as v:
        classes = sample_queries(v, args.queries)
    app = QApplication.instance() or QApplication([])
    worker = ReadOnlyWorker()
    opened: list[object] = []
    worker.open_vault(str(path), PASSPHRASE, on_done=opened.append, on_error=opened.append)
    _wait(app, lambda: bool(opened))
    window = QMainWindow()
    bar = SearchBar(window, worker)
    window.addToolBar(bar)
    window.resize(1280, 800)
    window.show()
    type_query(app, bar, "warm", args.gap_ms)  # statement and page caches
    print(f"\n{'query class':28} {'key → shown median':>19} {'p95':>7} "
          f"{'sent → shown median':>20} {'p95':>7}")
    every: list[float] = []
    for name in CLASSES:
        keyed, sent = [], []
        for q, _f in classes.get(name, []):
            k, s = type_query(app, bar, q, args.gap_ms)
            keyed.append(k)
            sent.append(s)
        if keyed:
            every.extend(keyed)
            print(f"{name:28} {statistics.median(keyed):16.0f} ms {_p95(keyed):4.0f} ms "
                  f"{statistics.median(sent):17.0f} ms {_p95(sent):4.0f} ms")
    print(f"{'every query':28} {statistics.median(every):16.0f} ms {_p95(every):4.0f} ms")
    fast = [q for name in ("pinyin, full", "Latin name", "note, English word") for q, _ in classes[name]]
    sent_before = bar.queries_sent
    keyed = [type_query(app, bar, q, 30)[0] for q in fast]
    print(f"\ntyping fast (30 ms apart), {len(fast)} queries of {sum(map(len, fast))} keys: "
          f"{bar.queries_sent - sent_before} queries sent, key → shown median "
          f"{statistics.median(keyed):.0f} ms, p95 {_p95(keyed):.0f} ms")
    worker.shutdown()
    if path != source:
        print(f"  (the indexed copy stays at {path} for the next run; remove it when done)")


def _p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]


if __name__ == "__main__":
    main()
