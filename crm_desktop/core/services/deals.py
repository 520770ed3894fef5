"""Deal use cases: add, edit, move through the pipeline, close, notes, parties, trash."""

from __future__ import annotations

from dataclasses import fields
from datetime import datetime
from decimal import Decimal
from functools import cache
from typing import TYPE_CHECKING, Any

from babel.numbers import list_currencies
from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.core.errors import NotFound, ValidationError
from crm_desktop.core.models import (
    PARTY_ROLES,
    Contact,
    Deal,
    DealNote,
    DealParty,
    DealStageEntry,
    Stage,
    utcnow,
)

from . import contact_read
from .common import choice, clean_text, get_or_404, is_set, parse_date, parse_decimal
from .deal_dto import DealDetail, DealInput, DealNoteOut, PartyOut
from .deal_read import detail, get, list_deals
from .interactions import parse_instant
from .stages import find as find_stage
from .stages import percent
from .uow import ReadSession, UnitOfWork

if TYPE_CHECKING:
    from crm_desktop.core.vault import Vault

__all__ = ["add", "add_note", "add_party", "close", "delete", "edit", "get", "list_deals", "move",
           "remove_party"]

_MAX_MONEY = Decimal(10) ** 18
_MONEY_FIELDS = ("amount", "fee_retainer", "fee_success_amount")


@cache
def _currencies() -> frozenset[str]:
    return frozenset(list_currencies())


def _currency(value: Any) -> str | None:
    code = clean_text(value, "currency", 10)
    if code is None:
        return None
    code = code.upper()
    if len(code) != 3 or not code.isascii() or not code.isalpha():
        raise ValidationError("currency", f"'{value}' is not an ISO 4217 code (three letters, e.g. CNY)")
    if code not in _currencies():
        raise ValidationError("currency", f"'{code}' is not a known ISO 4217 currency")
    return code


def _decimal(value: Any, field: str, *, places: int, maximum: Decimal) -> Decimal | None:
    d = parse_decimal(value, field)
    if d is None:
        return None
    if d < 0:
        raise ValidationError(field, "must not be negative")
    if d >= maximum:
        raise ValidationError(field, f"{d} is too large")
    exponent = d.as_tuple().exponent
    assert isinstance(exponent, int)  # finite, checked by parse_decimal
    if exponent < -places:
        raise ValidationError(field, f"{d} has more than {places} decimal places")
    # "1E+3" -> "1000": stored and shown as typed digits, never in exponent form.
    return d.quantize(Decimal(1)) if exponent > 0 else d


def _client(session: Session, value: Any) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, int) and not isinstance(value, bool):
        c = session.get(Contact, value)
        if c is None or c.deleted_at is not None:
            raise ValidationError("client", f"no contact with id {value}")
        return c.id
    name = clean_text(value, "client", 300, required=True) or ""
    org = contact_read.find_organization(session, name)
    if org is None:
        org = Contact(kind="organization", display_name=name, source="typed")
        session.add(org)
        session.flush()
    return org.id


def _enter(session: Session, d: Deal, stage: Stage, now: datetime) -> None:
    """Put the deal in `stage`: close the open history entry, open a new one, follow won/lost."""
    if d.id is not None:
        for e in session.scalars(select(DealStageEntry).where(DealStageEntry.deal_id == d.id,
                                                              DealStageEntry.left_at.is_(None))):
            e.left_at = now
    d.stage_id = stage.id
    session.flush()
    session.add(DealStageEntry(deal_id=d.id, stage_id=stage.id, entered_at=now))
    status = "won" if stage.is_won else "lost" if stage.is_lost else "open"
    if status != d.status or (status != "open" and d.closed_at is None):
        d.status = status
        d.closed_at = None if status == "open" else now
        if status == "open":
            d.close_reason = None


def _party(session: Session, item: Any, field: str) -> tuple[int, str]:
    try:
        contact_id, role = (item, "other") if isinstance(item, int) else tuple(item)
        contact_id = int(contact_id)
    except (TypeError, ValueError):
        raise ValidationError(field, f"{item!r} is not (contact id, role)") from None
    c = session.get(Contact, contact_id)
    if c is None or c.deleted_at is not None:
        raise ValidationError(field, f"no contact with id {contact_id}")
    return c.id, choice(role, PARTY_ROLES, field) or "other"


def _set_parties(session: Session, d: Deal, items: list[Any]) -> None:
    wanted = list(dict.fromkeys(_party(session, it, f"parties[{i}]") for i, it in enumerate(items)))
    current = {(p.contact_id, p.role): p for p in session.scalars(
        select(DealParty).where(DealParty.deal_id == d.id))}
    for key, p in current.items():
        if key not in wanted:
            session.delete(p)
    for cid, role in wanted:
        if (cid, role) not in current:
            session.add(DealParty(deal_id=d.id, contact_id=cid, role=role))


def _apply(session: Session, d: Deal, data: DealInput, now: datetime) -> None:
    if is_set(data.name):
        d.name = clean_text(data.name, "name", 300, required=True) or ""
    if is_set(data.client):
        d.client_id = _client(session, data.client)
    for name in _MONEY_FIELDS:
        if is_set(getattr(data, name)):
            setattr(d, name, _decimal(getattr(data, name), name, places=4, maximum=_MAX_MONEY))
    if is_set(data.fee_success_percent):
        d.fee_success_percent = _decimal(data.fee_success_percent, "fee_success_percent", places=6,
                                         maximum=Decimal("100.000001"))
    if is_set(data.currency):
        d.currency = _currency(data.currency)
    if is_set(data.probability):
        d.probability = None if data.probability in (None, "") else percent(data.probability)
    if is_set(data.expected_close):
        d.expected_close = parse_date(data.expected_close, "expected_close")
    if is_set(data.owner):
        d.owner = clean_text(data.owner, "owner", 100)
    if is_set(data.description):
        d.description = clean_text(data.description, "description", 1_000_000)
    if is_set(data.close_reason):
        d.close_reason = clean_text(data.close_reason, "close_reason", 10_000)
    if d.currency is None and any(getattr(d, f) is not None for f in _MONEY_FIELDS):
        raise ValidationError("currency", "an amount needs a currency (ISO 4217, e.g. CNY)")
    if d.fee_success_amount is not None and d.fee_success_percent is not None:
        raise ValidationError("fee_success_percent",
                              "give the success fee as an amount or as a percent, not both")


def _write(session: Session, d: Deal, data: DealInput, *, creating: bool) -> None:
    now = utcnow()
    _apply(session, d, data, now)
    if creating:
        stage = (find_stage(session, data.stage) if is_set(data.stage) and data.stage not in (None, "")
                 else session.scalar(select(Stage).order_by(Stage.position, Stage.id).limit(1)))
        if stage is None:
            raise ValidationError("stage", "the pipeline has no stages")
        session.add(d)
        _enter(session, d, stage, now)
    elif is_set(data.stage):
        stage = find_stage(session, data.stage)
        if stage.id != d.stage_id:
            _enter(session, d, stage, now)
    session.flush()
    if is_set(data.parties):
        _set_parties(session, d, data.parties or [])
    session.flush()


def add(vault: Vault, data: DealInput | None = None, **values: Any) -> DealDetail:
    """A new deal in the given stage (default: the first); returns it with its history."""
    data = data or DealInput(**values)
    with UnitOfWork(vault, "deal.add") as uow:
        d = Deal(status="open")
        _write(uow.session, d, data, creating=True)
        uow.operation.summary = f"Add deal {d.name}"
        return detail(uow.session, d.id)


def edit(vault: Vault, deal_id: int, data: DealInput | None = None, **values: Any) -> DealDetail:
    data = data or DealInput(**values)
    with UnitOfWork(vault, "deal.edit") as uow:
        d = get_or_404(uow.session, Deal, deal_id, "deal")
        _write(uow.session, d, data, creating=False)
        changed = [f.name for f in fields(data) if is_set(getattr(data, f.name))]
        uow.operation.summary = f"Edit deal {d.name}: {', '.join(changed)}"
        d.updated_at = utcnow()
        return detail(uow.session, d.id)


def move(vault: Vault, deal_id: int, stage: int | str) -> DealDetail:
    """Move a deal to another stage (won / lost stages close it; others reopen it)."""
    with ReadSession(vault) as s:  # a move to where it already is writes nothing, not even an operation
        d = get_or_404(s, Deal, deal_id, "deal")
        if find_stage(s, stage).id == d.stage_id:
            return detail(s, deal_id)
    with UnitOfWork(vault, "deal.move") as uow:
        d = get_or_404(uow.session, Deal, deal_id, "deal")
        target = find_stage(uow.session, stage)
        _enter(uow.session, d, target, utcnow())
        uow.operation.summary = f"Move deal {d.name} to {target.name}"
        uow.session.flush()
        return detail(uow.session, d.id)


def close(vault: Vault, deal_id: int, outcome: str, reason: str | None = None) -> DealDetail:
    """Close a deal as won or lost: into the pipeline's first won (or lost) stage, with a reason."""
    won = choice(outcome, ("won", "lost"), "outcome")
    if won is None:
        raise ValidationError("outcome", "is required (won or lost)")
    with UnitOfWork(vault, "deal.close") as uow:
        s = uow.session
        d = get_or_404(s, Deal, deal_id, "deal")
        flag = Stage.is_won if won == "won" else Stage.is_lost
        target = s.scalar(select(Stage).where(flag.is_(True)).order_by(Stage.position, Stage.id).limit(1))
        if target is None:
            raise ValidationError("outcome", f"the pipeline has no {won} stage")
        if d.status != won:
            _enter(s, d, target, utcnow())
        d.close_reason = clean_text(reason, "reason", 10_000)
        uow.operation.summary = f"Close deal {d.name} as {won}"
        s.flush()
        return detail(s, d.id)


def add_note(vault: Vault, deal_id: int, text: str, at: datetime | str | None = None) -> DealNoteOut:
    with UnitOfWork(vault, "deal.note") as uow:
        d = get_or_404(uow.session, Deal, deal_id, "deal")
        note = DealNote(deal_id=d.id, text=clean_text(text, "text", 1_000_000, required=True),
                        at=utcnow() if at in (None, "") else parse_instant(at, "at"))
        uow.session.add(note)
        uow.session.flush()
        uow.operation.summary = f"Note on deal {d.name}"
        return DealNoteOut(note.id, note.at, note.text)


def add_party(vault: Vault, deal_id: int, contact_id: int, role: str = "other") -> list[PartyOut]:
    """Add a contact to a deal in a role (again in another role is fine); returns the parties."""
    with UnitOfWork(vault, "deal.party") as uow:
        s = uow.session
        d = get_or_404(s, Deal, deal_id, "deal")
        cid, clean = _party(s, (contact_id, role), "contact_id")
        if s.scalar(select(DealParty.id).where(DealParty.deal_id == d.id, DealParty.contact_id == cid,
                                               DealParty.role == clean)) is None:
            s.add(DealParty(deal_id=d.id, contact_id=cid, role=clean))
        s.flush()
        uow.operation.summary = f"Add party to deal {d.name}"
        return detail(s, d.id).parties


def remove_party(vault: Vault, deal_id: int, contact_id: int, role: str | None = None) -> list[PartyOut]:
    """Take a contact off a deal (in one role, or in every role when none is given)."""
    with UnitOfWork(vault, "deal.party") as uow:
        s = uow.session
        d = get_or_404(s, Deal, deal_id, "deal")
        q = select(DealParty).where(DealParty.deal_id == d.id, DealParty.contact_id == contact_id)
        if role:
            q = q.where(DealParty.role == choice(role, PARTY_ROLES, "role"))
        rows = list(s.scalars(q))
        if not rows:
            raise NotFound("party", contact_id)
        for p in rows:
            s.delete(p)
        s.flush()
        uow.operation.summary = f"Remove party from deal {d.name}"
        return detail(s, d.id).parties


def delete(vault: Vault, deal_id: int) -> None:
    """Move a deal to the trash (its notes, parties and history stay with it)."""
    with UnitOfWork(vault, "deal.delete") as uow:
        d = get_or_404(uow.session, Deal, deal_id, "deal")
        d.deleted_at = utcnow()
        uow.operation.summary = f"Delete deal {d.name}"
