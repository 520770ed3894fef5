"""crm backup create | list | verify | restore | open | copy-back | salvage | settings."""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

from crm_desktop.core import backup
from crm_desktop.core.backup import BackupInfo
from crm_desktop.core.backup.verify import passphrase_of, state
from crm_desktop.core.errors import CrmError, ValidationError
from crm_desktop.core.services import contact_read

from . import passphrase
from .output import err, out, print_json, table, when
from .parsing import group, leaf, positive

BACKUP_ENV = "CRM_BACKUP_PASSPHRASE"
_KEY_NOTE = (f"A backup made before a passphrase change needs the passphrase of then: set {BACKUP_ENV}\n"
             "(CRM_PASSPHRASE stays the vault's own).")
_LIST_NOTE = "Reads the manifests beside the backups: no passphrase needed, works on a damaged vault."


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    g = group(sub, "backup", "encrypted, verified backups: create, list, verify, restore, salvage")
    create = leaf(g, "create", "back up the vault now (encrypted, verified)", common, _create,
                  "Into <vault folder>/backups/ and the second folder set with `crm backup settings`.")
    create.add_argument("--folder", action="append", metavar="DIR",
                        help="write here instead (repeat: the first, then copies)")
    create.add_argument("--full", action="store_true", help="always run the full integrity_check")
    ls = leaf(g, "list", "list the vault's backups, newest first", common, _list, _LIST_NOTE)
    ls.add_argument("--folder", action="append", metavar="DIR", help="look in this folder too")
    verify = leaf(g, "verify", "check backups again (exit 4 if one fails)", common, _verify, _KEY_NOTE)
    verify.add_argument("paths", nargs="*", metavar="PATH", help="default: every backup of the vault")
    verify.add_argument("--quick", action="store_true", help="page checks and counts only (faster)")
    restore = leaf(g, "restore", "replace the vault by a backup (the vault is backed up first)",
                   common, _restore,
                   _KEY_NOTE + "\nAsks for confirmation on a terminal; a script passes --yes.")
    restore.add_argument("path", metavar="PATH")
    restore.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    look = leaf(g, "open", "look into a backup (read-only): counts and contacts", common, _open, _KEY_NOTE)
    look.add_argument("path", metavar="PATH")
    look.add_argument("--limit", type=positive, default=20, help="contacts listed (default 20)")
    back = leaf(g, "copy-back", "copy one contact from a backup into the vault (undoable)", common,
                _copy_back, _KEY_NOTE)
    back.add_argument("path", metavar="PATH")
    back.add_argument("id", type=int, help="the contact's id in the backup (see `crm backup open`)")
    salv = leaf(g, "salvage", "copy what still reads from a damaged vault into a new file", common, _salvage,
                "OUT ending in .json: a JSON file (plaintext, like an export); otherwise a new vault\n"
                "under the same passphrase. The damaged vault is only read.")
    salv.add_argument("out", metavar="OUT")
    conf = leaf(g, "settings", "show or change rotation, the second folder, automatic backups", common,
                _settings)
    for name in ("last", "daily", "weekly", "monthly"):
        conf.add_argument(f"--keep-{name}", type=positive, metavar="N")
    conf.add_argument("--mirror", metavar="DIR", help="a second folder for copies ('' for none)")
    conf.add_argument("--auto", choices=("on", "off"), help="automatic backups")


def _backup_key(vault_key: str) -> str | None:
    value = os.environ.get(BACKUP_ENV)
    return value if value and value != vault_key else None


def _status(b: BackupInfo) -> str:
    if b.verified is None:
        return "not verified"
    if not b.verified:
        return "FAILED: " + (b.problem or "")
    return "ok (full)" if b.integrity_checked else "ok (pages)"


def _show(b: BackupInfo) -> None:
    out(f"Backup {b.path}")
    out(f"  {b.size:,} bytes, schema {b.schema}, {b.counts.get('contact', 0):,} contacts, "
        f"verified: {_status(b)}")
    for m in b.mirrors:
        out(f"  copy: {m}")
    for e in b.mirror_errors:
        err(f"crm: no copy in {e}")


def _create(ctx: Any, args: argparse.Namespace) -> int:
    info = backup.create_backup(ctx.vault, "manual", args.folder, full_check=True if args.full else None)
    if ctx.json:
        print_json(info)
    else:
        _show(info)
    return 4 if info.mirror_errors else 0


def _list(ctx: Any, args: argparse.Namespace) -> None:
    items = backup.list_backups(ctx.vault_path, args.folder or ())
    if ctx.json:
        print_json({"vault": os.path.abspath(ctx.vault_path), "backups": items})
        return
    if not items:
        out("No backups.")
        return
    table(["Date", "Reason", "Size", "Contacts", "Verified", "File"],
          [(when(b.created_at), b.reason, f"{b.size:,}", b.counts.get("contact", ""), _status(b), b.path)
           for b in items], right=[2, 3], wide=[5])


def _verify(ctx: Any, args: argparse.Namespace) -> int:
    key = passphrase.current(ctx.vault_path)
    other = _backup_key(key)
    paths = args.paths or [b.path for b in backup.list_backups(ctx.vault_path)]
    results: list[dict[str, Any]] = []
    for path in paths:
        try:
            info = backup.verify_backup(path, other or key, full=not args.quick)
            results.append({"path": path, "ok": bool(info.verified), "problem": info.problem})
        except CrmError as exc:
            results.append({"path": path, "ok": False, "problem": str(exc)})
    if ctx.json:
        print_json({"backups": results, "ok": all(r["ok"] for r in results)})
    else:
        for r in results:
            out(f"{'ok' if r['ok'] else 'FAILED'}  {r['path']}" + ("" if r["ok"] else f": {r['problem']}"))
        if not results:
            out("No backups.")
    return 0 if all(r["ok"] for r in results) else 4


def _confirm(args: argparse.Namespace, question: str) -> None:
    if args.yes:
        return
    if not sys.stdin.isatty():
        raise ValidationError("yes", "this replaces the vault; add --yes to confirm")
    if input(f"{question} [y/N] ").strip().lower() not in ("y", "yes"):
        raise ValidationError("yes", "not confirmed; nothing was changed")


def _restore(ctx: Any, args: argparse.Namespace) -> None:
    path = ctx.vault_path
    key = passphrase.current(path)
    _confirm(args, f"Replace {path} by {args.path}? (the vault is backed up first)")
    r = backup.restore_file(path, key, args.path, backup_passphrase=_backup_key(key))
    if ctx.json:
        print_json(r)
        return
    out(f"Restored {path} from {r.backup_path} ({r.counts.get('contact', 0):,} contacts).")
    if r.before:
        out(f"The vault as it was is kept in {r.before.path}.")
    if r.kept_as_found:
        out(f"The vault did not read; its bytes are kept as found in {r.kept_as_found}.")


def _open(ctx: Any, args: argparse.Namespace) -> None:
    key = passphrase.current(ctx.vault_path)
    v = backup.open_backup(args.path, _backup_key(key) or key)
    try:
        conn = v.raw_connection()
        try:
            schema, counts, _, _ = state(conn)
        finally:
            conn.close()
        page = contact_read.list_contacts(v, limit=args.limit)
    finally:
        v.close()
    rows = [{"id": c.id, "display_name": c.display_name, "kind": c.kind, "deleted": c.deleted_at is not None}
            for c in page.contacts]
    if ctx.json:
        print_json({"path": os.path.abspath(args.path), "schema": schema, "counts": counts,
                    "contacts": rows, "contacts_total": page.total})
        return
    out(f"Backup {args.path}: schema {schema}")
    out("  " + ", ".join(f"{n} {c:,}" for n, c in counts.items() if c))
    table(["ID", "Name", "Kind"], [(r["id"], r["display_name"], r["kind"]) for r in rows], right=[0])
    if page.total > len(rows):
        out(f"... {page.total - len(rows):,} more (--limit)")


def _copy_back(ctx: Any, args: argparse.Namespace) -> None:
    vault = ctx.vault
    key = passphrase_of(vault)
    r = backup.copy_record_back(vault, args.path, "contact", args.id, backup_passphrase=_backup_key(key))
    if ctx.json:
        print_json(r)
        return
    out(f"Copied {r.contact.display_name} back ({r.action}; id {r.contact.id}). `crm undo` reverts it.")
    if r.links_skipped:
        out("Not linked again (no longer in the vault): " + ", ".join(r.links_skipped))


def _salvage(ctx: Any, args: argparse.Namespace) -> int:
    r = backup.salvage(ctx.vault_path, passphrase.current(ctx.vault_path), args.out)
    newest = backup.newest_verified_backup(ctx.vault_path)
    if ctx.json:
        print_json({"report": r, "complete": r.complete,
                    "newest_verified_backup": newest.path if newest else None})
        return 0
    out(f"Salvaged {r.rows:,} rows from {len(r.tables)} tables into {r.out_path} ({r.format}).")
    for note in r.notes:
        out(f"  {note}")
    if r.format == "json":
        out("  The JSON file is not encrypted: keep it safe, delete it when done.")
    if newest:
        out(f"The newest verified backup is {newest.path} ({when(newest.created_at)}).")
    return 0


def _settings(ctx: Any, args: argparse.Namespace) -> None:
    keeps = {f"keep_{n}": getattr(args, f"keep_{n}") for n in ("last", "daily", "weekly", "monthly")}
    changes: dict[str, Any] = {k: v for k, v in keeps.items() if v is not None}
    if args.mirror is not None:
        changes["mirror"] = os.path.abspath(args.mirror) if args.mirror else ""
    if args.auto is not None:
        changes["auto"] = args.auto == "on"
    s = backup.save_settings(ctx.vault, **changes) if changes else backup.load_settings(ctx.vault)
    if ctx.json:
        print_json(s)
        return
    out(f"Keep: the newest {s.keep_last}, and the newest of the last {s.keep_daily} days, "
        f"{s.keep_weekly} weeks, {s.keep_monthly} months.")
    out(f"Second folder: {s.mirror or '(none)'}. Automatic backups: {'on' if s.auto else 'off'}.")
