"""Import: CSV, XLSX and vCard files (and our own JSON export) into a vault.

    table = open_table(path)                       # readers: rows of {column: text}
    mapping = automap(table.columns, table.format)  # editable; save_preset / load_preset
    p = preview(vault, path, mapping)              # rows, problems, duplicates; nothing written
    result = run_import(vault, path, mapping)      # one transaction, one batch, one undo
    undo_batch(vault, result.batch_id)

Qt-free; long work reports progress through a callback and stops when `cancel()` says so.
"""

from __future__ import annotations

from .automap import automap, header_key
from .batches import BatchInfo, earlier_imports, list_batches, undo_batch
from .commit import ImportProgress, ImportResult, RowOutcome, run_import
from .encoding import EncodingGuess, detect
from .errors import ImportCancelled, ImportFileError, ImportRefused
from .json_restore import restore_json
from .mapping import FIELDS, Mapping, Target
from .money import Money, MoneyError, parse_money
from .presets import delete_preset, list_presets, load_preset, save_preset
from .preview import Preview, preview
from .readers import open_table
from .records import ContactRow, DealRow, InteractionRow, Match, Problem
from .source import Source, as_source

__all__ = [
    "FIELDS", "BatchInfo", "ContactRow", "DealRow", "EncodingGuess", "ImportCancelled",
    "ImportFileError", "ImportProgress", "ImportRefused", "ImportResult", "InteractionRow", "Mapping",
    "Match", "Money", "MoneyError", "Preview", "Problem", "RowOutcome", "Source", "Target", "as_source",
    "automap", "delete_preset", "detect", "earlier_imports", "header_key", "list_batches",
    "list_presets", "load_preset", "open_table", "parse_money", "preview", "restore_json", "run_import",
    "save_preset", "undo_batch",
]
