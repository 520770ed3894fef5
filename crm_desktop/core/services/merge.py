"""Merge duplicate contacts into one: values chosen per field, every link moved to the survivor,
the others to the trash marked merged. One transaction, one undoable operation; the audit and the
summary name every id."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from crm_desktop.core.backup.auto import auto_backup
from crm_desktop.core.errors import ValidationError
from crm_desktop.core.matching import relink
from crm_desktop.core.models import (
    Contact,
    ContactAddress,
    ContactEmail,
    ContactPhone,
    MergedContact,
    utcnow,
)
from crm_desktop.core.text import digits, fold

from . import contact_read
from .common import get_or_404
from .contact_dto import ContactOut
from .interactions import refresh_last_interaction
from .uow import UnitOfWork

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from crm_desktop.core.vault import Vault

# Fields chosen per contact; "organization" (the primary one), "phones", "emails" and
# "custom:<field name>" are choices too.
FIELDS = ("display_name", "given_name", "family_name", "phonetic_given_name", "phonetic_family_name",
          "title", "department", "website", "birthday", "tier", "owner", "note")
SPECIAL = ("organization", "phones", "emails")


def _empty(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _check(keep_id: int, other_ids: list[int], choices: dict[str, int]) -> list[int]:
    others = list(dict.fromkeys(other_ids))
    if not others:
        raise ValidationError("other_ids", "name at least one contact to merge into the first")
    if keep_id in others:
        raise ValidationError("other_ids", f"contact {keep_id} cannot be merged into itself")
    for name, cid in choices.items():
        if name not in FIELDS and name not in SPECIAL and not name.startswith("custom:"):
            raise ValidationError("choices", f"'{name}' is not a field that can be chosen")
        if cid != keep_id and cid not in others:
            raise ValidationError("choices", f"'{name}': contact {cid} is not one of those merged")
    return others


def _values(keep: Contact, others: list[Contact], choices: dict[str, int]) -> None:
    by_id = {c.id: c for c in (keep, *others)}
    old_display = keep.display_name
    for name in FIELDS:
        if name in choices:
            value = getattr(by_id[choices[name]], name)
        elif name == "note":
            notes = [n for n in (c.note for c in (keep, *others)) if not _empty(n)]
            value = "\n\n".join(dict.fromkeys(notes)) or None  # no note is lost
        else:
            value = getattr(keep, name)
            for other in others:
                if not _empty(value):
                    break
                value = getattr(other, name)
        if name == "display_name" and _empty(value):
            value = old_display
        if getattr(keep, name) != value:
            setattr(keep, name, value)
    # Every name the contact went by stays findable: the others' names become other names.
    names = [*(keep.other_names or "").splitlines(), old_display]
    for other in others:
        names += [other.display_name, *(other.other_names or "").splitlines()]
    kept = [n for n in dict.fromkeys(n.strip() for n in names if n and n.strip()) if n != keep.display_name]
    other_names = "\n".join(kept) or None
    if keep.other_names != other_names:
        keep.other_names = other_names


def _phone_key(p: ContactPhone) -> str:
    return p.e164 or digits(p.raw) or fold(p.raw)


def _copy_children(s: Session, keep: Contact, others: list[Contact], *, all_phones: bool,
                   all_emails: bool, choices: dict[str, int]) -> None:
    """Phones, e-mails and addresses are copied (the merged contact in the trash keeps its own)."""
    for model, key, keep_all, choice in (
            (ContactPhone, _phone_key, all_phones, "phones"),
            (ContactEmail, lambda e: fold(e.normalized), all_emails, "emails")):
        source = choices.get(choice, keep.id)
        mine = list(s.scalars(select(model).where(model.contact_id == keep.id).order_by(model.position)))
        if not keep_all and source != keep.id:
            for row in mine:
                s.delete(row)
            mine = []
        seen = {key(r) for r in mine}
        position = max((r.position for r in mine), default=-1) + 1
        donors = [o for o in others if keep_all or o.id == source]
        for other in donors:
            for row in s.scalars(select(model).where(model.contact_id == other.id).order_by(model.position)):
                if key(row) in seen:
                    continue
                seen.add(key(row))
                values = {c.name: getattr(row, c.name) for c in model.__table__.columns
                          if c.name not in ("id", "contact_id", "position")}
                s.add(model(contact_id=keep.id, position=position, **values))
                position += 1
    cols = ("label", "street", "city", "region", "postcode", "country")
    have = {tuple(getattr(a, c) for c in cols) for a in
            s.scalars(select(ContactAddress).where(ContactAddress.contact_id == keep.id))}
    position = len(have)
    for other in others:
        for a in s.scalars(select(ContactAddress).where(ContactAddress.contact_id == other.id)):
            values = tuple(getattr(a, c) for c in cols)
            if values not in have:
                have.add(values)
                s.add(ContactAddress(contact_id=keep.id, position=position, **dict(zip(cols, values,
                                                                                      strict=True))))
                position += 1


def merge(vault: Vault, keep_id: int, other_ids: Iterable[int], choices: dict[str, int] | None = None,
          keep_all_phones: bool = True, keep_all_emails: bool = True) -> ContactOut:
    """Merge `other_ids` into `keep_id`. `choices`: field -> the contact whose value wins (by default
    the survivor's, a blank one filled from the others in order; notes are joined). Interactions,
    deal parties and clients, reminders, attachments, tags, custom field values and affiliations
    (both directions) move to the survivor; the others go to the trash, marked merged."""
    chosen = dict(choices or {})
    others_ids = _check(keep_id, list(other_ids), chosen)
    auto_backup(vault, "merge")
    with UnitOfWork(vault, "contact.merge") as uow:
        s = uow.session
        keep = get_or_404(s, Contact, keep_id, "contact")
        others = [get_or_404(s, Contact, cid, "contact") for cid in others_ids]
        for other in others:
            if other.kind != keep.kind:
                raise ValidationError("other_ids", f"{other.display_name} (#{other.id}) is a {other.kind}, "
                                                   f"{keep.display_name} (#{keep.id}) a {keep.kind}")
        uow.operation.summary = (f"Merge {', '.join(f'{o.display_name} (#{o.id})' for o in others)} "
                                 f"into {keep.display_name} (#{keep.id})")
        now = utcnow()
        # By hand, and before anything else is flushed: the first audit entry of the row then holds
        # its old updated_at, which undo restores last (an `onupdate` value is never audited).
        keep.updated_at = now
        _values(keep, others, chosen)
        _copy_children(s, keep, others, all_phones=keep_all_phones, all_emails=keep_all_emails,
                       choices=chosen)
        relink.move_participants(s, keep.id, others_ids)
        relink.move_parties(s, keep.id, others_ids)
        relink.move_pointers(s, keep.id, others_ids)
        relink.move_tags(s, keep.id, others_ids)
        relink.move_custom_values(s, keep.id, others_ids, {k.removeprefix("custom:"): v for k, v
                                                           in chosen.items() if k.startswith("custom:")})
        relink.move_affiliations(s, keep.id, others_ids, chosen.get("organization"))
        for other in others:
            other.deleted_at = other.updated_at = now  # updated_at by hand: audited, so undo restores it
            s.add(MergedContact(merged_id=other.id, survivor_id=keep.id, operation_id=uow.operation.id,
                                merged_at=now))
        s.flush()
        refresh_last_interaction(s, [keep.id, *others_ids])
        return contact_read.load(s, [keep.id])[0]


def merged_into(vault: Vault, contact_id: int) -> int | None:
    """The survivor a merged contact went into (None if it was not merged)."""
    from .uow import ReadSession

    with ReadSession(vault) as s:
        return s.scalar(select(MergedContact.survivor_id).where(MergedContact.merged_id == contact_id)
                        .order_by(MergedContact.id.desc()).limit(1))

