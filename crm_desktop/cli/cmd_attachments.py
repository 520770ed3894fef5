"""crm attachment add | list | get | delete: files kept (encrypted) inside the vault."""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

from crm_desktop.core.errors import ValidationError
from crm_desktop.core.services import attachments
from crm_desktop.core.services.attachments import AttachmentOut

from .output import err, out, print_json, table, when
from .parsing import group, leaf


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    g = group(sub, "attachment", "files attached to contacts, deals and interactions")
    add = leaf(g, "add", "attach a file; prints its id", common, _add)
    add.add_argument("file")
    _owner(add)
    ls = leaf(g, "list", "list the files of one contact, deal or interaction", common, _list)
    _owner(ls)
    get = leaf(g, "get", "write an attached file out of the vault", common, _get,
               "FILE '-' writes to stdout. The copy written is NOT encrypted.")
    get.add_argument("id", type=int)
    get.add_argument("out", metavar="FILE", nargs="?", help="where to write it (default: its own name)")
    get.add_argument("--force", action="store_true", help="replace an existing file")
    rm = leaf(g, "delete", "move an attachment to the trash", common, _delete)
    rm.add_argument("id", type=int)


def _owner(p: argparse.ArgumentParser) -> None:
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--contact", type=int, metavar="ID")
    which.add_argument("--deal", type=int, metavar="ID")
    which.add_argument("--interaction", type=int, metavar="ID")


def _size(n: int) -> str:
    if n < 1024:
        return f"{n:,} B"
    return f"{n / 1024:,.1f} KiB" if n < 1024 ** 2 else f"{n / 1024 ** 2:,.1f} MiB"


def _print(ctx: Any, a: AttachmentOut, text: str) -> None:
    if ctx.json:
        print_json(a)
    else:
        out(text)


def _add(ctx: Any, args: argparse.Namespace) -> None:
    a = attachments.add(ctx.vault, args.file, contact_id=args.contact, deal_id=args.deal,
                        interaction_id=args.interaction)
    _print(ctx, a, str(a.id))


def _list(ctx: Any, args: argparse.Namespace) -> None:
    entity, ident = next((e, getattr(args, e)) for e in ("contact", "deal", "interaction")
                         if getattr(args, e) is not None)
    rows = attachments.list_for(ctx.vault, entity, ident)
    if ctx.json:
        print_json({"attachments": rows, "total": len(rows)})
        return
    if not rows:
        out(f"No attachments on {entity} {ident}.")
        return
    table(["ID", "File", "Type", "Size", "Added"],
          [(a.id, a.filename, a.mime_type, _size(a.size), when(a.created_at)) for a in rows], right=[0, 3])


def _get(ctx: Any, args: argparse.Namespace) -> None:
    meta = attachments.get(ctx.vault, args.id)
    data = attachments.read(ctx.vault, args.id)  # checked against its checksum
    if args.out == "-":
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    path = args.out or os.path.basename(meta.filename)  # never a path the vault chose
    if os.path.exists(path) and not args.force:
        raise ValidationError("file", f"{path} exists; add --force to replace it")
    # 0600: the copy leaves the encrypted vault, so at least other users cannot read it.
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    if ctx.json:
        print_json({"id": meta.id, "path": os.path.abspath(path), "size": len(data)})
    else:
        out(f"Wrote {path} ({_size(len(data))}).")
    err("crm: note: the file written is NOT encrypted.")


def _delete(ctx: Any, args: argparse.Namespace) -> None:
    attachments.delete(ctx.vault, args.id)
    if ctx.json:
        print_json({"deleted": args.id})
    else:
        out(f"Moved attachment {args.id} to the trash (`crm undo` brings it back).")
