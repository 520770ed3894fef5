"""preview: what an import would do, before anything is written — the rows as they would be
created, the problems with row, column and field, duplicates with the proposed action."""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from crm_desktop.core.services.uow import ReadSession

from .automap import automap
from .batches import BatchInfo, earlier_imports
from .context import Context
from .encoding import EncodingGuess
from .mapping import Mapping
from .pipeline import Options, process
from .readers import open_table
from .records import Problem, Record
from .source import Source, as_source

if TYPE_CHECKING:
    from crm_desktop.core.vault import Vault

MAX_PROBLEMS = 10_000


@dataclass(frozen=True)
class Preview:
    source: str
    format: str
    encoding: EncodingGuess | None  # shown with its confidence; pass another to override
    sheet: str | None
    sheets: list[str]
    columns: list[str]
    header_line: int | None
    mapping: Mapping  # the one used (proposed when none was given): edit it and preview again
    rows: list[Record]  # with .action: create | update | merge | skip | error, and .matches
    problems: list[Problem]
    counts: dict[str, int]  # rows per action
    complete: bool  # False when `limit` stopped before the end of the file
    earlier_imports: list[BatchInfo]


def preview(vault: Vault, source: str | os.PathLike[str] | bytes | Source, mapping: Mapping | None = None,
            encoding: str | None = None, limit: int | None = None, *, sheet: str | int | None = None,
            format: str | None = None, region: str | None = None, duplicates: str = "auto",
            actions: dict[int, str] | None = None) -> Preview:
    """Read the file (its first `limit` rows, or all) and say what importing it would do.
    Raises ImportFileError for a file that cannot be read; writes nothing."""
    src = as_source(source)
    with open_table(src, format=format, encoding=encoding, sheet=sheet) as table, ReadSession(vault) as s:
        mapping = mapping or automap(table.columns, table.format)
        ctx = Context.load(s, region)
        rows: list[Record] = []
        problems: list[Problem] = []
        counts: Counter[str] = Counter()
        complete = True
        opts = Options(duplicates, dict(actions or {}))
        for chunk in process(s, table, mapping, ctx, opts, None if limit is None else limit + 1):
            for rec, probs in chunk:
                if limit is not None and len(rows) == limit:
                    complete = False  # one row more than asked was read: the file goes on
                    break
                counts[rec.action] += 1
                rows.append(rec)
                problems.extend(probs[:max(0, MAX_PROBLEMS - len(problems))])
        return Preview(src.name, table.format, table.encoding, table.sheet, table.sheets, table.columns,
                       table.header_line, mapping, rows, problems, dict(counts), complete,
                       earlier_imports(s, src.sha256()))
