"""Duplicates at scale: keying, the finder with precision and recall, the on-entry check.

    .venv/bin/python -m bench.dedup [--contacts N] [--interactions-per-contact K] [--fresh]
                                    [--inject 3000] [--entry 200]

Works on a copy of the cached demo vault (bench/common.py). Prints: the time to key every contact,
the finder on the demo data as built, then with duplicates injected through the ORM in one
operation (as an import writes them) — one of each kind the issue names: a phone in another
format, an e-mail in another case, the name in the other script (张伟 / 張偉) at the same
organization, the name in pinyin with the same phone, full-width letters and digits, organization
suffixes (Ltd / Limited / 有限公司) — its time, precision and recall; the raw SQL GROUP BY on E.164
as a baseline; and the latency of `find_matches` on entry. Prints figures; not a test.
"""

from __future__ import annotations

import random
import shutil
import statistics
import tempfile
import time
from pathlib import Path

import opencc
from sqlalchemy import func, select

from crm_desktop.core.matching import ensure_keys, find_groups, find_matches
from crm_desktop.core.models import (
    Affiliation,
    Contact,
    ContactEmail,
    ContactPhone,
    MatchKey,
)
from crm_desktop.core.services.uow import ReadSession, UnitOfWork
from crm_desktop.core.vault import Vault

from .common import CACHE, PASSPHRASE, demo_vault, options, remove_vault

KINDS = ("phone format", "e-mail case", "other script + organization", "pinyin + phone",
         "full-width", "organization suffix")
BY_E164 = ("SELECT e164, group_concat(DISTINCT contact_id) FROM contact_phone p JOIN contact c "
           "ON c.id = p.contact_id WHERE c.deleted_at IS NULL AND p.e164 IS NOT NULL "
           "GROUP BY e164 HAVING COUNT(DISTINCT contact_id) > 1")
_S2T = opencc.OpenCC("s2t")
_WIDE = {c: c + 0xFEE0 for c in range(0x21, 0x7F)}


def _pct(samples: list[float], p: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(p * len(ordered)))] * 1000


def _people(vault: Vault, rnd: random.Random, n: int) -> list[dict]:
    """Sources for duplicates: people with their phone, e-mail, organization and names."""
    with ReadSession(vault) as s:
        rows = s.execute(
            select(Contact.id, Contact.display_name, Contact.phonetic_family_name,
                   Contact.phonetic_given_name, func.min(ContactPhone.e164), func.min(ContactPhone.raw),
                   func.min(ContactEmail.address), func.min(Affiliation.organization_id))
            .outerjoin(ContactPhone, ContactPhone.contact_id == Contact.id)
            .outerjoin(ContactEmail, ContactEmail.contact_id == Contact.id)
            .outerjoin(Affiliation, (Affiliation.person_id == Contact.id) & Affiliation.is_primary.is_(True))
            .where(Contact.kind == "person", Contact.deleted_at.is_(None))
            .group_by(Contact.id)).all()
    rows = [r for r in rows if r[4] or r[6]]
    rnd.shuffle(rows)
    keys = ("id", "name", "ph_family", "ph_given", "e164", "raw", "email", "org")
    return [dict(zip(keys, r, strict=True)) for r in rows[:n]]


def _organizations(vault: Vault, rnd: random.Random, n: int) -> list[tuple[int, str]]:
    with ReadSession(vault) as s:
        rows = s.execute(select(Contact.id, Contact.display_name).where(
            Contact.kind == "organization", Contact.deleted_at.is_(None))).all()
    rnd.shuffle(rows)
    return [tuple(r) for r in rows[:n]]  # type: ignore[misc]


def _other_format(e164: str, raw: str | None) -> str:
    if e164.startswith("+86"):
        n = e164[3:]
        return n if raw and raw.startswith("+") else f"+86 {n[:3]} {n[3:7]} {n[7:]}"
    return f"{e164[:-8]} {e164[-8:-4]}-{e164[-4:]}"


def _duplicate(kind: str, src: dict) -> dict | None:
    """The values of a duplicate of `src`, or None when it lacks what this kind needs."""
    name, cjk = src["name"], not src["name"].isascii()
    if kind == "phone format" and src["e164"]:
        return {"name": name, "phones": [_other_format(src["e164"], src["raw"])]}
    if kind == "e-mail case" and src["email"]:
        return {"name": name.upper() if not cjk else name, "emails": [src["email"].upper()]}
    if kind == "other script + organization" and cjk and src["org"] and _S2T.convert(name) != name:
        return {"name": _S2T.convert(name), "org": src["org"]}
    if kind == "pinyin + phone" and cjk and src["ph_family"] and src["e164"]:
        return {"name": f"{src['ph_family']} {src['ph_given']}", "phones": [src["e164"]]}
    if kind == "full-width" and src["e164"]:
        return {"name": name.translate(_WIDE), "phones": [src["e164"].translate(_WIDE)]}
    return None


_SUFFIXES = ((" Ltd", " Limited"), (" Co., Ltd.", " Company Limited"), ("有限公司", "股份有限公司"))


def inject(vault: Vault, count: int, seed: int = 11) -> dict[str, list[tuple[int, int]]]:
    """Write duplicates in ONE operation through the ORM (audited, keyed on commit); the true pairs
    per kind."""
    from crm_desktop.core.normalize.emails import normalize_email
    from crm_desktop.core.normalize.phones import normalize_phone

    rnd = random.Random(seed)
    per_kind = count // len(KINDS)
    sources = _people(vault, rnd, count * 3)
    truth: dict[str, list[tuple[int, int]]] = {k: [] for k in KINDS}
    with UnitOfWork(vault, "bench.inject", f"{count} duplicates for the dedup bench") as uow:
        s = uow.session
        made: list[tuple[str, int, Contact]] = []
        pool = iter(sources)
        for kind in KINDS[:-1]:
            while len([m for m in made if m[0] == kind]) < per_kind:
                src = next(pool)
                values = _duplicate(kind, src)
                if values is None:
                    continue
                c = Contact(kind="person", display_name=values["name"], source="import")
                for i, raw in enumerate(values.get("phones", [])):
                    n = normalize_phone(raw)
                    c.phones.append(ContactPhone(position=i, raw=n.raw, e164=n.e164, valid=n.valid))
                for i, addr in enumerate(values.get("emails", [])):
                    e = normalize_email(addr)
                    c.emails.append(ContactEmail(position=i, address=e.address, normalized=e.normalized,
                                                 valid=e.valid))
                s.add(c)
                made.append((kind, src["id"], c))
                if "org" in values:
                    made.append(("_org", values["org"], c))
        for org_id, name in _organizations(vault, rnd, per_kind * 2):
            if len([m for m in made if m[0] == KINDS[-1]]) >= per_kind:
                break
            zh = not name.isascii()
            plain, suffixed = rnd.choice(_SUFFIXES[2:] if zh else _SUFFIXES[:2])
            variant = (name + suffixed) if not name.endswith(plain.strip()) else name + " " + suffixed.strip()
            c = Contact(kind="organization", display_name=variant, source="import")
            s.add(c)
            made.append((KINDS[-1], org_id, c))
        s.flush()
        for kind, ref, c in made:
            if kind == "_org":
                s.add(Affiliation(person_id=c.id, organization_id=ref, is_primary=True))
            else:
                truth[kind].append((min(ref, c.id), max(ref, c.id)))
    return truth


def _pairs(groups: list) -> set[tuple[int, int]]:
    return {(a, b) for g in groups for i, a in enumerate(g.ids) for b in g.ids[i + 1:]}


def finder(vault: Vault, truth: dict[str, list[tuple[int, int]]], natural: set[tuple[int, int]]) -> None:
    started = time.perf_counter()
    groups = find_groups(vault)
    seconds = time.perf_counter() - started
    found = _pairs(groups)
    true = {p for ps in truth.values() for p in ps}
    hits = found & true
    extra = found - true
    print(f"finder with {len(true):,} injected pairs: {seconds:.2f} s, {len(groups):,} groups, "
          f"{len(found):,} pairs proposed")
    print(f"  recall {len(hits) / max(len(true), 1):.2%} ({len(hits):,}/{len(true):,}), "
          f"precision {len(hits) / max(len(found), 1):.2%} ({len(hits):,}/{len(found):,}; every pair not "
          f"injected counts wrong: {len(extra & natural):,} were proposed before the injection, "
          f"{len(extra - natural):,} are new)")
    for kind, pairs in truth.items():
        got = len(set(pairs) & found)
        print(f"    {kind:<30} recall {got / max(len(pairs), 1):6.1%}  ({got}/{len(pairs)})")
    with vault.engine.connect() as c:
        started = time.perf_counter()
        by_phone = c.exec_driver_sql(BY_E164).all()
        base = time.perf_counter() - started
    phone_pairs = set()
    for _, ids in by_phone:
        members = sorted(int(x) for x in ids.split(","))
        phone_pairs |= {(a, b) for i, a in enumerate(members) for b in members[i + 1:]}
    recall = len(phone_pairs & true) / max(len(true), 1)
    print(f"  baseline: SQL GROUP BY e164 {base:.2f} s, recall {recall:.1%} (only the same E.164)")


def entry(vault: Vault, n: int) -> None:
    rnd = random.Random(5)
    people = _people(vault, rnd, n)
    classes = {
        "name + phone": [{"display_name": p["name"], "phones": [p["raw"] or p["e164"]]}
                         for p in people if p["e164"]],
        "name + e-mail": [{"display_name": p["name"], "emails": [p["email"]]} for p in people if p["email"]],
        "name + organization": [{"display_name": p["name"], "organization_id": p["org"]}
                                for p in people if p["org"]],
        "name only": [{"display_name": p["name"]} for p in people],
    }
    with ReadSession(vault) as s:
        find_matches(s, classes["name only"][0])  # pypinyin's dictionaries load on first use
        for label, cands in classes.items():
            samples = []
            for cand in cands:
                started = time.perf_counter()
                find_matches(s, cand)
                samples.append(time.perf_counter() - started)
            print(f"  on entry, {label:<20} median {statistics.median(samples) * 1000:6.2f} ms, "
                  f"p95 {_pct(samples, 0.95):6.2f} ms  ({len(samples)} checks)")


def main() -> None:
    parser = options(__doc__.splitlines()[0])
    parser.add_argument("--inject", type=int, default=3000, help="duplicates to inject")
    parser.add_argument("--entry", type=int, default=200, help="on-entry checks per class")
    args = parser.parse_args()
    source, figures = demo_vault(args.contacts, args.interactions_per_contact, args.fresh)
    print(f"demo vault: {figures['contacts']:,} contacts, {figures['interactions']:,} interactions "
          f"({'cached' if figures.get('cached') else 'built'})")
    scratch = CACHE / f"dedup-{Path(source).name}"
    remove_vault(scratch)
    shutil.copyfile(source, scratch)  # the cached vault stays as built
    backups = tempfile.mkdtemp(dir=CACHE)
    try:
        started = time.perf_counter()
        vault = Vault.open(scratch, PASSPHRASE, verify=False, backup_dir=backups)
        print(f"open (with any migration, keys included): {time.perf_counter() - started:.1f} s")
        started = time.perf_counter()
        stale = ensure_keys(vault)
        print(f"ensure_keys: {stale:,} contacts keyed in {time.perf_counter() - started:.2f} s")
        with vault.engine.begin() as c:  # as a vault from before the matcher: no keys at all
            started = time.perf_counter()
            c.exec_driver_sql("DELETE FROM match_state")
            c.exec_driver_sql("DELETE FROM match_key")
            dropped = time.perf_counter() - started
        started = time.perf_counter()
        keyed = ensure_keys(vault)
        with ReadSession(vault) as s:
            rows = s.scalar(select(func.count()).select_from(MatchKey))
        print(f"key every contact (what migration 0003 or a bulk build does): {keyed:,} contacts, "
              f"{rows:,} keys, {time.perf_counter() - started:.1f} s (dropping them first: {dropped:.1f} s, "
              "secure_delete)")
        started = time.perf_counter()
        natural = find_groups(vault)
        print(f"finder on the demo as built: {time.perf_counter() - started:.2f} s, {len(natural)} groups")
        for g in natural[:5]:
            print(f"    {g.ids} {g.score} {g.reasons}")
        started = time.perf_counter()
        truth = inject(vault, args.inject)
        print(f"injected {sum(map(len, truth.values())):,} duplicates in one operation: "
              f"{time.perf_counter() - started:.1f} s (keys kept in step on commit)")
        finder(vault, truth, _pairs(natural))
        entry(vault, args.entry)
        vault.close()
    finally:
        remove_vault(scratch)
        shutil.rmtree(backups, ignore_errors=True)


if __name__ == "__main__":
    main()
