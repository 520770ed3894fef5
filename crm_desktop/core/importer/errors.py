"""Errors an import can meet, each with a message naming the file (and row, line, column)."""

from __future__ import annotations

from crm_desktop.core.errors import CrmError


def where(row: int | None = None, line: int | None = None, column: str | None = None) -> str:
    parts = []
    if row is not None:
        parts.append(f"row {row}")
    if line is not None:
        parts.append(f"line {line}")
    if column:
        parts.append(f"column '{column}'")
    return ", ".join(parts)


class ImportFileError(CrmError):
    """The file cannot be read at all (empty, binary, damaged, wrong encoding): nothing was written."""

    exit_code = 5

    def __init__(self, source: str, message: str, *, row: int | None = None, line: int | None = None,
                 column: str | None = None) -> None:
        place = where(row, line, column)
        super().__init__(f"{source}{' (' + place + ')' if place else ''}: {message}. Nothing was imported.")
        self.source = source
        self.message = message
        self.row = row
        self.line = line
        self.column = column


class ImportCancelled(CrmError):
    exit_code = 1

    def __init__(self, source: str) -> None:
        super().__init__(f"Import of {source} cancelled: nothing was written.")
        self.source = source


class ImportRefused(CrmError):
    """on_error="refuse" and some rows have errors: the whole import is refused."""

    exit_code = 5

    def __init__(self, source: str, error_rows: int, first: str) -> None:
        super().__init__(f"Import of {source} refused: {error_rows} row(s) have errors "
                         f"(first: {first}). Nothing was written.")
        self.source = source
        self.error_rows = error_rows
