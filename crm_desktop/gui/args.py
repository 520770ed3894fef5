"""The command line of `crm-desktop`."""

from __future__ import annotations

import argparse

from crm_desktop import __version__

from .pages import PAGES
from .settings import LANGUAGES


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="crm-desktop", description="An offline CRM in one encrypted file.")
    where = p.add_mutually_exclusive_group()
    where.add_argument("--vault", metavar="PATH", help="open this vault (passphrase from CRM_PASSPHRASE "
                       "when set, else the unlock dialog asks)")
    where.add_argument("--demo", action="store_true", help="open the demo vault (created on first use)")
    p.add_argument("--screenshot", metavar="FILE.png", help="render the window offscreen, save it, exit")
    p.add_argument("--page", choices=PAGES, default="contacts", help="the page to show (with --screenshot)")
    p.add_argument("--lang", choices=LANGUAGES, help="the language of the window (default: as last time)")
    p.add_argument("--version", action="version", version=f"crm-desktop {__version__}")
    # How a file manager opens a .crm file (the .desktop entry's Exec=crm-desktop %f).
    p.add_argument("file", nargs="?", metavar="VAULT.crm", help="a vault to open (the same as --vault)")
    args = p.parse_args(argv)
    if args.file:
        if args.vault or args.demo:
            p.error("name the vault once: VAULT.crm, --vault PATH or --demo")
        args.vault = args.file
    return args
