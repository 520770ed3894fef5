"""Writing an export file safely: into a temporary file beside it, then renamed over it, so a
crash never leaves half a file under the name the user chose."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from crm_desktop.core.errors import CrmError


class ExportError(CrmError):
    exit_code = 5


@dataclass(frozen=True)
class ExportResult:
    path: str
    format: str
    counts: dict[str, int] = field(default_factory=dict)


@contextlib.contextmanager
def atomic(path: str | os.PathLike[str], mode: str = "wb", **kw: object) -> Iterator[IO]:  # type: ignore[type-arg]
    target = Path(path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    except OSError as exc:
        raise ExportError(f"Cannot write {target}: {exc.strerror or exc}.") from None
    try:
        with os.fdopen(fd, mode, **kw) as f:  # type: ignore[call-overload]
            yield f
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.remove(tmp)
        raise
