"""The rows an import did not take, written back out as a file to fix and import again: the source's
own columns, as read, plus the row number, line and why. CSV in UTF-8 with a BOM, so Excel opens
the Chinese in it right; written beside the target and renamed into place when complete."""

from __future__ import annotations

import csv
import os
import tempfile
from collections import defaultdict
from pathlib import Path

from .commit import ImportResult
from .readers import open_table
from .source import Source

WHY = "Why not imported"


def write_rejects(source: str | os.PathLike[str] | bytes | Source, result: ImportResult,
                  out_path: str | os.PathLike[str], *, sheet: str | int | None = None) -> int:
    """Write the rows of `result` that ended in error (read again from `source`, with the encoding
    the import used) to `out_path`; returns how many rows were written."""
    wanted = {o.row for o in result.outcomes if o.action == "error"}
    wanted |= {p.row for p in result.problems if p.level == "error" and p.row}
    why: dict[int, list[str]] = defaultdict(list)
    for p in result.problems:
        if p.level == "error" and p.row:
            where = f"{p.column}: " if p.column else ""
            why[p.row].append(where + p.message)
    out = Path(out_path)
    written = 0
    with open_table(source, format=result.format, encoding=result.encoding, sheet=sheet) as table:
        fd, tmp = tempfile.mkstemp(prefix=".rejects-", suffix=".csv", dir=out.parent)
        try:
            with os.fdopen(fd, "w", newline="", encoding="utf-8-sig") as fh:
                writer = csv.writer(fh)
                writer.writerow(["Row", "Line", *table.columns, WHY])
                for row in table.rows():
                    if row.number not in wanted:
                        continue
                    reasons = why.get(row.number) or ["see the import's problem list"]
                    writer.writerow([row.number, row.line or "",
                                     *(row.values.get(c, "") for c in table.columns), "; ".join(reasons)])
                    written += 1
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, out)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    return written
