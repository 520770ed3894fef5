"""Organizations: the named institutions first, then branches, funds, sponsors, advisers, law firms
and project companies made from word lists, each a contact row with a phone, an e-mail, an address."""

from __future__ import annotations

import re

from crm_desktop.core.models import Contact, ContactAddress, ContactEmail, ContactPhone, ContactTag

from . import orgs
from .names import ENGLISH_FAMILY
from .roles import OWNERS
from .script import in_language
from .world import Org, World
from .writer import Writer, contact_row

_CJK = re.compile(r"[\u3400-\u9fff]")
# Share of each kind among the organizations made beyond the named ones.
_MADE = (("project", 45), ("sponsor", 15), ("fund", 12), ("branch", 8), ("adviser", 10), ("law", 10))
_COUNTRY = {"CN": ("中国", "China"), "HK": ("香港", "Hong Kong"), "TW": ("台湾", "Taiwan"),
            "SG": ("新加坡", "Singapore"), "GB": ("英国", "United Kingdom")}
_LANG = {"CN": "s", "TW": "tw", "HK": "hk"}


def _slug(text: str) -> str:
    return "-".join(re.findall(r"[a-z0-9]+", text.lower()))[:40] or "org"


def _made(w: World, kind: str) -> tuple[str, str, str, str, tuple[str, str, str] | None]:
    """(display name, other name, category, region, project) of a made-up organization."""
    r = w.rng
    if kind == "project":
        zh, en, region = orgs.project(r)
        name = (in_language(zh + "公司", _LANG[region]) if region in ("CN", "TW")
                else f"{en.removesuffix(' Project')} Co., Ltd.")
        return name, (en if _CJK.search(name) else zh + "公司"), "project", region, (zh, en, region)
    if kind == "branch":
        bank = w.orgs[r.choice(w.by_category["bank_named"])]
        if _CJK.search(bank.name):
            cities = [c for c in orgs.CITIES if c[2] == bank.region] or [orgs.CITIES[0]]
            city = r.choice(cities)
            return (in_language(f"{bank.name}{city[0]}分行", _LANG.get(bank.region, "s")),
                    f"{city[1]} Branch", "bank", bank.region, None)
        city = r.choice(orgs.CITIES)
        return f"{bank.name} {city[1]} Branch", f"{bank.name}{city[0]}分行", "bank", city[2], None
    chars = [r.choice(orgs.TRADE_CHARS) for _ in range(2)]
    trade_zh, trade_en = chars[0][0] + chars[1][0], (chars[0][1] + chars[1][1]).capitalize()
    region = r.choice(("CN", "CN", "CN", "HK", "TW", "SG", "GB"))
    if kind == "sponsor":
        zh_suffix, en_suffix = r.choice(orgs.SPONSOR_SUFFIX)
        if r.random() < 0.5:
            place = r.choice(orgs.PLACES[:18])  # the mainland places
            trade_zh, trade_en = place[0], place[1]
        zh, en = trade_zh + zh_suffix, f"{trade_en} {en_suffix}"
        region = r.choice(("CN", "CN", "HK", "SG"))
    elif kind == "fund" and region in ("HK", "SG", "GB"):
        en = " ".join(r.choice(words) for words in orgs.FUND_WORDS_EN)
        return en, "", "fund", region, None
    elif kind in ("adviser", "law") and region in ("SG", "GB"):
        a, b = r.sample(ENGLISH_FAMILY[:60], 2)
        en = f"{a} & {b} Advisory" if kind == "adviser" else f"{a} {b} LLP"
        return en, "", kind, region, None
    else:
        zh_suffix, en_suffix = orgs.CN_SUFFIX[kind]
        zh, en = trade_zh + zh_suffix, f"{trade_en} {en_suffix}"
    return in_language(zh, _LANG.get(region, "s")), en, kind, region, None


def _postcode(w: World, region: str) -> str | None:
    r = w.rng
    if region == "GB":
        return (f"EC{r.randint(1, 4)}{r.choice('AMNRV')} "
                f"{r.randint(1, 9)}{r.choice('ABDEFGHJLN')}{r.choice('PQRSTUWXYZ')}")
    return {"CN": f"{r.randrange(100000, 850000)}", "SG": f"{r.randrange(18000, 829999):06d}",
            "TW": f"{r.randrange(100, 983)}"}.get(region)


def plan(w: World, count: int, first_id: int) -> None:
    """Choose `count` organizations (unique names) and number them from `first_id`."""
    r = w.rng
    taken: set[str] = set()
    kinds, weights = zip(*_MADE, strict=True)
    for i in range(count):
        if i < len(orgs.ANCHORS):
            name, others, category, region, slug = orgs.ANCHORS[i]
            org = Org(first_id + i, name, category, region, slug, 6.0)
            org_other = others
        else:
            kind = r.choices(kinds, weights)[0]
            for _ in range(20):
                name, org_other, category, region, project = _made(w, kind)
                if name not in taken:
                    break
            n = 2
            while name in taken:  # the word lists ran out: number it as people do ("二期", "II")
                name, n = f"{name.split(' (')[0]} ({n})", n + 1
            weight = {"project": 0.5, "bank": 2.0, "sponsor": 2.0}.get(category, 1.0)
            org = Org(first_id + i, name, category, region, _slug(org_other if _CJK.search(name) else name)
                      + f"-{i}", weight, project)
        taken.add(org.name)
        w.orgs.append(org)
        w.org_other.append(org_other)
        w.by_category.setdefault(org.category, []).append(i)
        if org.category == "bank" and org.weight > 5:
            w.by_category.setdefault("bank_named", []).append(i)
        w.org_people.append([])
        if org.project:
            w.projects.append(org.project)


def write(w: World, out: Writer, tag_ids: list[int]) -> None:
    r = w.rng
    for i, org in enumerate(w.orgs):
        created = w.ago(r.uniform(760, 1100))
        zh = org.region in ("CN", "TW") and _CJK.search(org.name) is not None
        out.add(Contact, contact_row(
            w, org.id, "organization", org.name, created,
            other_names=w.org_other[i].replace("|", "\n") or None,
            website=f"https://www.{org.slug}.example.com",
            tier=("A" if r.random() < 0.6 else "B") if org.weight > 5 else r.choice(("B", "C", "C", None)),
            owner=r.choice(OWNERS)))
        raw, e164 = w.phone(org.region, mobile=False)
        out.add(ContactPhone, {"contact_id": org.id, "position": 0, "label": "work", "raw": raw,
                               "e164": e164, "valid": True})
        address = w.email([r.choice(("info", "projectfinance", "contact"))], org.slug)
        out.add(ContactEmail, {"contact_id": org.id, "position": 0, "label": "work", "address": address,
                               "normalized": address, "valid": True})
        city = r.choice([c for c in orgs.CITIES if c[2] == org.region])
        street = r.choice(orgs.STREETS)
        number = r.randint(1, 388)
        out.add(ContactAddress, {
            "contact_id": org.id, "position": 0, "label": "office",
            "street": (in_language(f"{street[0]}{number}号", _LANG[org.region])
                       if zh and _CJK.search(street[0]) else f"{number} {street[1]}"),
            "city": city[0] if zh else city[1], "region": None,
            "postcode": _postcode(w, org.region),
            "country": _COUNTRY[org.region][0 if zh else 1]})
        if r.random() < 0.5:
            out.add(ContactTag, {"contact_id": org.id, "tag_id": r.choice(tag_ids)})
