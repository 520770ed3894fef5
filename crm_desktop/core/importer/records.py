"""What a preview shows and an import writes: rows as they will be created, and problems."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

ACTIONS = ("create", "skip", "update", "merge", "error")


@dataclass(frozen=True)
class Problem:
    row: int | None  # records after the header from 1 (a vCard's card number); None: the whole file
    line: int | None  # the physical line (CSV, vCard) or the sheet row (XLSX)
    column: str | None
    field: str | None
    message: str
    level: str = "error"  # "error": the row is not imported; "warning": imported, with this said

    def __str__(self) -> str:
        where = [f"row {self.row}" if self.row else "", f"line {self.line}" if self.line else "",
                 f"column '{self.column}'" if self.column else ""]
        return f"{', '.join(w for w in where if w)}: {self.message}"


@dataclass(frozen=True)
class Match:
    existing_id: int | None  # the contact (or deal) in the vault; None: another row of the file
    row: int | None  # the other row of the file
    display_name: str
    reason: str  # "same name in another script, same phone +8613800138000", "same e-mail a@b.com as row 3"
    score: float | None = None  # the shared matcher's 0..1 (deals: None)
    exact: bool = False  # both hold one E.164 phone or one e-mail (not digits kept as typed)
    named: bool = False  # ... and their names agree: the importer merges such a match by itself
    codes: tuple[str, ...] = ()  # the matcher's reasons (matching.score), for words in other languages


@dataclass
class PhoneRow:
    label: str | None
    raw: str
    e164: str | None
    valid: bool


@dataclass
class EmailRow:
    label: str | None
    address: str
    normalized: str
    valid: bool


@dataclass
class AddressRow:
    label: str | None = None
    street: str | None = None
    city: str | None = None
    region: str | None = None
    postcode: str | None = None
    country: str | None = None


@dataclass
class PhotoRow:
    mime: str
    data: bytes = field(repr=False)

    @property
    def filename(self) -> str:
        return "photo." + {"image/jpeg": "jpg", "image/png": "png", "image/gif": "gif"}.get(self.mime, "bin")


@dataclass
class ContactRow:
    row: int
    line: int | None
    kind: str = "person"  # person | organization | group (a vCard group: becomes a tag)
    display_name: str = ""
    given_name: str | None = None
    family_name: str | None = None
    phonetic_given_name: str | None = None
    phonetic_family_name: str | None = None
    other_names: list[str] = field(default_factory=list)
    organization: str | None = None
    role: str | None = None
    department: str | None = None
    title: str | None = None
    birthday: date | None = None
    website: str | None = None
    tier: str | None = None
    note: str | None = None
    owner: str | None = None
    tags: list[str] = field(default_factory=list)
    phones: list[PhoneRow] = field(default_factory=list)
    emails: list[EmailRow] = field(default_factory=list)
    addresses: list[AddressRow] = field(default_factory=list)
    custom_fields: dict[str, str] = field(default_factory=dict)
    photo: PhotoRow | None = None
    uid: str | None = None  # kept when it is a UUID not used yet (our own exports)
    source_uid: str | None = None  # the file's own id (vCard UID), to resolve group members
    members: list[str] = field(default_factory=list)
    action: str = "create"
    matches: list[Match] = field(default_factory=list)

    @property
    def to_review(self) -> bool:
        """A possible duplicate the importer did not settle by itself: the user's choice is asked."""
        return bool(self.matches) and not (self.matches[0].exact and self.matches[0].named)


@dataclass
class DealRow:
    row: int
    line: int | None
    name: str = ""
    client: str | None = None
    amount: Decimal | None = None
    currency: str | None = None
    stage: str | None = None  # the vault's stage name; None: the first stage
    probability: int | None = None
    expected_close: date | None = None
    status: str | None = None
    owner: str | None = None
    description: str | None = None
    close_reason: str | None = None
    fee_retainer: Decimal | None = None
    fee_success_amount: Decimal | None = None
    fee_success_percent: Decimal | None = None
    notes: list[str] = field(default_factory=list)
    parties: list[tuple[str, str]] = field(default_factory=list)  # (contact name, role)
    custom_fields: dict[str, str] = field(default_factory=dict)
    uid: str | None = None
    action: str = "create"
    matches: list[Match] = field(default_factory=list)


@dataclass
class InteractionRow:
    row: int
    line: int | None
    kind: str = "note"
    occurred_at: datetime | None = None
    subject: str | None = None
    body: str | None = None
    participants: list[str] = field(default_factory=list)  # names or e-mails
    deal: str | None = None
    custom_fields: dict[str, str] = field(default_factory=dict)
    uid: str | None = None
    action: str = "create"
    matches: list[Match] = field(default_factory=list)


Record = ContactRow | DealRow | InteractionRow
