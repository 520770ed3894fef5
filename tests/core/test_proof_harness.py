"""The machinery of the proofs (tests/core/test_proof_*.py and bench/soak.py): a "zygote" — a
fresh interpreter started with subprocess that imports crm-desktop once, then forks one worker
per run — so that each run starts in milliseconds, and each worker is a real process that the
proof kills with SIGKILL at a random moment. Workers report on the zygote's stdout (one JSON
line per event); the zygote reaps them and reports their exit.

The checks (does the vault open, pass cipher_integrity_check / integrity_check /
foreign_key_check, and what does it hold) also run in forked workers, with a time limit."""

from __future__ import annotations

import csv
import json
import os
import select
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select as sql_select

from crm_desktop.core.backup import create_backup
from crm_desktop.core.importer import run_import
from crm_desktop.core.models import Contact
from crm_desktop.core.services import contacts
from crm_desktop.core.services.uow import ReadSession
from crm_desktop.core.vault import Vault

REPO = Path(__file__).resolve().parents[2]
PASSPHRASE = "correct horse battery staple"
NEW_PASSPHRASE = "a new passphrase, 新密码"
OPS = ("import", "merge", "delete", "erase", "rekey", "backup", "restore")

ZYGOTE = r'''
import json, os, select, signal, sys, time, traceback
from crm_desktop.core.backup import auto_backup, create_backup, list_backups, restore_file
from crm_desktop.core.backup.verify import verify_file
from crm_desktop.core.errors import CrmError, WrongPassphrase
from crm_desktop.core.importer import run_import
from crm_desktop.core.search import search
from crm_desktop.core.services import contact_read, contacts, trash
from crm_desktop.core.vault import Vault
try:
    from crm_desktop.core.services.merge import merge
except ImportError:  # merge not there yet: the proof falls back to a bulk edit
    merge = None

OUT = sys.stdout.fileno()

def emit(**event):
    os.write(OUT, (json.dumps(event, default=str) + "\n").encode())

def op(v, name, a):
    if name == "import":
        run_import(v, a["csv"])
    elif name == "merge":
        if merge is not None:
            merge(v, a["keep"], a["others"])
        else:
            for cid in a["others"]:
                contacts.edit(v, cid, note="bulk edit")
    elif name == "delete":
        contacts.delete(v, a["ids"])
    elif name == "erase":
        trash.empty(v)
    elif name == "rekey":
        v.change_passphrase(a["new"])
    elif name == "backup":
        create_backup(v)
    else:
        raise ValueError(name)

TABLES = ("contact", "contact_phone", "contact_email", "contact_address", "affiliation", "contact_tag",
          "custom_field_value", "import_batch", "operation", "audit_entry", "search_doc", "tag")

def fingerprint(cur):
    have = {r[0] for r in cur.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    fp = {t: cur.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in TABLES if t in have}
    for name, sql in (("contact_deleted", "SELECT count(*) FROM contact WHERE deleted_at IS NOT NULL"),
                      ("batches_not_done", "SELECT count(*) FROM import_batch WHERE status != 'done'"),
                      ("notes", "SELECT coalesce(sum(length(note)), 0) FROM contact")):
        fp[name] = cur.execute(sql).fetchone()[0]
    return fp

def check(path, keys, kind):
    out = {"opened": [], "problems": []}
    for key in keys:
        try:
            v = Vault.open(path, key)  # checks every page's HMAC on open (small vaults)
        except WrongPassphrase:
            continue
        except CrmError as exc:
            out["problems"].append(f"open: {type(exc).__name__}: {exc}")
            continue
        out["opened"].append(key)
        with v:
            if kind == "restore":
                auto_backup(v, "open")  # what the window does on open: it clears what a kill left
            raw = v.engine.raw_connection()
            try:
                cur = raw.cursor()
                for pragma in ("cipher_integrity_check", "integrity_check", "foreign_key_check"):
                    rows = [tuple(r) for r in cur.execute(f"PRAGMA {pragma}").fetchall()]
                    if rows not in ([], [("ok",)]):
                        out["problems"].append(f"{pragma}: {rows[:3]}")
                out["fp"] = fingerprint(cur)
            finally:
                raw.close()
            if kind == "backup":
                folder = os.path.join(os.path.dirname(path), "backups")
                listed = list_backups(path)
                out["backups"] = len(listed)
                for b in listed:
                    f = verify_file(b.path, key, full=True)
                    if not (b.verified and f.ok):
                        out["problems"].append(f"backup {b.path} does not verify: {f.problem}")
                # What a kill left (a .partial, never a file under a backup's name) goes when the
                # vault is next opened.
                auto_backup(v, "open")
                left = [n for n in os.listdir(folder) if n.endswith(".partial")]
                if left:
                    out["problems"].append(f"left after the next backup: {left}")
    out["files"] = sorted(os.listdir(os.path.dirname(path)))
    return out

def damage(path, key, read_only):
    t0 = time.monotonic()
    try:
        with Vault.open(path, key, read_only=read_only) as v:
            n = contact_read.list_contacts(v, limit=5000).total
            search(v, "Person 1")
            with v.engine.connect() as conn:
                names = [r[0] for r in conn.exec_driver_sql(
                    "SELECT name FROM sqlite_master WHERE type='table'")]
                for name in names:
                    for _ in conn.exec_driver_sql(f'SELECT * FROM "{name}"'):
                        pass
        result = {"outcome": "read", "contacts": n}
    except CrmError as exc:
        result = {"outcome": "typed", "type": type(exc).__name__}
    except BaseException as exc:
        result = {"outcome": "untyped", "type": type(exc).__name__, "message": str(exc)[:300],
                  "traceback": traceback.format_exc()[-2000:]}
    result["seconds"] = time.monotonic() - t0
    return result

def worker(cmd):
    if cmd["cmd"] == "op" and cmd["op"] == "restore":  # works on the closed vault, under its lock
        emit(id=cmd["id"], ev="start", pid=os.getpid())
        t0 = time.monotonic()
        restore_file(cmd["path"], cmd["key"], cmd["args"]["backup"])
        emit(id=cmd["id"], ev="done", seconds=time.monotonic() - t0)
    elif cmd["cmd"] == "op":
        v = Vault.open(cmd["path"], cmd["key"])
        emit(id=cmd["id"], ev="start", pid=os.getpid())
        t0 = time.monotonic()
        op(v, cmd["op"], cmd["args"])
        emit(id=cmd["id"], ev="done", seconds=time.monotonic() - t0)
        v.close()
    elif cmd["cmd"] == "check":
        emit(id=cmd["id"], ev="result", value=check(cmd["path"], cmd["keys"], cmd["kind"]))
    elif cmd["cmd"] == "damage":
        emit(id=cmd["id"], ev="start", pid=os.getpid())
        emit(id=cmd["id"], ev="result", value=damage(cmd["path"], cmd["key"], cmd.get("read_only", False)))

children = {}
buf = b""
emit(ev="ready")
while True:
    ready = select.select([0], [], [], 0.02)[0]
    if ready:
        chunk = os.read(0, 65536)
        if not chunk:
            break
        buf += chunk
        while b"\n" in buf:
            line, buf = buf.split(b"\n", 1)
            cmd = json.loads(line)
            if cmd["cmd"] == "kill":
                # Only a child not yet reaped: its pid cannot belong to another process.
                if cmd["pid"] in children:
                    os.kill(cmd["pid"], signal.SIGKILL)
                continue
            pid = os.fork()
            if pid == 0:
                code = 0
                try:
                    worker(cmd)
                except BaseException as exc:
                    emit(id=cmd["id"], ev="error", error=f"{type(exc).__name__}: {exc}",
                         traceback=traceback.format_exc()[-3000:])
                    code = 1
                finally:
                    os._exit(code)
            children[pid] = cmd["id"]
    while children:
        try:
            pid, status = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            break
        if pid == 0:
            break
        emit(id=children.pop(pid), ev="exit", pid=pid,
             signal=os.WTERMSIG(status) if os.WIFSIGNALED(status) else None,
             code=os.WEXITSTATUS(status) if os.WIFEXITED(status) else None)
'''


class Zygote:
    """One zygote process; `run(cmd)` forks a worker and returns its id."""

    def __init__(self) -> None:
        env = {**os.environ, "PYTHONPATH": str(REPO)}
        self.proc = subprocess.Popen([sys.executable, "-c", ZYGOTE], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, cwd=REPO, env=env)
        self.buf = b""
        self.pending: list[dict[str, Any]] = []
        self.next_id = 0
        self.wait(lambda e: e.get("ev") == "ready", 120)

    def run(self, **cmd: Any) -> int:
        self.next_id += 1
        assert self.proc.stdin is not None
        self.proc.stdin.write((json.dumps({**cmd, "id": self.next_id}) + "\n").encode())
        self.proc.stdin.flush()
        return self.next_id

    def wait(self, pred: Any, timeout: float) -> dict[str, Any]:
        """The first event (pending or new) that `pred` accepts; TimeoutError after `timeout`."""
        deadline = time.monotonic() + timeout
        while True:
            for i, e in enumerate(self.pending):
                if pred(e):
                    return self.pending.pop(i)
            left = deadline - time.monotonic()
            assert self.proc.stdout is not None
            fd = self.proc.stdout.fileno()
            if not select.select([fd], [], [], max(left, 0))[0]:
                raise TimeoutError("no answer in time")
            chunk = os.read(fd, 65536)
            if not chunk:
                raise RuntimeError("the zygote ended")
            self.buf += chunk
            while b"\n" in self.buf:
                line, self.buf = self.buf.split(b"\n", 1)
                self.pending.append(json.loads(line))

    def event(self, ident: int, *evs: str, timeout: float = 120) -> dict[str, Any]:
        return self.wait(lambda e: e.get("id") == ident and e.get("ev") in evs, timeout)

    def call(self, timeout: float = 120, **cmd: Any) -> dict[str, Any]:
        """Run a check in a worker and return its result (the worker is killed if it hangs)."""
        ident = self.run(**cmd)
        try:
            e = self.event(ident, "result", "error", timeout=timeout)
        except TimeoutError:
            start = self.wait(lambda e: e.get("id") == ident and e.get("ev") == "start", 0)
            self.kill(ident, start["pid"])
            raise
        self.event(ident, "exit")
        if e["ev"] == "error":
            raise AssertionError(f"worker failed: {e['error']}\n{e.get('traceback', '')}")
        return e["value"]

    def kill(self, ident: int, pid: int) -> dict[str, Any]:
        """SIGKILL a worker through the zygote (its parent: it kills only a child it has not
        reaped, so never a stranger that reuses the pid), and wait until it is reaped."""
        assert self.proc.stdin is not None
        self.proc.stdin.write((json.dumps({"cmd": "kill", "pid": pid}) + "\n").encode())
        self.proc.stdin.flush()
        return self.event(ident, "exit")

    def close(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        try:
            self.proc.wait(30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


# ---------------------------------------------------------------- the vault the kills start from
@dataclass
class Base:
    path: Path
    args: dict[str, dict[str, Any]]
    fingerprint: dict[str, int] = field(default_factory=dict)


def write_csv(path: Path, rows: int, prefix: str, area: int) -> None:
    """Contacts that match no one else's name, phone or e-mail (so an import creates them all)."""
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["Name", "Mobile", "E-mail", "Company", "Title", "Tags", "Note"])
        for i in range(rows):
            w.writerow([f"{prefix} Person {i:05d}", f"+86 {area} {i // 10000:04d} {i % 10000:04d}",
                        f"{prefix.lower()}.{i}@example.com", f"{prefix} Org {i % 40}", "Director",
                        f"{prefix}-tag-{i % 5}", f"met at the {prefix} forum " * 3])


def prepare_base(folder: Path, *, base_rows: int = 1000, import_rows: int = 2000, trashed: int = 300,
                 merged: int = 30, deleted: int = 600) -> Base:
    """A vault of `base_rows` imported contacts (phones, e-mails, organizations, tags), some in the
    trash; and what each operation works on: a file of `import_rows` new contacts to import, the
    contacts to merge, to delete; the trash to empty."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "base.crm"
    write_csv(folder / "base.csv", base_rows, "Base", 135)
    write_csv(folder / "import.csv", import_rows, "New", 136)
    with Vault.create(path, PASSPHRASE) as v:
        run_import(v, folder / "base.csv")
        with ReadSession(v) as s:
            people = list(s.scalars(sql_select(Contact.id).where(Contact.kind == "person",
                                                               Contact.deleted_at.is_(None))
                                    .order_by(Contact.id)))
        contacts.delete(v, people[-trashed:])
    live = people[:-trashed]
    # What "restore" puts back: a backup of the base with some contacts deleted since.
    changed = folder / "changed" / "v.crm"
    changed.parent.mkdir()
    shutil.copyfile(path, changed)
    with Vault.open(changed, PASSPHRASE) as v:
        contacts.delete(v, live[:50])
        backup = create_backup(v).path
    assert len(live) >= 1 + merged + deleted + 10
    args = {"import": {"csv": str(folder / "import.csv"), "rows": import_rows},
            "merge": {"keep": live[0], "others": live[1:1 + merged]}, "delete": {"ids": live[-deleted:]},
            "erase": {}, "rekey": {"new": NEW_PASSPHRASE}, "backup": {}, "restore": {"backup": backup}}
    return Base(path, args)


# ---------------------------------------------------------------- one operation, killed again and again
@dataclass
class Tally:
    op: str
    runs: int = 0
    none: int = 0
    all: int = 0
    completed: int = 0  # runs the kill came too late for (the operation had finished)
    failures: list[str] = field(default_factory=list)
    seconds: float = 0.0  # one run (the median of those seen to finish)


def classify(op: str, base: Base, after: dict[str, Any], result: dict[str, Any]) -> str:
    """'none' or 'all', or a description of what is wrong."""
    if result["problems"]:
        return f"problems: {result['problems']}"
    if len(result["opened"]) != 1:
        return f"{len(result['opened'])} passphrases open the vault"
    key = result["opened"][0]
    fp = result["fp"]
    if op == "rekey":
        if fp != base.fingerprint:
            return f"rows changed: {fp} != {base.fingerprint}"
        return "all" if key == NEW_PASSPHRASE else "none"
    if key != PASSPHRASE:
        return "the passphrase changed"
    if op == "backup":
        if fp != base.fingerprint:
            return "the vault changed"
        return {0: "none", 1: "all"}.get(result["backups"], f"{result['backups']} backups")
    if fp == base.fingerprint:
        return "none"
    if fp == after["fp"]:
        return "all"
    diff = {k: (base.fingerprint.get(k), after["fp"].get(k), v) for k, v in fp.items()
            if v != after["fp"].get(k)}
    return f"partly done (base, done, found): {diff}"


def really_done(op: str, base: Base, after: dict[str, int]) -> bool:
    """The uninterrupted run did what it is meant to (not, say, skip every row)."""
    before, a = base.fingerprint, base.args[op]
    if op == "import":
        return after["contact"] - before["contact"] >= a["rows"] and after["batches_not_done"] == 0
    if op == "merge":
        return after["contact_deleted"] - before["contact_deleted"] == len(a["others"])
    if op == "delete":
        return after["contact_deleted"] - before["contact_deleted"] == len(a["ids"])
    if op == "erase":
        return after["contact_deleted"] == 0 < before["contact_deleted"]
    if op == "restore":
        return after["contact_deleted"] - before["contact_deleted"] == 50
    return after == before  # rekey and backup change no row


KNOWN_FILES = {"v.crm", "v.crm.lock", "v.crm-wal", "v.crm-shm", "backups"}


def kill_runs(z: Zygote, base: Base, op: str, runs: int, work: Path, rng: Any,
              progress: Any = None) -> Tally:
    """One uninterrupted run (its duration and end state), then `runs` runs each killed with
    SIGKILL after a delay drawn uniformly over the operation's duration (the median of the
    runs seen to finish: one slow first run must not push the kills past the end); each
    checked afterwards."""
    tally = Tally(op)
    keys = [PASSPHRASE, NEW_PASSPHRASE] if op == "rekey" else [PASSPHRASE]

    def fresh(name: str) -> Path:
        folder = work / op / name
        folder.mkdir(parents=True)
        shutil.copyfile(base.path, folder / "v.crm")
        return folder / "v.crm"

    path = fresh("full")
    ident = z.run(cmd="op", op=op, path=str(path), key=PASSPHRASE, args=base.args[op])
    z.event(ident, "start")
    done = z.event(ident, "done", "error", timeout=300)
    assert done["ev"] == "done", done
    z.event(ident, "exit")
    tally.seconds = done["seconds"]
    after = z.call(cmd="check", path=str(path), keys=keys, kind=op)
    assert classify(op, base, after, after) == "all", (op, after)
    assert really_done(op, base, after["fp"]), (op, base.fingerprint, after["fp"])
    samples = [tally.seconds]
    for i in range(runs):
        path = fresh(f"run{i:03d}")
        delay = rng.uniform(0, statistics.median(samples))
        ident = z.run(cmd="op", op=op, path=str(path), key=PASSPHRASE, args=base.args[op])
        started = z.event(ident, "start", "error")
        assert started["ev"] == "start", started
        time.sleep(delay)
        z.kill(ident, started["pid"])
        done = [e for e in z.pending if e.get("id") == ident and e.get("ev") == "done"]
        z.pending = [e for e in z.pending if e.get("id") != ident]
        if done:  # the kill came after the end
            tally.completed += 1
            samples.append(done[0]["seconds"])
        result = z.call(cmd="check", path=str(path), keys=keys, kind=op)
        outcome = classify(op, base, after, result)
        left = set(result["files"]) - KNOWN_FILES
        if left:
            outcome = f"left behind: {sorted(left)}"
        tally.runs += 1
        if outcome in ("none", "all"):
            setattr(tally, outcome, getattr(tally, outcome) + 1)
        else:
            tally.failures.append(f"{op} run {i} (kill after {delay:.3f}s of {tally.seconds:.3f}s): "
                                  f"{outcome}")
        shutil.rmtree(path.parent, ignore_errors=True)
        if progress:
            progress(tally)
    tally.seconds = statistics.median(samples)
    return tally


def base_fingerprint(z: Zygote, base: Base, work: Path) -> dict[str, int]:
    folder = work / "base-check"
    folder.mkdir(parents=True)
    shutil.copyfile(base.path, folder / "v.crm")
    result = z.call(cmd="check", path=str(folder / "v.crm"), keys=[PASSPHRASE], kind="none")
    assert not result["problems"], result
    return result["fp"]


def test_the_check_tells_none_all_and_half(tmp_path: Path) -> None:
    """The classifier is not vacuous: a vault holding half an import is called out."""
    base = Base(tmp_path / "x.crm", {}, {"contact": 10, "operation": 2})
    after = {"fp": {"contact": 20, "operation": 3}}
    ok = {"problems": [], "opened": [PASSPHRASE]}
    assert classify("import", base, after, {**ok, "fp": {"contact": 10, "operation": 2}}) == "none"
    assert classify("import", base, after, {**ok, "fp": {"contact": 20, "operation": 3}}) == "all"
    assert classify("import", base, after, {**ok, "fp": {"contact": 15, "operation": 3}}).startswith("partly")
    assert classify("rekey", base, after, {**ok, "opened": [PASSPHRASE, NEW_PASSPHRASE],
                                           "fp": base.fingerprint}) == "2 passphrases open the vault"
    assert classify("backup", base, after, {**ok, "fp": base.fingerprint, "backups": 2}) == "2 backups"
