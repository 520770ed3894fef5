"""The audit history on a real vault: what changed on a record and its child rows, and when."""

from __future__ import annotations

from datetime import date

import pytest

from crm_desktop.core.errors import ValidationError
from crm_desktop.core.services import audit_log, contacts, deals, undo
from crm_desktop.core.vault import Vault


def test_history_of_a_contact_shows_field_changes_and_child_rows(vault: Vault) -> None:
    other = contacts.add(vault, display_name="Someone Else", phones=["+86 138 0013 8000"])
    c = contacts.add(vault, display_name="张伟", title="Director", phones=["+86 139 0013 9000"],
                     emails=["zhang@example.com"], tags=["bank"], custom_fields={"Passport": "E123"})
    contacts.edit(vault, c.id, title="CFO", birthday="1980-02-03", phones=["+852 9123 4567"])
    contacts.edit(vault, other.id, title="CEO")

    h = audit_log.history(vault, "contact", c.id)
    assert [e.at for e in h] == sorted(e.at for e in h)  # oldest first
    assert all(e.operation_id in {h[0].operation_id, h[-1].operation_id} for e in h)  # not the other's
    first = h[0]
    assert first.entity == "contact" and first.action == "insert" and first.kind == "contact.add"
    assert first.summary == "Add contact 张伟"
    assert first.changes["display_name"] == [None, "张伟"] and first.changes["title"] == [None, "Director"]
    assert "uid" not in first.changes and "created_at" not in first.changes
    update = next(e for e in h if e.entity == "contact" and e.action == "update")
    assert update.changes["title"] == ["Director", "CFO"]
    assert update.changes["birthday"] == [None, date(1980, 2, 3)]
    assert "updated_at" not in update.changes
    phones = [(e.action, e.changes.get("e164")) for e in h if e.entity == "contact_phone"]
    assert phones == [("insert", [None, "+8613900139000"]), ("delete", ["+8613900139000", None]),
                      ("insert", [None, "+85291234567"])]
    assert any(e.entity == "contact_email" and e.changes["address"][1] == "zhang@example.com" for e in h)
    tag = next(e for e in h if e.entity == "contact_tag")
    assert tag.changes["tag"] == [None, "bank"]
    custom = next(e for e in h if e.entity == "custom_field_value")
    assert custom.changes["field"] == [None, "Passport"] and custom.changes["value"] == [None, "E123"]


def test_history_marks_undone_operations_and_follows_a_deal(vault: Vault) -> None:
    c = contacts.add(vault, display_name="Li Na")
    contacts.edit(vault, c.id, title="CFO")
    undo.undo(vault)
    h = audit_log.history(vault, "contact", c.id)
    edit, reverted = h[-2], h[-1]
    assert edit.undone and edit.changes["title"] == [None, "CFO"]
    assert reverted.kind == "undo" and reverted.changes["title"] == ["CFO", None]

    d = deals.add(vault, name="Solar", parties=[(c.id, "lender")])
    deals.move(vault, d.id, "Mandate")
    deals.add_note(vault, d.id, "Term sheet sent")
    dh = audit_log.history(vault, "deal", d.id)
    assert {e.entity for e in dh} == {"deal", "deal_party", "deal_stage_entry", "deal_note"}
    assert any(e.entity == "deal" and "stage_id" in e.changes and e.action == "update" for e in dh)
    assert audit_log.history(vault, "deal", 999) == []
    with pytest.raises(ValidationError) as err:
        audit_log.history(vault, "nonsense", 1)
    assert err.value.field == "entity"


def test_recent_operations_newest_first(vault: Vault) -> None:
    a = contacts.add(vault, display_name="A")
    contacts.edit(vault, a.id, title="T")
    undo.undo(vault)
    ops = audit_log.recent_operations(vault, limit=3)
    assert [o.kind for o in ops] == ["undo", "contact.edit", "contact.add"]
    assert ops[0].summary.startswith("Undo: ") and ops[1].undone and not ops[2].undone
    assert ops[0].at >= ops[1].at >= ops[2].at and all(o.undoable for o in ops)
    assert len(audit_log.recent_operations(vault)) == 4  # with the vault's creation
