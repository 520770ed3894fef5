"""Plain data a contact service hands out and takes in."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import Any

from .common import UNSET


@dataclass(frozen=True)
class PhoneOut:
    label: str | None
    number: str  # E.164 where it parsed, else as typed
    valid: bool
    raw: str


@dataclass(frozen=True)
class EmailOut:
    label: str | None
    address: str
    valid: bool


@dataclass(frozen=True)
class AddressOut:
    label: str | None
    street: str | None
    city: str | None
    region: str | None
    postcode: str | None
    country: str | None


@dataclass(frozen=True)
class LinkOut:
    id: int
    display_name: str
    role: str | None
    is_primary: bool


@dataclass(frozen=True)
class ContactOut:
    id: int
    uid: str
    kind: str
    display_name: str
    given_name: str | None
    family_name: str | None
    phonetic_given_name: str | None
    phonetic_family_name: str | None
    other_names: list[str]
    organization: str | None
    organization_id: int | None
    department: str | None
    title: str | None
    birthday: date | None
    phones: list[PhoneOut]
    emails: list[EmailOut]
    addresses: list[AddressOut]
    website: str | None
    tier: str | None
    tags: list[str]
    custom_fields: dict[str, str]
    note: str | None
    owner: str | None
    source: str
    last_interaction_at: datetime | None
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None
    # For an organization: its people; for a person: every organization linked.
    links: list[LinkOut] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        for key in ("phones",):
            for p in data[key]:
                p.pop("raw", None)
        return data


@dataclass
class PhoneIn:
    number: str
    label: str | None = None


@dataclass
class EmailIn:
    address: str
    label: str | None = None


@dataclass
class AddressIn:
    label: str | None = None
    street: str | None = None
    city: str | None = None
    region: str | None = None
    postcode: str | None = None
    country: str | None = None


@dataclass
class ContactInput:
    """Values for add (UNSET = not given) and edit (UNSET = leave as is; None = clear)."""

    display_name: Any = UNSET
    kind: Any = UNSET
    given_name: Any = UNSET
    family_name: Any = UNSET
    phonetic_given_name: Any = UNSET
    phonetic_family_name: Any = UNSET
    other_names: Any = UNSET  # list[str]
    title: Any = UNSET
    department: Any = UNSET
    website: Any = UNSET
    birthday: Any = UNSET  # date or ISO text
    tier: Any = UNSET
    note: Any = UNSET
    owner: Any = UNSET
    organization: Any = UNSET  # a name: linked, created as an organization when new
    organization_id: Any = UNSET
    role: Any = UNSET  # role at the organization
    phones: Any = UNSET  # list[PhoneIn | str]
    emails: Any = UNSET  # list[EmailIn | str]
    addresses: Any = UNSET  # list[AddressIn]
    tags: Any = UNSET  # list[str]
    custom_fields: Any = UNSET  # dict[str, str | None]


@dataclass(frozen=True)
class ContactPage:
    contacts: list[ContactOut]
    total: int
