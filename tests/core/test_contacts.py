"""Contact services on a real vault: add, edit, validation, trash, undo."""

from __future__ import annotations

import pytest

from crm_desktop.core.errors import NotFound, ValidationError
from crm_desktop.core.services import contact_read, contacts, undo
from crm_desktop.core.vault import Vault


def test_add_normalizes_and_links_organization(vault: Vault) -> None:
    c = contacts.add(vault, display_name="张伟", phones=["138 0013 8000", "12345"],
                     emails=["Zhang.Wei@Example.COM"], organization="中国银行", role="Director",
                     tier="a", tags=["bank"], custom_fields={"来源": "referral"})
    assert c.phones[0].number == "+8613800138000" and c.phones[0].valid
    assert c.phones[1].number == "12345" and not c.phones[1].valid  # kept as typed, flagged
    assert c.emails[0].address == "Zhang.Wei@example.com"
    assert c.organization == "中国银行" and c.tier == "A" and c.tags == ["bank"]
    assert c.custom_fields == {"来源": "referral"}
    org = contact_read.get(vault, c.organization_id)
    assert org.kind == "organization" and [p.display_name for p in org.links] == ["张伟"]


def test_name_composed_from_parts(vault: Vault) -> None:
    assert contacts.add(vault, given_name="伟", family_name="张").display_name == "张伟"
    assert contacts.add(vault, given_name="John", family_name="Smith").display_name == "John Smith"


@pytest.mark.parametrize(("values", "field"), [
    ({"display_name": "  "}, "display_name"),
    ({"display_name": "x", "emails": ["not-an-email"]}, "emails[0]"),
    ({"display_name": "x", "tier": "Z"}, "tier"),
    ({"display_name": "x", "birthday": "31/02/1990"}, "birthday"),
    ({"display_name": "x", "kind": "robot"}, "kind"),
])
def test_validation_names_the_field(vault: Vault, values: dict, field: str) -> None:
    with pytest.raises(ValidationError) as err:
        contacts.add(vault, **values)
    assert err.value.field == field
    assert contact_read.list_contacts(vault).total == 0  # nothing half-written


def test_edit_and_undo_redo(vault: Vault) -> None:
    c = contacts.add(vault, display_name="Li Na", phones=["+852 9123 4567"])
    contacts.edit(vault, c.id, title="CFO", phones=["+86 138 0013 8000"])
    undo.undo(vault)
    back = contact_read.get(vault, c.id)
    assert back.title is None and [p.number for p in back.phones] == ["+85291234567"]
    undo.redo(vault)
    again = contact_read.get(vault, c.id)
    assert again.title == "CFO" and [p.number for p in again.phones] == ["+8613800138000"]


def test_bulk_delete_goes_to_trash_and_undo_restores_all(vault: Vault) -> None:
    ids = [contacts.add(vault, display_name=f"Person {i}", organization="Acme Ltd", tags=["t"]).id
           for i in range(30)]
    contacts.delete(vault, ids)
    assert contact_read.list_contacts(vault, kind="person").total == 0
    with pytest.raises(NotFound):
        contact_read.get(vault, ids[0])
    undo.undo(vault)
    page = contact_read.list_contacts(vault, kind="person", limit=100)
    assert page.total == 30
    assert all(c.organization == "Acme Ltd" and c.tags == ["t"] for c in page.contacts)


def test_undo_and_redo_keep_search_in_step(vault: Vault) -> None:
    from crm_desktop.core.search import search

    def found(text: str) -> list[int]:
        return [h.id for g in search(vault, text).groups for h in g.hits]

    c = contacts.add(vault, display_name="张伟", phones=["138 0013 8000"])
    contacts.edit(vault, c.id, display_name="Wang Fang")
    assert found("Wang Fang") == [c.id] and found("张伟") == []
    undo.undo(vault)
    assert found("张伟") == [c.id] and found("Wang Fang") == []
    undo.redo(vault)
    assert found("Wang Fang") == [c.id]
    contacts.delete(vault, [c.id])
    assert found("Wang") == []
    undo.undo(vault)
    assert found("Wang") == [c.id]


def test_redo_of_an_attachment_upload_is_refused_in_words(vault: Vault) -> None:
    from crm_desktop.core.errors import CrmError
    from crm_desktop.core.services import attachments

    c = contacts.add(vault, display_name="Chen")
    attachments.add(vault, ("term-sheet.pdf", b"%PDF-1.4 bytes"), contact_id=c.id)
    undo.undo(vault)
    assert attachments.list_for(vault, "contact", c.id) == []
    with pytest.raises(CrmError, match="add the file again"):
        undo.redo(vault)
    assert attachments.list_for(vault, "contact", c.id) == []  # nothing half-written


def test_undo_restores_updated_at_exactly(vault: Vault) -> None:
    c = contacts.add(vault, display_name="Ma Jun")
    before = contact_read.get(vault, c.id).updated_at
    edited = contacts.edit(vault, c.id, title="Partner")
    assert edited.updated_at > before
    undo.undo(vault)
    assert contact_read.get(vault, c.id).updated_at == before


def test_organization_typed_in_another_form_links_the_existing_one(vault: Vault) -> None:
    first = contacts.add(vault, display_name="张伟", organization="中国银行")
    second = contacts.add(vault, display_name="陳大文", organization="中國銀行股份有限公司")
    assert second.organization_id == first.organization_id
    assert contact_read.list_contacts(vault, kind="organization").total == 1
