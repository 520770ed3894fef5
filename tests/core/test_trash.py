"""The trash on a real vault: list, restore, empty, erase one person — and proof that erased
content is gone from the decrypted database while the audit keeps a content-free line."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from crm_desktop.core.errors import CrmError, NotFound, NothingToUndo, ValidationError
from crm_desktop.core.models import AuditEntry, Base, Contact, DealNote, Operation, utcnow
from crm_desktop.core.services import (
    attachments,
    audit_log,
    contact_read,
    contacts,
    deal_read,
    deals,
    interactions,
    reminders,
    trash,
    undo,
)
from crm_desktop.core.services.contact_dto import AddressIn
from crm_desktop.core.services.uow import ReadSession, UnitOfWork
from crm_desktop.core.vault import Vault

CANARIES = ("zq7xk9", "13912347731", "金丝雀")


def _find_canaries(vault: Vault) -> list[str]:
    """Every (table.column) of the decrypted database where a canary still shows: in any text
    value and in any blob of any table, the FTS5 segment pages included."""
    raw = vault.raw_connection()
    found = []
    try:
        tables = [r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        assert "audit_entry" in tables and "operation" in tables
        for table in tables:
            cur = raw.execute(f'SELECT * FROM "{table}"')
            names = [d[0] for d in cur.description]
            for row in cur:
                for name, value in zip(names, row, strict=True):
                    if isinstance(value, str):
                        text = value.casefold()
                    elif isinstance(value, bytes):
                        text = value.decode("utf-8", "ignore").casefold()
                    else:
                        continue
                    found += [f"{table}.{name}: {c}" for c in CANARIES if c in text]
    finally:
        raw.close()
    return found


def _canary_person(vault: Vault) -> dict[str, int]:
    """A person whose data is spread over every kind of row that can hang off a contact."""
    bob = contacts.add(vault, display_name="Bob Lee")
    c = contacts.add(vault, display_name="金丝雀 Zq7xK9", given_name="Zq7xK9", phones=["139 1234 7731"],
                     emails=["zq7xk9@example.com"], organization="Acme Ltd", role="zq7xk9 director",
                     addresses=[AddressIn(street="1 Zq7xK9 Road", city="Shanghai")], tags=["vip"],
                     custom_fields={"Passport": "ZQ7XK9-001"}, note="likes 金丝雀")
    contacts.edit(vault, c.id, title="CFO zq7xk9", phones=["+86 139 1234 7731", "+852 9123 4567"])
    contacts.edit(vault, c.id, title="CEO")
    undo.undo(vault)  # undo entries copy the old and new values once more
    alone = interactions.add(vault, kind="meeting", occurred_at="2025-05-01T09:00+08:00",
                             subject="Lunch with zq7xk9", body="金丝雀 said yes", participants=[c.id])
    shared = interactions.add(vault, kind="call", occurred_at="2025-05-02T09:00+08:00",
                              subject="Group call", participants=[c.id, bob.id])
    deal = deals.add(vault, name="Solar farm", client=c.id, parties=[(c.id, "lender"), (bob.id, "sponsor")])
    r = reminders.add(vault, "Call zq7xk9 back", "2025-06-01T09:00", tz="Asia/Shanghai", contact_id=c.id)
    a = attachments.add(vault, ("zq7xk9 passport.pdf", b"%PDF-1.4 zq7xk9 secret"), contact_id=c.id)
    return {"contact": c.id, "bob": bob.id, "org": c.organization_id, "alone": alone.id,
            "shared": shared.id, "deal": deal.id, "reminder": r.id, "attachment": a.id}


def test_list_and_restore(vault: Vault) -> None:
    c = contacts.add(vault, display_name="Wang Fang")
    d = deals.add(vault, name="Port 港口")
    note = deals.add_note(vault, d.id, "First line\nsecond line")
    r = reminders.add(vault, "Send deck", "2025-06-01T09:00", tz="UTC", contact_id=c.id)
    a = attachments.add(vault, ("deck.pdf", b"%PDF"), deal_id=d.id)
    i = interactions.add(vault, kind="call", occurred_at="2025-05-01T09:00Z", participants=[c.id])
    with UnitOfWork(vault, "deal.note.delete") as uow:  # deal notes have no delete service yet
        uow.session.get(DealNote, note.id).deleted_at = utcnow()
    reminders.delete(vault, r.id)
    attachments.delete(vault, a.id)
    interactions.delete(vault, i.id)
    deals.delete(vault, d.id)
    contacts.delete(vault, [c.id])
    items = trash.list_trash(vault)
    assert [(x.entity, x.label) for x in items] == [
        ("contact", "Wang Fang"), ("deal", "Port 港口"), ("interaction", "call"), ("attachment", "deck.pdf"),
        ("reminder", "Send deck"), ("deal_note", "First line")]
    assert trash.list_trash(vault, limit=2)[1].entity == "deal"

    restored = trash.restore(vault, "contact", c.id)
    assert restored.label == "Wang Fang"
    assert contact_read.get(vault, c.id).display_name == "Wang Fang"
    assert "contact" not in {x.entity for x in trash.list_trash(vault)}
    trash.restore(vault, "interaction", i.id)
    assert contact_read.get(vault, c.id).last_interaction_at is not None
    undo.undo(vault)  # the restore is undoable like any change
    assert contact_read.get(vault, c.id).last_interaction_at is None
    assert "interaction" in {x.entity for x in trash.list_trash(vault)}
    with pytest.raises(NotFound):
        trash.restore(vault, "contact", c.id)  # not in the trash
    with pytest.raises(ValidationError) as err:
        trash.restore(vault, "stage", 1)
    assert err.value.field == "entity"


def test_empty_erases_everything_that_hung_off_the_contact(vault: Vault) -> None:
    ids = _canary_person(vault)
    assert _find_canaries(vault)  # the scan does see them while they exist
    contacts.delete(vault, [ids["contact"]])
    result = trash.empty(vault)
    assert result.operation_id is not None
    # contact, its interaction alone with it, its reminder and its attachment
    assert result.records == 4 and result.rows > result.records

    assert _find_canaries(vault) == []
    assert trash.list_trash(vault) == []
    gone = [lambda: contact_read.get(vault, ids["contact"], include_deleted=True),
            lambda: interactions.get(vault, ids["alone"], include_deleted=True),
            lambda: reminders.get(vault, ids["reminder"]),
            lambda: attachments.get(vault, ids["attachment"], include_deleted=True)]
    for call in gone:
        with pytest.raises(NotFound):
            call()
    shared = interactions.get(vault, ids["shared"])
    assert [p.contact_id for p in shared.participants] == [ids["bob"]]
    deal = deal_read.get(vault, ids["deal"])
    assert deal.client_id is None and [p.contact_id for p in deal.parties] == [ids["bob"]]
    assert contact_read.get(vault, ids["bob"]).last_interaction_at is not None
    assert contact_read.get(vault, ids["org"]).links == []

    with ReadSession(vault) as s:
        lines = s.execute(select(AuditEntry.action, AuditEntry.changes).where(
            AuditEntry.entity == "contact", AuditEntry.entity_id == ids["contact"])).all()
        assert ("erase", None) in lines and all(changes is None for _, changes in lines)
        op = s.get(Operation, result.operation_id)
        assert op.kind == "trash.empty" and not op.undoable
    with pytest.raises(CrmError) as err:
        undo.undo(vault)
    assert not isinstance(err.value, NothingToUndo) and "cannot be undone" in str(err.value)


def test_erase_one_person_now(vault: Vault) -> None:
    ids = _canary_person(vault)
    before = audit_log.history(vault, "contact", ids["contact"])
    assert any("title" in e.changes for e in before)
    result = trash.erase(vault, "contact", ids["contact"])
    assert result.records == 4
    assert _find_canaries(vault) == []
    after = audit_log.history(vault, "contact", ids["contact"])
    assert after and all(e.changes == {} for e in after)
    assert after[-1].action == "erase" and after[-1].kind == "contact.erase"
    assert [c.display_name for c in contact_read.list_contacts(vault).contacts] == ["Acme Ltd", "Bob Lee"]
    with pytest.raises(NotFound):
        trash.erase(vault, "contact", ids["contact"])


def test_erase_a_deal_clears_pointers_and_takes_its_notes(vault: Vault) -> None:
    c = contacts.add(vault, display_name="Li Na")
    d = deals.add(vault, name="Wind zq7xk9", parties=[(c.id, "investor")], description="zq7xk9 plan")
    deals.add_note(vault, d.id, "IC memo zq7xk9")
    deals.move(vault, d.id, "Mandate")
    met = interactions.add(vault, kind="meeting", occurred_at="2025-05-01T09:00Z", subject="Site",
                           participants=[c.id], deal_id=d.id)
    deal_only = interactions.add(vault, kind="note", occurred_at="2025-05-02T09:00Z", deal_id=d.id,
                                 body="zq7xk9 numbers")
    reminders.add(vault, "Chase zq7xk9", "2025-06-01T09:00", tz="UTC", deal_id=d.id)
    trash.erase(vault, "deal", d.id)
    assert _find_canaries(vault) == []
    assert interactions.get(vault, met.id).deal_id is None  # the meeting stays, off the erased deal
    with pytest.raises(NotFound):
        interactions.get(vault, deal_only.id, include_deleted=True)  # it had nothing else to hang on
    assert reminders.list_reminders(vault, "open") == []
    assert contact_read.get(vault, c.id).display_name == "Li Na"


def test_empty_older_than_keeps_recent_deletions(vault: Vault) -> None:
    old = contacts.add(vault, display_name="Old One")
    new = contacts.add(vault, display_name="New One")
    contacts.delete(vault, [old.id, new.id])
    with UnitOfWork(vault, "test.age") as uow:
        uow.session.get(Contact, old.id).deleted_at = utcnow() - timedelta(days=45)
    assert trash.empty(vault, older_than=timedelta(days=30)).records == 1
    assert [x.label for x in trash.list_trash(vault)] == ["New One"]
    assert trash.empty(vault, older_than=utcnow() - timedelta(days=1)) == trash.EraseResult(0, 0, None)
    assert trash.empty(vault).records == 1 and trash.list_trash(vault) == []


def test_every_reference_to_an_erasable_record_is_handled() -> None:
    """A new foreign key to a contact, deal, interaction... must be taught to the erase."""
    handled = {(t, c) for t, _, c in trash.CHILDREN + trash.DEPENDENTS + trash.cascaded()}
    handled |= {(m.__tablename__, c) for m, c, _ in trash.CLEARED}
    erasable = set(trash.TRASHABLE)
    for table in Base.metadata.sorted_tables:
        for fk in table.foreign_keys:
            if fk.column.table.name in erasable:
                assert (table.name, fk.parent.name) in handled, f"{table.name}.{fk.parent.name}"
        explicit = {fk.parent.name for fk in table.foreign_keys if fk.column.table.name in erasable} - {
            c for t, _, c in trash.cascaded() if t == table.name}
        assert table.name in trash.DELETE_ORDER or not explicit
