"""Our own JSON export (docs/json-export-schema.md) back into a vault — the way to move a whole
vault, or to bring a backup's records into another: one transaction, one import batch, one undo.

Stages and custom fields are matched by name (created when missing), tags by name, records by
uid: a record whose uid the vault holds already is skipped, so restoring twice adds nothing.
The file is read whole (json.load): a streaming parser is not among our dependencies.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from crm_desktop.core.models import (
    Attachment,
    Contact,
    CustomFieldDef,
    Deal,
    ImportBatch,
    Interaction,
    Reminder,
    Stage,
    new_uid,
    utcnow,
)
from crm_desktop.core.services.interactions import refresh_last_interaction
from crm_desktop.core.services.rowcodec import dumps
from crm_desktop.core.services.uow import UnitOfWork

from . import restore_records as rr
from .batches import earlier_imports
from .commit import ImportProgress, ImportResult, RowOutcome
from .errors import ImportCancelled, ImportFileError
from .lookups import Lookups
from .mapping import Mapping
from .records import Problem
from .source import Source, as_source
from .writer import BulkWriter

if TYPE_CHECKING:
    from crm_desktop.core.vault import Vault

SECTIONS = ("stages", "tags", "custom_fields", "contacts", "deals", "interactions", "reminders")


def _load(src: Source) -> dict[str, Any]:
    with src.open() as f:
        try:
            doc = json.load(f)
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise ImportFileError(src.name, f"this is not valid JSON ({exc})") from None
    if not isinstance(doc, dict) or doc.get("format") != "crm-desktop":
        raise ImportFileError(src.name, "this JSON is not a crm-desktop export")
    if not isinstance(doc.get("version"), int) or doc["version"] > 1:
        raise ImportFileError(src.name, f"export version {doc.get('version')} is newer than this "
                                        "program reads")
    return doc


def _stages(lk: Lookups, doc: dict[str, Any]) -> dict[str, int]:
    """Stage ids by folded name: the vault's own, and the export's it lacks (created). A vault with
    no deal yet (a new one) takes the export's pipeline whole: its order, uids and probabilities."""
    s = lk.session
    have = {st.name.casefold(): st for st in s.scalars(select(Stage).order_by(Stage.position))}
    ids = {k: st.id for k, st in have.items()}
    exported = doc.get("stages", [])
    used = rr.taken(lk, Stage, [st["uid"] for st in exported])
    fresh = s.scalar(select(Deal.id).limit(1)) is None
    for n, st in enumerate(exported):
        key = st["name"].casefold()
        if key not in ids:
            sid = lk.writer.add(Stage, uid=st["uid"] if st["uid"] not in used else new_uid(), name=st["name"],
                                position=len(have) + n, probability=st["probability"], is_won=st["is_won"],
                                is_lost=st["is_lost"], created_at=lk.now, updated_at=lk.now)
            assert sid is not None
            ids[key] = sid
        elif fresh:  # through the ORM: audited, so undo puts the vault's own pipeline back
            own = have[key]
            if st["uid"] not in used:
                own.uid = st["uid"]
            own.probability, own.is_won, own.is_lost = st["probability"], st["is_won"], st["is_lost"]
    if fresh and exported:
        lk.writer.flush()
        order = {st["name"].casefold(): i for i, st in enumerate(exported)}
        rows = sorted(s.scalars(select(Stage)), key=lambda st: (order.get(st.name.casefold(), len(order)),
                                                                 st.position))
        for pos, st in enumerate(rows):
            st.position = len(rows) + pos  # past every current one first: no two share a position
        s.flush()
        for pos, st in enumerate(rows):
            st.position = pos
        s.flush()
    return ids


def _defs(lk: Lookups, doc: dict[str, Any]) -> None:
    used = rr.taken(lk, CustomFieldDef, [d["uid"] for d in doc.get("custom_fields", [])])
    for d in doc.get("custom_fields", []):
        if (d["entity"], d["name"]) in lk.defs:
            continue
        choices = "\n".join(d.get("choices") or []) or None
        fid = lk.writer.add(CustomFieldDef, uid=d["uid"] if d["uid"] not in used else new_uid(),
                            entity=d["entity"], name=d["name"], type=d["type"], choices=choices,
                            position=d.get("position", 0), created_at=lk.now, updated_at=lk.now)
        assert fid is not None
        lk.defs[(d["entity"], d["name"])] = (fid, d["type"], choices)


def restore_json(vault: Vault, source: str | os.PathLike[str] | bytes | Source, *,
                 progress: Callable[[ImportProgress], None] | None = None,
                 cancel: Callable[[], bool] | None = None) -> ImportResult:
    src = as_source(source)
    started, sha = time.monotonic(), src.sha256()
    doc = _load(src)
    problems: list[Problem] = []
    outcomes: list[RowOutcome] = []
    with UnitOfWork(vault, "import", f"Restore {src.name}") as uow:
        s = uow.session
        earlier = earlier_imports(s, sha)
        batch = ImportBatch(source_name=src.name[:500], format="json", status="running")
        s.add(batch)
        s.flush()
        lk = Lookups(s, BulkWriter(s, uow.operation.id), batch.id, utcnow())
        stages = _stages(lk, doc)
        _defs(lk, doc)
        for t in doc.get("tags", []):
            lk.tag(t)
        records = {name: doc.get(name, []) for name in ("contacts", "deals", "interactions", "reminders")}
        ids = rr.taken(lk, Contact, [c["uid"] for c in records["contacts"]])
        skip = set(ids)
        lk.attachment_uids = set(rr.taken(lk, Attachment, [f["uid"] for c in records["contacts"]
                                                           for f in c.get("attachments", [])]))
        row = 0

        def done(action: str, eid: int | None, notes: list[str]) -> None:
            nonlocal row
            row += 1
            outcomes.append(RowOutcome(row, None, action, eid))
            problems.extend(Problem(row, None, None, None, n, "warning") for n in notes)
            if row % 500 == 0:
                lk.writer.maybe_flush()
                if cancel is not None and cancel():
                    raise ImportCancelled(src.name)
                if progress is not None:
                    elapsed = max(time.monotonic() - started, 1e-6)
                    progress(ImportProgress(row, None, row / elapsed))

        for c in records["contacts"]:
            if c["uid"] in skip:
                done("skipped", ids[c["uid"]], [])
                continue
            cid, notes = rr.contact(lk, c)
            ids[c["uid"]] = cid
            done("created", cid, notes)
        for c in records["contacts"]:
            if c["uid"] not in skip and c.get("affiliations"):
                problems.extend(Problem(None, None, None, None, n, "warning")
                                for n in rr.affiliations(lk, ids[c["uid"]], c, ids))
        new: dict[str, list[int]] = {"deal": [], "interaction": []}
        deals = rr.taken(lk, Deal, [d["uid"] for d in records["deals"]])
        have_deals = set(deals)
        for d in records["deals"]:
            if d["uid"] in have_deals:
                done("skipped", deals[d["uid"]], [])
                continue
            for stage in [d["stage"], *(e["stage"] for e in d.get("stage_history", []))]:
                if stage.casefold() not in stages:  # a stage only the history names
                    stages.update(_stages(lk, {"stages": [{"uid": new_uid(), "name": stage, "probability": 0,
                                                           "is_won": False, "is_lost": False}]}))
            did, notes = rr.deal(lk, d, ids, stages)
            deals[d["uid"]] = did
            new["deal"].append(did)
            done("created", did, notes)
        have = set(rr.taken(lk, Interaction, [i["uid"] for i in records["interactions"]]))
        people: set[int] = set()
        for i in records["interactions"]:
            if i["uid"] in have:
                done("skipped", None, [])
                continue
            iid, who = rr.interaction(lk, i, ids, deals)
            people |= who
            new["interaction"].append(iid)
            done("created", iid, [])
        have = set(rr.taken(lk, Reminder, [r["uid"] for r in records["reminders"]]))
        for r in records["reminders"]:
            if r["uid"] in have:
                done("skipped", None, [])
            else:
                done("created", rr.reminder(lk, r, ids, deals), [])
        lk.writer.flush()
        # Restored contacts keep the exported last_interaction_at; contacts that were here move.
        refresh_last_interaction(s, people - lk.created)
        from crm_desktop.core import search

        for entity, created in (("contact", sorted(lk.created)), ("deal", new["deal"]),
                                ("interaction", new["interaction"])):
            if created:
                search.refresh(s, entity, created)
        counts = {a: sum(1 for o in outcomes if o.action == a) for a in ("created", "skipped")}
        batch.row_count, batch.status = counts["created"], "done"
        batch.detail = dumps({"sha256": sha, "operation_id": uow.operation.id, "entity": "vault",
                              "created": counts["created"], "skipped": counts["skipped"], "updated_ids": []})
        uow.operation.summary = (f"Restore {src.name}: {counts['created']} records, "
                                 f"{counts['skipped']} already here")
        s.flush()
        return ImportResult(batch.id, src.name, "json", "vault", "utf-8", counts["created"], 0,
                            counts["skipped"], 0, problems, len(problems), outcomes, earlier, sha,
                            time.monotonic() - started, Mapping("contact", program="crm-desktop"))
