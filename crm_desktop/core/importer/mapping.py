"""A mapping: which field each column of a file fills. Editable, saved as JSON presets.

A target names a field; `slot` pairs the columns of one phone, e-mail, address or custom field
(Google's "Phone 1 - Label" with "Phone 1 - Value"); `label` is a fixed label ("mobile" for a
手机 column); `name` names a custom field (default: the column). A column the mapping does not
name becomes a custom field: nothing is dropped unless the user says "ignore".
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, replace
from typing import Any

ENTITIES = ("contact", "deal", "interaction")
COMMON = ("custom", "custom_label", "custom_value", "ignore", "uid")
FIELDS: dict[str, tuple[str, ...]] = {
    "contact": (
        "display_name", "kind", "given_name", "family_name", "phonetic_given_name",
        "phonetic_family_name", "other_names", "organization", "role", "department", "title",
        "birthday", "website", "tier", "tags", "note", "owner", "phone", "phone_label", "email",
        "email_label", "address", "address_street", "address_city", "address_region",
        "address_postcode", "address_country", "address_label", "photo", "members", *COMMON),
    "deal": (
        "name", "client", "amount", "currency", "stage", "probability", "expected_close", "status",
        "owner", "description", "close_reason", "fee_retainer", "fee_success_amount",
        "fee_success_percent", "note", "parties", *COMMON),
    "interaction": ("kind", "occurred_at", "subject", "body", "participants", "deal", *COMMON),
}
DATE_ORDERS = ("auto", "YMD", "MDY", "DMY")


@dataclass(frozen=True)
class Target:
    field: str
    slot: str = ""
    label: str | None = None
    name: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v not in ("", None)}


CUSTOM = Target("custom")
IGNORE = Target("ignore")


@dataclass
class Mapping:
    entity: str = "contact"
    columns: dict[str, Target] = field(default_factory=dict)
    program: str = "generic"  # which export it was recognized as (google, outlook, linkedin, vcard ...)
    date_order: str = "auto"  # how to read 03/04/2024: auto = M/D/Y unless the first number > 12
    default_currency: str | None = None  # for amounts written without one
    timezone: str | None = None  # for times written without an offset (interactions)
    # Columns automatically matched by rule (a vCard's TEL 3, a file's Phone 7): not in `columns`.
    rules: str | None = None

    def target(self, column: str) -> Target:
        found = self.columns.get(column)
        if found is not None:
            return found
        if self.rules:
            from .automap import rule_target

            ruled = rule_target(self.rules, column)
            if ruled is not None:
                return ruled
        return CUSTOM

    def with_column(self, column: str, target: Target | str) -> Mapping:
        """A copy with one column remapped (a field name is enough for a simple target)."""
        t = Target(target) if isinstance(target, str) else target
        check_target(self.entity, t)
        return replace(self, columns={**self.columns, column: t})

    def to_json(self) -> dict[str, Any]:
        return {"entity": self.entity, "program": self.program, "date_order": self.date_order,
                "default_currency": self.default_currency, "timezone": self.timezone, "rules": self.rules,
                "columns": {c: t.to_json() for c, t in self.columns.items()}}

    @classmethod
    def from_json(cls, data: dict[str, Any] | str) -> Mapping:
        if isinstance(data, str):
            data = json.loads(data)
        assert isinstance(data, dict)
        entity = data.get("entity", "contact")
        if entity not in ENTITIES:
            raise ValueError(f"unknown entity '{entity}'")
        columns = {}
        for col, spec in (data.get("columns") or {}).items():
            t = Target(spec) if isinstance(spec, str) else Target(**spec)
            check_target(entity, t)
            columns[col] = t
        order = data.get("date_order") or "auto"
        if order not in DATE_ORDERS:
            raise ValueError(f"date_order must be one of {', '.join(DATE_ORDERS)}")
        return cls(entity, columns, data.get("program") or "generic", order, data.get("default_currency"),
                   data.get("timezone"), data.get("rules"))


def check_target(entity: str, t: Target) -> None:
    if t.field not in FIELDS.get(entity, ()):
        raise ValueError(f"'{t.field}' is not a {entity} field (fields: {', '.join(FIELDS[entity])})")
