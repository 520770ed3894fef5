"""Import: CSV, XLSX and vCard files (and our own JSON export) into a vault.

    table = open_table(path)                       # readers: rows of {column: text}
    mapping = automap(table.columns, table.format)  # editable; save_preset / load_preset
    p = preview(vault, path, mapping)              # rows, problems, duplicates; nothing written
    result = run_import(vault, path, mapping)      # one transaction, one batch, one undo
    undo_batch(vault, result.batch_id)

Qt-free; long work reports progress through a callback and stops when `cancel()` says so.
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import TYPE_CHECKING, Any

# Each name is loaded on first use: the window imports importer.errors at start, and loading
# every reader (openpyxl, vobject, charset_normalizer, PIL, babel) with it cost ~0.45 s of launch.
_WHERE = {
    "BatchInfo": "batches", "ContactRow": "records", "DealRow": "records", "EncodingGuess": "encoding",
    "FIELDS": "mapping", "ImportCancelled": "errors", "ImportFileError": "errors",
    "ImportProgress": "commit", "ImportRefused": "errors", "ImportResult": "commit",
    "InteractionRow": "records", "Mapping": "mapping", "Match": "records", "Money": "money",
    "MoneyError": "money", "Preview": "preview", "Problem": "records", "RowOutcome": "commit",
    "Source": "source", "Target": "mapping", "as_source": "source", "automap": "automap",
    "delete_preset": "presets", "detect": "encoding", "earlier_imports": "batches", "header_key": "automap",
    "list_batches": "batches", "list_presets": "presets", "load_preset": "presets", "open_table": "readers",
    "parse_money": "money", "preview": "preview", "restore_json": "json_restore", "run_import": "commit",
    "save_preset": "presets", "undo_batch": "batches",
}


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value  # later lookups skip this function
    return value


class _Package(types.ModuleType):
    """Python binds a submodule to its package's name when it first loads; `preview` and `automap`
    are both a submodule and the function exported here, and the function must stay."""

    def __setattr__(self, name: str, value: Any) -> None:
        if name in _WHERE and isinstance(value, types.ModuleType):
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package

if TYPE_CHECKING:  # what type checkers and editors see
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
