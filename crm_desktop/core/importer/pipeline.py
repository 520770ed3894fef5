"""Rows of a file to records, chunk by chunk, with duplicates found and an action proposed for
each: what preview shows and import writes come from the same pass."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import islice

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.core.models import Deal, Interaction

from .build_contact import build_contact
from .build_deal import build_deal, build_interaction
from .context import Context
from .duplicates import SAME_UID, RowDuplicates
from .mapping import Mapping
from .readers.base import Row, Table
from .records import ContactRow, Match, Problem, Record

CHUNK = 500
ROW_ACTIONS = ("skip", "create", "update", "merge")
# auto: a row with an exact key (same E.164 phone or e-mail) and a name that agrees is merged into its
# contact; any other possible duplicate is skipped and left to the user (per row, in the preview).
DUPLICATE_ACTIONS = ("auto", *ROW_ACTIONS)
Built = list[tuple[Record, list[Problem]]]
BUILDERS: dict[str, Callable[[Row, Mapping, Context], tuple[Record, list[Problem]]]] = {
    "contact": build_contact, "deal": build_deal, "interaction": build_interaction}  # type: ignore[dict-item]


@dataclass
class Options:
    duplicates: str = "auto"  # for a row that matches a contact (or deal): see DUPLICATE_ACTIONS
    actions: dict[int, str] = field(default_factory=dict)  # the user's choice for single rows
    exclude: set[int] = field(default_factory=set)  # contacts this import wrote: not duplicates
    written: dict[int, int] = field(default_factory=dict)  # ... from rows: contact id -> row

    def __post_init__(self) -> None:
        if self.duplicates not in DUPLICATE_ACTIONS:
            raise ValueError(f"'{self.duplicates}' is not one of {', '.join(DUPLICATE_ACTIONS)}")
        for action in self.actions.values():
            if action not in ROW_ACTIONS:
                raise ValueError(f"'{action}' is not one of {', '.join(ROW_ACTIONS)}")

    def policy(self, best: Match) -> str:
        """What the policy does with a row whose best match is `best`."""
        if self.duplicates != "auto":
            return self.duplicates
        sure = best.exact and best.named and best.reason != SAME_UID  # a uid's record stays as it is
        return "merge" if sure else "skip"


def _say(rec: Record, probs: list[Problem], ms: list[Match]) -> None:
    what = "; ".join(f"{m.display_name} ({m.reason})" for m in ms[:3])
    probs.append(Problem(rec.row, rec.line, None, None, f"may duplicate {what}: {rec.action}", "warning"))


def check_duplicates(dups: RowDuplicates, built: Built, opts: Options) -> None:
    """Mark the contact rows that may duplicate a contact or an earlier row, with the action for each."""
    live = [(rec, probs) for rec, probs in built
            if isinstance(rec, ContactRow) and rec.action != "error" and rec.kind != "group"]
    found = dups.check([rec for rec, _ in live], opts.exclude, opts.written)  # type: ignore[misc]
    for (rec, probs), ms in zip(live, found, strict=True):
        rec.matches = ms
        chosen = opts.actions.get(rec.row)
        if chosen or ms:
            rec.action = chosen or opts.policy(ms[0])
        if ms:
            _say(rec, probs, ms)


def _by_uid_or_name(session: Session, built: Built, opts: Options, model: type, by_name: bool) -> None:
    live = [(rec, probs) for rec, probs in built if rec.action != "error"]
    uids = {rec.uid for rec, _ in live if rec.uid}
    names = {rec.name for rec, _ in live if by_name and getattr(rec, "name", None)}  # type: ignore[union-attr]
    found_uid = dict(session.execute(select(model.uid, model.id).where(  # type: ignore[attr-defined]
        model.uid.in_(sorted(uids)))).all()) if uids else {}  # type: ignore[attr-defined]
    found_name = dict(session.execute(select(Deal.name, Deal.id).where(
        Deal.name.in_(sorted(names)), Deal.deleted_at.is_(None))).all()) if names else {}
    for rec, probs in live:
        ms = []
        if rec.uid and rec.uid in found_uid:
            ms.append(Match(found_uid[rec.uid], None, getattr(rec, "name", None) or rec.uid, "same uid"))
            rec.uid = None
        elif by_name and rec.name in found_name:  # type: ignore[union-attr]
            ms.append(Match(found_name[rec.name], None, rec.name, "same deal name"))  # type: ignore[union-attr]
        rec.matches = ms
        chosen = opts.actions.get(rec.row)
        if chosen or ms:
            rec.action = chosen or opts.duplicates
            if rec.action in ("auto", "update", "merge"):
                rec.action = "skip"  # deals and interactions are never merged by an import
        if ms:
            _say(rec, probs, ms)


def process(session: Session, table: Table, mapping: Mapping, ctx: Context, opts: Options,
            limit: int | None = None, dups: RowDuplicates | None = None) -> Iterator[Built]:
    """`dups`: the duplicate check, when the caller tells it what was written (see commit.py)."""
    build = BUILDERS[mapping.entity]
    if mapping.entity == "contact":
        dups = dups or RowDuplicates(session, ctx.region)
    rows = table.rows() if limit is None else islice(table.rows(), limit)
    while chunk := list(islice(rows, CHUNK)):
        built = [build(r, mapping, ctx) for r in chunk]
        if dups is not None:
            check_duplicates(dups, built, opts)
        else:
            _by_uid_or_name(session, built, opts, Deal if mapping.entity == "deal" else Interaction,
                            mapping.entity == "deal")
        yield built
