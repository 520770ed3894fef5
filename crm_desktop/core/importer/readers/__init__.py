"""Readers: every supported file as a Table of rows {column: text} with row and line numbers."""

from __future__ import annotations

import os

from crm_desktop.core.importer.errors import ImportFileError
from crm_desktop.core.importer.source import Source, as_source, sniff_format

from .base import ReadProblem, Row, Table
from .csv_reader import CsvTable
from .vcard_reader import VcardTable
from .xlsx_reader import XlsxTable

__all__ = ["ReadProblem", "Row", "Table", "open_table"]


def open_table(source: str | os.PathLike[str] | bytes | Source, *, format: str | None = None,
               encoding: str | None = None, sheet: str | int | None = None) -> Table:
    """Open a CSV, XLSX or vCard file for reading (format sniffed unless given); raises
    ImportFileError with a clear message for an empty, binary, damaged or unreadable file."""
    src = as_source(source)
    fmt = format or sniff_format(src)
    if fmt == "csv":
        return CsvTable(src, encoding)
    if fmt == "xlsx":
        return XlsxTable(src, sheet)
    if fmt == "vcard":
        return VcardTable(src, encoding)
    raise ImportFileError(src.name, f"a {fmt} file is not read as a table (use the JSON restore)")
