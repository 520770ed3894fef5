"""Helpers for the vault tests: real files, real processes (fork or a fresh interpreter)."""

from __future__ import annotations

import ctypes
import hashlib
import json
import os
import select
import signal
import subprocess
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import insert

from crm_desktop.core.models import Contact
from crm_desktop.core.services.uow import UnitOfWork
from crm_desktop.core.vault import Vault

PASSPHRASE = "correct horse battery staple"
REPO = Path(__file__).resolve().parents[2]


def fill(vault: Vault, n: int, note_len: int = 200, start: int = 0) -> None:
    """n contacts in one transaction (ORM bulk insert: fast, many pages)."""
    with UnitOfWork(vault, "test.fill") as uow:
        uow.session.execute(insert(Contact), [
            {"display_name": f"Person {i:05d}", "note": f"note {i} " + "n" * note_len}
            for i in range(start, start + n)])


def sha(path: str | os.PathLike[str]) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def listing(folder: str | os.PathLike[str]) -> dict[str, str]:
    """Every file under `folder` with its sha256 (folders as 'dir')."""
    out: dict[str, str] = {}
    for p in sorted(Path(folder).rglob("*")):
        out[str(p.relative_to(folder))] = "dir" if p.is_dir() else sha(p)
    return out


def content_digest(path: str | os.PathLike[str], passphrase: str) -> tuple[int, str]:
    """(contacts, sha256 of every row of every table) read with sqlcipher3 itself, not our code."""
    conn = sqlcipher3.connect(str(path))
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = '{passphrase}'")
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
            " AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name")]
        h = hashlib.sha256()
        for t in tables:
            rows = sorted(repr(r) for r in conn.execute(f'SELECT * FROM "{t}"'))
            h.update(f"{t}:{len(rows)}:".encode())
            for r in rows:
                h.update(r.encode())
        count = conn.execute("SELECT count(*) FROM contact").fetchone()[0]
        return count, h.hexdigest()
    finally:
        conn.close()


def flip_byte(path: str | os.PathLike[str], offset: int) -> None:
    with open(path, "r+b") as fh:
        fh.seek(offset)
        b = fh.read(1)
        fh.seek(offset)
        fh.write(bytes([b[0] ^ 0x5A]))


def _fork_call(fn: Callable[[], Any]) -> tuple[int, int]:
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:  # child: never return into pytest
        code = 0
        try:
            os.close(r)
            try:
                result: Any = {"value": fn()}
            except BaseException as exc:
                result = {"error": type(exc).__name__, "module": type(exc).__module__,
                          "message": str(exc), "traceback": traceback.format_exc()}
            os.write(w, json.dumps(result, default=str).encode())
        except BaseException:
            code = 70
        finally:
            os._exit(code)
    os.close(w)
    return pid, r


def in_children(fns: list[Callable[[], Any]], timeout: float = 30.0) -> list[Any]:
    """Run each fn in a forked child, all at once; return what each returned (JSON), or a dict
    describing the exception it raised ({"error": type name, "message", "traceback"}). A child
    that does not finish in `timeout` seconds is killed and the test fails: a hang guard."""
    children = [_fork_call(fn) for fn in fns]
    data = {fd: b"" for _, fd in children}
    open_fds = set(data)
    deadline = time.monotonic() + timeout
    try:
        while open_fds:
            left = deadline - time.monotonic()
            ready = select.select(list(open_fds), [], [], max(left, 0))[0] if left > 0 else []
            if not ready:
                for pid, fd in children:
                    if fd in open_fds:
                        os.kill(pid, signal.SIGKILL)
                raise AssertionError(f"a child did not finish in {timeout} s (a hang)")
            for fd in ready:
                chunk = os.read(fd, 65536)
                if chunk:
                    data[fd] += chunk
                else:
                    open_fds.discard(fd)
    finally:
        for pid, fd in children:
            os.close(fd)
            os.waitpid(pid, 0)
    results = [json.loads(data[fd] or b'{"error": "no result"}') for _, fd in children]
    return [r.get("value", r) for r in results]


def in_child(fn: Callable[[], Any], timeout: float = 30.0) -> Any:
    """in_children for one function."""
    return in_children([fn], timeout)[0]


def run_python(code: str, *, env: dict[str, str] | None = None, timeout: float = 60,
               stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    """A fresh interpreter (not a fork): for what must hold in a process of its own."""
    full_env = {**os.environ, **(env or {})}
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=full_env,
                          timeout=timeout, input=stdin, cwd=REPO)


def drop_dac_capabilities() -> None:
    """Root ignores file modes; drop CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH and CAP_FOWNER from
    this (forked) process's effective set so a read-only folder is read-only to it too."""
    if os.geteuid() != 0:
        return

    class Header(ctypes.Structure):
        _fields_ = [("version", ctypes.c_uint32), ("pid", ctypes.c_int)]

    class Data(ctypes.Structure):
        _fields_ = [("effective", ctypes.c_uint32), ("permitted", ctypes.c_uint32),
                    ("inheritable", ctypes.c_uint32)]

    libc = ctypes.CDLL(None, use_errno=True)
    header, data = Header(0x20080522, 0), (Data * 2)()  # _LINUX_CAPABILITY_VERSION_3
    if libc.capget(ctypes.byref(header), data) != 0:
        raise OSError(ctypes.get_errno(), "capget")
    data[0].effective &= ~((1 << 1) | (1 << 2) | (1 << 3))
    if libc.capset(ctypes.byref(header), data) != 0:
        raise OSError(ctypes.get_errno(), "capset")
