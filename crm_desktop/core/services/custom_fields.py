"""Custom fields: definitions per entity type (define, rename, remove) and their values, validated by type."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from crm_desktop.core.errors import ValidationError
from crm_desktop.core.models import ENTITY_TYPES, FIELD_TYPES, CustomFieldDef, CustomFieldValue

from .common import choice, clean_text, get_or_404, parse_date, parse_decimal
from .uow import ReadSession, UnitOfWork

if TYPE_CHECKING:
    from crm_desktop.core.vault import Vault


@dataclass(frozen=True)
class FieldDefOut:
    id: int
    entity: str
    name: str
    type: str
    choices: list[str]


def _out(d: CustomFieldDef) -> FieldDefOut:
    return FieldDefOut(d.id, d.entity, d.name, d.type, (d.choices or "").splitlines() if d.choices else [])


def define(vault: Vault, entity: str, name: str, type: str = "text",
           choices: list[str] | None = None) -> FieldDefOut:
    entity = choice(entity, ENTITY_TYPES, "entity") or "contact"
    ftype = choice(type, FIELD_TYPES, "type") or "text"
    fname = clean_text(name, "name", 100, required=True)
    if ftype == "choice" and not choices:
        raise ValidationError("choices", "a choice field needs at least one choice")
    with UnitOfWork(vault, "field.define", f"Define field {fname}") as uow:
        if uow.session.scalar(select(CustomFieldDef).where(
                CustomFieldDef.entity == entity, CustomFieldDef.name == fname)):
            raise ValidationError("name", f"a {entity} field named '{fname}' exists already")
        d = CustomFieldDef(entity=entity, name=fname, type=ftype,
                           choices="\n".join(choices) if choices else None)
        uow.session.add(d)
        uow.session.flush()
        return _out(d)


def list_defs(vault: Vault, entity: str | None = None) -> list[FieldDefOut]:
    with ReadSession(vault) as s:
        q = select(CustomFieldDef).order_by(CustomFieldDef.entity, CustomFieldDef.position, CustomFieldDef.id)
        if entity:
            q = q.where(CustomFieldDef.entity == entity)
        return [_out(d) for d in s.scalars(q)]


def _canonical(d: CustomFieldDef, value: str) -> str:
    label = f"custom field '{d.name}'"
    if d.type == "number":
        return str(parse_decimal(value, label))
    if d.type == "date":
        parsed = parse_date(value, label)
        return parsed.isoformat() if parsed else ""
    if d.type == "choice":
        allowed = tuple((d.choices or "").splitlines())
        return choice(value, allowed, label) or ""
    return value


def set_values(session: Session, entity: str, entity_id: int, values: dict[str, str | None]) -> None:
    """Set values by field name; an unknown name becomes a new text field (nothing is dropped)."""
    defs = {d.name: d for d in session.scalars(select(CustomFieldDef).where(CustomFieldDef.entity == entity))}
    for name, raw in values.items():
        fname = clean_text(name, "custom field name", 100, required=True)
        assert fname is not None
        d = defs.get(fname)
        if d is None:
            d = CustomFieldDef(entity=entity, name=fname, type="text")
            session.add(d)
            session.flush()
            defs[fname] = d
        existing = session.scalar(select(CustomFieldValue).where(
            CustomFieldValue.field_id == d.id, CustomFieldValue.entity_id == entity_id))
        text = None if raw is None else str(raw).strip()
        if not text:
            if existing is not None:
                session.delete(existing)
            continue
        canon = _canonical(d, text)
        if existing is None:
            session.add(CustomFieldValue(field_id=d.id, entity_id=entity_id, value=canon))
        else:
            existing.value = canon


def values_for(session: Session, entity: str, ids: list[int]) -> dict[int, dict[str, str]]:
    out: dict[int, dict[str, str]] = defaultdict(dict)
    if not ids:
        return out
    rows = session.execute(
        select(CustomFieldValue.entity_id, CustomFieldDef.name, CustomFieldValue.value)
        .join(CustomFieldDef, CustomFieldDef.id == CustomFieldValue.field_id)
        .where(CustomFieldDef.entity == entity, CustomFieldValue.entity_id.in_(ids))
        .order_by(CustomFieldDef.position, CustomFieldDef.id))
    for eid, name, value in rows:
        out[eid][name] = value
    return out


def rename(vault: Vault, field_id: int, name: str) -> FieldDefOut:
    """Rename a field; its values stay (they hang on the field, not on its name)."""
    with UnitOfWork(vault, "field.rename") as uow:
        d = get_or_404(uow.session, CustomFieldDef, field_id, "custom field")
        fname = clean_text(name, "name", 100, required=True)
        if uow.session.scalar(select(CustomFieldDef.id).where(
                CustomFieldDef.entity == d.entity, CustomFieldDef.name == fname, CustomFieldDef.id != d.id)):
            raise ValidationError("name", f"a {d.entity} field named '{fname}' exists already")
        old, d.name = d.name, fname or ""
        uow.operation.summary = f"Rename field {old} to {d.name}"
        uow.session.flush()
        return _out(d)


def remove(vault: Vault, field_id: int) -> int:
    """Remove a field and its values; returns how many values went (undo brings them back)."""
    with UnitOfWork(vault, "field.delete") as uow:
        s = uow.session
        d = get_or_404(s, CustomFieldDef, field_id, "custom field")
        # Through the ORM, not the FK's cascade: each value reaches the audit trail, so undo restores it.
        values = list(s.scalars(select(CustomFieldValue).where(CustomFieldValue.field_id == d.id)))
        for v in values:
            s.delete(v)
        s.flush()
        s.delete(d)
        uow.operation.summary = f"Delete field {d.name}"
        return len(values)


def value_counts(vault: Vault) -> dict[int, int]:
    """How many records have a value in each field (what removing it would take away)."""
    with ReadSession(vault) as s:
        return dict(s.execute(select(CustomFieldValue.field_id, func.count())
                              .group_by(CustomFieldValue.field_id)).all())
