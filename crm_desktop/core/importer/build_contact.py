"""One row of a file as a ContactRow, with the problems found on the way."""

from __future__ import annotations

import contextlib
import uuid
from functools import lru_cache
from typing import Any

from crm_desktop.core.normalize.emails import normalize_email
from crm_desktop.core.normalize.phones import normalize_phone
from crm_desktop.core.services.contacts import compose_name

from . import values as v
from .context import Context
from .mapping import Mapping
from .readers.base import Row
from .readers.vcard_reader import photo_bytes
from .records import AddressRow, ContactRow, EmailRow, PhoneRow, PhotoRow, Problem

LIMITS = {"display_name": 300, "given_name": 200, "family_name": 200, "phonetic_given_name": 200,
          "phonetic_family_name": 200, "title": 200, "department": 200, "website": 500, "owner": 100,
          "organization": 300, "role": 200, "note": 100_000}
_ADDRESS_PARTS = ("street", "city", "region", "postcode", "country")
# A file repeats values (a firm's switchboard, a shared mailbox): each parsed once. Both results
# are frozen, so rows can share them.
_phone = lru_cache(maxsize=4096)(normalize_phone)
_email = lru_cache(maxsize=4096)(normalize_email)


class _Builder:
    def __init__(self, row: Row, mapping: Mapping, ctx: Context) -> None:
        self.row, self.mapping, self.ctx = row, mapping, ctx
        self.rec = ContactRow(row.number, row.line)
        self.problems: list[Problem] = [Problem(row.number, row.line, p.column, None, p.message, p.level)
                                        for p in row.problems]
        self.slots: dict[tuple[str, str], dict[str, Any]] = {}

    def problem(self, column: str | None, field: str | None, message: str, level: str = "warning") -> None:
        self.problems.append(Problem(self.row.number, self.row.line, column, field, message, level))

    def keep_as_custom(self, column: str, text: str, field: str, why: str) -> None:
        self.custom(column, text)
        self.problem(column, field, f"{why}; kept as text in the custom field '{column}'")

    def custom(self, name: str, text: str) -> None:
        name = name[:100]
        cf = self.rec.custom_fields
        cf[name] = cf[name] + "\n" + text if name in cf else text

    def slot(self, kind: str, key: str) -> dict[str, Any]:
        return self.slots.setdefault((kind, key), {"values": [], "label": None})

    def cell(self, column: str, raw: str) -> None:
        text = v.clean(raw)
        if not text or v.is_program_default(column, text):
            return
        t = self.mapping.target(column)
        if t.field == "ignore":
            return
        bad = v.garbled(text)
        if bad:
            self.problem(column, t.field, f"'{text[:40]}' {bad}", "error")
            return
        f, key = t.field, t.slot or column
        if f in ("phone", "email"):
            s = self.slot(f, key)
            s["values"].append((column, text, self.row.kinds.get(column)))
            s["label"] = s["label"] or t.label
        elif f in ("phone_label", "email_label", "address_label", "custom_label"):
            self.slot(f.removesuffix("_label"), key)["label"] = v.label(text) if f != "custom_label" else text
        elif f == "address" or f.startswith("address_"):
            s = self.slot("address", key)
            s["label"] = s["label"] or t.label
            s.setdefault(f.removeprefix("address_") if f != "address" else "full", []).append(text)
        elif f == "custom_value":
            s = self.slot("custom", key)
            s["values"].append(text)
            s["name"] = t.name or column
        elif f == "custom":
            self.custom(t.name or column, text)
        else:
            self.scalar(column, f, text)

    def scalar(self, column: str, f: str, text: str) -> None:
        rec, kind = self.rec, self.row.kinds.get(column)
        if f in LIMITS and len(text) > LIMITS[f]:
            self.keep_as_custom(column, text, f, f"longer than {LIMITS[f]} characters")
        elif f == "note":
            rec.note = f"{rec.note}\n{text}" if rec.note else text
        elif f in LIMITS:
            if getattr(rec, f) in (None, ""):
                setattr(rec, f, text)
            elif getattr(rec, f) != text:
                self.custom(column, text)  # a second column for the same field: kept beside it
        elif f == "other_names":
            names = text.splitlines() if "\n" in text else v.split_multi(text)
            rec.other_names += [n.strip() for n in names if n.strip() and n.strip() not in rec.other_names]
        elif f == "birthday":
            day = v.parse_day(text, self.mapping.date_order, kind)
            if day is None:
                self.keep_as_custom(column, text, f, f"'{text}' is not a full date")
            else:
                rec.birthday = day
        elif f == "tier":
            tier = v.tier(text)
            if tier is None:
                self.keep_as_custom(column, text, f, f"'{text}' is not a tier (A, B or C)")
            rec.tier = tier or rec.tier
        elif f == "tags":
            found = [t.strip() for t in text.splitlines()] if "\n" in text else v.tags(text)
            rec.tags += [t for t in found if t and t not in rec.tags]
        elif f == "kind":
            kind_value = v.kind(text)
            if kind_value is None:
                self.keep_as_custom(column, text, f, f"'{text}' is not person or organization")
            else:
                rec.kind = kind_value
        elif f == "photo":
            photo = photo_bytes(text)
            if photo is None:
                self.custom(column, text)  # a link to a photo: kept as is, never fetched
            else:
                rec.photo = PhotoRow(photo[1], photo[0])
        elif f == "uid":
            ident = text.removeprefix("urn:uuid:").strip()
            rec.source_uid = ident
            # Another program's own id is used to resolve group members only.
            with contextlib.suppress(ValueError):
                rec.uid = str(uuid.UUID(ident))
        elif f == "members":
            rec.members += [m.removeprefix("urn:uuid:").strip() for m in text.splitlines() if m.strip()]

    def finish(self) -> ContactRow:
        rec = self.rec
        for (kind, _key), s in self.slots.items():
            if kind == "phone":
                self.phones(s)
            elif kind == "email":
                self.emails(s)
            elif kind == "address":
                parts = {p: "\n".join(s.get(p, [])) or None for p in _ADDRESS_PARTS}
                if not any(parts.values()):
                    # A one-line address; beside its parts (Google's "Formatted") it is derived.
                    parts["street"] = "\n".join(s.get("full", [])) or None
                if any(parts.values()):
                    rec.addresses.append(AddressRow(s["label"], **parts))
            elif kind == "custom" and s["values"]:
                self.custom(s.get("label") or s.get("name") or _key, "\n".join(s["values"]))
        if rec.kind == "organization" and rec.organization and not rec.display_name:
            rec.display_name = rec.organization
        if rec.kind == "organization":
            rec.organization = None
        if not rec.display_name:
            rec.display_name = compose_name(rec.given_name, rec.family_name) or ""
        if not rec.display_name and rec.organization:
            rec.display_name, rec.kind, rec.organization = rec.organization, "organization", None
        if not rec.display_name:
            named = [e.address for e in rec.emails if e.valid] + [p.raw for p in rec.phones] + \
                rec.other_names + [e.address for e in rec.emails]
            fallback = named[0] if named else ""
            if fallback:
                rec.display_name = fallback
                self.problem(None, "display_name", f"no name: the contact is named '{fallback}'")
            elif rec.kind != "group":
                self.problem(None, "display_name",
                             "no name, organization, e-mail or phone: nothing to create", "error")
        return rec

    def phones(self, s: dict[str, Any]) -> None:
        label = s["label"]
        for column, text, kind in s["values"]:
            for part in v.split_multi(text, r"\s*(?: ::: |\n|[;；，、/]|,(?!\d{3}))\s*"):
                if v.phone_lost_to_excel(part, kind):
                    self.problem(column, "phone", (
                        f"Excel stored this phone as a number ({part}): a leading 0 or + and maybe digits "
                        "are lost. Format the column as text in Excel, type the numbers again and "
                        "import again"), "error")
                    continue
                if len(part) > 100:
                    self.keep_as_custom(column, part, "phone", "too long for a phone")
                    continue
                n = _phone(part, self.ctx.region)
                if not n.valid:
                    self.problem(column, "phone", f"'{part}' is not a valid phone number for region "
                                                  f"{self.ctx.region}; kept as typed and flagged")
                if not any(p.raw == n.raw or (n.e164 and p.e164 == n.e164) for p in self.rec.phones):
                    self.rec.phones.append(PhoneRow(label, n.raw, n.e164, n.valid))

    def emails(self, s: dict[str, Any]) -> None:
        for column, text, _kind in s["values"]:
            for part in v.split_multi(text, r"\s*(?: ::: |[\s;；，,、])\s*"):
                part = part.removeprefix("mailto:")
                if len(part) > 320:
                    self.keep_as_custom(column, part, "email", "too long for an e-mail address")
                    continue
                n = _email(part)
                if not n.valid:
                    self.problem(column, "email", f"'{part}' is not a valid e-mail address ({n.problem}); "
                                                  "kept as typed and flagged")
                if not any(e.normalized == n.normalized for e in self.rec.emails):
                    self.rec.emails.append(EmailRow(s["label"], n.address, n.normalized, n.valid))


def build_contact(row: Row, mapping: Mapping, ctx: Context) -> tuple[ContactRow, list[Problem]]:
    b = _Builder(row, mapping, ctx)
    for column, raw in row.values.items():
        b.cell(column, raw)
    rec = b.finish()
    if any(p.level == "error" for p in b.problems):
        rec.action = "error"
    return rec, b.problems
