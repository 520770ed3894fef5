"""Helpers for declaring commands and reading typed values from arguments."""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable
from typing import Any

from crm_desktop.core.errors import ValidationError

Handler = Callable[[Any, argparse.Namespace], int | None]

_LABEL = re.compile(r"^([^\W\d][\w\- ]{0,29}):\s*(\S.*)$")


def group(sub: Any, name: str, help: str) -> Any:
    """`crm NAME ACTION ...`: a command with its own actions."""
    p = sub.add_parser(name, help=help, description=help)
    return p.add_subparsers(dest=f"{name}_action", metavar="ACTION", required=True)


def leaf(sub: Any, name: str, help: str, common: argparse.ArgumentParser, func: Handler,
         epilog: str | None = None) -> argparse.ArgumentParser:
    p = sub.add_parser(name, help=help, description=help, epilog=epilog, parents=[common],
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.set_defaults(func=func)
    return p


def labeled(text: str) -> tuple[str | None, str]:
    """'work: a@b.com' -> ('work', 'a@b.com'); a value without a label -> (None, value)."""
    m = _LABEL.match(text.strip())
    return (m.group(1).strip(), m.group(2).strip()) if m else (None, text)


def pairs(items: list[str] | None, field: str) -> dict[str, str | None]:
    """NAME=VALUE arguments; an empty VALUE clears that field."""
    out: dict[str, str | None] = {}
    for item in items or []:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise ValidationError(field, f"'{item}' is not NAME=VALUE")
        out[name.strip()] = value or None
    return out


def positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"'{text}' must not be negative")
    return value


def id_or_name(text: str) -> int | str:
    """A record named on the command line: digits are an id, anything else a name."""
    stripped = text.strip()
    return int(stripped) if stripped.isdigit() else text


def require_changes(data: Any) -> Any:
    """An edit with no option given would only stamp the record as changed: refuse it."""
    from dataclasses import fields

    from crm_desktop.core.services.common import is_set

    values = data if isinstance(data, dict) else {f.name: getattr(data, f.name) for f in fields(data)}
    if not any(is_set(v) for v in values.values()):
        raise ValidationError("options", "nothing to change: give at least one option (see --help)")
    return data
