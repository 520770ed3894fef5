"""What an import looks up or creates once and reuses: organizations by name, tags, custom
field definitions; and photos written as attachments."""

from __future__ import annotations

import hashlib
import os
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.core.errors import ValidationError
from crm_desktop.core.models import (
    Attachment,
    AttachmentBlob,
    Contact,
    CustomFieldDef,
    CustomFieldValue,
    Tag,
    new_uid,
)
from crm_desktop.core.services.common import choice, parse_date, parse_decimal

from .records import PhotoRow
from .writer import BulkWriter


def _uid() -> str:
    """str(uuid.uuid4()) without building a UUID object (a contact each row: 1 % of an import)."""
    b = bytearray(os.urandom(16))
    b[6] = (b[6] & 0x0F) | 0x40  # version 4
    b[8] = (b[8] & 0x3F) | 0x80  # RFC 4122 variant
    h = b.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def canonical(ftype: str, choices: str | None, name: str, value: str) -> str:
    """A custom value in the canonical text of its field's type (as custom_fields stores it)."""
    label = f"custom field '{name}'"
    if ftype == "number":
        return str(parse_decimal(value, label))
    if ftype == "date":
        parsed = parse_date(value, label)
        return parsed.isoformat() if parsed else ""
    if ftype == "choice":
        return choice(value, tuple((choices or "").splitlines()), label) or ""
    return value


class Lookups:
    def __init__(self, session: Session, writer: BulkWriter, batch_id: int | None, now: datetime) -> None:
        self.session, self.writer, self.batch_id, self.now = session, writer, batch_id, now
        self.orgs: dict[str, int] = {n.casefold(): i for i, n in session.execute(
            select(Contact.id, Contact.display_name).where(Contact.kind == "organization",
                                                           Contact.deleted_at.is_(None))
            .order_by(Contact.id.desc()))}
        self.created_orgs: dict[str, int] = {}  # made for a person's company by this import
        self.tags = {n: i for i, n in session.execute(select(Tag.id, Tag.name))}
        self.defs = {(d.entity, d.name): (d.id, d.type, d.choices)
                     for d in session.scalars(select(CustomFieldDef))}
        self.created: set[int] = set()  # contacts this import wrote
        self.source_uids: dict[str, int] = {}  # a file's own ids (vCard UID) -> contact id
        self.attachment_uids: set[str] = set()  # held by the vault already (a JSON restore)

    def new_contact(self, **values: object) -> int:
        values = {"source": "import", "created_at": self.now, "updated_at": self.now, **values}
        values["uid"] = values.get("uid") or _uid()
        cid = self.writer.add(Contact, import_batch_id=self.batch_id, **values)
        assert cid is not None
        self.created.add(cid)
        return cid

    def org(self, name: str) -> int:
        key = name.casefold()
        if key not in self.orgs:
            self.orgs[key] = self.created_orgs[key] = self.new_contact(kind="organization", display_name=name)
        return self.orgs[key]

    def tag(self, name: str) -> int:
        name = name.strip()[:100]
        if name not in self.tags:
            tid = self.writer.add(Tag, name=name)
            assert tid is not None
            self.tags[name] = tid
        return self.tags[name]

    def _def(self, entity: str, name: str) -> tuple[int, str, str | None]:
        if (entity, name) not in self.defs:
            fid = self.writer.add(CustomFieldDef, entity=entity, name=name, type="text", uid=new_uid(),
                                  created_at=self.now, updated_at=self.now)
            assert fid is not None
            self.defs[(entity, name)] = (fid, "text", None)
        return self.defs[(entity, name)]

    def custom(self, entity: str, entity_id: int, values: dict[str, str]) -> list[str]:
        """Write custom values; a value that does not fit its field's type (a number field, a
        choice) goes to a text field "<name> (text)" instead. Returns what was said about it."""
        notes: list[str] = []
        for name, text in values.items():
            fid, ftype, choices = self._def(entity, name)
            try:
                value = canonical(ftype, choices, name, text)
            except ValidationError as exc:
                alt = f"{name[:90]} (text)"
                fid = self._def(entity, alt)[0]
                value = text
                notes.append(f"{exc.message}; kept in the text field '{alt}'")
            if value:
                self.writer.add(CustomFieldValue, field_id=fid, entity_id=entity_id, value=value)
        return notes

    def photo(self, contact_id: int, photo: PhotoRow) -> None:
        aid = self.writer.add(Attachment, filename=photo.filename, mime_type=photo.mime, size=len(photo.data),
                              sha256=hashlib.sha256(photo.data).hexdigest(), contact_id=contact_id,
                              uid=new_uid(), created_at=self.now, updated_at=self.now)
        self.writer.add(AttachmentBlob, attachment_id=aid, data=photo.data)
