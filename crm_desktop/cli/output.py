"""What the CLI prints: one JSON document, aligned tables (CJK-aware), sectioned records."""

from __future__ import annotations

import dataclasses
import json
import sys
import unicodedata
from collections.abc import Iterable, Sequence
from datetime import date, datetime, time
from decimal import Decimal
from enum import Enum
from pathlib import PurePath
from typing import Any

MAX_CELL = 40  # display columns; longer cells end with "…" so a table stays one line per row


class _Encoder(json.JSONEncoder):
    def default(self, o: Any) -> Any:
        if isinstance(o, datetime | date | time):
            return o.isoformat()
        if isinstance(o, Decimal):
            return str(o)  # never a float: money stays exact
        if dataclasses.is_dataclass(o) and not isinstance(o, type):
            to_json = getattr(o, "to_json", None)
            return to_json() if callable(to_json) else dataclasses.asdict(o)
        if isinstance(o, set | frozenset | tuple):
            return list(o)
        if isinstance(o, Enum):
            return o.value
        if isinstance(o, PurePath):
            return str(o)
        return super().default(o)


def to_json(data: Any) -> str:
    return json.dumps(data, cls=_Encoder, ensure_ascii=False, indent=2)


def print_json(data: Any) -> None:
    sys.stdout.write(to_json(data) + "\n")


def out(text: str = "") -> None:
    sys.stdout.write(text + "\n")


def err(text: str) -> None:
    sys.stderr.write(text + "\n")
    sys.stderr.flush()


# ---------------------------------------------------------------- width
def char_width(ch: str) -> int:
    if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def width(text: str) -> int:
    return sum(char_width(ch) for ch in text)


def truncate(text: str, limit: int) -> str:
    if width(text) <= limit:
        return text
    acc, used = [], 0
    for ch in text:
        w = char_width(ch)
        if used + w > limit - 1:
            break
        acc.append(ch)
        used += w
    return "".join(acc) + "…"


def pad(text: str, size: int, right: bool = False) -> str:
    gap = " " * max(0, size - width(text))
    return gap + text if right else text + gap


def cell(value: Any) -> str:
    """A value as one line of table text."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, datetime):
        return value.astimezone().strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return f"{value:,}"
    if isinstance(value, list | tuple):
        return ", ".join(cell(v) for v in value)
    return " ".join(str(value).split())  # newlines and tabs would break the row


def table(headers: Sequence[str], rows: Iterable[Sequence[Any]], *,
          right: Sequence[int] = (), wide: Sequence[int] = ()) -> None:
    """Print rows aligned under headers; `right` lists the columns aligned right (numbers),
    `wide` those never cut short (the last column, where a long value harms no alignment)."""
    body = [[cell(v) if i in wide else truncate(cell(v), MAX_CELL) for i, v in enumerate(row)]
            for row in rows]
    if not body:  # the caller says "No contacts." (or the like) instead of a bare header
        return
    sizes = [width(h) for h in headers]
    for row in body:
        for i, text in enumerate(row):
            sizes[i] = max(sizes[i], width(text))
    out("  ".join(pad(h, sizes[i], i in right) for i, h in enumerate(headers)).rstrip())
    out("  ".join("-" * s for s in sizes))
    for row in body:
        out("  ".join(pad(t, sizes[i], i in right) for i, t in enumerate(row)).rstrip())


def section(title: str, pairs: Iterable[tuple[str, Any]]) -> None:
    """A titled block of `label  value` lines; empty values are left out, an empty block too."""
    shown = [(label, cell(v) if not isinstance(v, str) else v) for label, v in pairs
             if v not in (None, "", [], {})]
    if not shown:
        return
    out()
    out(title)
    size = max(width(label) for label, _ in shown)
    for label, text in shown:
        lines = str(text).splitlines() or [""]
        out(f"  {pad(label, size)}  {lines[0]}")
        for more in lines[1:]:
            out(f"  {' ' * size}  {more}")


def block(title: str, text: str | None) -> None:
    """A titled free-text block (a note, a description)."""
    if not text:
        return
    out()
    out(title)
    for line in text.splitlines():
        out(f"  {line}")


def when(value: datetime | None) -> str:
    """An instant in the local time zone, to the minute."""
    return "" if value is None else value.astimezone().strftime("%Y-%m-%d %H:%M")


class Progress:
    """Percent on stderr: rewritten in place on a terminal, a line per tenth otherwise."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.tty = sys.stderr.isatty()
        self.last = -1

    def __call__(self, done: int, total: int) -> None:
        pct = 100 * done // total if total else 100
        step = pct if self.tty else pct // 10 * 10
        if step == self.last:
            return
        self.last = step
        if self.tty:
            sys.stderr.write(f"\r{self.label}: {pct:3d}% ({done:,}/{total:,})")
            sys.stderr.flush()
        else:
            err(f"{self.label}: {step}%")

    def finish(self) -> None:
        if self.tty and self.last >= 0:
            sys.stderr.write("\n")
            sys.stderr.flush()
