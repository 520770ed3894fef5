"""Automatic mapping: recognize the program that wrote the file (Google Contacts, Outlook in
English or Chinese, LinkedIn, a vCard, our own export) and each column's field."""

from __future__ import annotations

import re
import unicodedata
from functools import cache

import opencc

from . import aliases
from .mapping import Mapping, Target

_T2S = opencc.OpenCC("t2s")
_PUNCT = re.compile(r"[\s_\-.:/()（）'’\"·、]+")


def header_key(header: str) -> str:
    text = _T2S.convert(unicodedata.normalize("NFKC", header).casefold())
    return _PUNCT.sub("", text)


def _spec(spec: str) -> Target:
    field, _, extra = spec.partition("|")
    if field == "custom":
        return Target("custom", name=extra or None)
    return Target(field, label=extra or None)


@cache
def _table(name: str) -> dict[str, Target]:
    source = getattr(aliases, name.upper())
    return {header_key(h): _spec(spec) for spec, headers in source.items() for h in headers}


# ----------------------------------------------------------------- rules for numbered columns
_GOOGLE = re.compile(r"^(?P<kind>E-?mail|Phone|Address|Website|Organization|Custom Field|Relation|Event|IM)"
                     r" (?P<n>\d+) - (?P<part>.+)$", re.I)
_GOOGLE_ADDR = {"formatted": "address", "street": "address_street", "city": "address_city",
                "region": "address_region", "postal code": "address_postcode", "country": "address_country",
                "po box": "address_street", "extended address": "address_street", "type": "address_label",
                "label": "address_label"}
_CRM = re.compile(r"^(?P<kind>Phone|Email|E-mail|Address|Mobile|Tel)\s*(?P<n>\d+)"
                  r"(?: (?P<part>label|street|city|region|postcode|country))?$", re.I)
_VCARD_MULTI = re.compile(r"^(?P<kind>TEL|EMAIL|ADR|URL|IMPP) (?P<n>\d+)(?: (?P<part>\w+))?$")
_VCARD = {"FN": Target("display_name"), "N.family": Target("family_name"), "N.given": Target("given_name"),
          "N.additional": Target("custom", name="Middle name"),
          "N.prefix": Target("custom", name="Name prefix"),
          "N.suffix": Target("custom", name="Name suffix"), "NICKNAME": Target("other_names"),
          "ORG": Target("organization"), "ORG.unit": Target("department"), "TITLE": Target("title"),
          "ROLE": Target("role"), "BDAY": Target("birthday"), "NOTE": Target("note"),
          "CATEGORIES": Target("tags"), "KIND": Target("kind"), "PHOTO": Target("photo"),
          "UID": Target("uid"), "MEMBER": Target("members"),
          "X-PHONETIC-FIRST-NAME": Target("phonetic_given_name"),
          "X-PHONETIC-LAST-NAME": Target("phonetic_family_name"), "X-CRM-TIER": Target("tier"),
          "X-CRM-OWNER": Target("owner"), "X-CRM-ROLE": Target("role")}
_OUTLOOK_ADDR = re.compile(r"^(?P<where>business|home|other|商务|住宅|住家|其他)(?:地址)?"
                           r"(?P<part>street[23]?|街道?[23]?|city|市县|市镇|市|城市|state|省市自治区|县市|省|"
                           r"postalcode|邮政编码|邮递区号|邮编|countryregion|国家地区|addresspobox|邮政信箱)$")
_WHERE = {"business": "work", "商务": "work", "home": "home", "住宅": "home", "住家": "home",
          "other": "other", "其他": "other"}


def _numbered(field: str, n: str, part: str | None, prefix: str) -> Target:
    slot = f"{prefix}{n}"
    if field == "address":
        name = {"label": "address_label", "street": "address_street", "city": "address_city",
                "region": "address_region", "postcode": "address_postcode",
                "country": "address_country"}.get((part or "street").lower(), "address")
        return Target(name, slot)
    return Target(f"{field}_label" if part and part.lower() in ("label", "type") else field, slot)


def _google(column: str) -> Target | None:
    m = _GOOGLE.match(column)
    if not m:
        return None
    kind, n, part = m.group("kind").lower().replace("-", ""), m.group("n"), m.group("part").strip().lower()
    if kind in ("email", "phone"):
        if part in ("value",):
            return Target(kind, f"g{n}")
        return Target(f"{kind}_label", f"g{n}") if part in ("type", "label") else None
    if kind == "address":
        return Target(_GOOGLE_ADDR.get(part, "custom"), f"g{n}")
    if kind == "organization" and n == "1":
        return {"name": Target("organization"), "title": Target("title"),
                "department": Target("department")}.get(part)
    if kind == "website" and n == "1":
        return Target("website") if part == "value" else Target("ignore")
    slot = f"{kind[:2]}{n}"
    if part in ("type", "label", "service"):
        return Target("custom_label", slot) if part != "type" or kind != "im" else Target("ignore")
    if part == "value":
        return Target("custom_value", slot, name=f"{m.group('kind')} {n}")
    return None


def _vcard(column: str) -> Target | None:
    if column in _VCARD:
        return _VCARD[column]
    if column.startswith("X-CRM-FIELD:"):
        return Target("custom", name=column.split(":", 1)[1])
    m = _VCARD_MULTI.match(column)
    if not m:
        return None
    kind, n, part = m.group("kind"), m.group("n"), m.group("part")
    if kind in ("TEL", "EMAIL"):
        field = "phone" if kind == "TEL" else "email"
        return Target(f"{field}_label" if part == "label" else field, f"v{n}")
    if kind == "ADR":
        return _numbered("address", n, part, "v")
    if kind == "URL" and n == "1":
        return Target("ignore") if part == "label" else Target("website")
    return Target("custom_label" if part == "label" else "custom_value", f"{kind}{n}",
                  name=f"{kind} {n}")


_OUTLOOK_EMAIL = re.compile(r"^(?:email|电子邮件)(\d?)(?:address|地址)$")


def _outlook(column: str) -> Target | None:
    key = header_key(column)
    email = _OUTLOOK_EMAIL.match(key)
    if email:
        return Target("email", f"oe{email.group(1) or 1}")
    m = _OUTLOOK_ADDR.match(key)
    if not m:
        return None
    part = m.group("part")
    field = ("address_street" if part.startswith(("street", "街", "address", "邮政信箱")) else
             "address_city" if part in ("city", "市县", "市镇", "市", "城市") else
             "address_postcode" if part in ("postalcode", "邮政编码", "邮递区号", "邮编") else
             "address_country" if part in ("countryregion", "国家地区") else "address_region")
    label = _WHERE[m.group("where")]
    return Target(field, f"o{label}", label=label)


def _crm(column: str) -> Target | None:
    if column.startswith("Custom: "):  # our own export's name for a custom field that looks like a field
        return Target("custom", name=column.removeprefix("Custom: "))
    m = _CRM.match(column.strip())
    if not m:
        return None
    kind = m.group("kind").lower().replace("-", "")
    field = {"mobile": "phone", "tel": "phone"}.get(kind, kind)
    target = _numbered(field, m.group("n"), m.group("part"), "c")
    if kind == "mobile" and target.field == "phone":
        return Target("phone", target.slot, label="mobile")
    return target


RULES = {"google": (_google, _crm), "vcard": (_vcard,), "outlook": (_outlook, _crm), "generic": (_crm,)}


def rule_target(rules: str, column: str) -> Target | None:
    for rule in RULES.get(rules, ()):
        found = rule(column)
        if found is not None:
            return found
    return None


# ----------------------------------------------------------------- programs and entities
def detect_program(columns: list[str], fmt: str) -> str:
    if fmt == "vcard":
        return "vcard"
    keys = {header_key(c) for c in columns}
    if any(_GOOGLE.match(c) for c in columns) and keys & {"givenname", "firstname", "name", "labels",
                                                        "groupmembership"}:
        return "google"
    if {"firstname", "lastname", "connectedon"} <= keys:
        return "linkedin"
    outlook_only = {"businessphone", "商务电话", "emailtype", "电子邮件类型", "jobtitle"}
    if {"名", "姓", "职务"} <= keys or {"名", "姓", "职称"} <= keys or keys & outlook_only:
        return "outlook"
    if {"displayname", "uid"} <= keys:
        return "crm-desktop"
    return "generic"


def detect_entity(columns: list[str]) -> str:
    keys = {header_key(c) for c in columns}
    deal = {k for k, t in _table("deal").items() if t.field in ("amount", "stage", "expected_close")}
    contact = {k for k, t in _table("contact").items() if t.field in ("phone", "email", "given_name",
                                                                     "family_name", "title")}
    inter = {k for k, t in _table("interaction").items() if t.field in ("occurred_at", "participants")}
    scores = {"deal": len(keys & deal) * 2, "contact": len(keys & contact) * 2 + 1,
              "interaction": len(keys & inter) * 2}
    return max(scores, key=lambda e: scores[e])


def automap(columns: list[str], fmt: str = "csv", entity: str | None = None) -> Mapping:
    """The mapping we would propose for these columns; the user edits it from there."""
    program = detect_program(columns, fmt)
    entity = entity or ("contact" if fmt == "vcard" else detect_entity(columns))
    rules = {"google": "google", "vcard": "vcard", "outlook": "outlook"}.get(program, "generic")
    if entity != "contact":
        rules = None
    table = dict(_table(entity))
    if program == "outlook":
        table.update(_table("outlook"))
    elif program == "linkedin":
        table.update(_table("linkedin"))
    keys = {header_key(c) for c in columns}
    found: dict[str, Target] = {}
    for col in columns:
        key = header_key(col)
        target = (rule_target(rules, col) if rules else None) or table.get(key)
        if target is None:
            continue
        if key == "名" and "姓" not in keys:
            target = Target("display_name")
        found[col] = target
    date_order = "MDY" if program in ("outlook", "google") else "auto"
    return Mapping(entity, found, program, date_order, rules=rules)


def known_header(column: str, entity: str = "contact") -> bool:
    """True when `column` would be mapped to a field (not kept as a custom field): an export
    names such a custom field "Custom: <name>" so that it comes back as one."""
    found = _table(entity).get(header_key(column)) or rule_target("generic", column)
    return found is not None and (found.field != "custom" or found.name not in (None, column))
