"""crm dedup find | merge | distinct: duplicate contacts, found by the shared matcher and merged."""

from __future__ import annotations

import argparse
from typing import Any

from crm_desktop.core.errors import ValidationError
from crm_desktop.core.matching import DEFAULT_THRESHOLD, find_groups, mark_distinct
from crm_desktop.core.services import contact_read
from crm_desktop.core.services.merge import FIELDS, merge
from crm_desktop.core.services.uow import ReadSession

from .output import out, print_json, table
from .parsing import group, leaf, positive

_MERGE_HELP = f"""\
KEEP survives; each OTHER goes to the trash, marked merged, after its interactions, deal parties and
clients, reminders, attachments, tags, custom fields and organization links move to KEEP. KEEP's
values win; a blank one is filled from the others (in order); notes are joined; every phone and
e-mail is kept. --choose FIELD=ID takes a field from another contact; fields: {', '.join(FIELDS)},
organization (the primary one), phones, emails (with --only-chosen-phones / -emails), custom:NAME.
One operation: `crm undo` restores every contact and link."""


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    g = group(sub, "dedup", "duplicate contacts: find, merge, mark as not the same")
    find = leaf(g, "find", "list groups of likely duplicates (best first)", common, _find)
    find.add_argument("--min-score", type=float, default=DEFAULT_THRESHOLD, metavar="X",
                      help=f"propose pairs scoring at least X, 0..1 (default {DEFAULT_THRESHOLD})")
    find.add_argument("--limit", type=positive, default=None, metavar="N", help="at most N groups")
    m = leaf(g, "merge", "merge contacts into the first", common, _merge, _MERGE_HELP)
    m.add_argument("keep", type=int, metavar="KEEP")
    m.add_argument("others", type=int, nargs="+", metavar="OTHER")
    m.add_argument("--choose", action="append", metavar="FIELD=ID", help="take FIELD from contact ID")
    m.add_argument("--only-chosen-phones", action="store_true",
                   help="keep the phones of one contact (KEEP, or --choose phones=ID), not all")
    m.add_argument("--only-chosen-emails", action="store_true",
                   help="keep the e-mails of one contact (KEEP, or --choose emails=ID), not all")
    d = leaf(g, "distinct", "remember that two contacts are not the same", common, _distinct)
    d.add_argument("a", type=int, metavar="A")
    d.add_argument("b", type=int, metavar="B")


def _names(vault: Any, ids: set[int]) -> dict[int, str]:
    with ReadSession(vault) as s:
        return {c.id: c.display_name for c in contact_read.load(s, sorted(ids))}


def _find(ctx: Any, args: argparse.Namespace) -> None:
    if not 0 < args.min_score <= 1:
        raise ValidationError("min-score", "must be above 0 and at most 1")
    groups = find_groups(ctx.vault, args.min_score)[:args.limit]
    if ctx.json:
        print_json({"groups": [{"ids": g.ids, "score": g.score, "reasons": g.reasons} for g in groups]})
        return
    if not groups:
        out("No duplicates found.")
        return
    names = _names(ctx.vault, {i for g in groups for i in g.ids})
    table(["Score", "Contacts", "Reasons"],
          [(f"{g.score:.2f}", " · ".join(f"#{i} {names.get(i, '')}" for i in g.ids), ", ".join(g.reasons))
           for g in groups], right=[0], wide=[2])
    out(f"\n{len(groups)} group(s). Merge with `crm dedup merge KEEP OTHER...`, "
        "or `crm dedup distinct A B` when they are not the same.")


def _choices(items: list[str] | None) -> dict[str, int]:
    out: dict[str, int] = {}
    for item in items or []:
        name, sep, value = item.partition("=")
        if not sep or not value.strip().isdigit():
            raise ValidationError("choose", f"'{item}' is not FIELD=ID")
        out[name.strip()] = int(value)
    return out


def _merge(ctx: Any, args: argparse.Namespace) -> None:
    result = merge(ctx.vault, args.keep, args.others, _choices(args.choose),
                   keep_all_phones=not args.only_chosen_phones, keep_all_emails=not args.only_chosen_emails)
    if ctx.json:
        print_json(result)
    else:
        merged = ", ".join(f"#{i}" for i in dict.fromkeys(args.others))
        out(f"Merged {merged} into #{result.id} {result.display_name}. `crm undo` reverts it.")


def _distinct(ctx: Any, args: argparse.Namespace) -> None:
    new = mark_distinct(ctx.vault, args.a, args.b)
    if ctx.json:
        print_json({"distinct": sorted((args.a, args.b)), "new": new})
    else:
        out(f"#{args.a} and #{args.b} are not the same: they will not be proposed together again."
            if new else f"#{args.a} and #{args.b} were already marked as not the same.")
