"""crm contact add | list | show | edit | delete."""

from __future__ import annotations

import argparse
from typing import Any

from crm_desktop.core.services import contact_read, contacts
from crm_desktop.core.services.contact_dto import ContactInput, ContactOut, EmailIn, PhoneIn

from .output import block, out, print_json, section, table, when
from .parsing import group, labeled, leaf, pairs, positive, require_changes

# option dest -> ContactInput field, for the plain text options
_TEXT = {
    "name": "display_name", "kind": "kind", "org": "organization", "role": "role", "title": "title",
    "given": "given_name", "family": "family_name", "phonetic_given": "phonetic_given_name",
    "phonetic_family": "phonetic_family_name", "department": "department", "website": "website",
    "birthday": "birthday", "tier": "tier", "note": "note", "owner": "owner",
}

_EDIT_HELP = """\
Only the options given change. An empty value clears a field (--title ""); --phone, --email,
--tag and --other-name replace the whole list (--phone "" clears it); --field NAME= clears one
custom field. A phone or e-mail may carry a label: --phone "mobile: 138 0013 8000"."""


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    g = group(sub, "contact", "people and organizations")
    add = leaf(g, "add", "add a contact; prints its id", common, _add, _EDIT_HELP)
    add.add_argument("--name", help="the display name (or give --given/--family)")
    _contact_options(add)
    edit = leaf(g, "edit", "change a contact", common, _edit, _EDIT_HELP)
    edit.add_argument("id", type=int)
    edit.add_argument("--name", help="the display name")
    _contact_options(edit)
    ls = leaf(g, "list", "list contacts by name", common, _list)
    ls.add_argument("--kind", choices=("person", "organization"))
    ls.add_argument("--tier", type=str.upper, choices=("A", "B", "C"))
    ls.add_argument("--tag")
    ls.add_argument("--limit", type=positive, default=50, help="at most N contacts (default 50)")
    ls.add_argument("--offset", type=positive, default=0, help="skip the first N")
    show = leaf(g, "show", "show one contact", common, _show)
    show.add_argument("id", type=int)
    rm = leaf(g, "delete", "move contacts to the trash (undo or `crm trash restore` brings them back)",
              common, _delete)
    rm.add_argument("ids", type=int, nargs="+", metavar="ID")


def _contact_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--kind", help="person (default) or organization")
    p.add_argument("--org", metavar="NAME", help="the organization (created when new)")
    p.add_argument("--role", help="the role at the organization")
    p.add_argument("--title")
    p.add_argument("--department")
    p.add_argument("--given", metavar="NAME", help="given name")
    p.add_argument("--family", metavar="NAME", help="family name")
    p.add_argument("--phonetic-given", metavar="TEXT", help="given name as pronounced (pinyin)")
    p.add_argument("--phonetic-family", metavar="TEXT", help="family name as pronounced (pinyin)")
    p.add_argument("--other-name", action="append", metavar="NAME", help="a name in another script")
    p.add_argument("--phone", action="append", metavar="[LABEL:]NUMBER")
    p.add_argument("--email", action="append", metavar="[LABEL:]ADDRESS")
    p.add_argument("--website")
    p.add_argument("--birthday", metavar="YYYY-MM-DD")
    p.add_argument("--tier", help="A, B or C")
    p.add_argument("--tag", action="append")
    p.add_argument("--note", metavar="TEXT")
    p.add_argument("--owner", help="who looks after this contact")
    p.add_argument("--field", action="append", metavar="NAME=VALUE", help="a custom field")


def contact_input(args: argparse.Namespace) -> ContactInput:
    """Only what was given: the service leaves everything else as it is."""
    data = ContactInput()
    for dest, name in _TEXT.items():
        value = getattr(args, dest, None)
        if value is not None:
            setattr(data, name, value)
    if args.phone is not None:
        data.phones = [PhoneIn(number=v, label=lb) for lb, v in map(labeled, args.phone)]
    if args.email is not None:
        data.emails = [EmailIn(address=v, label=lb) for lb, v in map(labeled, args.email)]
    if args.tag is not None:
        data.tags = [t for t in args.tag if t.strip()]
    if args.other_name is not None:
        data.other_names = args.other_name
    if args.field is not None:
        data.custom_fields = pairs(args.field, "field")
    return data


def _add(ctx: Any, args: argparse.Namespace) -> None:
    c = contacts.add(ctx.vault, contact_input(args))
    if ctx.json:
        print_json(c)
    else:
        out(str(c.id))


def _edit(ctx: Any, args: argparse.Namespace) -> None:
    c = contacts.edit(ctx.vault, args.id, require_changes(contact_input(args)))
    if ctx.json:
        print_json(c)
    else:
        out(f"Changed {c.display_name} (id {c.id}).")


def _list(ctx: Any, args: argparse.Namespace) -> None:
    page = contact_read.list_contacts(ctx.vault, kind=args.kind, tier=args.tier, tag=args.tag,
                                      limit=args.limit, offset=args.offset)
    if ctx.json:
        print_json({"contacts": page.contacts, "total": page.total,
                    "limit": args.limit, "offset": args.offset})
        return
    table(["ID", "Name", "Kind", "Organization", "Title", "Tier", "Phone", "E-mail", "Tags"],
          [(c.id, c.display_name, "org" if c.kind == "organization" else "person", c.organization,
            c.title, c.tier, c.phones[0].number if c.phones else None,
            c.emails[0].address if c.emails else None, c.tags) for c in page.contacts],
          right=[0])
    out(footer(len(page.contacts), args.offset, page.total, "contact"))


def footer(shown: int, offset: int, total: int, noun: str) -> str:
    if not total:
        return f"No {noun}s."
    if shown == total:
        return f"{total} {noun}{'s' if total != 1 else ''}."
    text = f"{offset + 1 if shown else offset}–{offset + shown} of {total} {noun}s."
    if offset + shown < total:
        text += f" More: --offset {offset + shown}"
    return text


def _show(ctx: Any, args: argparse.Namespace) -> None:
    c = contact_read.get(ctx.vault, args.id)
    if ctx.json:
        print_json(c)
        return
    show_contact(c)
    show_related(ctx.vault, c.id)


def show_related(vault: Any, contact_id: int) -> None:
    """What a user looks for next on a contact: its deals and latest interactions."""
    from crm_desktop.core.services import deals, interactions

    page = deals.list_deals(vault, client_id=contact_id, limit=10)
    section(f"Deals ({page.total})", [
        (f"#{d.id}", f"{d.name} · {d.stage} · {d.status}"
         + (f" · {d.currency} {d.amount:,}" if d.amount is not None else "")) for d in page.deals])
    recent = interactions.list_interactions(vault, contact_id=contact_id, limit=5)
    section(f"Latest interactions ({recent.total})", [
        (when(i.occurred_at), f"{i.kind} · {i.subject or (i.body or '').splitlines()[0][:60]}"
         if i.subject or i.body else i.kind) for i in recent.interactions])


def show_contact(c: ContactOut) -> None:
    out(f"{c.display_name}  ({c.kind}, id {c.id})")
    section("Details", [
        ("Organization", c.organization), ("Title", c.title), ("Department", c.department),
        ("Given name", c.given_name), ("Family name", c.family_name),
        ("Phonetic", " ".join(p for p in (c.phonetic_family_name, c.phonetic_given_name) if p)),
        ("Other names", c.other_names), ("Birthday", c.birthday), ("Tier", c.tier), ("Tags", c.tags),
        ("Website", c.website), ("Owner", c.owner)])
    section("Phones", [(p.label or "phone", p.number + ("" if p.valid else "  (not a valid number)"))
                       for p in c.phones])
    section("E-mails", [(e.label or "e-mail", e.address + ("" if e.valid else "  (not valid)"))
                        for e in c.emails])
    section("Addresses", [(a.label or "address", ", ".join(
        x for x in (a.street, a.city, a.region, a.postcode, a.country) if x)) for a in c.addresses])
    section("Custom fields", list(c.custom_fields.items()))
    section("People" if c.kind == "organization" else "Organizations", [
        (lk.display_name, " · ".join(x for x in (lk.role, "primary" if lk.is_primary and
                                                  c.kind == "person" else None) if x) + f" (id {lk.id})")
        for lk in c.links])
    block("Note", c.note)
    section("Record", [("Id", str(c.id)), ("UID", c.uid), ("Source", c.source),
                       ("Last interaction", when(c.last_interaction_at)),
                       ("Created", when(c.created_at)), ("Updated", when(c.updated_at))])


def _delete(ctx: Any, args: argparse.Namespace) -> None:
    n = contacts.delete(ctx.vault, list(dict.fromkeys(args.ids)))
    if ctx.json:
        print_json({"deleted": n, "ids": args.ids})
    else:
        out(f"Moved {n} contact{'s' if n != 1 else ''} to the trash (`crm undo` brings "
            f"{'them' if n != 1 else 'it'} back).")
