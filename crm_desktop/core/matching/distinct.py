"""Pairs the user marked "not the same": remembered, and never proposed together again."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from crm_desktop.core.errors import ValidationError
from crm_desktop.core.models import Contact, DistinctPair
from crm_desktop.core.services.common import get_or_404
from crm_desktop.core.services.uow import ReadSession, UnitOfWork

if TYPE_CHECKING:
    from crm_desktop.core.vault import Vault


def pair(a: int, b: int) -> tuple[int, int]:
    return (a, b) if a < b else (b, a)


def mark_distinct(vault: Vault, a: int, b: int) -> bool:
    """Remember that contacts a and b are different people (or organizations); one undoable
    operation. Returns False when the pair was already marked."""
    if a == b:
        raise ValidationError("ids", "a contact cannot be distinct from itself")
    low, high = pair(a, b)
    with ReadSession(vault) as s:
        if s.scalar(select(DistinctPair.id).where(DistinctPair.low_id == low, DistinctPair.high_id == high)):
            return False  # no empty operation for undo to stumble on
    with UnitOfWork(vault, "contact.distinct") as uow:
        s = uow.session
        first, second = (get_or_404(s, Contact, x, "contact", include_deleted=True) for x in (a, b))
        uow.operation.summary = (f"Mark {first.display_name} (#{a}) and {second.display_name} (#{b}) "
                                 "as not the same")
        s.add(DistinctPair(low_id=low, high_id=high))
        return True


def distinct_pairs(session: Session, ids: Iterable[int] | None = None) -> set[tuple[int, int]]:
    """Every marked pair (low, high), or those that involve one of `ids`."""
    q = select(DistinctPair.low_id, DistinctPair.high_id)
    if ids is not None:
        wanted = sorted(set(ids))
        if not wanted:
            return set()
        q = q.where(or_(DistinctPair.low_id.in_(wanted), DistinctPair.high_id.in_(wanted)))
    return {(lo, hi) for lo, hi in session.execute(q)}
