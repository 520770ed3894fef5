"""crm undo | redo | audit: the operation history."""

from __future__ import annotations

import argparse
import dataclasses
from typing import Any

from crm_desktop.core.errors import ValidationError
from crm_desktop.core.services import audit_log, undo
from crm_desktop.core.services.audit_log import HistoryEntry

from .output import cell, out, print_json, table, when
from .parsing import leaf, positive

_AUDIT_HELP = """\
Without --entity: the latest operations (what `crm undo` would revert is the newest one not
undone). With --entity and --id: every change to that record and the rows that hang off it
(a contact's phones, tags, custom fields; a deal's parties, notes and stages)."""


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    leaf(sub, "undo", "revert the last operation (a bulk one as a whole)", common, _undo)
    leaf(sub, "redo", "redo what the last undo reverted", common, _redo)
    audit = leaf(sub, "audit", "the audit trail: latest operations, or one record's history",
                 common, _audit, _AUDIT_HELP)
    audit.add_argument("--entity", help="contact, deal, interaction, reminder, ...")
    audit.add_argument("--id", type=int, help="the record's id (with --entity)")
    audit.add_argument("--limit", type=positive, default=50, help="at most N, newest (default 50)")


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


def _audit(ctx: Any, args: argparse.Namespace) -> None:
    if (args.entity is None) != (args.id is None):
        raise ValidationError("entity" if args.entity is None else "id", "give --entity and --id together")
    if args.entity is not None:
        _history(ctx, args)
        return
    ops = audit_log.recent_operations(ctx.vault, args.limit)
    if ctx.json:
        print_json({"operations": ops})
        return
    table(["Op", "When", "Kind", "Summary", ""],
          [(o.id, when(o.at), o.kind, o.summary,
            "undone" if o.undone else ("" if o.undoable else "cannot undo")) for o in ops], right=[0])


def changes_text(e: HistoryEntry) -> str:
    if e.action == "erase":
        return "(erased)"
    parts = []
    for field, (old, new) in e.changes.items():
        if e.action == "insert":
            parts.append(f"{field}={cell(new)}")
        elif e.action == "delete":
            parts.append(f"{field}={cell(old)}")
        else:
            parts.append(f"{field}: {cell(old) or '∅'} → {cell(new) or '∅'}")
    return "; ".join(parts)


def _history(ctx: Any, args: argparse.Namespace) -> None:
    # An update that changed only bookkeeping (updated_at) says nothing to a reader.
    entries = [e for e in audit_log.history(ctx.vault, args.entity, args.id)
               if e.changes or e.action != "update"][-args.limit:]  # the newest
    if ctx.json:
        print_json({"entity": args.entity, "id": args.id, "history": entries})
        return
    if not entries:
        out(f"No history for {args.entity} {args.id}.")
        return
    table(["When", "Op", "Summary", "Action", "Row", "Changes"],
          [(when(e.at), e.operation_id, e.summary + (" (undone)" if e.undone else ""), e.action,
            e.entity if e.entity == args.entity else f"{e.entity} {e.entity_id}", changes_text(e))
           for e in entries], right=[1], wide=[5])
