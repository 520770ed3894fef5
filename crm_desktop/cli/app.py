"""The `crm` command: parser, vault opening, and errors turned into messages and exit codes."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import traceback
from pathlib import Path
from typing import Any

import platformdirs

from crm_desktop.core.backup.auto import auto_backup
from crm_desktop.core.errors import CrmError, VaultNotFound
from crm_desktop.core.vault import Vault
from crm_desktop.core.vault.probe import check_file

from . import passphrase
from .output import err

DESCRIPTION = """\
crm-desktop from a terminal: the same services as the window, over one encrypted vault file.

The passphrase comes from the CRM_PASSPHRASE environment variable, or is asked without echo;
it is never taken from the command line. --json on a command prints one JSON document.
Exit codes: 0 ok, 1 unexpected error, 2 usage, 3 wrong passphrase, 4 not a vault / damaged /
missing / in use, 5 invalid input (the message names the field)."""


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir("crm-desktop"))


def default_vault() -> Path:
    return data_dir() / "vault.crm"


VAULT_HELP = (f"the vault file (default: {default_vault()}; "
              "`crm demo`: demo.crm in the same folder)")


class Context:
    """What a command needs: its arguments and, opened on first use, the vault."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.json: bool = bool(getattr(args, "json", False))
        self._vault: Vault | None = None

    @property
    def vault_path(self) -> str:
        return str(self.args.vault or default_vault())

    @property
    def vault(self) -> Vault:
        if self._vault is None:
            self._vault = self.open_vault()
        return self._vault

    def open_vault(self, secret: str | None = None, **options: Any) -> Vault:
        """Open the vault with `secret`, else the passphrase from the environment or a prompt."""
        path = self.vault_path
        check_file(path)  # a missing file or a PDF is named before any passphrase is asked
        self._vault = Vault.open(path, passphrase.current(path) if secret is None else secret, **options)
        if not self._vault.read_only:
            try:
                auto_backup(self._vault, "open")  # at most daily: the first command of the day
            except CrmError as exc:  # a failed backup must not lock the user out of the vault
                err(f"crm: warning: the automatic backup failed: {exc}")
        return self._vault

    def adopt(self, vault: Vault) -> None:
        """A vault the command created itself; closed with the others."""
        self._vault = vault

    def close(self) -> None:
        if self._vault is not None:
            self._vault.close()
            self._vault = None


def _common() -> argparse.ArgumentParser:
    """Options every command takes, so that `crm contact list --json` works like
    `crm --json contact list`. SUPPRESS keeps a leaf from hiding the top-level value."""
    p = argparse.ArgumentParser(add_help=False)
    p.add_argument("--vault", metavar="PATH", default=argparse.SUPPRESS,
                   help=VAULT_HELP)
    p.add_argument("--json", action="store_true", default=argparse.SUPPRESS,
                   help="print one JSON document on stdout")
    p.add_argument("--debug", action="store_true", default=argparse.SUPPRESS,
                   help="print a traceback on an unexpected error")
    return p


def build_parser() -> argparse.ArgumentParser:
    from . import commands

    parser = argparse.ArgumentParser(
        prog="crm", description=DESCRIPTION, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--vault", metavar="PATH", default=None,
                        help=VAULT_HELP)
    parser.add_argument("--json", action="store_true", help="print one JSON document on stdout")
    parser.add_argument("--debug", action="store_true", help="print a traceback on an unexpected error")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    common = _common()
    for module in commands.MODULES:
        module.register(sub, common)
    return parser


def _utf8_streams() -> None:
    """JSON and Chinese names are UTF-8 whatever the locale (a Windows pipe would be cp1252)."""
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
        if encoding != "utf8" and hasattr(stream, "reconfigure"):
            with contextlib.suppress(Exception):
                stream.reconfigure(encoding="utf-8")


def _message(exc: CrmError) -> str:
    text = str(exc)
    if isinstance(exc, VaultNotFound):
        text += " Create one with `crm init`, or try `crm demo`."
    return text


def main(argv: list[str] | None = None) -> int:
    _utf8_streams()
    parser = build_parser()
    from .cmd_import import shorthand  # loaded by build_parser already

    try:
        args = parser.parse_args(shorthand(sys.argv[1:] if argv is None else argv))
    except SystemExit as exc:  # --help (0) or a usage error (2): argparse has printed why
        return exc.code if isinstance(exc.code, int) else 0
    ctx = Context(args)
    try:
        return args.func(ctx, args) or 0
    except CrmError as exc:
        err(f"crm: {_message(exc)}")
        return exc.exit_code
    except KeyboardInterrupt:
        err("crm: interrupted")
        return 130
    except BrokenPipeError:  # `crm contact list | head`: the reader left; not an error
        with contextlib.suppress(OSError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except OSError as exc:  # the disk or the file system refused (permissions, a folder missing)
        where = f": {exc.filename}" if exc.filename else ""
        err(f"crm: {exc.strerror or exc}{where}")
        return 4
    except Exception as exc:
        if args.debug:
            traceback.print_exc()
        first = (str(exc).splitlines() or [""])[0]
        err(f"crm: unexpected error ({type(exc).__name__}: {first})"
            + ("" if args.debug else "; run with --debug for details"))
        return 1
    finally:
        with contextlib.suppress(Exception):
            ctx.close()
