"""Records of our own JSON export back into a vault (used by json_restore): each keeps its uid,
times and links; one whose uid the vault holds already is left as it is."""

from __future__ import annotations

import base64
import hashlib
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from crm_desktop.core.models import (
    Affiliation,
    Attachment,
    AttachmentBlob,
    ContactAddress,
    ContactEmail,
    ContactPhone,
    ContactTag,
    Deal,
    DealNote,
    DealParty,
    DealStageEntry,
    Interaction,
    InteractionParticipant,
    Reminder,
    new_uid,
)
from crm_desktop.core.normalize.emails import normalize_email

from .lookups import Lookups

_CHUNK = 500


def when(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def money(text: str | None) -> Decimal | None:
    return Decimal(text) if text not in (None, "") else None


def taken(lk: Lookups, model: Any, uids: list[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for n in range(0, len(uids), _CHUNK):
        part = [u for u in uids[n:n + _CHUNK] if u]
        found.update(lk.session.execute(select(model.uid, model.id).where(model.uid.in_(part))).all())
    return found


def times(r: dict[str, Any], now: datetime) -> dict[str, Any]:
    return {"created_at": when(r.get("created_at")) or now, "updated_at": when(r.get("updated_at")) or now,
            "deleted_at": when(r.get("deleted_at"))}


def contact(lk: Lookups, c: dict[str, Any]) -> tuple[int, list[str]]:
    w, notes = lk.writer, []
    cid = lk.new_contact(uid=c["uid"], kind=c["kind"], display_name=c["display_name"],
                         given_name=c["given_name"], family_name=c["family_name"],
                         phonetic_given_name=c["phonetic_given_name"],
                         phonetic_family_name=c["phonetic_family_name"],
                         other_names="\n".join(c["other_names"]) or None, title=c["title"],
                         department=c["department"], website=c["website"], birthday=day(c["birthday"]),
                         tier=c["tier"], note=c["note"], owner=c["owner"], source=c.get("source") or "import",
                         last_interaction_at=when(c.get("last_interaction_at")), **times(c, lk.now))
    for i, p in enumerate(c["phones"]):
        w.add(ContactPhone, contact_id=cid, position=i, label=p["label"], raw=p.get("raw") or p["number"],
              e164=p["number"] if p["valid"] else None, valid=p["valid"])
    for i, e in enumerate(c["emails"]):
        w.add(ContactEmail, contact_id=cid, position=i, label=e["label"], address=e["address"],
              normalized=normalize_email(e["address"]).normalized, valid=e["valid"])
    for i, a in enumerate(c["addresses"]):
        w.add(ContactAddress, contact_id=cid, position=i, **a)
    for t in c["tags"]:
        w.add(ContactTag, contact_id=cid, tag_id=lk.tag(t))
    notes += lk.custom("contact", cid, c["custom_fields"])
    for f in c.get("attachments", []):
        blob = base64.b64decode(f.get("data_base64") or "")
        if "data_base64" not in f or hashlib.sha256(blob).hexdigest() != f["sha256"]:
            notes.append(f"the file {f['filename']} is missing or damaged in the export; it was not kept")
            continue
        aid = w.add(Attachment, uid=f["uid"] if f["uid"] not in lk.attachment_uids else new_uid(),
                    filename=f["filename"], mime_type=f["mime_type"], size=len(blob), sha256=f["sha256"],
                    contact_id=cid, created_at=when(f.get("created_at")) or lk.now, updated_at=lk.now)
        w.add(AttachmentBlob, attachment_id=aid, data=blob)
    return cid, notes


def affiliations(lk: Lookups, person_id: int, c: dict[str, Any], ids: dict[str, int]) -> list[str]:
    notes = []
    for a in c.get("affiliations", []):
        org = ids.get(a["organization_uid"] or "")
        if org is None:
            notes.append(f"{c['display_name']}: organization {a['organization_uid']} is not in the export")
            continue
        lk.writer.add(Affiliation, person_id=person_id, organization_id=org, role=a["role"],
                      is_primary=a["is_primary"])
    return notes


def deal(lk: Lookups, d: dict[str, Any], ids: dict[str, int],
         stages: dict[str, int]) -> tuple[int, list[str]]:
    w, notes = lk.writer, []
    stage_id = stages.get(d["stage"].casefold())
    assert stage_id is not None  # every stage of the export was found or created first
    did = w.add(Deal, uid=d["uid"], name=d["name"], client_id=ids.get(d.get("client_uid") or ""),
                amount=money(d["amount"]), currency=d["currency"], stage_id=stage_id,
                probability=d.get("probability_override"), expected_close=day(d["expected_close"]),
                status=d["status"], close_reason=d["close_reason"], closed_at=when(d["closed_at"]),
                owner=d["owner"], description=d["description"], fee_retainer=money(d["fee_retainer"]),
                fee_success_amount=money(d["fee_success_amount"]),
                fee_success_percent=money(d["fee_success_percent"]), import_batch_id=lk.batch_id,
                **times(d, lk.now))
    assert did is not None
    for e in d.get("stage_history", []):
        w.add(DealStageEntry, deal_id=did, stage_id=stages.get(e["stage"].casefold(), stage_id),
              entered_at=when(e["entered_at"]), left_at=when(e["left_at"]))
    for n in reversed(d.get("notes", [])):  # the export lists them newest first
        w.add(DealNote, deal_id=did, at=when(n["at"]) or lk.now, text=n["text"], uid=new_uid(),
              created_at=lk.now, updated_at=lk.now)
    seen = set()
    for p in d["parties"]:
        cid = ids.get(p.get("contact_uid") or "")
        if cid is None:
            notes.append(f"deal {d['name']}: party {p['name']} is not in the export")
        elif (cid, p["role"]) not in seen:
            seen.add((cid, p["role"]))
            w.add(DealParty, deal_id=did, contact_id=cid, role=p["role"])
    notes += lk.custom("deal", did, d.get("custom_fields") or {})
    return did, notes


def interaction(lk: Lookups, i: dict[str, Any], ids: dict[str, int],
                deals: dict[str, int]) -> tuple[int, set[int]]:
    iid = lk.writer.add(Interaction, uid=i["uid"], kind=i["kind"], occurred_at=when(i["occurred_at"]),
                        subject=i["subject"], body=i["body"], deal_id=deals.get(i.get("deal_uid") or ""),
                        import_batch_id=lk.batch_id, **times(i, lk.now))
    assert iid is not None
    people = {ids[p["contact_uid"]] for p in i["participants"] if p.get("contact_uid") in ids}
    for cid in sorted(people):
        lk.writer.add(InteractionParticipant, interaction_id=iid, contact_id=cid)
    lk.custom("interaction", iid, i.get("custom_fields") or {})
    return iid, people


def reminder(lk: Lookups, r: dict[str, Any], ids: dict[str, int], deals: dict[str, int]) -> int:
    rid = lk.writer.add(Reminder, uid=r["uid"], text=r["text"], due_at=when(r["due_at"]), tz=r["tz"],
                        rrule=r["rrule"], status=r["status"], snoozed_from=when(r["snoozed_from"]),
                        done_at=when(r["done_at"]), contact_id=ids.get(r.get("contact_uid") or ""),
                        deal_id=deals.get(r.get("deal_uid") or ""), series_uid=r.get("series_uid"),
                        **times(r, lk.now))
    assert rid is not None
    return rid
