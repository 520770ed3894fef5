"""crm deal add | list | show | edit | move | close | note | delete."""

from __future__ import annotations

import argparse
from decimal import Decimal
from typing import Any

from crm_desktop.core.errors import ValidationError
from crm_desktop.core.services import deals
from crm_desktop.core.services.deal_dto import DealDetail, DealInput

from .cmd_contacts import footer
from .output import block, out, print_json, section, table, when
from .parsing import group, id_or_name, leaf, positive, require_changes

# option dest -> DealInput field, for values passed as typed (the service parses them)
_PLAIN = {
    "name": "name", "amount": "amount", "currency": "currency", "stage": "stage",
    "probability": "probability", "expected_close": "expected_close", "owner": "owner",
    "description": "description", "retainer": "fee_retainer", "success_fee": "fee_success_amount",
    "success_percent": "fee_success_percent", "reason": "close_reason",
}

_EDIT_HELP = """\
Only the options given change; an empty value clears a field (--probability "" goes back to the
stage's default). --client takes a contact id or an organization's name (created when new).
--party CONTACT_ID[:ROLE] (sponsor, lender, investor, adviser, other) replaces the whole list.
Amounts are exact decimals with an ISO 4217 currency: --amount 120,000,000 --currency CNY."""


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    g = group(sub, "deal", "financing opportunities through the pipeline")
    add = leaf(g, "add", "add a deal; prints its id", common, _add, _EDIT_HELP)
    add.add_argument("--name", help="the deal's name")
    _deal_options(add)
    edit = leaf(g, "edit", "change a deal", common, _edit, _EDIT_HELP)
    edit.add_argument("id", type=int)
    edit.add_argument("--name")
    _deal_options(edit)
    edit.add_argument("--reason", help="why it was won or lost")
    ls = leaf(g, "list", "list deals in pipeline order", common, _list)
    ls.add_argument("--stage", type=id_or_name, help="a stage's id or name")
    ls.add_argument("--status", help="open, won or lost")
    ls.add_argument("--client", type=int, metavar="CONTACT_ID")
    ls.add_argument("--owner")
    ls.add_argument("--limit", type=positive, default=50, help="at most N deals (default 50)")
    ls.add_argument("--offset", type=positive, default=0, help="skip the first N")
    show = leaf(g, "show", "show one deal with its notes and stage history", common, _show)
    show.add_argument("id", type=int)
    move = leaf(g, "move", "move a deal to another stage (a won or lost stage closes it)", common, _move)
    move.add_argument("id", type=int)
    move.add_argument("stage", type=id_or_name, help="the stage's id or name")
    close = leaf(g, "close", "close a deal as won or lost", common, _close)
    close.add_argument("id", type=int)
    close.add_argument("outcome", help="won or lost")
    close.add_argument("--reason", help="why")
    note = leaf(g, "note", "add a note to a deal", common, _note)
    note.add_argument("id", type=int)
    note.add_argument("text")
    rm = leaf(g, "delete", "move a deal to the trash", common, _delete)
    rm.add_argument("id", type=int)


def _deal_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--client", metavar="ID|NAME", help="the client: a contact id or an organization name")
    p.add_argument("--amount")
    p.add_argument("--currency", metavar="CODE", help="ISO 4217, e.g. CNY, USD, HKD")
    p.add_argument("--stage", type=id_or_name, help="a stage's id or name (default: the first)")
    p.add_argument("--probability", metavar="PERCENT", help="override the stage's probability")
    p.add_argument("--expected-close", metavar="YYYY-MM-DD")
    p.add_argument("--owner")
    p.add_argument("--description", metavar="TEXT")
    p.add_argument("--party", action="append", metavar="CONTACT_ID[:ROLE]")
    p.add_argument("--retainer", metavar="AMOUNT", help="the firm's retainer fee")
    p.add_argument("--success-fee", metavar="AMOUNT", help="the success fee as an amount")
    p.add_argument("--success-percent", metavar="PERCENT", help="the success fee as a percent")


def _party(text: str, n: int) -> tuple[int, str]:
    cid, _, role = text.partition(":")
    if not cid.strip().isdigit():
        raise ValidationError(f"parties[{n}]", f"'{text}' is not CONTACT_ID[:ROLE]")
    return int(cid), role.strip() or "other"


def deal_input(args: argparse.Namespace) -> DealInput:
    data = DealInput()
    for dest, name in _PLAIN.items():
        value = getattr(args, dest, None)
        if value is not None:
            setattr(data, name, value)
    if args.client is not None:
        data.client = id_or_name(args.client) if args.client.strip() else None
    if args.party is not None:
        data.parties = [_party(p, n) for n, p in enumerate(args.party) if p.strip()]
    return data


def money(amount: Decimal | None, currency: str | None) -> str | None:
    return None if amount is None else f"{currency or ''} {amount:,}".strip()


def _print(ctx: Any, d: DealDetail, text: str) -> None:
    if ctx.json:
        print_json(d)
    else:
        out(text)


def _add(ctx: Any, args: argparse.Namespace) -> None:
    d = deals.add(ctx.vault, deal_input(args))
    _print(ctx, d, str(d.id))


def _edit(ctx: Any, args: argparse.Namespace) -> None:
    d = deals.edit(ctx.vault, args.id, require_changes(deal_input(args)))
    _print(ctx, d, f"Changed deal {d.name} (id {d.id}).")


def _list(ctx: Any, args: argparse.Namespace) -> None:
    page = deals.list_deals(ctx.vault, stage=args.stage, status=args.status, client_id=args.client,
                            owner=args.owner, limit=args.limit, offset=args.offset)
    if ctx.json:
        print_json({"deals": page.deals, "total": page.total, "limit": args.limit, "offset": args.offset})
        return
    table(["ID", "Name", "Client", "Stage", "Amount", "Prob.", "Expected close", "Status"],
          [(d.id, d.name, d.client, d.stage, money(d.amount, d.currency), f"{d.probability}%",
            d.expected_close, d.status) for d in page.deals], right=[0, 4, 5])
    out(footer(len(page.deals), args.offset, page.total, "deal"))


def _show(ctx: Any, args: argparse.Namespace) -> None:
    d = deals.get(ctx.vault, args.id)
    if ctx.json:
        print_json(d)
        return
    out(f"{d.name}  (deal, id {d.id})")
    prob = f"{d.probability}%" + ("" if d.probability_override is None else " (set on the deal)")
    section("Details", [
        ("Client", None if d.client is None else f"{d.client} (id {d.client_id})"), ("Stage", d.stage),
        ("Status", d.status), ("Probability", prob), ("Expected close", d.expected_close),
        ("Owner", d.owner), ("Closed", when(d.closed_at)), ("Close reason", d.close_reason)])
    section("Money", [
        ("Amount", money(d.amount, d.currency)), ("Weighted", money(d.weighted_amount, d.currency)),
        ("Retainer", money(d.fee_retainer, d.currency)),
        ("Success fee", money(d.fee_success_amount, d.currency)
         or (None if d.fee_success_percent is None else f"{d.fee_success_percent}%")),
        ("Expected fee", money(d.expected_fee, d.currency))])
    section("Parties", [(p.role, f"{p.name} (id {p.contact_id})") for p in d.parties])
    block("Description", d.description)
    section("Notes", [(when(n.at), n.text) for n in d.notes])
    section("Stage history", [(e.stage, f"{when(e.entered_at)} → {when(e.left_at) or 'now'}")
                              for e in d.stage_history])
    section("Record", [("UID", d.uid), ("Created", when(d.created_at)), ("Updated", when(d.updated_at))])


def _move(ctx: Any, args: argparse.Namespace) -> None:
    d = deals.move(ctx.vault, args.id, args.stage)
    _print(ctx, d, f"Deal {d.name} is in {d.stage} ({d.status}).")


def _close(ctx: Any, args: argparse.Namespace) -> None:
    d = deals.close(ctx.vault, args.id, args.outcome, args.reason)
    _print(ctx, d, f"Deal {d.name} closed as {d.status} ({d.stage}).")


def _note(ctx: Any, args: argparse.Namespace) -> None:
    n = deals.add_note(ctx.vault, args.id, args.text)
    if ctx.json:
        print_json(n)
    else:
        out(str(n.id))


def _delete(ctx: Any, args: argparse.Namespace) -> None:
    deals.delete(ctx.vault, args.id)
    if ctx.json:
        print_json({"deleted": args.id})
    else:
        out(f"Moved deal {args.id} to the trash (`crm undo` brings it back).")
