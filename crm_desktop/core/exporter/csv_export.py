"""CSV export. UTF-8 with a BOM by default: without it, Excel on Windows reads a UTF-8 file in the
ANSI code page and shows Chinese as mojibake; with it, Excel opens it right. GB18030 (GBK) on
request, for programs that only read the Chinese Windows code page."""

from __future__ import annotations

import csv
import os
from typing import TYPE_CHECKING

from crm_desktop.core.services.uow import ReadSession

from .files import ExportError, ExportResult, atomic
from .tabular import TABLES

if TYPE_CHECKING:
    from crm_desktop.core.vault import Vault

ENCODINGS = {"utf-8-sig": "utf-8-sig", "utf-8": "utf-8", "gbk": "gb18030", "gb18030": "gb18030"}


def export_csv(vault: Vault, path: str | os.PathLike[str], *, entity: str = "contact",
               encoding: str = "utf-8-sig") -> ExportResult:
    """Contacts (or deals, or interactions) as CSV, one row each, headers our import maps back."""
    if entity not in TABLES:
        raise ExportError(f"Cannot export '{entity}' as CSV (contact, deal or interaction).")
    codec = ENCODINGS.get(encoding.lower())
    if codec is None:
        raise ExportError(f"Unknown CSV encoding '{encoding}' (utf-8-sig, utf-8 or gbk).")
    n = 0
    with ReadSession(vault) as s, atomic(path, "w", encoding=codec, newline="") as f:
        columns, rows = TABLES[entity](s)
        w = csv.writer(f)
        w.writerow(columns)
        for row in rows:
            w.writerow(["" if v is None else v for v in row])
            n += 1
    return ExportResult(os.fspath(path), "csv", {entity: n})
