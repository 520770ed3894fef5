"""Deals out of the database as dataclasses, loaded in batches (one query per child table)."""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal, localcontext
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from crm_desktop.core.errors import ValidationError
from crm_desktop.core.models import DEAL_STATUSES, Contact, Deal, DealNote, DealParty, DealStageEntry, Stage

from .common import choice, get_or_404
from .deal_dto import DealDetail, DealNoteOut, DealOut, DealPage, PartyOut, StageEntryOut
from .stages import find as find_stage
from .uow import ReadSession

if TYPE_CHECKING:
    from crm_desktop.core.vault import Vault

_HUNDRED = Decimal(100)


def _exact(fn):  # type: ignore[no-untyped-def]
    # Enough digits that a product of two money values is never rounded.
    with localcontext() as ctx:
        ctx.prec = 60
        return fn()


def effective_probability(d: Deal, stage: Stage) -> int:
    if d.status == "won":
        return 100
    if d.status == "lost":
        return 0
    return stage.probability if d.probability is None else d.probability


def expected_fee(d: Deal) -> Decimal | None:
    parts: list[Decimal] = []
    if d.fee_retainer is not None:
        parts.append(d.fee_retainer)
    if d.fee_success_amount is not None:
        parts.append(d.fee_success_amount)
    elif d.fee_success_percent is not None and d.amount is not None:
        pct = d.fee_success_percent
        parts.append(_exact(lambda: d.amount * pct / _HUNDRED))
    if not parts:
        return None
    return _exact(lambda: sum(parts, Decimal(0)))


def load(session: Session, ids: list[int], *, detail: bool = False) -> list[DealOut]:
    """DealOut (DealDetail with `detail`) for each id, in the order given."""
    if not ids:
        return []
    deals = {d.id: d for d in session.scalars(select(Deal).where(Deal.id.in_(ids)))}
    stages = {s.id: s for s in session.scalars(select(Stage))}
    client_ids = {d.client_id for d in deals.values() if d.client_id is not None}
    clients = dict(session.execute(select(Contact.id, Contact.display_name)
                                   .where(Contact.id.in_(client_ids))).all()) if client_ids else {}
    parties: dict[int, list[PartyOut]] = defaultdict(list)
    for p, name in session.execute(
            select(DealParty, Contact.display_name).join(Contact, Contact.id == DealParty.contact_id)
            .where(DealParty.deal_id.in_(ids), Contact.deleted_at.is_(None))
            .order_by(DealParty.id)):
        parties[p.deal_id].append(PartyOut(p.contact_id, name, p.role))
    notes: dict[int, list[DealNoteOut]] = defaultdict(list)
    history: dict[int, list[StageEntryOut]] = defaultdict(list)
    if detail:
        for n in session.scalars(select(DealNote)
                                 .where(DealNote.deal_id.in_(ids), DealNote.deleted_at.is_(None))
                                 .order_by(DealNote.at.desc(), DealNote.id.desc())):
            notes[n.deal_id].append(DealNoteOut(n.id, n.at, n.text))
        for e in session.scalars(select(DealStageEntry).where(DealStageEntry.deal_id.in_(ids))
                                 .order_by(DealStageEntry.entered_at, DealStageEntry.id)):
            history[e.deal_id].append(StageEntryOut(stages[e.stage_id].name, e.entered_at, e.left_at))
    out: list[DealOut] = []
    for did in ids:
        d = deals.get(did)
        if d is None:
            continue
        st = stages[d.stage_id]
        prob = effective_probability(d, st)
        amount = d.amount
        weighted = None if amount is None else _exact(lambda a=amount, p=prob: a * p / _HUNDRED)
        values = dict(
            id=d.id, uid=d.uid, name=d.name, client_id=d.client_id, client=clients.get(d.client_id),
            amount=d.amount, currency=d.currency, stage_id=d.stage_id, stage=st.name, probability=prob,
            probability_override=d.probability, weighted_amount=weighted, expected_close=d.expected_close,
            status=d.status, close_reason=d.close_reason, closed_at=d.closed_at, owner=d.owner,
            description=d.description, fee_retainer=d.fee_retainer, fee_success_amount=d.fee_success_amount,
            fee_success_percent=d.fee_success_percent, expected_fee=expected_fee(d), parties=parties[did],
            created_at=d.created_at, updated_at=d.updated_at, deleted_at=d.deleted_at)
        out.append(DealDetail(**values, notes=notes[did], stage_history=history[did]) if detail
                   else DealOut(**values))
    return out


def detail(session: Session, deal_id: int) -> DealDetail:
    found = load(session, [deal_id], detail=True)[0]
    assert isinstance(found, DealDetail)
    return found


def get(vault: Vault, deal_id: int, *, include_deleted: bool = False) -> DealDetail:
    """A deal with its notes and stage history; NotFound for a bad id (or a trashed deal)."""
    with ReadSession(vault) as s:
        get_or_404(s, Deal, deal_id, "deal", include_deleted=include_deleted)
        return detail(s, deal_id)


def list_deals(vault: Vault, *, stage: int | str | None = None, status: str | None = None,
               client_id: int | None = None, owner: str | None = None,
               limit: int = 100, offset: int = 0) -> DealPage:
    """A page of live deals in pipeline order (stage, expected close, name) and the total."""
    with ReadSession(vault) as s:
        q = select(Deal.id).join(Stage, Stage.id == Deal.stage_id).where(Deal.deleted_at.is_(None))
        if stage is not None and stage != "":
            q = q.where(Deal.stage_id == find_stage(s, stage).id)
        if status:
            q = q.where(Deal.status == choice(status, DEAL_STATUSES, "status"))
        if client_id is not None:
            q = q.where(Deal.client_id == client_id)
        if owner:
            q = q.where(func.lower(Deal.owner) == owner.strip().lower())
        if limit < 0 or offset < 0:
            raise ValidationError("limit", "limit and offset must not be negative")
        total = s.scalar(select(func.count()).select_from(q.subquery())) or 0
        ids = list(s.scalars(q.order_by(Stage.position, Deal.expected_close.is_(None), Deal.expected_close,
                                        Deal.name, Deal.id).limit(limit).offset(offset)))
        return DealPage(load(s, ids), total)
