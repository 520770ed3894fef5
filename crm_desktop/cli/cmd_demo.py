"""crm demo: a vault full of realistic sample data to try crm-desktop on."""

from __future__ import annotations

import argparse
import contextlib
import os
from typing import Any

from crm_desktop.core import search
from crm_desktop.core.demo import DemoStats, build_demo
from crm_desktop.core.services.bootstrap import LANGUAGES
from crm_desktop.core.vault import Vault

from . import passphrase
from .app import data_dir
from .output import Progress, out, print_json
from .parsing import leaf, positive

DEMO_PASSPHRASE = "demo"

_HELP = f"""\
Without --vault the demo vault is {data_dir() / 'demo.crm'}, with the passphrase "demo"
(unless CRM_PASSPHRASE is set: then that one). With --vault the passphrase comes from
CRM_PASSPHRASE or is asked, as for any vault.

A missing file is created; an existing vault is filled only when it holds no contacts, deals
or interactions (a vault with data is refused, never mixed with made-up records). Progress is
shown on stderr."""


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = leaf(sub, "demo", "create (or fill an empty) vault with demo data", common, _demo, _HELP)
    p.add_argument("--contacts", type=positive, default=300, metavar="N",
                   help="how many contacts (default 300)")
    p.add_argument("--seed", type=int, default=1, help="the same seed gives the same data (default 1)")
    p.add_argument("--interactions-per-contact", type=positive, default=10, metavar="N",
                   help="interactions per contact (default 10)")
    p.add_argument("--lang", choices=LANGUAGES, default="en",
                   help="the language of the pipeline when the vault is created (default en)")


def _remove(path: str) -> None:
    for suffix in ("", "-wal", "-shm", "-journal", ".lock"):
        with contextlib.suppress(FileNotFoundError):
            os.remove(path + suffix)


def _demo(ctx: Any, args: argparse.Namespace) -> None:
    if ctx.args.vault is None:
        ctx.args.vault = str(data_dir() / "demo.crm")
        known = DEMO_PASSPHRASE if os.environ.get(passphrase.ENV) is None else None
    else:
        known = None
    path = ctx.vault_path
    created = not os.path.lexists(path)
    if created:
        ctx.adopt(Vault.create(path, known or passphrase.for_new_vault(path), language=args.lang))
        vault = ctx.vault
    else:
        vault = ctx.open_vault(known)
    progress = Progress("Building the demo")
    try:
        stats = build_demo(vault, contacts=args.contacts, seed=args.seed,
                           interactions_per_contact=args.interactions_per_contact, progress=progress)
    except BaseException:
        progress.finish()
        if created:  # leave nothing half-made behind
            ctx.close()
            _remove(path)
        raise
    progress.finish()
    # build_demo writes with bulk Core inserts, which the search index does not see (the
    # desktop's demo flow does the same).
    indexing = Progress("Indexing for search")
    try:
        search.reindex(vault, indexing)
    finally:
        indexing.finish()
    _report(ctx, path, stats, known is not None)


def _report(ctx: Any, path: str, stats: DemoStats, demo_passphrase: bool) -> None:
    if ctx.json:
        print_json({"path": os.path.abspath(path), "passphrase": "demo" if demo_passphrase else None,
                    "contacts": stats.contacts, "organizations": stats.organizations,
                    "interactions": stats.interactions, "deals": stats.deals,
                    "reminders": stats.reminders, "seconds": round(stats.seconds, 2)})
        return
    out(f"Demo vault ready: {path}")
    out(f"  {stats.contacts:,} contacts ({stats.organizations:,} organizations), "
        f"{stats.interactions:,} interactions, {stats.deals:,} deals, {stats.reminders:,} reminders "
        f"in {stats.seconds:.1f} s.")
    if demo_passphrase:
        out('  Passphrase: demo. Try: CRM_PASSPHRASE=demo crm --vault '
            f'"{path}" contact list')
