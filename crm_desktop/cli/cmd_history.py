"""crm undo | redo: the operation history."""

from __future__ import annotations

import argparse
import dataclasses
from typing import Any

from crm_desktop.core.services import undo

from .output import out, print_json
from .parsing import leaf


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    leaf(sub, "undo", "revert the last operation (a bulk one as a whole)", common, _undo)
    leaf(sub, "redo", "redo what the last undo reverted", common, _redo)


def _report(ctx: Any, result: undo.UndoResult, verb: str) -> None:
    if ctx.json:
        print_json(dataclasses.asdict(result))
    else:
        text = result.summary or result.kind
        # Redo reverts an undo, whose summary reads "Undo: ..."; say what comes back instead.
        out(f"{verb}: {text.removeprefix('Undo: ') if verb == 'Redone' else text}")


def _undo(ctx: Any, args: argparse.Namespace) -> None:
    _report(ctx, undo.undo(ctx.vault), "Undone")


def _redo(ctx: Any, args: argparse.Namespace) -> None:
    _report(ctx, undo.redo(ctx.vault), "Redone")
