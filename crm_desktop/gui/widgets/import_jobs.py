"""What the import wizard runs on the DB worker: reading the file, the preview, the import.
Each returns plain data; none of it touches Qt (the wizard calls them through `worker.run`)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import islice
from typing import TYPE_CHECKING

from crm_desktop.core import importer
from crm_desktop.core.importer import EncodingGuess, ImportProgress, ImportResult, Mapping, Preview
from crm_desktop.core.importer.source import as_source, sniff_format

if TYPE_CHECKING:
    from crm_desktop.core.vault import Vault

SAMPLES = 3  # values per column shown beside the mapping


@dataclass(frozen=True)
class FileInfo:
    """What was found in a file: enough to show it and to propose a mapping."""

    path: str
    name: str
    format: str  # csv | xlsx | vcard | json
    encoding: EncodingGuess | None
    sheet: str | None
    sheets: tuple[str, ...]
    header_line: int | None
    columns: tuple[str, ...]
    samples: dict[str, tuple[str, ...]]  # column -> its first non-empty values
    first_rows: tuple[tuple[str, ...], ...]  # as read, for the "what was found" page
    mapping: Mapping | None  # proposed (None for a JSON export, which is restored whole)
    presets: tuple[str, ...]


def read_file(vault: Vault, path: str, encoding: str | None = None,
              sheet: str | None = None) -> FileInfo:
    """Open the file, find its format, encoding and header, read a few rows and propose a mapping.
    Raises ImportFileError (in words, with the place) for a file that cannot be read."""
    src = as_source(path)
    presets = tuple(importer.list_presets(vault))
    fmt = sniff_format(src)
    if fmt == "json":
        return FileInfo(path, src.name, fmt, None, None, (), None, (), {}, (), None, presets)
    with importer.open_table(src, format=fmt, encoding=encoding, sheet=sheet) as table:
        rows = list(islice(table.rows(), 50))
        columns = tuple(table.columns)
        samples = {c: tuple(islice((v for r in rows if (v := r.values.get(c, "").strip())), SAMPLES))
                   for c in columns}
        first = tuple(tuple(r.values.get(c, "") for c in columns) for r in rows[:5])
        mapping = importer.automap(list(columns), table.format)
        return FileInfo(path, src.name, table.format, table.encoding, table.sheet, tuple(table.sheets),
                        table.header_line, columns, samples, first, mapping, presets)


def preview_file(vault: Vault, info: FileInfo, mapping: Mapping | None, encoding: str | None,
                 duplicates: str, actions: dict[int, str] | None = None) -> Preview | None:
    """What importing would do (nothing written); None for a JSON export (it has no preview).
    `actions`: the user's choice for single rows (row number -> skip, create, update, merge)."""
    if info.format == "json":
        return None
    return importer.preview(vault, info.path, mapping, encoding, sheet=info.sheet, format=info.format,
                            duplicates=duplicates, actions=actions)


def import_file(vault: Vault, info: FileInfo, mapping: Mapping | None, encoding: str | None,
                duplicates: str, actions: dict[int, str], stop: threading.Event,
                progress: Callable[..., None] | None = None) -> ImportResult:
    """The import, one transaction. `stop` is set by the GUI's Cancel: the core checks it between
    chunks and before the commit, so a cancel leaves nothing written."""
    def report(p: ImportProgress) -> None:
        if progress is not None:
            progress(p.rows, p.fraction)

    if info.format == "json":
        return importer.run_import(vault, info.path, progress=report, cancel=stop.is_set)
    return importer.run_import(vault, info.path, mapping, encoding=encoding, sheet=info.sheet,
                               format=info.format, duplicates=duplicates, actions=actions, progress=report,
                               cancel=stop.is_set)


def load_preset(vault: Vault, name: str) -> Mapping:
    return importer.load_preset(vault, name)


def save_preset(vault: Vault, name: str, mapping: Mapping) -> tuple[str, ...]:
    importer.save_preset(vault, name, mapping)
    return tuple(importer.list_presets(vault))


@dataclass
class ImportState:
    """What the wizard's pages share (GUI thread only): each page reads and sets its part."""

    path: str = ""
    encoding: str | None = None  # the user's choice; None: as detected
    sheet: str | None = None
    info: FileInfo | None = None
    mapping: Mapping | None = None
    duplicates: str = "auto"  # see importer.pipeline.DUPLICATE_ACTIONS
    actions: dict[int, str] = field(default_factory=dict)  # the user's choice for single rows
    preview: Preview | None = None
    result: ImportResult | None = None
