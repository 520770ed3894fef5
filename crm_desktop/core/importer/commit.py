"""run_import: a whole file in ONE transaction, as ONE import batch and ONE audited operation —
so `undo` removes it whole, a crash or a cancel leaves the vault as it was, and rows with
errors are skipped and reported (or, on_error="refuse", nothing goes in)."""

from __future__ import annotations

import gc
import os
import time
from collections.abc import Callable
from contextlib import ExitStack
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from crm_desktop.core import search
from crm_desktop.core.backup.auto import auto_backup
from crm_desktop.core.matching import key_touched
from crm_desktop.core.models import ImportBatch, utcnow
from crm_desktop.core.services.interactions import refresh_last_interaction
from crm_desktop.core.services.rowcodec import dumps
from crm_desktop.core.services.uow import UnitOfWork

from .automap import automap
from .batches import BatchInfo, earlier_imports
from .bulk_mode import IMPORT_CACHE_KIB, page_cache, young_gc_only
from .context import Context
from .duplicates import RowDuplicates
from .errors import ImportCancelled, ImportRefused
from .lookups import Lookups
from .mapping import Mapping
from .merge_contact import MergeQueue
from .pipeline import Options, process
from .readers import open_table
from .records import ContactRow, DealRow, Problem
from .source import Source, as_source, sniff_format
from .write_contacts import apply_groups, create_contact, update_contact
from .write_deals import LinkCache, create_deal, create_interaction
from .writer import BulkWriter

if TYPE_CHECKING:
    from crm_desktop.core.vault import Vault

MAX_PROBLEMS = 10_000  # kept in the result; more are counted, not listed


@dataclass(frozen=True)
class ImportProgress:
    rows: int
    fraction: float | None  # 0..1 of the file read, when known
    rows_per_second: float


@dataclass(frozen=True, slots=True)  # one per row: 100,000s are kept in the result
class RowOutcome:
    row: int
    line: int | None
    action: str  # created | updated | merged | skipped | error
    entity_id: int | None  # merged: the contact the row joined


@dataclass(frozen=True)
class ImportResult:
    batch_id: int | None
    source: str
    format: str
    entity: str
    encoding: str | None
    created: int
    updated: int
    skipped: int
    errors: int
    problems: list[Problem]
    problems_total: int
    outcomes: list[RowOutcome]
    earlier_imports: list[BatchInfo]  # the same file (same sha256) imported before
    sha256: str
    seconds: float
    mapping: Mapping = field(repr=False)
    merged: int = 0  # rows that joined a contact (of the vault, or made by an earlier row)

    @property
    def rows_per_second(self) -> float:
        rows = self.created + self.updated + self.merged + self.skipped + self.errors
        return rows / self.seconds if self.seconds else 0.0


class _Run:
    def __init__(self, uow: UnitOfWork, batch_id: int, mapping: Mapping) -> None:
        self.lk = Lookups(uow.session, BulkWriter(uow.session, uow.operation.id), batch_id, utcnow())
        self.links = LinkCache(self.lk) if mapping.entity != "contact" else None
        self.by_row: dict[int, int] = {}
        self.row_of: dict[int, int] = {}  # contact id -> the row that created it
        self.indexed: set[int] = set()  # contacts whose search documents are built
        self.updated: set[int] = set()  # contacts updated or merged into (undo_batch restores them)
        self.people: set[int] = set()
        self.groups: list[ContactRow] = []
        self.merges = MergeQueue(self.lk)

    def write(self, rec: object) -> tuple[str, int | None, list[str]]:
        if isinstance(rec, ContactRow):
            if rec.kind == "group":
                self.groups.append(rec)
                return "skipped", None, []
            if rec.action in ("update", "merge") and rec.matches:
                m = rec.matches[0]
                target = m.existing_id if m.existing_id is not None else self.by_row.get(m.row or 0)
                if target is not None:
                    self.by_row[rec.row] = target  # a later row repeating this one joins it too
                    if rec.action == "update":
                        notes = update_contact(self.lk, target, rec)
                        self.updated.add(target)
                        return "updated", target, notes
                    self.merges.add(target, rec)  # at the chunk's end (see merge_contact.py)
                    return "merged", target, []
            cid, notes = create_contact(self.lk, rec)
            self.by_row[rec.row] = cid
            self.row_of[cid] = rec.row
            return "created", cid, notes
        assert self.links is not None
        if isinstance(rec, DealRow):
            did, notes = create_deal(self.links, rec)
            return "created", did, notes
        iid, notes, people = create_interaction(self.links, rec)  # type: ignore[arg-type]
        self.people |= people
        return ("created" if iid else "error"), iid, notes

    def merge(self) -> list[Problem]:
        """The chunk's queued merges; what they said about their rows."""
        changed, said = self.merges.run()
        self.updated |= changed
        return [Problem(rec.row, rec.line, None, None, n, "warning") for rec, notes in said for n in notes]

    def settle(self, dups: RowDuplicates) -> None:
        """After a chunk of contacts: write them, key them (the next chunk's duplicate check finds
        them in the vault, so the matcher forgets them: memory stays bounded) and index them —
        set-based, in the import's transaction; the commit hooks then only see what came after."""
        s = self.lk.session
        self.lk.writer.flush()
        key_touched(s)
        dups.forget()
        fresh = self.lk.created - self.indexed
        if fresh:
            search.refresh(s, "contact", fresh)
            self.indexed |= fresh


def run_import(vault: Vault, source: str | os.PathLike[str] | bytes | Source, mapping: Mapping | None = None,
               *, encoding: str | None = None, sheet: str | int | None = None, format: str | None = None,
               region: str | None = None, duplicates: str = "auto", actions: dict[int, str] | None = None,
               on_error: str = "skip", progress: Callable[[ImportProgress], None] | None = None,
               cancel: Callable[[], bool] | None = None) -> ImportResult:
    """Import a CSV, XLSX or vCard file. `duplicates`: what to do with a row that matches a contact —
    auto (merge a row with the same E.164 phone or e-mail and a name that agrees, skip others),
    skip, create, update (the row's values replace), merge (the row's values join, nothing is
    overwritten); `actions`: skip, create, update or merge for single rows (row number -> action);
    `on_error`: "skip" the rows with errors, or "refuse" the whole file when any has one. Raises
    ImportFileError (unreadable file), ImportCancelled (cancel returned True) or ImportRefused —
    nothing is written then."""
    if on_error not in ("skip", "refuse"):
        raise ValueError("on_error must be 'skip' or 'refuse'")
    src = as_source(source)
    auto_backup(vault, "import")  # an import is the riskiest bulk write: a verified copy first
    if (format or sniff_format(src)) == "json":
        from .json_restore import restore_json  # it builds on this module

        return restore_json(vault, src, progress=progress, cancel=cancel)
    started = time.monotonic()
    sha = src.sha256()
    with open_table(src, format=format, encoding=encoding, sheet=sheet) as table, \
            UnitOfWork(vault, "import", f"Import {src.name}") as uow, young_gc_only(), ExitStack() as stack:
        s = uow.session
        stack.enter_context(page_cache(s, IMPORT_CACHE_KIB))
        mapping = mapping or automap(table.columns, table.format)
        ctx = Context.load(s, region)
        earlier = earlier_imports(s, sha)
        batch = ImportBatch(source_name=src.name[:500], format=table.format, status="running")
        s.add(batch)
        s.flush()
        run = _Run(uow, batch.id, mapping)
        opts = Options(duplicates, dict(actions or {}), run.lk.created, run.row_of)
        dups = RowDuplicates(s, ctx.region) if mapping.entity == "contact" else None
        counts = {"created": 0, "updated": 0, "merged": 0, "skipped": 0, "error": 0}
        problems: list[Problem] = []
        total_problems, outcomes, rows = 0, [], 0
        for chunk in process(s, table, mapping, ctx, opts, dups=dups):
            gc.collect(1)  # the last chunk's cycles (see young_gc_only)
            if cancel is not None and cancel():
                raise ImportCancelled(src.name)
            for rec, probs in chunk:
                rows += 1
                if rec.action == "error":
                    action, eid, notes = "error", None, []
                elif rec.action == "skip":
                    action, eid, notes = "skipped", None, []
                else:
                    action, eid, notes = run.write(rec)
                counts["error" if action == "error" else action] += 1
                probs = probs + [Problem(rec.row, rec.line, None, None, n,
                                         "error" if action == "error" else "warning") for n in notes]
                total_problems += len(probs)
                problems.extend(probs[:max(0, MAX_PROBLEMS - len(problems))])
                outcomes.append(RowOutcome(rec.row, rec.line, action, eid))
            if probs := run.merge():
                total_problems += len(probs)
                problems.extend(probs[:max(0, MAX_PROBLEMS - len(problems))])
            if dups is not None:
                run.settle(dups)
            else:
                run.lk.writer.maybe_flush()
            if progress is not None:
                elapsed = max(time.monotonic() - started, 1e-6)
                progress(ImportProgress(rows, table.fraction(), rows / elapsed))
        run.lk.writer.flush()
        for note in apply_groups(run.lk, run.groups) if run.groups else []:
            problems.append(Problem(None, None, None, "members", note, "warning"))
        refresh_last_interaction(s, run.people)
        if on_error == "refuse" and counts["error"]:
            first = next(p for p in problems if p.level == "error")
            raise ImportRefused(src.name, counts["error"], str(first))
        if cancel is not None and cancel():
            raise ImportCancelled(src.name)
        _refresh_search(s, mapping.entity, run, outcomes)
        batch.row_count = counts["created"] + counts["updated"] + counts["merged"]
        batch.status = "done"
        batch.detail = dumps({
            "sha256": sha, "operation_id": uow.operation.id, "entity": mapping.entity,
            "encoding": table.encoding.encoding if table.encoding else None, "sheet": table.sheet,
            "program": mapping.program, "created": counts["created"], "updated": counts["updated"],
            "merged": counts["merged"], "skipped": counts["skipped"], "errors": counts["error"],
            "updated_ids": sorted(run.updated),
            "mapping": mapping.to_json()})
        uow.operation.summary = (f"Import {src.name}: {counts['created']} created, "
                                 f"{counts['updated']} updated, {counts['merged']} merged, "
                                 f"{counts['skipped']} skipped, "
                                 f"{counts['error']} with errors")
        s.flush()
        return ImportResult(batch.id, src.name, table.format, mapping.entity,
                            table.encoding.encoding if table.encoding else None, counts["created"],
                            counts["updated"], counts["skipped"], counts["error"], problems, total_problems,
                            outcomes, earlier, sha, time.monotonic() - started, mapping, counts["merged"])


def _refresh_search(session: Session, entity: str, run: _Run, outcomes: list[RowOutcome]) -> None:
    """The search index follows ORM writes by itself; the bulk rows are indexed here, in the
    same transaction (deferred to the end: one pass instead of a trigger per row)."""
    contacts = (run.lk.created - run.indexed) | run.updated
    if contacts:
        search.refresh(session, "contact", contacts)
    ids = [o.entity_id for o in outcomes if o.entity_id is not None and o.action == "created"]
    if entity in ("deal", "interaction") and ids:
        search.refresh(session, entity, ids)
