"""A vCard parser by hand, on bytes, for what vobject does not cope with:

- vCard 2.1 QUOTED-PRINTABLE with soft line breaks ("=" at the end of a line continues the value
  on the next line, which does not start with a space): vobject only unfolds RFC 2425 folding;
- CHARSET= parameters that lie (GBK bytes declared gb2312, GBK in a UTF-8 file): vobject decodes
  the whole file with one codec before parsing, so each value is decoded here on its own;
- vCard 4.0 data: URIs (PHOTO:data:image/jpeg;base64,...), which vobject splits at the comma.
"""

from __future__ import annotations

import base64
import binascii
import quopri
import re
from dataclasses import dataclass, field

from crm_desktop.core.importer.encoding import best_decode

STRUCTURED = {"N", "ADR", "ORG", "GENDER", "CLIENTPIDMAP"}
LISTS = {"CATEGORIES", "NICKNAME"}
BINARY = {"PHOTO", "LOGO", "SOUND", "KEY"}
_ESCAPES = {"n": "\n", "N": "\n", ",": ",", ";": ";", "\\": "\\"}
_BARE_ENCODINGS = {"QUOTED-PRINTABLE": "QUOTED-PRINTABLE", "BASE64": "BASE64", "B": "B", "8BIT": "8BIT"}


@dataclass
class Prop:
    name: str  # upper case, without its group
    group: str | None
    params: dict[str, list[str]]  # upper-case keys; 2.1 bare types are under TYPE
    parts: list[str]  # structured components (N, ADR, ORG) or list items, unescaped
    line: int
    problem: str | None = None
    fields: dict[str, str] = field(default_factory=dict)


def unescape(text: str) -> str:
    return re.sub(r"\\(.)", lambda m: _ESCAPES.get(m.group(1), m.group(0)), text, flags=re.S)


def split_unescaped(text: str, sep: str) -> list[str]:
    parts, cur, i = [], [], 0
    while i < len(text):
        ch = text[i]
        if ch == "\\" and i + 1 < len(text):
            cur.append(text[i:i + 2])
            i += 2
            continue
        if ch == sep:
            parts.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
        i += 1
    parts.append("".join(cur))
    return [unescape(p) for p in parts]


def logical_lines(lines: list[tuple[int, bytes]]) -> list[tuple[int, bytes]]:
    """Unfold: a line starting with a space or tab continues the previous one (RFC 2425), and a
    QUOTED-PRINTABLE value ending in "=" continues on the next line (vCard 2.1 soft break)."""
    out: list[tuple[int, bytearray]] = []
    soft = False
    for no, raw in lines:
        if out and (soft or raw[:1] in (b" ", b"\t")):
            out[-1][1].extend(raw if soft else raw[1:])
        elif raw.strip():
            out.append((no, bytearray(raw)))
        else:
            continue
        cur = out[-1][1]
        head = cur.split(b":", 1)[0].upper()
        soft = b"QUOTED-PRINTABLE" in head and cur.rstrip().endswith(b"=") and b":" in cur
        if soft:
            del cur[len(cur.rstrip()) - 1:]  # drop the soft break's "="
    return [(no, bytes(b)) for no, b in out]


def _split_head(line: bytes) -> tuple[bytes, bytes]:
    in_quote = False
    for i, b in enumerate(line):
        if b == 0x22:
            in_quote = not in_quote
        elif b == 0x3A and not in_quote:
            return line[:i], line[i + 1:]
    return line, b""


def _params(tokens: list[str]) -> dict[str, list[str]]:
    params: dict[str, list[str]] = {}
    for tok in tokens:
        if not tok:
            continue
        key, eq, value = tok.partition("=")
        if not eq:
            key, value = ("ENCODING", tok) if tok.upper() in _BARE_ENCODINGS else ("TYPE", tok)
        items = [v.strip().strip('"') for v in re.split(r',(?=(?:[^"]*"[^"]*")*[^"]*$)', value)]
        params.setdefault(key.strip().upper(), []).extend(v for v in items if v)
    return params


def data_uri(data: bytes, params: dict[str, list[str]]) -> str:
    kind = (params.get("TYPE") or ["jpeg"])[0].lower()
    mime = kind if "/" in kind else f"image/{'jpeg' if kind in ('jpg', 'jpeg') else kind}"
    return f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"


def parse_line(no: int, line: bytes, file_codecs: tuple[str, ...]) -> Prop | None:
    head_b, value_b = _split_head(line)
    head = head_b.decode("utf-8", "replace")
    tokens = re.split(r';(?=(?:[^"]*"[^"]*")*[^"]*$)', head)
    group, _, name = tokens[0].rpartition(".")
    name = name.strip().upper()
    if not name:
        return None
    params = _params(tokens[1:])
    prop = Prop(name, group or None, params, [], no)
    encoding = (params.get("ENCODING") or [""])[0].upper()
    if encoding in ("B", "BASE64"):
        try:
            data = base64.b64decode(b"".join(value_b.split()), validate=False)
        except (binascii.Error, ValueError):
            prop.problem = f"{name}: the base64 data is damaged; it was not kept"
            return prop
        if name in BINARY:
            prop.parts = [data_uri(data, params)]
            return prop
        value_b = data
    elif encoding == "QUOTED-PRINTABLE":
        value_b = quopri.decodestring(value_b)
    charset = tuple(params.get("CHARSET", []))
    decoded = best_decode(value_b, charset + file_codecs)
    if decoded is None:
        prop.problem = f"{name}: the value is not valid text in {', '.join(charset + file_codecs)}"
        return prop
    text = decoded[0].replace("\ufeff", "")
    if name in STRUCTURED:
        prop.parts = split_unescaped(text, ";")
    elif name in LISTS:
        prop.parts = [p for p in split_unescaped(text, ",") if p.strip()]
    else:
        prop.parts = [unescape(text)]
    return prop
