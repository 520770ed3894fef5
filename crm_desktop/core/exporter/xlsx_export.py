"""XLSX export: a sheet each for contacts, deals and interactions, written in openpyxl's
write-only mode (streamed). Phones, amounts and ids stay text: as numbers Excel would drop a
leading 0 or + and round amounts through a float; dates are date cells."""

from __future__ import annotations

import os
from datetime import date
from typing import TYPE_CHECKING, Any

import openpyxl

from crm_desktop.core.services.uow import ReadSession

from .files import ExportResult, atomic
from .tabular import TABLES

if TYPE_CHECKING:
    from crm_desktop.core.vault import Vault

SHEETS = {"contact": "Contacts", "deal": "Deals", "interaction": "Interactions"}
_DATE_COLUMNS = {"Birthday", "Expected close"}


def _cell(column: str, value: Any) -> Any:
    if value is None:
        return None
    if column in _DATE_COLUMNS and isinstance(value, str) and len(value) == 10:
        return date.fromisoformat(value)
    return str(value) if not isinstance(value, str) else value


def export_xlsx(vault: Vault, path: str | os.PathLike[str],
                entities: tuple[str, ...] = ("contact", "deal", "interaction")) -> ExportResult:
    wb = openpyxl.Workbook(write_only=True)
    counts: dict[str, int] = {}
    with ReadSession(vault) as s:
        for entity in entities:
            ws = wb.create_sheet(SHEETS[entity])
            columns, rows = TABLES[entity](s)
            ws.append(columns)
            n = 0
            for row in rows:
                ws.append([_cell(c, v) for c, v in zip(columns, row, strict=True)])
                n += 1
            counts[entity] = n
        with atomic(path, "wb") as f:
            wb.save(f)
    return ExportResult(os.fspath(path), "xlsx", counts)
