"""vCard files (2.1, 3.0, 4.0), streamed card by card.

vobject reads a clean vCard 3.0 card (escapes, structured names and addresses, base64 photos);
2.1 and 4.0 cards, and any card with CHARSET= or QUOTED-PRINTABLE, go to the parser by hand in
vcard_parse (why: see there). Both give the same properties, turned into a row by vcard_row.
A card's row number is its position in the file; its line, where BEGIN:VCARD is.
"""

from __future__ import annotations

import base64
import codecs
import re
from collections.abc import Iterator
from typing import Any

import vobject

from crm_desktop.core.importer.encoding import EncodingGuess, canonical, detect
from crm_desktop.core.importer.errors import ImportFileError
from crm_desktop.core.importer.source import Source

from .base import Row, Table
from .vcard_parse import BINARY, Prop, data_uri, logical_lines, parse_line
from .vcard_row import card_row

SCAN_CARDS = 1000  # cards read to list the columns
_LINE = re.compile(rb"\r\n|\n|\r")
_NICKNAME = re.compile(rb"(?i)([\w-]+\.)?NICKNAME[;:]")


def _physical_lines(src: Source, guess: EncodingGuess) -> Iterator[tuple[int, bytes]]:
    """Lines as bytes. A UTF-16/32 file is turned into UTF-8 first (per-line charsets cannot
    apply to it); other files stay bytes so that each value can be decoded on its own."""
    with src.open() as f:
        if guess.encoding.startswith(("utf-16", "utf-32")):
            dec = codecs.getincrementaldecoder(guess.encoding)("replace")
            blocks = iter(lambda: f.read(1 << 16), b"")
            chunks: Iterator[bytes] = (dec.decode(b).encode("utf-8") for b in blocks)
        else:
            chunks = iter(lambda: f.read(1 << 16), b"")
        rest, no = b"", 0
        for chunk in chunks:
            buf = rest + chunk
            carry = b"\r" if buf.endswith(b"\r") else b""  # a CRLF may be cut between two chunks
            parts = _LINE.split(buf[:len(buf) - len(carry)])
            rest = parts.pop() + carry
            for p in parts:
                no += 1
                yield no, p
        if rest:
            yield no + 1, rest


def _cards(src: Source, guess: EncodingGuess) -> Iterator[tuple[int, list[tuple[int, bytes]]]]:
    card: list[tuple[int, bytes]] | None = None
    start = 0
    for no, line in _physical_lines(src, guess):
        key = line.strip().upper()
        if key == b"BEGIN:VCARD":
            card, start = [], no
        elif key == b"END:VCARD":
            if card is not None:
                yield start, card
            card = None
        elif card is not None:
            card.append((no, line))
    if card:
        raise ImportFileError(src.name, "the last card has no END:VCARD (the file is truncated)", line=start)


def _from_vobject(text: str, line: int) -> list[Prop] | None:
    try:
        card = vobject.readOne(text)
    except Exception:  # vobject raises many kinds on input it cannot take: use the parser by hand
        return None
    props: list[Prop] = []
    for child in card.getChildren():
        name = child.name.upper()
        params = {k.upper(): [str(v) for v in vs] for k, vs in child.params.items()}
        value: Any = child.value
        if isinstance(value, bytes):
            parts = [data_uri(value, params)] if name in BINARY else [value.decode("utf-8", "replace")]
        elif isinstance(value, vobject.vcard.Name):
            parts = [_join(getattr(value, k)) for k in ("family", "given", "additional", "prefix", "suffix")]
        elif isinstance(value, vobject.vcard.Address):
            parts = [_join(getattr(value, k)) for k in ("box", "extended", "street", "city", "region",
                                                        "code", "country")]
        elif isinstance(value, list):
            parts = [str(v) for v in value]
        else:
            parts = [str(value)]
        props.append(Prop(name, child.group, params, parts, line))
    return props


def _join(value: Any) -> str:
    return " ".join(value) if isinstance(value, list) else str(value or "")


class VcardTable(Table):
    format = "vcard"

    def __init__(self, src: Source, encoding: str | None = None) -> None:
        self.src, self.name, self.sheets = src, src.name, []
        head = src.head(1 << 20)
        if encoding:
            try:
                enc = canonical(encoding)
            except ValueError as exc:
                raise ImportFileError(src.name, str(exc)) from None
            self.encoding = EncodingGuess(enc, enc, 1.0)
        else:
            self.encoding = detect(head, final=len(head) < (1 << 20)) or EncodingGuess("utf-8", "UTF-8", 0.3)
        if b"BEGIN:VCARD" not in head.upper().replace(b"\x00", b""):
            raise ImportFileError(src.name, "this is not a vCard file (no BEGIN:VCARD)")
        seen: dict[str, None] = {}
        for row in self._rows(SCAN_CARDS):
            seen.update(dict.fromkeys(row.values))
        self.columns = list(seen)

    def rows(self) -> Iterator[Row]:
        return self._rows(None)

    def _rows(self, limit: int | None) -> Iterator[Row]:
        codecs_pref = (self.encoding.encoding,) if not self.encoding.encoding.startswith("utf") else ()
        for number, (start, lines) in enumerate(_cards(self.src, self.encoding), 1):
            if limit is not None and number > limit:
                return
            yield card_row(number, start, self._props(start, lines, codecs_pref))

    def _props(self, start: int, lines: list[tuple[int, bytes]], pref: tuple[str, ...]) -> list[Prop]:
        raw = b"\n".join(b for _, b in lines)
        upper = raw.upper()
        version = re.search(rb"^VERSION:\s*([0-9.]+)", upper, re.M)
        if (version and version.group(1) == b"3.0" and b"CHARSET=" not in upper
                and b"QUOTED-PRINTABLE" not in upper):
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError:
                text = None
            if text is not None:
                props = _from_vobject("BEGIN:VCARD\r\n" + text + "\r\nEND:VCARD\r\n", start)
                if props is not None:
                    # vobject keeps only part of a NICKNAME list with an escaped comma
                    # ("Zhang Wei\, Jr.,張偉" -> "Zhang Wei, Jr."): those lines are read by hand.
                    nick = [parse_line(no, line, pref) for no, line in logical_lines(lines)
                            if _NICKNAME.match(line)]
                    return [p for p in props if p.name != "NICKNAME"] + [p for p in nick if p is not None]
        props = []
        for no, line in logical_lines(lines):
            prop = parse_line(no, line, pref)
            if prop is not None:
                props.append(prop)
        return props


def photo_bytes(uri: str) -> tuple[bytes, str] | None:
    """(bytes, mime type) from a data: URI; None for anything else (a URL is not fetched)."""
    m = re.match(r"data:([\w/+.-]+)?(;[^,]*)?,(.*)$", uri.strip(), re.S)
    if not m or "base64" not in (m.group(2) or ""):
        return None
    try:
        return base64.b64decode(m.group(3), validate=False), m.group(1) or "image/jpeg"
    except ValueError:
        return None
