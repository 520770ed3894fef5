"""crm reminder add | list | show | done | snooze | edit | delete: follow-ups."""

from __future__ import annotations

import argparse
from typing import Any

from crm_desktop.core.services import reminders
from crm_desktop.core.services.common import UNSET
from crm_desktop.core.services.reminder_dto import VIEWS, ReminderOut

from .output import out, print_json, section, table, when
from .parsing import group, leaf, positive, require_changes

_WHEN_HELP = """\
WHEN is ISO 8601: 2026-12-01T09:00 is read on the clock of --tz (default: the vault's time zone
setting, else this computer's); 2026-12-01T09:00+08:00 is taken as is. --repeat takes an RFC 5545
rule, e.g. FREQ=WEEKLY;BYDAY=MO or FREQ=MONTHLY;COUNT=6."""

_SNOOZE_HELP = """\
UNTIL is a span (30m, 1h, 2d, 1w), tomorrow or next_week (Monday) at the reminder's usual time,
or a date and time (ISO 8601, on the reminder's own clock)."""


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    g = group(sub, "reminder", "follow-ups due at a time, maybe recurring")
    add = leaf(g, "add", "add a reminder; prints its id", common, _add, _WHEN_HELP)
    add.add_argument("--text", required=True, help="what to do")
    add.add_argument("--due", required=True, metavar="WHEN")
    _link_options(add)
    ls = leaf(g, "list", "list reminders (open ones by due time)", common, _list)
    ls.add_argument("--view", choices=VIEWS, default="open",
                    help="today, overdue, upcoming, open (default) or done")
    ls.add_argument("--contact", type=int, metavar="ID")
    ls.add_argument("--deal", type=int, metavar="ID")
    ls.add_argument("--tz", metavar="ZONE", help="the zone whose calendar says what 'today' is")
    ls.add_argument("--limit", type=positive, help="at most N")
    show = leaf(g, "show", "show one reminder", common, _show)
    show.add_argument("id", type=int)
    done = leaf(g, "done", "mark reminders done (a recurring one gets its next occurrence)", common, _done)
    done.add_argument("ids", type=int, nargs="+", metavar="ID")
    snooze = leaf(g, "snooze", "put a reminder off", common, _snooze, _SNOOZE_HELP)
    snooze.add_argument("id", type=int)
    snooze.add_argument("until", metavar="UNTIL")
    edit = leaf(g, "edit", "change a reminder (only the options given)", common, _edit,
                _WHEN_HELP + '\nAn empty value clears --repeat, --contact or --deal ("").')
    edit.add_argument("id", type=int)
    # UNSET (not None) marks an option left out, so that "" can clear a link
    edit.add_argument("--text", default=UNSET)
    edit.add_argument("--due", metavar="WHEN", default=UNSET)
    _link_options(edit, cleared=True)
    rm = leaf(g, "delete", "move a reminder to the trash", common, _delete)
    rm.add_argument("id", type=int)


def _optional_id(text: str) -> int | None:
    if text.strip() == "":
        return None
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not an id") from None


def _link_options(p: argparse.ArgumentParser, cleared: bool = False) -> None:
    default = UNSET if cleared else None
    id_type = _optional_id if cleared else int
    p.add_argument("--tz", metavar="ZONE", default=default, help="an IANA time zone, e.g. Asia/Shanghai")
    p.add_argument("--contact", type=id_type, metavar="ID", default=default)
    p.add_argument("--deal", type=id_type, metavar="ID", default=default)
    p.add_argument("--repeat", metavar="RRULE", default=default, help="recur by an RFC 5545 rule")


def due_text(r: ReminderOut) -> str:
    return f"{r.due_local.strftime('%Y-%m-%d %H:%M')} {r.tz}"


def _print(ctx: Any, r: ReminderOut, text: str) -> None:
    if ctx.json:
        print_json(r)
    else:
        out(text)


def _add(ctx: Any, args: argparse.Namespace) -> None:
    r = reminders.add(ctx.vault, args.text, args.due, tz=args.tz, contact_id=args.contact,
                      deal_id=args.deal, rrule=args.repeat)
    _print(ctx, r, str(r.id))


def _list(ctx: Any, args: argparse.Namespace) -> None:
    rows = reminders.list_reminders(ctx.vault, args.view, contact_id=args.contact, deal_id=args.deal,
                                    tz=args.tz, limit=args.limit)
    if ctx.json:
        print_json({"reminders": rows, "total": len(rows), "view": args.view})
        return
    table(["ID", "Due", "", "Text", "Contact", "Deal", "Repeats"],
          [(r.id, due_text(r), "overdue" if r.overdue else ("done" if r.status == "done" else ""),
            r.text, r.contact, r.deal, "yes" if r.rrule else "") for r in rows], right=[0])
    out(f"{len(rows)} {args.view} reminder{'s' if len(rows) != 1 else ''}.")


def _show(ctx: Any, args: argparse.Namespace) -> None:
    r = reminders.get(ctx.vault, args.id)
    if ctx.json:
        print_json(r)
        return
    out(f"{r.text}  (reminder, id {r.id})")
    section("Details", [
        ("Due", due_text(r) + ("  (overdue)" if r.overdue else "")), ("Status", r.status),
        ("Snoozed from", when(r.snoozed_from)), ("Done", when(r.done_at)), ("Repeats", r.rrule),
        ("Contact", None if r.contact is None else f"{r.contact} (id {r.contact_id})"),
        ("Deal", None if r.deal is None else f"{r.deal} (id {r.deal_id})")])
    section("Record", [("UID", r.uid), ("Series", r.series_uid)])


def _done(ctx: Any, args: argparse.Namespace) -> None:
    results = []
    for rid in dict.fromkeys(args.ids):
        nxt = reminders.done(ctx.vault, rid)
        results.append({"id": rid, "next": nxt})
        if not ctx.json:
            out(f"Done: {rid}." + (f" Next: {due_text(nxt)} (id {nxt.id})." if nxt else ""))
    if ctx.json:
        print_json({"done": results})


def _snooze(ctx: Any, args: argparse.Namespace) -> None:
    r = reminders.snooze(ctx.vault, args.id, args.until)
    _print(ctx, r, f"Snoozed until {due_text(r)}.")


def _edit(ctx: Any, args: argparse.Namespace) -> None:
    values = {"text": args.text, "due": args.due, "tz": args.tz, "rrule": args.repeat,
              "contact_id": args.contact, "deal_id": args.deal}
    given = {k: (None if v == "" else v) for k, v in values.items() if v is not UNSET}
    r = reminders.edit(ctx.vault, args.id, **require_changes(given))
    _print(ctx, r, f"Changed reminder {r.id}: due {due_text(r)}.")


def _delete(ctx: Any, args: argparse.Namespace) -> None:
    reminders.delete(ctx.vault, args.id)
    if ctx.json:
        print_json({"deleted": args.id})
    else:
        out(f"Moved reminder {args.id} to the trash (`crm undo` brings it back).")
