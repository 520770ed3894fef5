"""A unit of work: one transaction, one audited operation."""

from __future__ import annotations

from types import TracebackType
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from crm_desktop.core.models import Operation

# Imported for their flush listeners: every unit of work writes the audit trail and keeps the
# search index in step, whatever else the caller imported.
from crm_desktop.core.search import sync as _search_sync  # noqa: F401

from . import audit_capture  # noqa: F401

if TYPE_CHECKING:
    from crm_desktop.core.vault import Vault


class UnitOfWork:
    """`with UnitOfWork(vault, "contact.add") as uow: uow.session...` — commits on success,
    rolls back everything (data and audit) on any error."""

    def __init__(self, vault: Vault, kind: str, summary: str = "", *, undoable: bool = True) -> None:
        self.vault = vault
        self.kind = kind
        self.summary = summary
        self.undoable = undoable
        self.session: Session
        self.operation: Operation

    def __enter__(self) -> UnitOfWork:
        self.session = self.vault.session()
        self.session.begin()
        self.operation = Operation(kind=self.kind, summary=self.summary, undoable=self.undoable)
        self.session.add(self.operation)
        self.session.flush()
        self.session.info["operation_id"] = self.operation.id
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        try:
            if exc_type is None:
                self.session.commit()
            else:
                self.session.rollback()
        finally:
            self.session.close()


class ReadSession:
    """A read-only session for queries (no operation, no audit)."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        self.session: Session

    def __enter__(self) -> Session:
        self.session = self.vault.session()
        return self.session

    def __exit__(self, *exc: object) -> None:
        self.session.rollback()
        self.session.close()
