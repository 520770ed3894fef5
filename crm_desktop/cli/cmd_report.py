"""crm report KIND --out FILE.pdf: the PDF reports (pipeline, follow-ups, going cold, dossier,
activity, data health), in the language asked for."""

from __future__ import annotations

import argparse
from typing import Any

from crm_desktop.core.errors import ValidationError
from crm_desktop.core.reports import LANGUAGES, REPORTS

from .output import Progress, out, print_json
from .parsing import positive

_HELP = """\
Periods (--from/--to, YYYY-MM-DD) apply to pipeline and activity (default: the last 90 days);
follow-ups, going cold and data health describe today. A dossier needs --contact ID.
The language defaults to the vault's own (set when it was created)."""


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("report", help="write a PDF report", description="write a PDF report",
                       epilog=_HELP, parents=[common], formatter_class=argparse.RawDescriptionHelpFormatter)
    p.set_defaults(func=_report)
    p.add_argument("kind", choices=sorted(REPORTS), help="which report")
    p.add_argument("--out", required=True, metavar="FILE.pdf", help="where to write the PDF")
    p.add_argument("--from", dest="date_from", metavar="DATE", help="first day of the period")
    p.add_argument("--to", dest="date_to", metavar="DATE", help="last day of the period")
    p.add_argument("--contact", type=positive, metavar="ID", help="the contact or organization (dossier)")
    p.add_argument("--lang", choices=LANGUAGES, help="language of the report")


def _language(ctx: Any, asked: str | None) -> str:
    if asked:
        return asked
    from crm_desktop.core.services.common import get_setting
    from crm_desktop.core.services.uow import ReadSession

    with ReadSession(ctx.vault) as s:
        lang = get_setting(s, "language", "en")
    return lang if lang in LANGUAGES else "en"


def _report(ctx: Any, args: argparse.Namespace) -> None:
    options: dict[str, Any] = {"lang": _language(ctx, args.lang), "date_from": args.date_from,
                               "date_to": args.date_to}
    if args.kind == "dossier":
        if args.contact is None:
            raise ValidationError("contact", "a dossier needs --contact ID")
        options["contact_id"] = args.contact
    elif args.contact is not None:
        raise ValidationError("contact", f"--contact is for the dossier, not the {args.kind} report")
    bar = Progress(f"Writing the {args.kind} report")

    def progress(done: int, total: int, what: str = "") -> None:
        bar(done, total)

    summary = REPORTS[args.kind](ctx.vault, args.out, progress=progress, **options)
    bar.finish()
    if ctx.json:
        print_json(summary)
    else:
        out(f"Wrote {summary.path}: {summary.pages} page(s), {summary.rows} row(s), {summary.lang}.")
