"""The finder on a demo vault of a few thousand contacts (bulk-written, keyed after the build) with
duplicates injected through the services: found quickly, and nothing else proposed by mistake."""

from __future__ import annotations

import time

from sqlalchemy import func, select

from crm_desktop.core.demo import build_demo
from crm_desktop.core.matching import ensure_keys, find_groups, find_matches
from crm_desktop.core.models import Contact, ContactEmail, ContactPhone, MatchState
from crm_desktop.core.services import contact_read, contacts
from crm_desktop.core.services.uow import ReadSession
from crm_desktop.core.text import fold
from crm_desktop.core.vault import Vault

CONTACTS = 3000


def _sources(vault: Vault, n: int) -> list[tuple[int, str, str, str | None]]:
    """People with a mobile phone: (id, name, E.164, e-mail)."""
    with ReadSession(vault) as s:
        rows = s.execute(
            select(Contact.id, Contact.display_name, func.min(ContactPhone.e164),
                   func.min(ContactEmail.address))
            .join(ContactPhone, ContactPhone.contact_id == Contact.id)
            .outerjoin(ContactEmail, ContactEmail.contact_id == Contact.id)
            .where(Contact.kind == "person").group_by(Contact.id).order_by(Contact.id).limit(n)).all()
    return [tuple(r) for r in rows]  # type: ignore[misc]


def test_finder_at_a_few_thousand_contacts(vault: Vault) -> None:
    build_demo(vault, CONTACTS, seed=3, interactions_per_contact=0)
    with ReadSession(vault) as s:  # the bulk demo build was keyed when it committed
        assert s.scalar(select(func.count()).select_from(MatchState)) == CONTACTS
    assert ensure_keys(vault) == 0
    baseline = {tuple(g.ids) for g in find_groups(vault)}
    injected: dict[int, int] = {}
    for cid, name, e164, email in _sources(vault, 60)[::2]:
        national = e164.removeprefix("+86") if e164.startswith("+86") else e164
        kind = len(injected) % 3
        if kind == 0:  # the same phone written another way, the name in full-width or other case
            values = {"display_name": name.upper() if name.isascii() else name,
                      "phones": [national[:3] + "-" + national[3:] if e164.startswith("+86") else e164]}
        elif kind == 1 and email:  # the e-mail in upper case
            values = {"display_name": name, "emails": [email.upper()]}
        else:  # the other script (张伟 / 張偉) or a Latin name in full-width letters, with the phone
            values = {"display_name": fold(name) if not name.isascii() else name.translate(
                {c: c + 0xFEE0 for c in range(0x21, 0x7F)}), "phones": [e164]}
        injected[contacts.add(vault, **values).id] = cid
    started = time.perf_counter()
    found = find_groups(vault)
    seconds = time.perf_counter() - started
    assert seconds < 5, seconds
    pairs = {tuple(g.ids) for g in found} - baseline
    assert {(source, dup) for dup, source in injected.items()} <= pairs
    # On entry: a typed duplicate is found at once.
    cid, name, e164, _ = _sources(vault, 1)[0]
    with ReadSession(vault) as s:
        started = time.perf_counter()
        hits = find_matches(s, {"display_name": name, "phones": [e164]})
        assert time.perf_counter() - started < 0.5
    assert hits[0].contact_id == cid and contact_read.get(vault, cid).display_name == name
