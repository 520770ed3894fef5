"""What every reader hands out: a table of rows {column: text}, each with its place in the file."""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from crm_desktop.core.importer.encoding import EncodingGuess

HEADER_SCAN = 30  # rows looked at to find the header under a title or a preamble


@dataclass(frozen=True)
class ReadProblem:
    column: str | None
    message: str
    level: str = "warning"  # "error": the row cannot be taken as it is


@dataclass
class Row:
    number: int  # records after the header, from 1 (a vCard: its card number)
    line: int | None  # the physical line (CSV, vCard) or the sheet's row number (XLSX)
    values: dict[str, str]
    # Cells that were not text in the file: "number", "date", "bool", "error" (XLSX).
    kinds: dict[str, str] = field(default_factory=dict)
    problems: list[ReadProblem] = field(default_factory=list)


class Table:
    """A source opened for reading. `rows()` streams from the file each time it is called."""

    format: str = ""
    name: str = ""
    columns: list[str]
    encoding: EncodingGuess | None = None
    sheet: str | None = None
    sheets: list[str]
    header_line: int | None = None

    def rows(self) -> Iterator[Row]:
        raise NotImplementedError

    def fraction(self) -> float | None:
        """How far `rows()` has read, 0..1, for a progress bar (None: unknown)."""
        return None

    def close(self) -> None:
        pass

    def __enter__(self) -> Table:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def find_header(rows: list[list[str]]) -> int:
    """Index of the header among the first rows: the first one filled about as wide as the
    widest row (a title, a merged banner or a "Notes:" preamble above it is narrower)."""
    counts = [sum(1 for v in r if v.strip()) for r in rows]
    if not counts or max(counts) == 0:
        return 0
    widest = max(counts)
    need = min(widest, max(2, math.ceil(0.6 * widest)))
    for i, n in enumerate(counts):
        if n >= need:
            return i
    return 0


def header_names(cells: list[str]) -> list[str]:
    """Header cells as unique column names: blanks become "Column N", repeats get " (2)"."""
    out: list[str] = []
    seen: dict[str, int] = {}
    for i, raw in enumerate(cells):
        name = " ".join(raw.replace("\ufeff", "").replace("\x00", "").split()) or f"Column {i + 1}"
        if name in seen:
            seen[name] += 1
            name = f"{name} ({seen[name]})"
        else:
            seen[name] = 1
        out.append(name)
    return out
