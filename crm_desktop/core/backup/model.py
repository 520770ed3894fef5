"""Plain data the backup services hand out, and the typed errors they raise."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from crm_desktop.core.errors import CrmError
from crm_desktop.core.services.contact_dto import ContactOut

# Row counts recorded with each backup (the tables a user would miss; child rows included so
# that a restore can be judged by more than the number of contacts).
MAIN_TABLES = ("contact", "contact_phone", "contact_email", "contact_address", "affiliation",
               "interaction", "deal", "deal_party", "deal_note", "reminder", "attachment", "tag",
               "custom_field_value", "stage", "import_batch", "operation", "audit_entry")


class BackupFailed(CrmError):
    """A backup could not be made or did not verify; nothing half-made was left behind."""

    exit_code = 4


@dataclass(frozen=True)
class Verification:
    """What opening and checking one backup file found."""

    ok: bool
    key_ok: bool  # opens with the passphrase and carries our application_id
    cipher_ok: bool | None  # every page's HMAC (cipher_integrity_check); None: not reached
    integrity_ok: bool | None  # the full integrity_check; None: not run (quick verification)
    schema: str | None
    counts: dict[str, int]
    last_operation: int | None
    last_audit: int | None
    at: datetime
    seconds: float
    problem: str | None = None


@dataclass(frozen=True)
class BackupInfo:
    """One backup file and what is known about it (from the manifest beside it)."""

    path: str
    created_at: datetime
    reason: str
    size: int
    schema: str | None
    counts: dict[str, int]
    verified: bool | None  # None: no verification recorded (a file the manifest does not know)
    integrity_checked: bool  # the full integrity_check ran, not only the page HMACs
    verified_at: datetime | None
    problem: str | None
    seconds: float | None  # time to write it
    verify_seconds: float | None
    last_operation: int | None = None
    reused: bool = False  # auto_backup found an identical verified backup and made none
    mirrors: tuple[str, ...] = ()
    mirror_errors: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in self.__dataclass_fields__}


@dataclass(frozen=True)
class RestoreResult:
    vault_path: str
    backup_path: str
    before: BackupInfo | None  # the copy of the vault taken just before it was replaced
    kept_as_found: str | None  # a damaged vault that could not be copied: its bytes, kept as they were
    schema: str | None
    counts: dict[str, int]
    rekeyed: bool  # the backup was under another passphrase and now carries the current one


@dataclass(frozen=True)
class CopyBackResult:
    contact: ContactOut
    action: str  # created | updated | restored (taken out of the trash and updated)
    operation_id: int
    links_skipped: list[str] = field(default_factory=list)  # linked contacts no longer in the vault


@dataclass(frozen=True)
class TableSalvage:
    name: str
    rows: int
    lost_ranges: list[tuple[int, int]]  # rowid ranges that could not be read
    readable: bool  # False: not a single row could be read


@dataclass(frozen=True)
class SalvageReport:
    source: str
    out_path: str
    format: str  # vault | json
    tables: list[TableSalvage]
    rows: int
    schema: str | None
    dangling: int  # rows pointing to a row that did not survive (foreign_key_check)
    notes: list[str]
    seconds: float

    @property
    def complete(self) -> bool:
        return all(t.readable and not t.lost_ranges for t in self.tables)
