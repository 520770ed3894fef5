"""XLSX workbooks through openpyxl, read-only and streamed, with the values Excel stored
(data_only: a formula gives its last computed result).

Cells keep what kind of value they were ("number", "date" ...), because a phone Excel turned
into a number has lost its leading 0 or + (and, shown as 8.61862E+12, maybe digits): the
mapping reports it instead of storing it. Merged cells (a title banner above the header) read
as their top-left value with blanks beside it, so the header finder steps over them.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

import openpyxl

from crm_desktop.core.importer.errors import ImportFileError
from crm_desktop.core.importer.source import Source

from .base import HEADER_SCAN, Row, Table, find_header, header_names

_DAMAGED = "it cannot be read as an Excel workbook (damaged, truncated, or another kind of zip file)"


def cell_text(value: Any) -> tuple[str, str | None]:
    """(text, kind) for a cell value; kind is None for text."""
    if value is None:
        return "", None
    if isinstance(value, str):
        if value.startswith("#") and value.rstrip("!?").upper() in (
                "#N/A", "#DIV/0", "#VALUE", "#REF", "#NAME", "#NUM", "#NULL"):
            return value, "error"
        return value, None
    if isinstance(value, bool):
        return ("TRUE" if value else "FALSE"), "bool"
    if isinstance(value, int):
        return str(value), "number"
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e16:
            return str(int(value)), "number"
        return format(Decimal(repr(value)), "f"), "number"
    if isinstance(value, datetime):
        if value.time() == time(0):
            return value.date().isoformat(), "date"
        return value.isoformat(sep=" "), "date"
    if isinstance(value, date | time):
        return value.isoformat(), "date"
    if isinstance(value, timedelta):
        return str(value), "number"
    return str(value), None


class XlsxTable(Table):
    format = "xlsx"

    def __init__(self, src: Source, sheet: str | int | None = None) -> None:
        self.src, self.name, self.encoding = src, src.name, None
        self._file = src.open()
        try:
            self.wb = openpyxl.load_workbook(self._file, read_only=True, data_only=True)
        except Exception:  # zipfile, XML and openpyxl errors alike: the file is not a readable workbook
            self._file.close()
            raise ImportFileError(src.name, _DAMAGED) from None
        self.sheets = list(self.wb.sheetnames)
        if sheet is None or sheet == "":
            self.ws = self.wb.worksheets[0]
        elif isinstance(sheet, int):
            if not 0 <= sheet < len(self.sheets):
                self.close()
                raise ImportFileError(src.name, f"there is no sheet number {sheet + 1}")
            self.ws = self.wb.worksheets[sheet]
        elif sheet in self.sheets:
            self.ws = self.wb[sheet]
        else:
            self.close()
            raise ImportFileError(src.name, f"there is no sheet '{sheet}' (sheets: {', '.join(self.sheets)})")
        self.sheet = self.ws.title
        first = [[cell_text(v)[0] for v in r]
                 for _, r in zip(range(HEADER_SCAN), self._values(), strict=False)]
        if not any(any(v.strip() for v in r) for r in first):
            self.close()
            raise ImportFileError(src.name, f"the sheet '{self.sheet}' is empty")
        self.skip = find_header(first)
        self.header_line = self.skip + 1
        self.columns = header_names(first[self.skip])
        self.width = len(self.columns)

    def _values(self) -> Iterator[tuple[Any, ...]]:
        try:
            yield from self.ws.iter_rows(values_only=True)
        except Exception:
            raise ImportFileError(self.name, _DAMAGED, row=None) from None

    def rows(self) -> Iterator[Row]:
        number = 0
        for index, cells in enumerate(self._values()):
            if index <= self.skip:
                continue
            values: dict[str, str] = {}
            kinds: dict[str, str] = {}
            for i, v in enumerate(cells):
                text, kind = cell_text(v)
                if not text.strip():
                    continue
                col = self.columns[i] if i < self.width else f"Column {i + 1}"
                values[col] = text
                if kind:
                    kinds[col] = kind
            self._at = index + 1
            if values:
                number += 1
                yield Row(number, index + 1, values, kinds)

    def fraction(self) -> float | None:
        total = self.ws.max_row
        return min(1.0, getattr(self, "_at", 0) / total) if total else None

    def close(self) -> None:
        with contextlib.suppress(AttributeError):
            self.wb.close()
        self._file.close()
