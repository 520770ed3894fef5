"""A private folder for attachments opened on request, removed on lock and on exit.

The vault keeps every byte encrypted; a file opened in another program has to exist in plain
form, so it lives only here: a folder only this user can enter (0700), each file 0600, on the
per-user runtime folder (a RAM disk on most Linux desktops) when there is one.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from crm_desktop.core.services import attachments

if TYPE_CHECKING:
    from crm_desktop.core.vault import Vault


def _base() -> str | None:
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    return runtime if runtime and os.path.isdir(runtime) and os.access(runtime, os.W_OK) else None


class PrivateTempFolder:
    def __init__(self, base: str | None = None) -> None:
        self._base = base
        self._path: Path | None = None

    @property
    def path(self) -> Path | None:
        return self._path

    def ensure(self) -> Path:
        if self._path is None or not self._path.is_dir():
            # mkdtemp makes the folder 0700 and with a name no one can guess.
            self._path = Path(tempfile.mkdtemp(prefix="crm-desktop-", dir=self._base or _base()))
        return self._path

    def holds(self, path: Path) -> bool:
        return self._path is not None and self._path in path.parents

    def remove(self) -> None:
        path, self._path = self._path, None
        if path is not None:
            shutil.rmtree(path, ignore_errors=True)


def discard(path: Path) -> None:
    """Remove a copy written by `write_private` (and its folder)."""
    shutil.rmtree(path.parent, ignore_errors=True)


def write_private(folder: Path, name: str, data: bytes) -> Path:
    """A new file in `folder` (never an existing one, never through a link), 0600 before any byte
    is written. Runs on the worker, next to the read of the bytes. Fails if the folder was removed
    meanwhile (a lock), which is what we want."""
    sub = Path(tempfile.mkdtemp(dir=folder))  # one folder per file: two attachments may share a name
    path = sub / _safe_name(name)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(data)
    return path


def _safe_name(name: str) -> str:
    base = re.sub(r"[\\/\x00-\x1f]", "_", name).strip(". ") or "attachment"
    return base[:200]


def export_attachment(vault: Vault, attachment_id: int, folder: Path) -> Path:
    """Runs on the worker: the attachment's bytes (checked against their checksum) into a new
    private file in `folder`, for the desktop to open."""
    found = attachments.get(vault, attachment_id)
    return write_private(folder, found.filename, attachments.read(vault, attachment_id))
