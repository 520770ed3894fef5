"""CSV (and TSV) files: encoding detected, delimiter sniffed, header found under a preamble,
rows streamed from the file (never all in memory)."""

from __future__ import annotations

import csv
import io
import unicodedata
from collections import Counter
from collections.abc import Iterator

from crm_desktop.core.importer.encoding import LABELS, EncodingGuess, canonical, detect, with_bom
from crm_desktop.core.importer.errors import ImportFileError
from crm_desktop.core.importer.source import Source

from .base import HEADER_SCAN, ReadProblem, Row, Table, find_header, header_names

SAMPLE = 1 << 20  # bytes read to detect the encoding
SNIFF = 1 << 16  # characters parsed to find the delimiter and the header
DELIMITERS = (",", ";", "\t", "|")
csv.field_size_limit(64 << 20)  # a 100 KB note is data; the field checks lengths later


def _sample_text(src: Source, enc: str) -> str:
    raw = src.head(SNIFF * 4)
    text = raw.decode(enc, errors="replace")[:SNIFF]
    cut = text.rfind("\n")
    return text[:cut + 1] if cut > 0 and len(raw) >= SNIFF * 4 else text


def sniff_delimiter(text: str) -> str:
    """The delimiter most records agree on (as many fields, more than one)."""
    best, best_key = ",", (0, 0)
    for d in DELIMITERS:
        widths = [len(r) for r in csv.reader(io.StringIO(text), delimiter=d) if any(c.strip() for c in r)]
        counter = Counter(w for w in widths[:200] if w > 1)
        if not counter:
            continue
        width, n = counter.most_common(1)[0]
        if (n, width) > best_key:
            best, best_key = d, (n, width)
    return best


def _looks_binary(text: str) -> bool:
    if not text:
        return False
    bad = sum(1 for ch in text[:20000] if unicodedata.category(ch) == "Cc" and ch not in "\t\r\n")
    return bad > max(2, len(text[:20000]) // 100)


class CsvTable(Table):
    format = "csv"

    def __init__(self, src: Source, encoding: str | None = None) -> None:
        self.src, self.name, self.sheets = src, src.name, []
        head = src.head(SAMPLE)
        if not head.strip(b"\xef\xbb\xbf\xff\xfe\x00 \t\r\n"):
            raise ImportFileError(src.name, "the file is empty")
        if encoding:
            try:
                enc = with_bom(encoding, head)
            except ValueError as exc:
                raise ImportFileError(src.name, str(exc)) from None
            self.encoding = EncodingGuess(enc, LABELS.get(canonical(encoding), enc), 1.0,
                                          enc in ("utf-8-sig", "utf-16"))
        else:
            guess = detect(head, final=len(head) < SAMPLE)
            if guess is None:
                raise ImportFileError(src.name, "this looks like a binary file, not text (CSV)")
            self.encoding = guess
        text = _sample_text(src, self.encoding.encoding)
        if _looks_binary(text):
            raise ImportFileError(src.name, "this looks like a binary file, not text (CSV)")
        self.delimiter = sniff_delimiter(text)
        records = list(csv.reader(io.StringIO(text), delimiter=self.delimiter))[:HEADER_SCAN]
        self.skip = find_header(records)
        if self.skip >= len(records):
            raise ImportFileError(src.name, "no header row was found")
        self.columns = header_names(records[self.skip])
        self.width = len(self.columns)

    def rows(self) -> Iterator[Row]:
        with self.src.open() as f:
            self._file, self._size = f, max(1, self.src.size())
            stream = io.TextIOWrapper(f, encoding=self.encoding.encoding, errors="strict", newline="")
            reader = csv.reader(stream, delimiter=self.delimiter)
            last_line, number = 0, 0
            try:
                for index, cells in enumerate(reader):
                    start, last_line = last_line + 1, reader.line_num
                    if index < self.skip:
                        continue
                    if index == self.skip:
                        self.header_line = start
                        continue
                    if not any(c.strip() for c in cells):
                        continue
                    number += 1
                    yield self._row(number, start, last_line, cells)
            except UnicodeDecodeError:
                raise ImportFileError(self.name, f"the text after this line is not valid "
                                                 f"{self.encoding.label}; choose another encoding",
                                      line=last_line + 1) from None
            except csv.Error as exc:
                raise ImportFileError(self.name, f"the CSV cannot be read ({exc})",
                                      line=last_line + 1) from None

    def fraction(self) -> float | None:
        f = getattr(self, "_file", None)
        return None if f is None or f.closed else min(1.0, f.tell() / self._size)

    def _row(self, number: int, start: int, end: int, cells: list[str]) -> Row:
        problems: list[ReadProblem] = []
        values: dict[str, str] = {}
        for i, cell in enumerate(cells):
            if "\x00" in cell:
                cell = cell.replace("\x00", "")
                problems.append(ReadProblem(self._col(i), "NUL characters were removed"))
            if i >= self.width:
                if not cell.strip():
                    continue
                problems.append(ReadProblem(self._col(i), f"the row has {len(cells)} cells but the header "
                                                          f"{self.width}; the extra value is kept"))
            values[self._col(i)] = cell
            if "\n" in cell and self.width >= 3:
                rowish = [ln for ln in cell.splitlines() if ln.count(self.delimiter) >= self.width - 1]
                if rowish:
                    problems.append(ReadProblem(self._col(i), (
                        f"a quote seems not to be closed: this value spans lines {start}–{end} and holds "
                        f"{len(rowish)} line(s) that look like rows; fix the quote and import again"),
                        "error"))
        return Row(number, start, values, {}, problems)

    def _col(self, i: int) -> str:
        return self.columns[i] if i < self.width else f"Column {i + 1}"
