"""The pipeline: the firm's own stages, in order, each with a default win probability."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from crm_desktop.core.errors import ValidationError
from crm_desktop.core.models import Deal, DealStageEntry, Stage

from .common import clean_text, get_or_404
from .uow import ReadSession, UnitOfWork

if TYPE_CHECKING:
    from crm_desktop.core.vault import Vault


@dataclass(frozen=True)
class StageOut:
    id: int
    uid: str
    name: str
    position: int
    probability: int  # percent, the default for deals in this stage
    is_won: bool
    is_lost: bool
    deals: int  # live deals in this stage


def percent(value: object, field: str = "probability") -> int:
    """A whole percent 0..100 from an int or typed text."""
    if isinstance(value, bool) or value is None or isinstance(value, float):
        raise ValidationError(field, "must be a whole percent from 0 to 100")
    try:
        p = int(str(value).strip().rstrip("%").strip())
    except ValueError:
        raise ValidationError(field, f"'{value}' is not a whole percent from 0 to 100") from None
    if not 0 <= p <= 100:
        raise ValidationError(field, f"{p} is outside 0..100")
    return p


def _ordered(session: Session) -> list[Stage]:
    return list(session.scalars(select(Stage).order_by(Stage.position, Stage.id)))


def _renumber(stages: list[Stage]) -> None:
    for pos, st in enumerate(stages):
        if st.position != pos:  # only real changes reach the audit trail
            st.position = pos


def _check_name(session: Session, name: str | None, stage_id: int | None = None) -> str:
    clean = clean_text(name, "name", 100, required=True) or ""
    q = select(Stage.id).where(func.lower(Stage.name) == clean.lower())
    if stage_id is not None:
        q = q.where(Stage.id != stage_id)
    if session.scalar(q.limit(1)) is not None:
        raise ValidationError("name", f"a stage named '{clean}' already exists")
    return clean


def _out(session: Session, stages: list[Stage]) -> list[StageOut]:
    counts = dict(session.execute(
        select(Deal.stage_id, func.count()).where(Deal.deleted_at.is_(None)).group_by(Deal.stage_id)).all())
    return [StageOut(s.id, s.uid, s.name, s.position, s.probability, s.is_won, s.is_lost,
                     counts.get(s.id, 0)) for s in stages]


def _one(session: Session, stage_id: int) -> StageOut:
    return next(o for o in _out(session, _ordered(session)) if o.id == stage_id)


def list_stages(vault: Vault) -> list[StageOut]:
    """Every stage in pipeline order."""
    with ReadSession(vault) as s:
        return _out(s, _ordered(s))


def find(session: Session, stage: int | str) -> Stage:
    """A stage by id or by name (case-insensitive); ValidationError("stage") when none."""
    if isinstance(stage, int) and not isinstance(stage, bool):
        found = session.get(Stage, stage)
    else:
        name = clean_text(stage, "stage", 100, required=True) or ""
        found = session.scalar(select(Stage).where(func.lower(Stage.name) == name.lower()).limit(1))
    if found is None:
        raise ValidationError("stage", f"no stage '{stage}'")
    return found


def add(vault: Vault, name: str, probability: int | str = 0, position: int | None = None,
        is_won: bool = False, is_lost: bool = False) -> StageOut:
    """A new stage at `position` (0 = first; None or past the end = last)."""
    if is_won and is_lost:
        raise ValidationError("is_lost", "a stage cannot be both won and lost")
    with UnitOfWork(vault, "stage.add") as uow:
        s = uow.session
        clean = _check_name(s, name)
        stages = _ordered(s)
        st = Stage(name=clean, position=len(stages), probability=percent(probability),
                   is_won=bool(is_won), is_lost=bool(is_lost))
        s.add(st)
        pos = len(stages) if position is None else max(0, min(int(position), len(stages)))
        stages.insert(pos, st)
        _renumber(stages)
        s.flush()
        uow.operation.summary = f"Add stage {clean}"
        return _one(s, st.id)


def rename(vault: Vault, stage_id: int, name: str) -> StageOut:
    with UnitOfWork(vault, "stage.rename") as uow:
        st = get_or_404(uow.session, Stage, stage_id, "stage")
        old, st.name = st.name, _check_name(uow.session, name, stage_id)
        uow.operation.summary = f"Rename stage {old} to {st.name}"
        uow.session.flush()
        return _one(uow.session, st.id)


def move(vault: Vault, stage_id: int, position: int) -> StageOut:
    """Put a stage at `position` (0-based, clamped) and renumber the others."""
    with UnitOfWork(vault, "stage.move") as uow:
        s = uow.session
        st = get_or_404(s, Stage, stage_id, "stage")
        stages = [x for x in _ordered(s) if x.id != st.id]
        stages.insert(max(0, min(int(position), len(stages))), st)
        _renumber(stages)
        uow.operation.summary = f"Move stage {st.name} to position {st.position + 1}"
        s.flush()
        return _one(s, st.id)


def set_probability(vault: Vault, stage_id: int, probability: int | str) -> StageOut:
    with UnitOfWork(vault, "stage.edit") as uow:
        st = get_or_404(uow.session, Stage, stage_id, "stage")
        st.probability = percent(probability)
        uow.operation.summary = f"Set {st.name} probability to {st.probability}%"
        uow.session.flush()
        return _one(uow.session, st.id)


def delete(vault: Vault, stage_id: int) -> None:
    """Remove a stage no deal is in (trashed deals count: they can come back)."""
    with UnitOfWork(vault, "stage.delete") as uow:
        s = uow.session
        st = get_or_404(s, Stage, stage_id, "stage")
        live, trashed = (s.scalar(select(func.count()).select_from(Deal).where(
            Deal.stage_id == st.id, cond)) or 0 for cond in (Deal.deleted_at.is_(None),
                                                          Deal.deleted_at.is_not(None)))
        if live or trashed:
            extra = f" ({trashed} in the trash)" if trashed else ""
            raise ValidationError("stage", f"{live + trashed} deal(s) are in stage '{st.name}'{extra}; "
                                           "move them to another stage first")
        stages = _ordered(s)
        if len(stages) == 1:
            raise ValidationError("stage", "the pipeline needs at least one stage")
        # Past visits of deals to this stage go with it (audited, so undo brings them back).
        for entry in s.scalars(select(DealStageEntry).where(DealStageEntry.stage_id == st.id)):
            s.delete(entry)
        s.delete(st)
        s.flush()
        _renumber([x for x in stages if x.id != st.id])
        uow.operation.summary = f"Delete stage {st.name}"
