"""Attachments: files kept inside the vault (encrypted like everything else), on a contact, deal
or interaction. Listing reads metadata only; the bytes live in a table of their own."""

from __future__ import annotations

import hashlib
import mimetypes
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from crm_desktop.core.errors import CrmError, NotFound, ValidationError
from crm_desktop.core.models import (
    MAX_ATTACHMENT_BYTES,
    Attachment,
    AttachmentBlob,
    Contact,
    Deal,
    Interaction,
    utcnow,
)

from .common import get_or_404
from .uow import ReadSession, UnitOfWork

if TYPE_CHECKING:
    from crm_desktop.core.vault import Vault

OWNERS = {"contact": Contact, "deal": Deal, "interaction": Interaction}
_MB = 1024 * 1024
_CHUNK = 1024 * 1024
# A few signatures for files whose name says nothing (no or an unknown extension).
_MAGIC = ((b"%PDF-", "application/pdf"), (b"\x89PNG\r\n\x1a\n", "image/png"),
          (b"\xff\xd8\xff", "image/jpeg"), (b"GIF8", "image/gif"), (b"PK\x03\x04", "application/zip"))


@dataclass(frozen=True)
class AttachmentOut:
    id: int
    uid: str
    filename: str
    mime_type: str | None
    size: int
    sha256: str
    contact_id: int | None
    deal_id: int | None
    interaction_id: int | None
    created_at: datetime
    deleted_at: datetime | None


def _out(a: Attachment) -> AttachmentOut:
    return AttachmentOut(a.id, a.uid, a.filename, a.mime_type, a.size, a.sha256, a.contact_id,
                         a.deal_id, a.interaction_id, a.created_at, a.deleted_at)


def _mb(size: int) -> str:
    return f"{size / _MB:.1f}".removesuffix(".0") + " MB"


def _too_big(name: str, size: int) -> ValidationError:
    return ValidationError("file", f"{name} is {_mb(size)}; the limit is {_mb(MAX_ATTACHMENT_BYTES)}")


def _clean_name(name: str) -> str:
    # Keep only the last path part (a name from another OS may carry either separator).
    base = str(name).replace("\\", "/").rsplit("/", 1)[-1].strip()
    base = "".join(ch for ch in base if ch >= " " and ch != "\x7f")
    if not base or base in (".", ".."):
        raise ValidationError("file", "the file needs a name")
    if len(base) > 255:
        stem, dot, ext = base.rpartition(".")
        base = (stem[: 255 - len(ext) - 1] + dot + ext) if dot and len(ext) < 20 else base[:255]
    return base


def guess_mime(filename: str, head: bytes) -> str:
    guessed = mimetypes.guess_type(filename, strict=False)[0]
    if guessed:
        return guessed
    for magic, mime in _MAGIC:
        if head.startswith(magic):
            return mime
    return "application/octet-stream"


def _read_file(path: Path) -> bytes:
    """The file's bytes; its size is checked before anything is read, and reading stops one chunk
    past the limit should it grow meanwhile."""
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise ValidationError("file", f"{path.name} is not a file")
        if size > MAX_ATTACHMENT_BYTES:
            raise _too_big(path.name, size)
        data = bytearray()
        with path.open("rb") as f:
            while chunk := f.read(_CHUNK):
                data += chunk
                if len(data) > MAX_ATTACHMENT_BYTES:
                    raise _too_big(path.name, len(data))
        return bytes(data)
    except FileNotFoundError:
        raise ValidationError("file", f"{path} does not exist") from None
    except PermissionError:
        raise ValidationError("file", f"{path.name} cannot be read (permission denied)") from None
    except IsADirectoryError:
        raise ValidationError("file", f"{path.name} is a folder, not a file") from None


def add(vault: Vault, source: str | os.PathLike[str] | tuple[str, bytes], *,
        contact_id: int | None = None, deal_id: int | None = None,
        interaction_id: int | None = None) -> AttachmentOut:
    """Attach a file (a path, or a (file name, bytes) pair) to a contact, deal or interaction."""
    owners = {"contact": contact_id, "deal": deal_id, "interaction": interaction_id}
    if all(v is None for v in owners.values()):
        raise ValidationError("owner", "attach the file to a contact, a deal or an interaction")
    if isinstance(source, tuple):
        name, data = _clean_name(source[0]), source[1]
        if not isinstance(data, bytes | bytearray | memoryview):
            raise ValidationError("file", "the content must be bytes")
        if len(data) > MAX_ATTACHMENT_BYTES:
            raise _too_big(name, len(data))
        data = bytes(data)
    else:
        path = Path(source)
        name = _clean_name(path.name)
        data = _read_file(path)
    with UnitOfWork(vault, "attachment.add") as uow:
        s = uow.session
        for entity, ident in owners.items():
            if ident is not None:
                row = s.get(OWNERS[entity], ident)
                if row is None or row.deleted_at is not None:
                    raise ValidationError(f"{entity}_id", f"no {entity} with id {ident}")
        a = Attachment(filename=name, mime_type=guess_mime(name, data[:16]), size=len(data),
                       sha256=hashlib.sha256(data).hexdigest(), **{f"{k}_id": v for k, v in owners.items()})
        s.add(a)
        s.flush()
        s.add(AttachmentBlob(attachment_id=a.id, data=data))
        s.flush()
        uow.operation.summary = f"Attach {name}"
        return _out(a)


def list_for(vault: Vault, entity: str, entity_id: int) -> list[AttachmentOut]:
    """The live attachments of one contact, deal or interaction, oldest first (no bytes)."""
    if entity not in OWNERS:
        raise ValidationError("entity", f"'{entity}' is not one of {', '.join(OWNERS)}")
    column = getattr(Attachment, f"{entity}_id")
    with ReadSession(vault) as s:
        return [_out(a) for a in s.scalars(
            select(Attachment).where(column == entity_id, Attachment.deleted_at.is_(None))
            .order_by(Attachment.created_at, Attachment.id))]


def get(vault: Vault, attachment_id: int, *, include_deleted: bool = False) -> AttachmentOut:
    with ReadSession(vault) as s:
        return _out(get_or_404(s, Attachment, attachment_id, "attachment", include_deleted=include_deleted))


def read(vault: Vault, attachment_id: int, *, include_deleted: bool = False) -> bytes:
    """The file's bytes, checked against the checksum taken when it was attached."""
    with ReadSession(vault) as s:
        a = get_or_404(s, Attachment, attachment_id, "attachment", include_deleted=include_deleted)
        data = s.scalar(select(AttachmentBlob.data).where(AttachmentBlob.attachment_id == a.id))
        if data is None:
            raise NotFound("attachment", attachment_id)
        if len(data) != a.size or hashlib.sha256(data).hexdigest() != a.sha256:
            raise CrmError(f"The stored copy of {a.filename} does not match its checksum; "
                           "restore it from a backup.")
        return bytes(data)


def delete(vault: Vault, attachment_id: int) -> None:
    """Move an attachment to the trash (its bytes stay until the trash is emptied)."""
    with UnitOfWork(vault, "attachment.delete") as uow:
        a = get_or_404(uow.session, Attachment, attachment_id, "attachment")
        a.deleted_at = utcnow()
        uow.operation.summary = f"Delete attachment {a.filename}"
