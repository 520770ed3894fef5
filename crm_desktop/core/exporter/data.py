"""Everything in a vault as plain JSON-ready dicts, read in pages (never every row at once).

Shapes follow the services' dataclasses (ContactOut, DealDetail ...) plus the uids that link
records across vaults, and what those dataclasses leave out (a phone as typed, custom fields of
deals and interactions, attachments). docs/json-export-schema.md describes them.
"""

from __future__ import annotations

import base64
from collections import defaultdict
from collections.abc import Iterator
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.core.models import (
    Affiliation,
    Attachment,
    AttachmentBlob,
    Contact,
    ContactPhone,
    CustomFieldDef,
    Deal,
    Interaction,
    InteractionParticipant,
    Reminder,
    Stage,
    Tag,
    VaultSetting,
)
from crm_desktop.core.services import contact_read, deal_read
from crm_desktop.core.services.custom_fields import values_for

PAGE = 500


def plain(value: Any) -> Any:
    """JSON values: instants as ISO 8601 with offset, dates as YYYY-MM-DD, money as decimal text."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    return value


def _ids(session: Session, model: Any, include_deleted: bool, where: Any = None) -> list[int]:
    q = select(model.id).order_by(model.id)
    if not include_deleted:
        q = q.where(model.deleted_at.is_(None))
    if where is not None:
        q = q.where(where)
    return list(session.scalars(q))


def _uids(session: Session, model: Any, ids: set[int]) -> dict[int, str]:
    out: dict[int, str] = {}
    items = sorted(i for i in ids if i is not None)
    for n in range(0, len(items), PAGE):
        part = items[n:n + PAGE]
        out.update(session.execute(select(model.id, model.uid).where(model.id.in_(part))).all())
    return out


def _pages(ids: list[int]) -> Iterator[list[int]]:
    for n in range(0, len(ids), PAGE):
        yield ids[n:n + PAGE]


def attachments_of(session: Session, column: Any, ids: list[int],
                   with_data: bool) -> dict[int, list[dict[str, Any]]]:
    out: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for a in session.scalars(select(Attachment).where(column.in_(ids), Attachment.deleted_at.is_(None))
                             .order_by(Attachment.id)):
        item = {"uid": a.uid, "filename": a.filename, "mime_type": a.mime_type, "size": a.size,
                "sha256": a.sha256, "created_at": plain(a.created_at)}
        if with_data:
            data = session.scalar(select(AttachmentBlob.data).where(AttachmentBlob.attachment_id == a.id))
            item["data_base64"] = base64.b64encode(data or b"").decode("ascii")
        out[getattr(a, column.key)].append(item)
    return out


def contacts(session: Session, *, include_deleted: bool = False, ids: list[int] | None = None,
             with_files: bool = True) -> Iterator[dict[str, Any]]:
    all_ids = ids if ids is not None else _ids(session, Contact, include_deleted)
    for page in _pages(all_ids):
        loaded = contact_read.load(session, page)
        raw: dict[int, list[str]] = defaultdict(list)
        for cid, r in session.execute(select(ContactPhone.contact_id, ContactPhone.raw).where(
                ContactPhone.contact_id.in_(page)).order_by(ContactPhone.position, ContactPhone.id)):
            raw[cid].append(r)
        affs: dict[int, list[Affiliation]] = defaultdict(list)
        for a in session.scalars(select(Affiliation).where(Affiliation.person_id.in_(page))
                                 .order_by(Affiliation.is_primary.desc(), Affiliation.id)):
            affs[a.person_id].append(a)
        org_uids = _uids(session, Contact, {a.organization_id for v in affs.values() for a in v})
        files = attachments_of(session, Attachment.contact_id, page, with_files)
        for c in loaded:
            data = plain(c.to_json())
            for p, typed in zip(data["phones"], raw[c.id], strict=False):
                p["raw"] = typed
            data["affiliations"] = [{"organization_uid": org_uids.get(a.organization_id), "role": a.role,
                                     "is_primary": a.is_primary} for a in affs[c.id]]
            data["organization_uid"] = org_uids.get(c.organization_id) if c.organization_id else None
            data["attachments"] = files.get(c.id, [])
            yield data


def deals(session: Session, *, include_deleted: bool = False,
          ids: list[int] | None = None) -> Iterator[dict[str, Any]]:
    all_ids = ids if ids is not None else _ids(session, Deal, include_deleted)
    for page in _pages(all_ids):
        loaded = deal_read.load(session, page, detail=True)
        custom = values_for(session, "deal", page)
        contact_ids = {d.client_id for d in loaded} | {p.contact_id for d in loaded for p in d.parties}
        uids = _uids(session, Contact, {i for i in contact_ids if i is not None})
        deal_uids = _uids(session, Deal, set(page))
        for d in loaded:
            data = d.to_json()
            data["client_uid"] = uids.get(d.client_id) if d.client_id else None
            for p in data["parties"]:
                p["contact_uid"] = uids.get(p["contact_id"])
            for n in data["notes"]:
                n.pop("id", None)
            data["custom_fields"] = dict(custom.get(d.id, {}))
            data["uid"] = deal_uids[d.id]
            yield plain(data)


def interactions(session: Session, *, include_deleted: bool = False,
                 ids: list[int] | None = None) -> Iterator[dict[str, Any]]:
    all_ids = ids if ids is not None else _ids(session, Interaction, include_deleted)
    for page in _pages(all_ids):
        rows = list(session.scalars(select(Interaction).where(Interaction.id.in_(page))
                                    .order_by(Interaction.id)))
        people: dict[int, list[int]] = defaultdict(list)
        for iid, cid in session.execute(select(InteractionParticipant.interaction_id,
                                               InteractionParticipant.contact_id)
                                        .where(InteractionParticipant.interaction_id.in_(page))):
            people[iid].append(cid)
        who = {cid: (uid, name) for cid, uid, name in session.execute(
            select(Contact.id, Contact.uid, Contact.display_name)
            .where(Contact.id.in_({c for v in people.values() for c in v})))}
        what = {did: (uid, name) for did, uid, name in session.execute(
            select(Deal.id, Deal.uid, Deal.name).where(Deal.id.in_({i.deal_id for i in rows if i.deal_id})))}
        custom = values_for(session, "interaction", page)
        for i in rows:
            deal_uid, deal_name = what.get(i.deal_id or 0, (None, None))
            yield plain({
                "id": i.id, "uid": i.uid, "kind": i.kind, "occurred_at": i.occurred_at, "subject": i.subject,
                "body": i.body, "deal_uid": deal_uid, "deal": deal_name,
                "participants": [{"contact_uid": who[c][0], "name": who[c][1]}
                                 for c in sorted(people[i.id]) if c in who],
                "custom_fields": dict(custom.get(i.id, {})), "created_at": i.created_at,
                "updated_at": i.updated_at, "deleted_at": i.deleted_at})


def reminders(session: Session, *, include_deleted: bool = False,
              where: Any = None) -> Iterator[dict[str, Any]]:
    ids = _ids(session, Reminder, include_deleted, where)
    for page in _pages(ids):
        rows = list(session.scalars(select(Reminder).where(Reminder.id.in_(page)).order_by(Reminder.id)))
        cu = _uids(session, Contact, {r.contact_id for r in rows if r.contact_id})
        du = _uids(session, Deal, {r.deal_id for r in rows if r.deal_id})
        for r in rows:
            yield plain({"id": r.id, "uid": r.uid, "text": r.text, "due_at": r.due_at, "tz": r.tz,
                         "rrule": r.rrule, "status": r.status, "snoozed_from": r.snoozed_from,
                         "done_at": r.done_at, "contact_uid": cu.get(r.contact_id),
                         "deal_uid": du.get(r.deal_id), "series_uid": r.series_uid,
                         "created_at": r.created_at, "updated_at": r.updated_at,
                         "deleted_at": r.deleted_at})


def stages(session: Session) -> list[dict[str, Any]]:
    return [{"uid": s.uid, "name": s.name, "position": s.position, "probability": s.probability,
             "is_won": s.is_won, "is_lost": s.is_lost}
            for s in session.scalars(select(Stage).order_by(Stage.position, Stage.id))]


def tags(session: Session) -> list[str]:
    return list(session.scalars(select(Tag.name).order_by(Tag.name)))


def custom_field_defs(session: Session) -> list[dict[str, Any]]:
    return [{"uid": d.uid, "entity": d.entity, "name": d.name, "type": d.type,
             "choices": (d.choices or "").splitlines() if d.choices else [], "position": d.position}
            for d in session.scalars(select(CustomFieldDef).order_by(
                CustomFieldDef.entity, CustomFieldDef.position, CustomFieldDef.id))]


def settings(session: Session) -> dict[str, str]:
    rows = session.execute(select(VaultSetting.key, VaultSetting.value).order_by(VaultSetting.key))
    return dict(rows.all())
