"""crm interaction add | list | show | delete: meetings, calls, e-mails and notes."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from typing import Any

from crm_desktop.core.models import INTERACTION_KINDS
from crm_desktop.core.services import interactions
from crm_desktop.core.services.interaction_dto import InteractionInput, InteractionOut

from .cmd_contacts import footer
from .output import block, out, print_json, section, table, when
from .parsing import group, leaf, positive

_ADD_HELP = f"""\
Kinds: {', '.join(INTERACTION_KINDS)}. --at takes ISO 8601 with a time zone
(2024-05-01T09:30+08:00, or ...Z for UTC); without --at it is now."""


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    g = group(sub, "interaction", "meetings, calls, e-mails and notes with contacts")
    add = leaf(g, "add", "record an interaction; prints its id", common, _add, _ADD_HELP)
    add.add_argument("--kind", help="meeting, call, email, note, site_visit or other")
    add.add_argument("--contact", type=int, action="append", metavar="ID",
                     help="a contact who took part (repeat for several)")
    add.add_argument("--deal", type=int, metavar="ID", help="the deal it was about")
    add.add_argument("--at", metavar="WHEN", help="when it happened (default: now)")
    add.add_argument("--subject")
    add.add_argument("--body", metavar="TEXT", help="minutes, the e-mail, the note")
    ls = leaf(g, "list", "list interactions, newest first", common, _list)
    ls.add_argument("--contact", type=int, metavar="ID")
    ls.add_argument("--deal", type=int, metavar="ID")
    ls.add_argument("--kind")
    ls.add_argument("--limit", type=positive, default=50, help="at most N (default 50)")
    ls.add_argument("--offset", type=positive, default=0, help="skip the first N")
    show = leaf(g, "show", "show one interaction in full", common, _show)
    show.add_argument("id", type=int)
    rm = leaf(g, "delete", "move an interaction to the trash", common, _delete)
    rm.add_argument("id", type=int)


def _add(ctx: Any, args: argparse.Namespace) -> None:
    data = InteractionInput(kind=args.kind, occurred_at=args.at or datetime.now(UTC),
                            participants=args.contact or [])
    for name in ("subject", "body"):
        if getattr(args, name) is not None:
            setattr(data, name, getattr(args, name))
    if args.deal is not None:
        data.deal_id = args.deal
    i = interactions.add(ctx.vault, data)
    if ctx.json:
        print_json(i)
    else:
        out(str(i.id))


def _list(ctx: Any, args: argparse.Namespace) -> None:
    page = interactions.list_interactions(ctx.vault, contact_id=args.contact, deal_id=args.deal,
                                          kind=args.kind, limit=args.limit, offset=args.offset)
    if ctx.json:
        print_json({"interactions": page.interactions, "total": page.total,
                    "limit": args.limit, "offset": args.offset})
        return
    table(["ID", "When", "Kind", "Subject", "With", "Deal"],
          [(i.id, when(i.occurred_at), i.kind, i.subject or (i.body or "")[:60],
            [p.name for p in i.participants], i.deal) for i in page.interactions], right=[0])
    out(footer(len(page.interactions), args.offset, page.total, "interaction"))


def _show(ctx: Any, args: argparse.Namespace) -> None:
    i = interactions.get(ctx.vault, args.id)
    if ctx.json:
        print_json(i)
        return
    show_interaction(i)


def show_interaction(i: InteractionOut) -> None:
    out(f"{i.subject or i.kind}  ({i.kind}, id {i.id})")
    section("Details", [("When", when(i.occurred_at)),
                        ("Deal", None if i.deal is None else f"{i.deal} (id {i.deal_id})")])
    section("With", [(p.name, f"id {p.contact_id}") for p in i.participants])
    block("Body", i.body)
    section("Record", [("UID", i.uid), ("Created", when(i.created_at)), ("Updated", when(i.updated_at))])


def _delete(ctx: Any, args: argparse.Namespace) -> None:
    interactions.delete(ctx.vault, args.id)
    if ctx.json:
        print_json({"deleted": args.id})
    else:
        out(f"Moved interaction {args.id} to the trash (`crm undo` brings it back).")
