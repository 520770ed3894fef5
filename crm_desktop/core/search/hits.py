"""Hits as shown: title, subtitle, which field matched, highlight spans, snippet."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.engine import Connection

from crm_desktop.core.models import Contact, InteractionParticipant
from crm_desktop.core.text.keys import digits

from . import sources
from .highlight import Spans, contains_all, contains_any, find_spans, pinyin_spans, snippet
from .participants import names_snippet
from .plan import Plan
from .results import Hit, Snippet

_PARTICIPANTS = (select(InteractionParticipant.interaction_id, Contact.display_name,
                        Contact.deleted_at.is_(None))
                 .join(Contact, Contact.id == InteractionParticipant.contact_id)
                 .where(InteractionParticipant.interaction_id.in_(sources.IDS))
                 .order_by(Contact.display_name))
TIER_SCORE = {0: 1.0, 1: 0.8, 2: 0.7, 3: 0.6, 4: 0.4, 5: 0.2}  # sql.py: the tiers


def _join(*parts: object) -> str:
    return " · ".join(str(p) for p in parts if p)


def _phone_match(phones: list[tuple[str, str | None]], p: Plan) -> Snippet | None:
    wanted = [d for d in (digits(p.text), *(digits(t.text) for t in p.terms)) if len(d) >= 4]
    for raw, e164 in phones:
        for shown in (raw, e164 or ""):
            positions = [i for i, ch in enumerate(shown) if digits(ch)]
            ds = "".join(digits(shown[i]) for i in positions)
            for want in wanted:
                at = ds.find(want)
                if at >= 0:
                    return Snippet(shown, ((positions[at], positions[at + len(want) - 1] + 1),))
    return None


def _best_field(fields: list[tuple[str, str | None]], p: Plan) -> tuple[str, str] | None:
    needles = p.needles
    for test in (contains_all, contains_any):
        for name, value in fields:
            if value and test(value, needles):
                return name, value
    return None


def _detail(name: str, value: str, p: Plan) -> Snippet:
    if name == "note":
        return snippet(value, p.needles)
    return Snippet(value, find_spans(value, p.needles))


def contact_hits(conn: Connection, ranked: list[tuple[int, int]], p: Plan) -> list[Hit]:
    found = sources.contacts(conn, [i for i, _ in ranked])
    out = []
    for cid, tier in ranked:
        c = found.get(cid)
        if c is None or c.deleted:  # an index left stale (a Core write not refreshed): never shown
            continue
        person = c.kind == "person"
        title = c.display_name
        phone = _phone_match(c.phones, p) if p.terms else None
        subtitle = (_join(c.title, c.organizations[0] if c.organizations else None) if person else "") \
            or (c.emails[0] if c.emails else "") or (c.phones[0][1] or c.phones[0][0] if c.phones else "")
        field, spans, detail = "name", (), None
        pinyin: Spans = ()
        if p.terms and contains_all(title, p.needles):
            spans = find_spans(title, p.needles)
        elif p.terms and (pinyin := pinyin_spans(title, p.key, surname=person)):
            field, spans = "pinyin", pinyin
        elif phone is not None:
            field, detail = "phone", phone
        elif p.terms:
            phonetic = " ".join(x for x in (c.phonetic_family_name, c.phonetic_given_name) if x)
            best = _best_field(
                [*(("other_name", n) for n in c.other_names), ("given_name", c.given_name),
                 ("family_name", c.family_name), ("phonetic", phonetic),
                 *(("organization", o) for o in c.organizations), ("title", c.title),
                 ("department", c.department), *(("email", e) for e in c.emails),
                 *(("tag", t) for t in c.tags), *(("custom", v) for v in c.custom), ("note", c.note),
                 ("name", title)], p)
            if best is not None:
                field, detail = best[0], _detail(best[0], best[1], p)
                if field == "name":
                    spans, detail = find_spans(title, p.needles), None
        out.append(Hit("contact", cid, title, subtitle, field, spans, detail, TIER_SCORE.get(tier, 0.0)))
    return out


def deal_hits(conn: Connection, ranked: list[tuple[int, int]], p: Plan) -> list[Hit]:
    found = sources.deals(conn, [i for i, _ in ranked])
    out = []
    for did, tier in ranked:
        d = found.get(did)
        if d is None or d.deleted:
            continue
        amount = f"{d.amount} {d.currency or ''}".strip() if d.amount is not None else None
        field, spans, detail = "name", find_spans(d.name, p.needles), None
        if p.terms and not spans:
            best = _best_field([("client", d.client), *(("custom", v) for v in d.custom),
                                *(("note", n) for n in (d.description, *d.notes))], p)
            if best is not None:
                field, detail = best[0], _detail(best[0], best[1], p)
        out.append(Hit("deal", did, d.name, _join(d.client, d.stage, amount), field, spans, detail,
                       TIER_SCORE.get(tier, 0.0)))
    return out


def interaction_hits(conn: Connection, ids: list[int], p: Plan) -> list[Hit]:
    found = sources.interactions(conn, ids)
    people: dict[int, list[str]] = defaultdict(list)
    for iid, name, live in conn.execute(_PARTICIPANTS, {"ids": ids}):
        if live:  # filtered here: see sources._ORGS
            people[iid].append(name)
    out = []
    for rank, iid in enumerate(ids):
        s = found.get(iid)
        if s is None or s.deleted:
            continue
        body = "\n".join(x for x in (s.body, *s.custom) if x)
        title = s.subject or (body.strip().splitlines() or [""])[0][:80]
        names = people[iid]
        who = ", ".join(names[:3]) + (f" +{len(names) - 3}" if len(names) > 3 else "")
        subtitle = _join(s.occurred_at.date().isoformat() if s.occurred_at else None, s.kind, who)
        in_subject = bool(s.subject) and contains_any(s.subject, p.needles)
        in_body = bool(body) and contains_any(body, p.needles)
        field = "subject" if in_subject else "body"
        met = None if in_subject or in_body or not p.terms else names_snippet(names, p)
        if met is not None:  # found as a participant (participants.py): their names, highlighted
            field, detail = "participant", met
        else:
            detail = snippet(body, p.needles) if body and (not in_subject or in_body) else None
        spans = find_spans(title, p.needles)
        out.append(Hit("interaction", iid, title, subtitle, field, spans, detail,
                       round(1.0 / (1 + rank), 4)))
    return out
