"""Foundation figures at scale: unlock, demo build, contact writes, listing.

    .venv/bin/python -m bench.foundation [--contacts N] [--interactions-per-contact K] [--fresh]

Prints figures; not a test (never run in CI). The first run at full size builds the demo vault
(100,000 contacts, 1,000,000 interactions: minutes) and caches it under bench/.cache/.
"""

from __future__ import annotations

import random
import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import func, insert, select

from crm_desktop.core.demo.names import chinese_name, english_name
from crm_desktop.core.demo.world import World
from crm_desktop.core.models import Affiliation, Contact, ContactEmail, ContactPhone
from crm_desktop.core.normalize.emails import normalize_email
from crm_desktop.core.normalize.phones import normalize_phone
from crm_desktop.core.services import contact_read, contacts
from crm_desktop.core.services.contact_dto import ContactInput
from crm_desktop.core.vault import Vault

from .common import CACHE, PASSPHRASE, demo_vault, median_ms, options, remove_vault, times


def unlock(path: Path) -> None:
    def keyed(first_read: str) -> None:
        conn = sqlcipher3.connect(str(path))
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = '{PASSPHRASE}'")
        conn.execute(first_read).fetchone()  # the key is derived (KDF) on the first read
        conn.close()

    ways = {"open": lambda: Vault.open(path, PASSPHRASE).close(),
            "kdf": lambda: keyed("PRAGMA application_id"),  # reads page 1 only
            "schema": lambda: keyed("SELECT count(*) FROM sqlite_master")}
    samples: dict[str, list[float]] = {name: [] for name in ways}
    for _ in range(6):  # interleaved, so that a busy moment of the machine hits all three alike
        for name, fn in ways.items():
            samples[name] += times(fn, 1)
    opened, kdf, schema = (median_ms(samples[name][1:]) for name in ways)  # the first: warm-up
    print("(a) unlock (median of 5, interleaved)")
    print(f"    Vault.open + close                  {opened:8.1f} ms")
    print(f"    KDF-only connect, page 1 (baseline) {kdf:8.1f} ms   open / KDF = {opened / kdf:.2f}x")
    print(f"    KDF + reading the schema            {schema:8.1f} ms")


def build(figures: dict[str, Any]) -> None:
    seconds = figures["seconds"]
    note = f"cached, built {figures['built']}" if figures["cached"] else "built in this run"
    print(f"(b) demo build ({note})")
    print(f"    {figures['contacts']:,} contacts ({figures['organizations']:,} organizations), "
          f"{figures['interactions']:,} interactions, {figures['deals']:,} deals, "
          f"{figures['reminders']:,} reminders")
    print(f"    {seconds:.1f} s total; {figures['contacts'] / seconds:,.0f} contacts/s, "
          f"{figures['interactions'] / seconds:,.0f} interactions/s; file {figures['file_mb']:,.1f} MB")


def _inputs(count: int, org_names: list[str]) -> list[dict[str, Any]]:
    """The same people for every way of writing them."""
    w = World(random.Random(7), datetime.now(UTC))
    rows = []
    for n in range(count):
        if n % 3:
            family, given, ph_family, ph_given, _ = chinese_name(w.rng, traditional=n % 3 == 2)
            mail = [ph_given, ph_family]
        else:
            given, family = english_name(w.rng)
            ph_family = ph_given = None
            mail = [given, family]
        rows.append({"given_name": given, "family_name": family, "phonetic_family_name": ph_family,
                     "phonetic_given_name": ph_given, "title": "Vice President", "tier": "B",
                     "phone": w.phone("CN", mobile=True)[0], "email": w.email(mail, "bench"),
                     "organization": org_names[n % len(org_names)]})
    return rows


def _core_rows(vault: Vault, person: dict[str, Any], contact_id: int | None, org_id: int,
               ) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any], dict[str, Any]]:
    """The rows the service writes for one person (normalized the same way), minus its audit trail."""
    phone, email = normalize_phone(person["phone"], "CN"), normalize_email(person["email"])
    now = datetime.now(UTC)
    contact = {"uid": str(random.getrandbits(128)), "created_at": now, "updated_at": now, "kind": "person",
               "display_name": contacts.compose_name(person["given_name"], person["family_name"]),
               "source": "typed", **{k: person[k] for k in ("given_name", "family_name", "title", "tier",
                                                             "phonetic_family_name", "phonetic_given_name")}}
    if contact_id is not None:
        contact["id"] = contact_id
    return (contact,
            {"contact_id": contact_id, "position": 0, "raw": phone.raw, "e164": phone.e164,
             "valid": phone.valid},
            {"contact_id": contact_id, "position": 0, "address": email.address,
             "normalized": email.normalized, "valid": email.valid},
            {"person_id": contact_id, "organization_id": org_id, "role": person["title"], "is_primary": True})


def writes(path: Path, count: int) -> None:
    scratch = CACHE / "scratch-writes.crm"
    remove_vault(scratch)
    shutil.copyfile(path, scratch)  # the cached vault stays as built
    vault = Vault.open(scratch, PASSPHRASE)
    try:
        with vault.engine.connect() as conn:
            orgs = dict(conn.execute(select(Contact.display_name, Contact.id).where(
                Contact.kind == "organization").order_by(Contact.id).limit(20)).all())
        people = _inputs(count * 3, list(orgs))
        batches = [people[:count], people[count:2 * count], people[2 * count:]]

        def service() -> None:
            for p in batches[0]:
                contacts.add(vault, ContactInput(
                    given_name=p["given_name"], family_name=p["family_name"], title=p["title"],
                    tier=p["tier"], phonetic_family_name=p["phonetic_family_name"],
                    phonetic_given_name=p["phonetic_given_name"], phones=[p["phone"]],
                    emails=[p["email"]], organization=p["organization"]))

        def core_each() -> None:
            for p in batches[1]:
                with vault.engine.begin() as conn:
                    contact, phone, email, link = _core_rows(vault, p, None, orgs[p["organization"]])
                    cid = conn.execute(insert(Contact.__table__), contact).inserted_primary_key[0]
                    phone["contact_id"] = email["contact_id"] = link["person_id"] = cid
                    conn.execute(insert(ContactPhone.__table__), phone)
                    conn.execute(insert(ContactEmail.__table__), email)
                    conn.execute(insert(Affiliation.__table__), link)

        def core_bulk() -> None:
            with vault.engine.begin() as conn:
                first = conn.execute(select(func.max(Contact.id))).scalar_one() + 1
                rows = [_core_rows(vault, p, first + n, orgs[p["organization"]])
                        for n, p in enumerate(batches[2])]
                for i, model in enumerate((Contact, ContactPhone, ContactEmail, Affiliation)):
                    conn.execute(insert(model.__table__), [r[i] for r in rows])

        ms = [median_ms(times(fn, 1)) / count for fn in (service, core_each, core_bulk)]
    finally:
        vault.close()
        remove_vault(scratch)
    print(f"(c) contact writes: {count:,} people (phone, e-mail, organization) into a copy of this vault")
    print(f"    services contacts.add, one operation each {ms[0]:8.3f} ms/contact")
    print(f"    Core inserts, one transaction each        {ms[1]:8.3f} ms/contact   "
          f"service / Core = {ms[0] / ms[1]:.1f}x")
    print(f"    Core inserts, one bulk transaction        {ms[2]:8.3f} ms/contact   "
          f"service / bulk = {ms[0] / ms[2]:.0f}x")


def listing(path: Path) -> None:
    page_sql = ("SELECT id, display_name, kind, tier FROM contact WHERE deleted_at IS NULL "
                "ORDER BY display_name, id LIMIT 50 OFFSET ?")
    count_sql = "SELECT count(*) FROM contact WHERE deleted_at IS NULL"
    vault = Vault.open(path, PASSPHRASE)
    raw = vault.raw_connection()
    try:
        total = contact_read.list_contacts(vault, limit=50).total
        print(f"(d) listing {total:,} contacts, a page of 50 by name (median of 20)")
        for offset in (0, total // 2):
            service = median_ms(times(lambda o=offset: contact_read.list_contacts(vault, limit=50, offset=o),
                                      20, warmup=2))
            page = median_ms(times(lambda o=offset: raw.execute(page_sql, (o,)).fetchall(), 20, warmup=2))
            both = median_ms(times(lambda o=offset: (raw.execute(count_sql).fetchone(),
                                                     raw.execute(page_sql, (o,)).fetchall()), 20, warmup=2))
            print(f"    offset {offset:>6,}: list_contacts {service:7.2f} ms | raw SQL page {page:6.2f} ms, "
                  f"page + count {both:6.2f} ms | service / raw = {service / both:.1f}x")
    finally:
        raw.close()
        vault.close()


def main() -> None:
    parser = options(__doc__ or "")
    parser.add_argument("--writes", type=int, default=1_000, help="contacts written per way in (c)")
    args = parser.parse_args()
    path, figures = demo_vault(args.contacts, args.interactions_per_contact, args.fresh)
    print(f"crm-desktop foundation bench — {path.name}, SQLite {sqlite3.sqlite_version} (stdlib), "
          f"SQLCipher {_cipher_version(path)}")
    unlock(path)
    build(figures)
    writes(path, args.writes)
    listing(path)


def _cipher_version(path: Path) -> str:
    conn = sqlcipher3.connect(":memory:")
    try:
        return str(conn.execute("PRAGMA cipher_version").fetchone()[0])
    finally:
        conn.close()


if __name__ == "__main__":
    main()
