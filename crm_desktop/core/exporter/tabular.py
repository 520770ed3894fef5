"""Contacts, deals and interactions as flat tables (CSV, XLSX): one row each, a column per
field, numbered columns for phones, e-mails and addresses, one per custom field. The headers
are the ones our import maps back by itself; lists in a cell (tags, other names, parties) are
one per line, so commas and semicolons inside them survive."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from crm_desktop.core.importer.automap import known_header
from crm_desktop.core.models import Contact, ContactAddress, ContactEmail, ContactPhone, CustomFieldDef

from . import data

CONTACT_COLUMNS = ["UID", "Kind", "Display name", "Given name", "Family name", "Phonetic given name",
                   "Phonetic family name", "Other names", "Organization", "Role", "Department", "Title",
                   "Birthday", "Website", "Tier", "Tags", "Owner", "Note"]
DEAL_COLUMNS = ["UID", "Name", "Client", "Amount", "Currency", "Stage", "Probability", "Expected close",
                "Status", "Close reason", "Owner", "Description", "Retainer", "Success fee", "Success fee %",
                "Parties", "Notes"]
INTERACTION_COLUMNS = ["UID", "Date", "Kind", "Subject", "Participants", "Deal", "Body"]
_ADDRESS = ("street", "city", "region", "postcode", "country")


def _most(session: Session, model: Any) -> int:
    per = select(func.count().label("n")).select_from(model).join(Contact, Contact.id == model.contact_id) \
        .where(Contact.deleted_at.is_(None)).group_by(model.contact_id).subquery()
    return session.scalar(select(func.max(per.c.n))) or 0


def _custom_columns(session: Session, entity: str, fixed: list[str]) -> dict[str, str]:
    """Custom field name -> its column: the name, or "Custom: name" when the name alone would be
    read back as a field of ours (a custom field called "Title")."""
    names = session.scalars(select(CustomFieldDef.name).where(CustomFieldDef.entity == entity)
                            .order_by(CustomFieldDef.position, CustomFieldDef.id))
    return {n: f"Custom: {n}" if n in fixed or known_header(n, entity) else n for n in names}


def contact_table(session: Session) -> tuple[list[str], Iterator[list[Any]]]:
    phones, emails, addresses = (_most(session, m) for m in (ContactPhone, ContactEmail, ContactAddress))
    custom = _custom_columns(session, "contact", CONTACT_COLUMNS)
    columns = list(CONTACT_COLUMNS)
    for i in range(1, phones + 1):
        columns += [f"Phone {i}", f"Phone {i} label"]
    for i in range(1, emails + 1):
        columns += [f"Email {i}", f"Email {i} label"]
    for i in range(1, addresses + 1):
        columns += [f"Address {i} label"] + [f"Address {i} {p}" for p in _ADDRESS]
    columns += list(custom.values())

    def rows() -> Iterator[list[Any]]:
        for c in data.contacts(session, with_files=False):
            primary = next((a for a in c["affiliations"] if a["is_primary"]), None)
            row = [c["uid"], c["kind"], c["display_name"], c["given_name"], c["family_name"],
                   c["phonetic_given_name"], c["phonetic_family_name"], "\n".join(c["other_names"]),
                   c["organization"], primary["role"] if primary else None, c["department"], c["title"],
                   c["birthday"], c["website"], c["tier"], "\n".join(c["tags"]), c["owner"], c["note"]]
            for i in range(phones):
                p = c["phones"][i] if i < len(c["phones"]) else None
                row += [p["number"], p["label"]] if p else [None, None]
            for i in range(emails):
                e = c["emails"][i] if i < len(c["emails"]) else None
                row += [e["address"], e["label"]] if e else [None, None]
            for i in range(addresses):
                a = c["addresses"][i] if i < len(c["addresses"]) else None
                row += [a["label"], *(a[p] for p in _ADDRESS)] if a else [None] * 6
            row += [c["custom_fields"].get(name) for name in custom]
            yield row

    return columns, rows()


def deal_table(session: Session) -> tuple[list[str], Iterator[list[Any]]]:
    custom = _custom_columns(session, "deal", DEAL_COLUMNS)

    def rows() -> Iterator[list[Any]]:
        for d in data.deals(session):
            yield [d["uid"], d["name"], d["client"], d["amount"], d["currency"], d["stage"],
                   d["probability_override"], d["expected_close"], d["status"], d["close_reason"], d["owner"],
                   d["description"], d["fee_retainer"], d["fee_success_amount"], d["fee_success_percent"],
                   "\n".join(f"{p['name']} ({p['role']})" for p in d["parties"]),
                   "\n\n".join(n["text"] for n in reversed(d["notes"])),
                   *(d["custom_fields"].get(n) for n in custom)]

    return DEAL_COLUMNS + list(custom.values()), rows()


def interaction_table(session: Session) -> tuple[list[str], Iterator[list[Any]]]:
    custom = _custom_columns(session, "interaction", INTERACTION_COLUMNS)

    def rows() -> Iterator[list[Any]]:
        for i in data.interactions(session):
            yield [i["uid"], i["occurred_at"], i["kind"], i["subject"],
                   "\n".join(p["name"] for p in i["participants"]), i["deal"], i["body"],
                   *(i["custom_fields"].get(n) for n in custom)]

    return INTERACTION_COLUMNS + list(custom.values()), rows()


TABLES = {"contact": contact_table, "deal": deal_table, "interaction": interaction_table}
