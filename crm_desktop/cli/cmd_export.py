"""crm export csv | xlsx | vcard | ical | json | person: open formats out of the vault."""

from __future__ import annotations

import argparse
from typing import Any

from crm_desktop.core import exporter
from crm_desktop.core.exporter import ExportResult

from .output import err, out, print_json
from .parsing import group, leaf

_PLAIN = "The file written is NOT encrypted: keep it somewhere safe, and delete it when done."


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    g = group(sub, "export", "write the vault's data to open formats")
    csv = leaf(g, "csv", "contacts, deals or interactions as CSV", common, _csv, _PLAIN)
    csv.add_argument("out", metavar="FILE")
    csv.add_argument("--entity", choices=("contact", "deal", "interaction"), default="contact")
    csv.add_argument("--encoding", choices=("utf-8-sig", "utf-8", "gbk"), default="utf-8-sig",
                     help="utf-8-sig (default) opens right in Excel; gbk for older Chinese Excel")
    xlsx = leaf(g, "xlsx", "contacts, deals and interactions as one workbook", common, _xlsx, _PLAIN)
    xlsx.add_argument("out", metavar="FILE")
    vcard = leaf(g, "vcard", "contacts as vCards", common, _vcard, _PLAIN)
    vcard.add_argument("out", metavar="FILE")
    vcard.add_argument("--version", choices=("4.0", "3.0"), default="4.0",
                       help="3.0 for older phones and Outlook (default 4.0)")
    ical = leaf(g, "ical", "reminders as an iCalendar file", common, _ical, _PLAIN)
    ical.add_argument("out", metavar="FILE")
    ical.add_argument("--events", action="store_true", help="as events (VEVENT) instead of to-dos")
    ical.add_argument("--open-only", action="store_true", help="leave out reminders that are done")
    js = leaf(g, "json", "everything, as documented JSON (docs/json-export-schema.md)", common, _json,
              _PLAIN)
    js.add_argument("out", metavar="FILE")
    js.add_argument("--include-deleted", action="store_true", help="the trash too")
    js.add_argument("--no-attachments", action="store_true", help="leave the attached files out")
    person = leaf(g, "person", "everything about one contact (a data subject's request)", common,
                  _person, "Without FILE the JSON document goes to stdout.\n" + _PLAIN)
    person.add_argument("id", type=int)
    person.add_argument("out", metavar="FILE", nargs="?")


def _done(ctx: Any, result: ExportResult) -> None:
    if ctx.json:
        print_json(result)
        return
    counts = ", ".join(f"{what.replace('_', ' ')} {n:,}" for what, n in result.counts.items())
    out(f"Wrote {result.path} ({result.format}{': ' + counts if counts else ''}).")
    err(f"crm: note: {_PLAIN}")


def _csv(ctx: Any, args: argparse.Namespace) -> None:
    _done(ctx, exporter.export_csv(ctx.vault, args.out, entity=args.entity, encoding=args.encoding))


def _xlsx(ctx: Any, args: argparse.Namespace) -> None:
    _done(ctx, exporter.export_xlsx(ctx.vault, args.out))


def _vcard(ctx: Any, args: argparse.Namespace) -> None:
    _done(ctx, exporter.export_vcard(ctx.vault, args.out, version=args.version))


def _ical(ctx: Any, args: argparse.Namespace) -> None:
    _done(ctx, exporter.export_ical(ctx.vault, args.out, component="VEVENT" if args.events else "VTODO",
                                    include_done=not args.open_only))


def _json(ctx: Any, args: argparse.Namespace) -> None:
    _done(ctx, exporter.export_json(ctx.vault, args.out, include_deleted=args.include_deleted,
                                    attachments=not args.no_attachments))


def _person(ctx: Any, args: argparse.Namespace) -> None:
    if args.out is None:
        print_json(exporter.export_person(ctx.vault, args.id))
        return
    _done(ctx, exporter.write_person(ctx.vault, args.id, args.out))
