"""crm health: the data-health figures with the records behind each line; --verify marks one."""

from __future__ import annotations

import argparse
from typing import Any

from crm_desktop.core.errors import ValidationError
from crm_desktop.core.services.health import CONTACT_CHECKS, health, mark_verified

from .output import out, print_json, table
from .parsing import positive

LABELS = {
    "missing_phone": "Contacts without a phone", "missing_email": "Contacts without an e-mail",
    "missing_organization": "People without an organization", "missing_tier": "Contacts without a tier",
    "invalid_phone": "Phones that did not parse", "invalid_email": "Invalid e-mails",
    "deals_past_close": "Open deals past expected close", "overdue_reminders": "Overdue reminders",
}
SHOWN_IDS = 12

_HELP = f"""\
Each line counts the records that need a look and lists their ids (contacts, or deals and
reminders for the last two lines). `--verify ID CHECK` marks a contact as right as it is for one
check ({', '.join(CONTACT_CHECKS)}): it is not reported again until the contact changes."""


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("health", help="data health: missing, invalid and stale records",
                       description="data health: missing, invalid and stale records", epilog=_HELP,
                       parents=[common], formatter_class=argparse.RawDescriptionHelpFormatter)
    p.set_defaults(func=_health)
    p.add_argument("--limit", type=positive, default=1000, metavar="N", help="ids per line (default 1000)")
    p.add_argument("--verify", nargs=2, metavar=("ID", "CHECK"), help="mark contact ID verified for CHECK")


def _label(check: str, days: int | None) -> str:
    if check.startswith("stale_"):
        return f"Tier {check[-1]}: no interaction in {days} days"
    return LABELS.get(check, check)


def _health(ctx: Any, args: argparse.Namespace) -> None:
    if args.verify:
        ident, check = args.verify
        if not ident.strip().isdigit():
            raise ValidationError("verify", f"'{ident}' is not a contact id")
        mark_verified(ctx.vault, int(ident), check)
        if ctx.json:
            print_json({"verified": {"contact_id": int(ident), "check": check}})
        else:
            out(f"Contact #{ident} verified for {check}.")
        return
    report = health(ctx.vault, limit=args.limit)
    if ctx.json:
        print_json({"today": report.today, "contacts": report.contacts, "people": report.people,
                    "organizations": report.organizations, "checks": report.lines})
        return
    out(f"Data health on {report.today}: {report.contacts:,} contacts "
        f"({report.people:,} people, {report.organizations:,} organizations)")
    out()
    table(["Check", "Count", "Verified", "Ids"],
          [(_label(x.check, x.threshold_days), f"{x.count:,}", x.verified or "",
            ", ".join(map(str, x.ids[:SHOWN_IDS])) + (" …" if x.count > SHOWN_IDS else ""))
           for x in report.lines], right=[1, 2], wide=[3])
