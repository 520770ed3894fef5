"""People: Chinese names in 简体 or 繁體 (with pinyin) and English names, at their organizations,
with titles, phones, e-mails, tiers and tags."""

from __future__ import annotations

from datetime import date
from itertools import accumulate

from crm_desktop.core.models import Affiliation, Contact, ContactEmail, ContactPhone, ContactTag

from .names import chinese_name, english_name
from .orgs import REGIONS
from .roles import DEPARTMENTS, NOTES, OWNERS, SECOND_ROLES, TITLES
from .script import in_language
from .world import World
from .writer import Writer, contact_row

CHUNK = 5_000

# region -> ((name script, language of their minutes), weight): s = 简体, t = 繁體, en = English
_SCRIPTS = {region: tuple(zip(*options, strict=True)) for region, options in {
    "CN": ((("s", "s"), 88), (("s", "en"), 7), (("en", "en"), 5)),
    "HK": ((("t", "hk"), 55), (("t", "en"), 25), (("en", "en"), 20)),
    "TW": ((("t", "tw"), 80), (("t", "en"), 10), (("en", "en"), 10)),
    "SG": ((("s", "en"), 50), (("s", "s"), 15), (("en", "en"), 35)),
    "GB": ((("en", "en"), 85), (("s", "en"), 10), (("t", "en"), 5))}.items()}
_TIERS = ("A", "B", "C", None)
_TIER_WEIGHTS = (10, 30, 40, 20)


def plan(w: World, count: int, first_id: int) -> None:
    """Place `count` people at organizations (5 % at none); numbered from `first_id`."""
    w.person_base = first_id
    cum = list(accumulate(o.weight for o in w.orgs))
    w.p_org = [-1 if w.rng.random() < 0.05 else o for o in w.rng.choices(range(len(w.orgs)), cum_weights=cum,
                                                                          k=count)]


def write(w: World, out: Writer, tag_ids: list[int], start: int, stop: int) -> None:
    for i in range(start, stop):
        _person(w, out, i, tag_ids)


def _person(w: World, out: Writer, i: int, tag_ids: list[int]) -> None:
    r = w.rng
    org_index = w.p_org[i]
    org = w.orgs[org_index] if org_index >= 0 else None
    region = org.region if org and r.random() < 0.85 else r.choice(REGIONS)
    choices, weights = _SCRIPTS[region]
    script, lang = r.choices(choices, weights)[0]
    other: str | None = None
    if script == "en":
        given, family = english_name(r)
        display, ph_family, ph_given, mail = f"{given} {family}", None, None, [given, family]
    else:
        family, given, ph_family, ph_given, sur = chinese_name(r, traditional=script == "t")
        display = family + given
        mail = [ph_given, ph_family] if r.random() < 0.7 else [ph_family + ph_given]
        english_given = english_name(r)[0]
        if region == "HK" and r.random() < 0.5:
            other = f"{english_given} {sur[3]}"
        elif region == "TW" and r.random() < 0.3:
            other = f"{english_given} {sur[4]}"
        elif script == "s" and r.random() < 0.15:
            other = f"{english_given} {ph_family}"
    category = org.category if org else r.choice(("fund", "adviser"))
    en_titles, zh_titles = TITLES[category]
    title = r.choice(en_titles) if lang == "en" else in_language(r.choice(zh_titles), lang)
    department = None
    if r.random() < 0.6:
        dep = r.choice(DEPARTMENTS[category])
        department = dep[0] if lang == "en" else in_language(dep[1], lang)
    tier = r.choices(_TIERS, _TIER_WEIGHTS)[0]
    note = None
    if r.random() < 0.1:
        pair = r.choice(NOTES)
        note = pair[0] if lang == "en" else in_language(pair[1], lang)
    contact_id = w.person_base + i
    created = w.ago(r.uniform(740, 1100) if r.random() < 0.85 else r.uniform(1, 730))
    birthday = date(r.randint(1962, 1998), r.randint(1, 12), r.randint(1, 28)) if r.random() < 0.25 else None
    out.add(Contact, contact_row(
        w, contact_id, "person", display, created, given_name=given, family_name=family,
        phonetic_given_name=ph_given, phonetic_family_name=ph_family, other_names=other, title=title,
        department=department, birthday=birthday, tier=tier, note=note, owner=r.choice(OWNERS)))
    position = 0
    for mobile, share in ((True, 0.9), (False, 0.5)):
        if r.random() < share:
            raw, e164 = w.phone(region if mobile or not org else org.region, mobile)
            out.add(ContactPhone, {"contact_id": contact_id, "position": position,
                                   "label": "mobile" if mobile else "work", "raw": raw, "e164": e164,
                                   "valid": True})
            position += 1
    position = 0
    for slug, share, label in ((org.slug if org else None, 0.85, "work"), (None, 0.1, "home")):
        if r.random() < share:
            address = w.email(mail, slug)
            out.add(ContactEmail, {"contact_id": contact_id, "position": position, "label": label,
                                   "address": address, "normalized": address, "valid": True})
            position += 1
    if org:
        out.add(Affiliation, {"person_id": contact_id, "organization_id": org.id, "role": title,
                              "is_primary": True})
        w.org_people[org_index].append(i)
        if r.random() < 0.04 and len(w.orgs) > 1:
            second = r.randrange(len(w.orgs))
            if second != org_index:
                role = r.choice(SECOND_ROLES)
                out.add(Affiliation, {"person_id": contact_id, "organization_id": w.orgs[second].id,
                                      "role": role[0] if lang == "en" else in_language(role[1], lang),
                                      "is_primary": False})
    for tag_id in sorted(set(r.sample(tag_ids, r.choice((0, 0, 1, 1, 2))))):
        out.add(ContactTag, {"contact_id": contact_id, "tag_id": tag_id})
    w.p_name.append(display)
    w.p_lang.append(lang)
    w.p_region.append(region)
    w.p_tier.append(tier)
