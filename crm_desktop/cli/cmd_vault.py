"""crm init | passwd | check: the vault file itself."""

from __future__ import annotations

import argparse
import os
from typing import Any

from sqlcipher3 import dbapi2

from crm_desktop.core.errors import ValidationError, VaultExists
from crm_desktop.core.services.bootstrap import LANGUAGES
from crm_desktop.core.vault import Vault

from . import passphrase
from .output import err, out, print_json
from .parsing import leaf

INTEGRITY_PRAGMAS = ("cipher_integrity_check", "integrity_check", "foreign_key_check")


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    init = leaf(sub, "init", "create a new, empty vault (refuses an existing file)", common, _init,
                "The passphrase comes from CRM_PASSPHRASE, or is asked twice without echo.")
    init.add_argument("--lang", choices=LANGUAGES, default="en",
                      help="the language of the default pipeline stages (default en)")
    leaf(sub, "passwd", "change the vault's passphrase", common, _passwd,
         "The current passphrase comes from CRM_PASSPHRASE (or is asked); the new one from\n"
         "CRM_NEW_PASSPHRASE, or is asked twice. The file is replaced atomically.")
    leaf(sub, "check", "check the vault's integrity (exit 4 when damaged)", common, _check,
         "Checks every page's authentication code, the database structure and the links between\n"
         "records. Prints ok, or each problem found.")


def _init(ctx: Any, args: argparse.Namespace) -> None:
    path = ctx.vault_path
    if os.path.lexists(path):  # before asking for a passphrase that would be thrown away
        raise VaultExists(path)
    ctx.adopt(Vault.create(path, passphrase.for_new_vault(path), language=args.lang))
    if ctx.json:
        print_json({"path": os.path.abspath(path), "language": args.lang})
    else:
        out(f"Created the vault {path}.")


def _passwd(ctx: Any, args: argparse.Namespace) -> None:
    vault = ctx.vault
    new = passphrase.replacement()
    if vault.check_passphrase(new):
        raise ValidationError("new passphrase", "is the same as the current one")
    vault.change_passphrase(new)
    if ctx.json:
        print_json({"path": os.path.abspath(vault.path), "changed": True})
    else:
        out("Passphrase changed. Backups made before now keep the old passphrase.")


def integrity_problems(conn: dbapi2.Connection) -> list[str]:
    problems: list[str] = []
    for pragma in INTEGRITY_PRAGMAS:
        try:
            rows = conn.execute(f"PRAGMA {pragma}").fetchall()
        except dbapi2.DatabaseError as exc:
            problems.append(f"{pragma}: {exc}")
            continue
        for row in rows:
            if pragma == "foreign_key_check":
                table, rowid, parent, _ = row
                problems.append(f"{table} row {rowid} points to a missing {parent} row")
            elif row[0] != "ok":
                problems.append(f"{pragma}: {row[0]}")
    return problems


def _check(ctx: Any, args: argparse.Namespace) -> int:
    # No page check or migration on open: this command reports damage instead of stopping at it.
    vault = ctx.open_vault(verify=False, migrate=False)
    conn = vault.raw_connection()
    try:
        problems = integrity_problems(conn)
    finally:
        conn.close()
    if ctx.json:
        print_json({"path": os.path.abspath(vault.path), "ok": not problems, "problems": problems})
    elif problems:
        for p in problems:
            out(p)
    else:
        out("ok")
    if problems:
        err(f"crm: the vault {vault.path} is damaged ({len(problems)} problem(s)). "
            "Restore the newest backup, or salvage what still reads.")
        return 4
    return 0
