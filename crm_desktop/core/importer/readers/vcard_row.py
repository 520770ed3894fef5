"""A parsed vCard (its properties) as one row of {column: text}, with stable column names the
automatic mapping knows: "N.given", "TEL 2", "TEL 2 label", "ADR 1 city", "X-WECHAT" ...

PHOTO becomes a data: URI column, which the import keeps as an attachment of the contact
(photo.jpg); a PHOTO that is a link stays a custom field (never fetched).

Every property becomes a column (X- properties included), except what describes the file rather
than the person: VERSION, PRODID, REV, Apple's X-ABUID and X-ABADR (a country code repeating the
address), LABEL (a printed copy of ADR), and X-ABLabel, which becomes the label of its group.
"""

from __future__ import annotations

import re

from .base import ReadProblem, Row
from .vcard_parse import Prop

METADATA = {"BEGIN", "END", "VERSION", "PRODID", "REV", "X-ABUID", "X-ABADR", "LABEL", "X-ABLABEL"}
_TYPE_LABELS = {"CELL": "mobile", "MOBILE": "mobile", "IPHONE": "iPhone", "WORK": "work", "HOME": "home",
                "MAIN": "main", "FAX": "fax", "PAGER": "pager", "OTHER": "other", "CAR": "car",
                "ISDN": "isdn", "VIDEO": "video", "MSG": "message", "TEXTPHONE": "textphone"}
_NOT_LABELS = {"VOICE", "PREF", "INTERNET", "X-INTERNET", "POSTAL", "PARCEL", "DOM", "INTL", "TEXT",
               "X400", "BBS", "MODEM"}
_APPLE = re.compile(r"^_\$!<(.*)>!\$_$")
_MULTI = ("TEL", "EMAIL", "ADR", "URL", "IMPP")


def apple_label(text: str) -> str:
    m = _APPLE.match(text.strip())
    return m.group(1).lower() if m else text.strip()


def type_label(params: dict[str, list[str]]) -> str | None:
    words: list[str] = []
    for t in params.get("TYPE", []):
        for item in t.split(","):
            up = item.strip().upper()
            if not up or up in _NOT_LABELS or up.startswith("PREF"):
                continue
            word = _TYPE_LABELS.get(up) or (item.strip()[2:] if up.startswith("X-") else item.strip().lower())
            if word and word not in words:
                words.append(word)
    if "fax" in words and len(words) > 1:
        words.remove("fax")
        words.append("fax")
    return " ".join(words) or None


def _put(values: dict[str, str], column: str, text: str, sep: str | None = None) -> None:
    text = text.strip()
    if not text:
        return
    if column in values and sep is not None:
        values[column] += sep + text
        return
    name, n = column, 1
    while name in values:
        n += 1
        name = f"{column} {n}"
    values[name] = text


def card_row(number: int, line: int, props: list[Prop]) -> Row:
    values: dict[str, str] = {}
    problems: list[ReadProblem] = []
    labels = {p.group.upper(): apple_label(p.parts[0]) for p in props
              if p.name == "X-ABLABEL" and p.group and p.parts}
    counts: dict[str, int] = {}
    for p in props:
        if p.problem:
            problems.append(ReadProblem(p.name, p.problem))
        if p.name in METADATA or not p.parts:
            continue
        label = labels.get((p.group or "").upper()) or type_label(p.params)
        text = p.parts[0]
        if p.name == "N":
            names = ("family", "given", "additional", "prefix", "suffix")
            for part, value in zip(names, p.parts, strict=False):
                _put(values, f"N.{part}", value.replace(",", " "))
        elif p.name == "ORG":
            _put(values, "ORG", text)
            _put(values, "ORG.unit", " / ".join(x for x in p.parts[1:] if x.strip()))
        elif p.name in _MULTI:
            k = counts[p.name] = counts.get(p.name, 0) + 1
            col = f"{p.name} {k}"
            if p.name == "ADR":
                box, ext, street, city, region, code, country = (p.parts + [""] * 7)[:7]
                _put(values, f"{col} street", "\n".join(x for x in (street, ext, box) if x.strip()))
                for part, value in (("city", city), ("region", region), ("postcode", code),
                                    ("country", country)):
                    _put(values, f"{col} {part}", value)
            else:
                _put(values, col, text.removeprefix("tel:") if p.name == "TEL" else text)
            if label and (col in values or any(c.startswith(col + " ") for c in values)):
                values[f"{col} label"] = label
        elif p.name in ("CATEGORIES", "NICKNAME"):
            _put(values, p.name, ("; " if p.name == "CATEGORIES" else "\n").join(p.parts),
                 "; " if p.name == "CATEGORIES" else "\n")
        elif p.name in ("MEMBER", "X-ADDRESSBOOKSERVER-MEMBER"):
            _put(values, "MEMBER", text, "\n")
        elif p.name in ("KIND", "X-ADDRESSBOOKSERVER-KIND"):
            _put(values, "KIND", text.lower())
        elif p.name == "X-ABSHOWAS":
            if text.strip().upper() == "COMPANY":
                values["KIND"] = "org"
        elif p.name == "X-CRM-FIELD" and p.params.get("NAME"):
            _put(values, f"X-CRM-FIELD:{p.params['NAME'][0]}", text)
        else:
            group_label = labels.get((p.group or "").upper())
            _put(values, f"{p.name} ({group_label})" if group_label else p.name, "; ".join(p.parts))
    return Row(number, line, values, {}, problems)
