"""crm trash list | restore | empty, and crm erase: soft-deleted records, and erasing for good."""

from __future__ import annotations

import argparse
import sys
from datetime import timedelta
from typing import Any

from crm_desktop.core.errors import ValidationError
from crm_desktop.core.services import trash
from crm_desktop.core.services.trash import TRASHABLE, EraseResult

from .output import out, print_json, table, when
from .parsing import group, leaf, positive

_ENTITIES = ", ".join(TRASHABLE)
_EMPTY_HELP = """\
Erases for good: the records, what hangs off them, and their content in the audit trail.
This cannot be undone. Asks for confirmation on a terminal; a script passes --yes."""


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    g = group(sub, "trash", "deleted records: list, restore, empty")
    ls = leaf(g, "list", "list what is in the trash, most recently deleted first", common, _list)
    ls.add_argument("--limit", type=positive, help="at most N")
    restore = leaf(g, "restore", "take records out of the trash", common, _restore,
                   f"ENTITY is one of: {_ENTITIES}.")
    restore.add_argument("entity", metavar="ENTITY")
    restore.add_argument("ids", type=int, nargs="+", metavar="ID")
    empty = leaf(g, "empty", "erase everything in the trash for good", common, _empty, _EMPTY_HELP)
    empty.add_argument("--older-than", type=positive, metavar="DAYS",
                       help="only what was deleted more than DAYS days ago")
    empty.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    erase = leaf(sub, "erase", "erase one record now, in the trash or not (privacy)", common, _erase,
                 f"ENTITY is one of: {_ENTITIES}.\n" + _EMPTY_HELP)
    erase.add_argument("entity", metavar="ENTITY")
    erase.add_argument("id", type=int)
    erase.add_argument("--yes", action="store_true", help="do not ask for confirmation")


def _list(ctx: Any, args: argparse.Namespace) -> None:
    items = trash.list_trash(ctx.vault, limit=args.limit)
    if ctx.json:
        print_json({"items": items, "total": len(items)})
        return
    if not items:
        out("The trash is empty.")
        return
    table(["Entity", "ID", "Label", "Deleted"],
          [(i.entity, i.id, i.label, when(i.deleted_at)) for i in items], right=[1])


def _restore(ctx: Any, args: argparse.Namespace) -> None:
    restored = [trash.restore(ctx.vault, args.entity, ident) for ident in dict.fromkeys(args.ids)]
    if ctx.json:
        print_json({"restored": restored})
        return
    for item in restored:
        out(f"Restored {item.entity.replace('_', ' ')} {item.id}: {item.label}")


def confirm(args: argparse.Namespace, question: str) -> None:
    """Irreversible: --yes, or a 'y' typed on a terminal; otherwise nothing happens."""
    if args.yes:
        return
    if not sys.stdin.isatty():
        raise ValidationError("yes", "this cannot be undone; add --yes to confirm")
    answer = input(f"{question} This cannot be undone. [y/N] ").strip().lower()
    if answer not in ("y", "yes"):
        raise ValidationError("yes", "not confirmed; nothing was erased")


def _report(ctx: Any, result: EraseResult) -> None:
    if ctx.json:
        print_json(result)
    elif result.records:
        out(f"Erased {result.records} record{'s' if result.records != 1 else ''} "
            f"({result.rows} rows) for good.")
    else:
        out("Nothing to erase.")


def _empty(ctx: Any, args: argparse.Namespace) -> None:
    age = timedelta(days=args.older_than) if args.older_than is not None else None
    scope = f"deleted more than {args.older_than} days ago" if age else "in the trash"
    vault = ctx.vault  # the passphrase first, then the question
    confirm(args, f"Erase everything {scope}?")
    _report(ctx, trash.empty(vault, age))


def _erase(ctx: Any, args: argparse.Namespace) -> None:
    vault = ctx.vault
    confirm(args, f"Erase {args.entity} {args.id} and everything about it?")
    _report(ctx, trash.erase(vault, args.entity, args.id))
