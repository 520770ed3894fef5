"""vCard export, 4.0 (RFC 6350) by default or 3.0 (RFC 2426) for older address books; written by
hand: escaping, 75-octet folding that never splits a UTF-8 character, CRLF.

Labels with a standard TYPE (mobile, work, home, fax, pager) use it; any other label ("assistant",
"助理") goes in an item group with X-ABLabel, as Apple writes it, which Google and Android read
too. Fields vCard has no property for: X-CRM-TIER, X-CRM-OWNER, X-CRM-FIELD;NAME=...;
tags are CATEGORIES, the photo is PHOTO."""

from __future__ import annotations

import base64
import os
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from crm_desktop.core.models import Attachment, AttachmentBlob
from crm_desktop.core.services.uow import ReadSession

from . import data
from .files import ExportError, ExportResult, atomic

if TYPE_CHECKING:
    from crm_desktop.core.vault import Vault

_TEL_TYPES = {"mobile": ["cell"], "work": ["work"], "home": ["home"], "fax": ["fax"],
              "work fax": ["work", "fax"], "home fax": ["home", "fax"], "pager": ["pager"],
              "iphone": ["iphone"]}
_PLAIN_TYPES = {"work": ["work"], "home": ["home"]}


def escape(text: str) -> str:
    return (text.replace("\\", "\\\\").replace("\n", "\\n").replace(",", "\\,").replace(";", "\\;"))


def fold(line: str) -> str:
    out, cur, size = [], [], 0
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > 75:
            out.append("".join(cur))
            cur, size = [" "], 1
        cur.append(ch)
        size += n
    out.append("".join(cur))
    return "\r\n".join(out)


def _param(value: str) -> str:
    return f'"{value}"' if any(c in value for c in ';:,"') else value


class _Card:
    def __init__(self, version: str) -> None:
        self.v4 = version == "4.0"
        self.lines: list[str] = ["BEGIN:VCARD", f"VERSION:{version}"]
        self.items = 0

    def add(self, name: str, value: str, params: str = "", label: str | None = None) -> None:
        if label:  # a label no TYPE says: Apple's item group
            self.items += 1
            self.lines.append(f"item{self.items}.{name}{params}:{value}")
            self.lines.append(f"item{self.items}.X-ABLabel:{escape(label)}")
        else:
            self.lines.append(f"{name}{params}:{value}")

    def typed(self, name: str, value: str, label: str | None, table: dict[str, list[str]],
              extra: str = "") -> None:
        types = table.get((label or "").lower())
        if label and types is None:
            self.add(name, value, extra, label)
            return
        params = extra
        if types:
            params += ";TYPE=" + (",".join(types) if self.v4 else ",".join(t.upper() for t in types))
        self.add(name, value, params)


def card(c: dict[str, Any], version: str, photo: tuple[str, bytes] | None) -> str:
    k = _Card(version)
    k.add("UID", f"urn:uuid:{c['uid']}")
    if c["kind"] == "organization" and k.v4:
        k.add("KIND", "org")
    elif c["kind"] == "organization":
        k.add("X-ABShowAs", "COMPANY")  # how Apple marks a company card in 3.0
    k.add("FN", escape(c["display_name"]))
    k.add("N", ";".join(escape(x or "") for x in (c["family_name"], c["given_name"])) + ";;;")
    if c["phonetic_given_name"]:
        k.add("X-PHONETIC-FIRST-NAME", escape(c["phonetic_given_name"]))
    if c["phonetic_family_name"]:
        k.add("X-PHONETIC-LAST-NAME", escape(c["phonetic_family_name"]))
    if c["other_names"]:
        k.add("NICKNAME", ",".join(escape(n) for n in c["other_names"]))
    org = c["display_name"] if c["kind"] == "organization" else c["organization"]
    if org or c["department"]:
        k.add("ORG", escape(org or "") + (";" + escape(c["department"]) if c["department"] else ""))
    primary = next((a for a in c["affiliations"] if a["is_primary"]), None)
    for prop, value in (("TITLE", c["title"]), ("ROLE", primary and primary["role"]), ("URL", c["website"]),
                        ("NOTE", c["note"]), ("X-CRM-TIER", c["tier"]), ("X-CRM-OWNER", c["owner"])):
        if value:
            k.add(prop, value if prop == "URL" else escape(value))
    if c["birthday"]:
        k.add("BDAY", c["birthday"].replace("-", "") if k.v4 else c["birthday"])
    for p in c["phones"]:
        number = p["number"]
        if k.v4 and number.startswith("+"):
            k.typed("TEL", "tel:" + number, p["label"], _TEL_TYPES, ";VALUE=uri")
        else:
            k.typed("TEL", escape(number), p["label"], _TEL_TYPES)
    for e in c["emails"]:
        k.typed("EMAIL", escape(e["address"]), e["label"], _PLAIN_TYPES)
    for a in c["addresses"]:
        parts = ["", "", a["street"], a["city"], a["region"], a["postcode"], a["country"]]
        k.typed("ADR", ";".join(escape(x or "") for x in parts), a["label"], _PLAIN_TYPES)
    if c["tags"]:
        k.add("CATEGORIES", ",".join(escape(t) for t in c["tags"]))
    for name, value in c["custom_fields"].items():
        k.add("X-CRM-FIELD", escape(value), f";NAME={_param(name)}")
    if photo:
        mime, blob = photo
        b64 = base64.b64encode(blob).decode("ascii")
        if k.v4:
            k.add("PHOTO", f"data:{mime};base64,{b64}")
        else:
            k.add("PHOTO", b64, f";ENCODING=b;TYPE={mime.split('/')[-1].upper()}")
    k.lines.append("END:VCARD")
    return "".join(fold(line) + "\r\n" for line in k.lines)


def _photos(session: Any, ids: list[int]) -> dict[int, tuple[str, bytes]]:
    out: dict[int, tuple[str, bytes]] = {}
    for cid, mime, blob in session.execute(
            select(Attachment.contact_id, Attachment.mime_type, AttachmentBlob.data)
            .join(AttachmentBlob, AttachmentBlob.attachment_id == Attachment.id)
            .where(Attachment.contact_id.in_(ids), Attachment.deleted_at.is_(None),
                   Attachment.filename.like("photo.%")).order_by(Attachment.id)):
        out.setdefault(cid, (mime or "image/jpeg", blob))
    return out


def cards(session: Any, version: str, ids: list[int] | None = None) -> Iterator[str]:
    page: list[dict[str, Any]] = []
    for c in data.contacts(session, ids=ids, with_files=False):
        page.append(c)
        if len(page) == data.PAGE:
            yield from _page(session, page, version)
            page = []
    yield from _page(session, page, version)


def _page(session: Any, page: list[dict[str, Any]], version: str) -> Iterator[str]:
    photos = _photos(session, [c["id"] for c in page]) if page else {}
    for c in page:
        yield card(c, version, photos.get(c["id"]))


def export_vcard(vault: Vault, path: str | os.PathLike[str], *, version: str = "4.0") -> ExportResult:
    if version not in ("4.0", "3.0"):
        raise ExportError(f"vCard version {version}: choose 4.0 or 3.0.")
    n = 0
    with ReadSession(vault) as s, atomic(path, "w", encoding="utf-8", newline="") as f:
        for text in cards(s, version):
            f.write(text)
            n += 1
    return ExportResult(os.fspath(path), "vcard", {"contact": n})
