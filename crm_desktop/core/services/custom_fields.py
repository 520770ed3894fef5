"""Custom fields: definitions per entity type and their values, validated by type."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.core.errors import ValidationError
from crm_desktop.core.models import ENTITY_TYPES, FIELD_TYPES, CustomFieldDef, CustomFieldValue

from .common import choice, clean_text, parse_date, parse_decimal
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
