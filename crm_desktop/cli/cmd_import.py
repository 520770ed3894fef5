"""crm import preview | run | list | undo: CSV, XLSX and vCard files into the vault."""

from __future__ import annotations

import argparse
import dataclasses
from typing import Any

from crm_desktop.core import importer
from crm_desktop.core.errors import ValidationError
from crm_desktop.core.importer import ImportProgress, Mapping, Preview
from crm_desktop.core.importer.mapping import DATE_ORDERS, ENTITIES
from crm_desktop.core.importer.pipeline import DUPLICATE_ACTIONS, ROW_ACTIONS

from .output import Progress, err, out, print_json, section, table, when
from .parsing import group, leaf, pairs, positive

_HELP = """\
The columns are mapped automatically (Google, Outlook, LinkedIn and vCard exports are
recognized); --map COLUMN=FIELD changes one (FIELD "ignore" drops the column; a column mapped to
nothing is kept as a custom field). `crm import preview` shows the mapping and what would happen
without writing anything (`crm import FILE` is short for `crm import run FILE`, and
`crm import FILE --dry-run` for `crm import preview FILE`). A whole import is one batch:
`crm import undo BATCH` reverts it.

Duplicates (--duplicates): "auto" (the default) merges a row that has a contact's phone or e-mail
and a name that agrees — what the row adds joins the contact, nothing is overwritten — and skips
rows that match by name only (preview lists them: choose with --row N=ACTION); "skip", "create",
"update" (the row's values replace the contact's) or "merge" for every matching row."""
MAX_SHOWN = 20  # problems listed in human output; --json carries them all


ACTIONS = ("preview", "run", "list", "undo")


def shorthand(argv: list[str]) -> list[str]:
    """`crm import FILE [--dry-run] ...` as the issue and the guide write it: `crm import run FILE`,
    or `crm import preview FILE` with --dry-run. Only the word right after `import` is looked at,
    so a file named like an action still needs `run`."""
    args = list(argv)
    i = 0
    while i < len(args) and args[i].startswith("-"):  # global options before the command
        i += 2 if args[i] == "--vault" else 1
    if i >= len(args) or args[i] != "import" or i + 1 >= len(args):
        return args
    nxt = args[i + 1]
    if nxt in ACTIONS or nxt in ("-h", "--help"):
        return args
    rest = args[i + 1:]
    verb = "preview" if "--dry-run" in rest else "run"
    return [*args[:i + 1], verb, *(a for a in rest if a != "--dry-run")]


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    g = group(sub, "import", "CSV, XLSX and vCard files into the vault")
    pv = leaf(g, "preview", "show the mapping and what importing would do (writes nothing)", common,
              _preview, _HELP)
    _file_options(pv)
    pv.add_argument("--rows", type=positive, metavar="N", help="read only the first N rows")
    run = leaf(g, "run", "import a file (one batch, undoable as a whole)", common, _run, _HELP)
    _file_options(run)
    run.add_argument("--refuse-errors", action="store_true",
                     help="import nothing when any row has an error (default: skip those rows)")
    leaf(g, "list", "list earlier imports", common, _list)
    undo = leaf(g, "undo", "undo one import (what it created goes to the trash)", common, _undo)
    undo.add_argument("batch", type=int)


def _file_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", help="a .csv, .xlsx or .vcf file")
    p.add_argument("--entity", choices=ENTITIES, help="what the rows are (default: guessed)")
    p.add_argument("--preset", metavar="NAME", help="a saved mapping")
    p.add_argument("--map", action="append", metavar="COLUMN=FIELD", help="map one column")
    p.add_argument("--encoding", help="the text encoding, when the guess is wrong (e.g. gbk, big5)")
    p.add_argument("--sheet", help="the XLSX sheet (name or number from 0)")
    p.add_argument("--region", metavar="CC", help="the phone region for numbers without +code")
    p.add_argument("--currency", metavar="CODE", help="for amounts written without one")
    p.add_argument("--timezone", metavar="ZONE", help="for times written without an offset")
    p.add_argument("--date-order", choices=DATE_ORDERS, help="how to read 03/04/2024")
    p.add_argument("--duplicates", choices=DUPLICATE_ACTIONS, default="auto",
                   help="a row matching a contact: auto (default: merge same phone or e-mail, skip "
                        "the rest), skip, create, update, merge")
    p.add_argument("--row", action="append", metavar="N=ACTION",
                   help=f"what to do with row N when it matches a contact: {', '.join(ROW_ACTIONS)}")


def _actions(args: argparse.Namespace) -> dict[int, str]:
    out: dict[int, str] = {}
    for row, action in pairs(args.row, "row").items():
        if not row.isdigit() or action not in ROW_ACTIONS:
            raise ValidationError("row", f"'{row}={action or ''}': a row number and one of "
                                         f"{', '.join(ROW_ACTIONS)}")
        out[int(row)] = action
    return out


def _duplicates(p: Preview) -> list[dict[str, Any]]:
    """The rows that may repeat a contact or an earlier row: the action taken, whether it is left to
    the user, and the matches (best first)."""
    return [{"row": r.row, "action": r.action, "review": r.to_review,
             "matches": [{"contact_id": m.existing_id, "row": m.row, "display_name": m.display_name,
                          "reason": m.reason, "exact": m.exact} for m in r.matches]}
            for r in p.rows if isinstance(r, importer.ContactRow) and r.matches]


def _sheet(args: argparse.Namespace) -> str | int | None:
    return int(args.sheet) if args.sheet and args.sheet.isdigit() else args.sheet


def _mapping(ctx: Any, args: argparse.Namespace) -> Mapping | None:
    """The mapping the options ask for; None lets the importer propose one."""
    mapping = importer.load_preset(ctx.vault, args.preset) if args.preset else None
    if mapping is None and not (args.entity or args.map or args.currency or args.timezone
                                or args.date_order):
        return None
    if mapping is None or (args.entity and args.entity != mapping.entity):
        seen = importer.preview(ctx.vault, args.file, mapping, args.encoding, 1, sheet=_sheet(args))
        mapping = importer.automap(seen.columns, seen.format, args.entity or seen.mapping.entity)
    for column, target in pairs(args.map, "map").items():
        try:
            mapping = mapping.with_column(column, target or "ignore")
        except ValueError as exc:
            raise ValidationError("map", f"{column}: {exc}") from None
    changes = {"default_currency": args.currency, "timezone": args.timezone, "date_order": args.date_order}
    return dataclasses.replace(mapping, **{k: v for k, v in changes.items() if v is not None})


def _target_text(t: importer.Target) -> str:
    extra = [f"{k} {v}" for k, v in (("slot", t.slot), ("label", t.label), ("name", t.name)) if v]
    return t.field + (f" ({', '.join(extra)})" if extra else "")


def _problems(problems: list[Any], total: int) -> None:
    if not problems:
        return
    out()
    out(f"Problems ({total}):")
    for p in problems[:MAX_SHOWN]:
        out(f"  {p.level}: {p}")
    if total > MAX_SHOWN:
        out(f"  … and {total - MAX_SHOWN} more (--json lists them)")


def _earlier(batches: list[Any]) -> None:
    for b in batches:
        err(f"crm: note: this file was imported before (batch {b.id}, {when(b.created_at)}, {b.status}).")


def _preview(ctx: Any, args: argparse.Namespace) -> None:
    p: Preview = importer.preview(ctx.vault, args.file, _mapping(ctx, args), args.encoding, args.rows,
                                  sheet=_sheet(args), region=args.region, duplicates=args.duplicates,
                                  actions=_actions(args))
    if ctx.json:
        print_json({"source": p.source, "format": p.format, "encoding": p.encoding, "sheet": p.sheet,
                    "sheets": p.sheets, "columns": p.columns, "mapping": p.mapping.to_json(),
                    "counts": p.counts, "complete": p.complete, "problems": p.problems,
                    "duplicates": _duplicates(p), "earlier_imports": p.earlier_imports})
        return
    _earlier(p.earlier_imports)
    enc = f"{p.encoding.label} ({p.encoding.confidence:.0%} sure)" if p.encoding else None
    section(f"{p.source}", [("Format", p.format), ("Encoding", enc), ("Sheet", p.sheet),
                            ("Recognized as", p.mapping.program), ("Rows are", p.mapping.entity)])
    out()
    table(["Column", "Field"], [(c, _target_text(p.mapping.target(c))) for c in p.columns], wide=[1])
    section("Would do" + ("" if p.complete else " (in the rows read)"),
            [(action, str(n)) for action, n in sorted(p.counts.items())])
    review = [r.row for r in p.rows if isinstance(r, importer.ContactRow) and r.to_review]
    if review:
        out()
        out(f"Rows that may repeat a contact, skipped unless you choose (--row N=merge, create, update): "
            f"{', '.join(map(str, review[:MAX_SHOWN]))}{' …' if len(review) > MAX_SHOWN else ''}")
    _problems(p.problems, len(p.problems))


def _run(ctx: Any, args: argparse.Namespace) -> None:
    bar = Progress("Importing")

    def progress(p: ImportProgress) -> None:
        if p.fraction is not None:
            bar(int(p.fraction * 1000), 1000)

    try:
        r = importer.run_import(ctx.vault, args.file, _mapping(ctx, args), encoding=args.encoding,
                                sheet=_sheet(args), region=args.region, duplicates=args.duplicates,
                                actions=_actions(args), on_error="refuse" if args.refuse_errors else "skip",
                                progress=progress)
    finally:
        bar.finish()
    if ctx.json:
        data = {f.name: getattr(r, f.name) for f in dataclasses.fields(r) if f.name != "mapping"}
        # Each row's outcome: created, updated, merged (into contact_id), skipped or error.
        key = "contact_id" if r.entity == "contact" else f"{r.entity}_id"
        data["outcomes"] = [{"row": o.row, "line": o.line, "action": o.action, "entity_id": o.entity_id,
                             key: o.entity_id} for o in r.outcomes]
        print_json({**data, "mapping": r.mapping.to_json()})
        return
    _earlier(r.earlier_imports)
    out(f"Imported {r.source} ({r.entity}s) as batch {r.batch_id}: {r.created} created, "
        f"{r.updated} updated, {r.merged} merged into contacts, {r.skipped} skipped, "
        f"{r.errors} with errors.")
    _problems(r.problems, r.problems_total)
    if r.batch_id is not None:
        out(f"`crm import undo {r.batch_id}` reverts it.")


def _list(ctx: Any, args: argparse.Namespace) -> None:
    batches = importer.list_batches(ctx.vault)
    if ctx.json:
        print_json({"batches": batches})
        return
    if not batches:
        out("No imports yet.")
        return
    table(["Batch", "When", "File", "Format", "Rows", "Status"],
          [(b.id, when(b.created_at), b.source_name, b.format, b.row_count, b.status) for b in batches],
          right=[0, 4])


def _undo(ctx: Any, args: argparse.Namespace) -> None:
    text = importer.undo_batch(ctx.vault, args.batch)
    if ctx.json:
        print_json({"batch": args.batch, "result": text})
    else:
        out(text)
