"""Interactions over the last two years, in office hours, numbered in time order (as notes typed day
by day would be: "newest first" can then follow the id), with their participants."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from itertools import accumulate

from sqlalchemy import Connection, bindparam, update

from crm_desktop.core.models import Contact, Interaction, InteractionParticipant

from . import orgs
from .script import in_language
from .texts import minutes
from .world import TIME_ZONES, World
from .writer import Writer

CHUNK = 20_000
DAYS = 730
_KINDS = ("meeting", "call", "note", "site_visit", "email")
_KIND_CUM = tuple(accumulate((30, 35, 20, 5, 10)))
_TIER_WEIGHT = {"A": 3.0, "B": 1.5, "C": 0.7, None: 0.5}
_SHIFT = 20  # a plan key is minute << 20 | person index
_MASK = (1 << _SHIFT) - 1
_PAD = 24 * 60  # keeps minutes before the first midnight (UTC vs local time) non-negative


def first_day(now: datetime) -> datetime:
    day = (now.astimezone(UTC) - timedelta(days=DAYS)).date()
    return datetime(day.year, day.month, day.day, tzinfo=UTC)


def plan(w: World, total: int) -> list[int]:
    """Who has each interaction and when, sorted by time. Better-tiered people are seen more often."""
    r = w.rng
    if total == 0 or not w.p_name:
        return []
    if len(w.p_name) > _MASK:
        raise ValueError("too many people for the plan keys")
    cum = list(accumulate(_TIER_WEIGHT[t] for t in w.p_tier))
    day0 = first_day(w.now)
    weekday0 = day0.weekday()
    offsets = {region: tz[1] * 60 for region, tz in TIME_ZONES.items()}
    keys = []
    for person in r.choices(range(len(w.p_name)), cum_weights=cum, k=total):
        day = r.randrange(DAYS)  # yesterday at the latest: every interaction is in the past
        weekday = (weekday0 + day) % 7
        if weekday >= 5:  # a weekend becomes the Friday before
            day -= weekday - 4
            if day < 0:
                day += 7
        minute = day * 1440 + r.randrange(9 * 60, 18 * 60 + 30) - offsets[w.p_region[person]]
        keys.append((minute + _PAD) << _SHIFT | person)
    keys.sort()
    return keys


def write(w: World, out: Writer, keys: list[int], first_id: int, last: dict[int, datetime]) -> None:
    """All interactions, flushed every CHUNK; `last` gets each participant's newest time."""
    r = w.rng
    day0 = first_day(w.now) - timedelta(minutes=_PAD)
    banks = [w.orgs[i].name for i in w.by_category.get("bank_named", w.by_category.get("bank", []))] or [
        w.orgs[0].name]
    for start in range(0, len(keys), CHUNK):
        stop = min(start + CHUNK, len(keys))
        for n in range(start, stop):
            key = keys[n]
            person = key & _MASK
            occurred = day0 + timedelta(minutes=key >> _SHIFT)
            interaction_id = first_id + n
            kind = r.choices(_KINDS, cum_weights=_KIND_CUM)[0]
            org_index = w.p_org[person]
            deal_id = None
            deals = w.org_deals.get(org_index) if org_index >= 0 else None
            if deals and r.random() < 0.4:
                k = r.choice(deals)
                deal_id, project = w.deal_ids[k], w.deal_project[k]
            else:
                project = r.choice(w.projects) if w.projects else orgs.project(r)
            lang = w.p_lang[person]
            bank = r.choice(banks)
            subject, body = minutes(r, lang, kind, w.p_name[person],
                                    project[1] if lang == "en" else in_language(project[0], lang),
                                    in_language(bank, lang) if lang in ("tw", "hk") else bank,
                                    w.p_region[person])
            created = min(occurred + timedelta(minutes=r.randrange(5, 2880)), w.now)
            out.add(Interaction, {"id": interaction_id, "uid": w.uid(), "created_at": created,
                                  "updated_at": created, "kind": kind, "occurred_at": occurred,
                                  "subject": subject, "body": body, "deal_id": deal_id})
            who = [w.person_base + person]
            if org_index >= 0:
                colleagues = w.org_people[org_index]
                if len(colleagues) > 1 and r.random() < 0.2:
                    other = w.person_base + r.choice(colleagues)
                    if other != who[0]:
                        who.append(other)
                if r.random() < (0.5 if kind in ("meeting", "site_visit") else 0.1):
                    who.append(w.orgs[org_index].id)
            for contact_id in who:
                out.add(InteractionParticipant, {"interaction_id": interaction_id, "contact_id": contact_id})
                last[contact_id] = occurred  # keys are in time order: the last write is the newest
        out.flush(stop - start)


def set_last_interaction(conn: Connection, last: dict[int, datetime]) -> None:
    """Contact.last_interaction_at, as the interaction service keeps it: "gone cold" by index."""
    column = Contact.__table__.c.last_interaction_at
    stmt = (update(Contact.__table__).where(Contact.__table__.c.id == bindparam("cid"))
            .values(last_interaction_at=bindparam("at", type_=column.type)))
    items = sorted(last.items())
    for start in range(0, len(items), CHUNK):
        conn.execute(stmt, [{"cid": cid, "at": at} for cid, at in items[start:start + CHUNK]])
