"""crm search QUERY: contacts, deals and interactions, bilingual and forgiving.

Importing crm_desktop.core.search also registers the listeners that keep the search index in
step with every write, so the other commands keep it current too (commands.py imports this).
"""

from __future__ import annotations

import argparse
from typing import Any

from crm_desktop.core.search import SearchFilters, SearchResults, reindex, search
from crm_desktop.core.search.results import TYPES

from .cmd_stages import resolve
from .output import Progress, out, print_json, table
from .parsing import id_or_name, leaf, positive

_HELP = """\
QUERY matches names (简体, 繁體, pinyin and initials, English), phone numbers, e-mails,
organizations, deals and the text of notes. Filters narrow the types they apply to: --tier,
--tag and --kind give contacts only, --stage deals only."""

_TITLES = {"contact": "Contacts", "deal": "Deals", "interaction": "Interactions"}


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = leaf(sub, "search", "find contacts, deals and interactions", common, _search, _HELP)
    p.add_argument("query", nargs="?", default="", help="what to look for")
    p.add_argument("--type", action="append", choices=TYPES, dest="types",
                   help="only this type (repeat for several)")
    p.add_argument("--limit", type=positive, default=20, help="at most N hits per type (default 20)")
    p.add_argument("--kind", choices=("person", "organization"))
    p.add_argument("--tier", type=str.upper, choices=("A", "B", "C"))
    p.add_argument("--tag")
    p.add_argument("--stage", type=id_or_name, help="a stage's id or name")
    p.add_argument("--owner")
    p.add_argument("--cold-since", metavar="YYYY-MM-DD",
                   help="contacts with no interaction since this date")
    p.add_argument("--overdue", action="store_true", help="with an overdue reminder")
    leaf(sub, "reindex", "rebuild the search index from the records", common, _reindex,
         "Not needed in normal use (every change keeps the index current); for a vault written\n"
         "by other tools, or after a restore.")


def _filters(ctx: Any, args: argparse.Namespace) -> SearchFilters:
    from crm_desktop.core.services.common import parse_date

    return SearchFilters(
        kind=args.kind, tier=args.tier, tag=args.tag, owner=args.owner,
        stage_id=None if args.stage is None else resolve(ctx.vault, args.stage).id,
        no_interaction_since=parse_date(args.cold_since, "cold-since"),
        has_overdue_reminder=True if args.overdue else None)


def results_json(res: SearchResults) -> dict[str, Any]:
    return {"query": res.text, "fuzzy": res.fuzzy, "total": len(res),
            "groups": [{"entity": g.entity, "more": g.more, "hits": list(g.hits)} for g in res.groups]}


def _search(ctx: Any, args: argparse.Namespace) -> None:
    filters = _filters(ctx, args)
    res = search(ctx.vault, args.query, types=args.types, limit=args.limit, filters=filters)
    if ctx.json:
        print_json(results_json(res))
        return
    shown = False
    for g in res.groups:
        if not g.hits:
            continue
        if shown:
            out()
        shown = True
        out(f"{_TITLES.get(g.entity, g.entity)} ({len(g.hits)}{'+' if g.more else ''})")
        table(["ID", "Match", "Details", "Matched"],
              [(h.id, h.title, h.subtitle, h.snippet.text if h.snippet else h.field) for h in g.hits],
              right=[0])
    if not shown:
        out("Nothing found.")
    elif res.fuzzy:
        out("\n(Some contacts were found by allowing for typos.)")


def _reindex(ctx: Any, args: argparse.Namespace) -> None:
    progress = Progress("Rebuilding the search index")
    try:
        reindex(ctx.vault, progress)
    finally:
        progress.finish()
    if ctx.json:
        print_json({"reindexed": True})
    else:
        out("The search index was rebuilt.")
