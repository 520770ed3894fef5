"""Merge: values per field, every link moved to the survivor (link rows not doubled), the others in
the trash marked merged, search and keys right at once; undo restores every row exactly."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import select, text

from crm_desktop.core.errors import NotFound, ValidationError
from crm_desktop.core.matching import find_groups
from crm_desktop.core.models import (
    Affiliation,
    Attachment,
    AuditEntry,
    Base,
    ContactTag,
    Deal,
    DealParty,
    InteractionParticipant,
    MergedContact,
    Operation,
    Reminder,
)
from crm_desktop.core.search import refresh_operation, search
from crm_desktop.core.services import (
    attachments,
    contact_read,
    contacts,
    deal_read,
    deals,
    interactions,
    reminders,
    undo,
)
from crm_desktop.core.services.merge import merge, merged_into
from crm_desktop.core.services.uow import ReadSession, UnitOfWork
from crm_desktop.core.vault import Vault

T1 = datetime(2025, 3, 1, 9, 0, tzinfo=UTC)
T2 = datetime(2025, 6, 1, 9, 0, tzinfo=UTC)
NOT_DUMPED = {"operation", "audit_entry"}


def dump(vault: Vault) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table (the search index's plain tables and the match keys included;
    a search document's `stamp` is left out: the index refreshes it on its own schedule)."""
    out = {}
    with ReadSession(vault) as s:
        conn = s.connection()
        for name, table in Base.metadata.tables.items():
            if name not in NOT_DUMPED:
                cols = ", ".join(f'"{c.name}"' for c in table.columns
                                 if (name, c.name) != ("search_doc", "stamp"))
                out[name] = sorted(tuple(r) for r in conn.execute(text(f'SELECT {cols} FROM "{name}"')))
    return out


def build(vault: Vault) -> dict[str, int]:
    bank = contacts.add(vault, kind="organization", display_name="中国银行").id
    icbc = contacts.add(vault, kind="organization", display_name="中国工商银行").id
    keep = contacts.add(vault, display_name="张伟", phones=["+86 139 1234 5678"], tier="A", tags=["vip"],
                        custom_fields={"Region": "华南"}, organization_id=bank, role="Director").id
    other = contacts.add(vault, display_name="張偉", phones=["139-1234-5678", "+852 6123 4567"],
                         emails=["Zhang.Wei@boc.example.cn"], tags=["vip", "lender"], title="MD",
                         note="Met at the Hong Kong forum", organization_id=icbc,
                         custom_fields={"Region": "华北", "Source": "referral"}).id
    contacts.link(vault, other, bank, role="Adviser")
    latin = contacts.add(vault, display_name="Zhang Wei", emails=["wei@gmail.example.com"],
                         birthday="1980-02-03").id
    colleague = contacts.add(vault, display_name="李娜", organization_id=bank).id
    both = interactions.add(vault, kind="meeting", occurred_at=T1, participants=[keep, other, colleague],
                            subject="Term sheet").id
    only_other = interactions.add(vault, kind="call", occurred_at=T2, participants=[other],
                                  subject="Follow-up").id
    as_client = deals.add(vault, name="Solar park loan", client=other,
                          parties=[(keep, "lender"), (other, "lender"), (latin, "adviser")]).id
    reminder = reminders.add(vault, "Call back 張偉", T2, contact_id=other).id
    attachment = attachments.add(vault, ("card.txt", b"business card"), contact_id=latin).id
    return {"bank": bank, "icbc": icbc, "keep": keep, "other": other, "latin": latin, "colleague": colleague,
            "both": both, "only_other": only_other, "deal": as_client, "reminder": reminder,
            "attachment": attachment}


def test_merge_moves_every_link_and_undo_restores_everything(vault: Vault) -> None:
    ids = build(vault)
    keep, gone = ids["keep"], [ids["other"], ids["latin"]]
    before = dump(vault)
    out = merge(vault, keep, gone)

    assert [p.number for p in out.phones] == ["+8613912345678", "+85261234567"]  # one number, not two
    assert [e.address for e in out.emails] == ["Zhang.Wei@boc.example.cn", "wei@gmail.example.com"]
    assert out.display_name == "张伟" and out.other_names == ["張偉", "Zhang Wei"]
    assert (out.tier, out.title, out.note, str(out.birthday)) == ("A", "MD", "Met at the Hong Kong forum",
                                                                  "1980-02-03")
    assert out.tags == ["lender", "vip"]
    assert out.custom_fields == {"Region": "华南", "Source": "referral"}  # the survivor's value wins
    assert out.organization_id == ids["bank"]
    assert {(lk.id, lk.role, lk.is_primary) for lk in out.links} == {(ids["bank"], "Director", True),
                                                                     (ids["icbc"], None, False)}
    assert out.last_interaction_at == T2
    with ReadSession(vault) as s:
        for model, column in ((InteractionParticipant, "contact_id"), (DealParty, "contact_id"),
                              (Deal, "client_id"), (Reminder, "contact_id"), (Attachment, "contact_id"),
                              (ContactTag, "contact_id"), (Affiliation, "person_id")):
            left = s.scalars(select(getattr(model, column)).where(getattr(model, column).in_(gone))).all()
            assert left == [], model.__tablename__
        met = s.scalars(select(InteractionParticipant.interaction_id)
                        .where(InteractionParticipant.contact_id == keep))
        assert sorted(met) == [ids["both"], ids["only_other"]]
        parties = s.execute(select(DealParty.contact_id, DealParty.role)
                            .where(DealParty.deal_id == ids["deal"])).all()
        assert sorted(parties) == [(keep, "adviser"), (keep, "lender")]
        assert s.get(Deal, ids["deal"]).client_id == keep
        assert s.get(Reminder, ids["reminder"]).contact_id == keep
        assert s.get(Attachment, ids["attachment"]).contact_id == keep
        marked = s.scalars(select(MergedContact.merged_id).where(MergedContact.survivor_id == keep))
        assert sorted(marked) == gone
        op = s.scalar(select(Operation).order_by(Operation.id.desc()).limit(1))
        assert op.kind == "contact.merge"
        assert f"#{keep}" in op.summary and all(f"#{g}" in op.summary for g in gone)
        audited = set(s.execute(select(AuditEntry.entity, AuditEntry.entity_id)
                                .where(AuditEntry.operation_id == op.id)).all())
        assert {("contact", keep), ("contact", gone[0]), ("contact", gone[1])} <= audited
    for g in gone:
        assert contact_read.get(vault, g, include_deleted=True).deleted_at is not None
        assert merged_into(vault, g) == keep
    with pytest.raises(NotFound):
        contact_read.get(vault, gone[0])
    # Search and the duplicate finder are right the moment the merge returns.
    assert search(vault, "張偉").ids("contact") == [keep]
    assert search(vault, "85261234567").ids("contact") == [keep]
    assert search(vault, "Solar park").ids("deal") == [ids["deal"]]
    assert find_groups(vault) == []

    undone = undo.undo(vault)
    assert undone.kind == "contact.merge"
    with UnitOfWork(vault, "search.refresh", undoable=False) as uow:
        refresh_operation(uow.session, uow.operation.id - 1)  # after undo's Core replay (harmless if done)
    after = dump(vault)
    for table in before:
        assert after[table] == before[table], table
    assert sorted(search(vault, "張偉").ids("contact")) == [ids["keep"], ids["other"]]


def test_choices_pick_values_and_the_primary_organization(vault: Vault) -> None:
    ids = build(vault)
    keep, other = ids["keep"], ids["other"]
    out = merge(vault, keep, [other], choices={"display_name": other, "tier": other, "custom:Region": other,
                                               "organization": other},
                keep_all_phones=False, keep_all_emails=False)
    assert out.display_name == "張偉" and "张伟" in out.other_names
    assert out.tier is None  # the chosen contact had none: a choice may clear
    assert out.custom_fields["Region"] == "华北"
    assert out.organization_id == ids["icbc"]
    assert [p.number for p in out.phones] == ["+8613912345678"]  # the survivor's, as chosen by default
    assert out.emails == []
    with ReadSession(vault) as s:
        primary = s.scalars(select(Affiliation.organization_id).where(Affiliation.person_id == keep,
                                                                      Affiliation.is_primary.is_(True))).all()
        assert primary == [ids["icbc"]]
    undo.undo(vault)
    out = merge(vault, keep, [other], choices={"phones": other, "emails": other},
                keep_all_phones=False, keep_all_emails=False)
    assert [p.number for p in out.phones] == ["+8613912345678", "+85261234567"]
    assert [e.address for e in out.emails] == ["Zhang.Wei@boc.example.cn"]


def test_merging_organizations_moves_their_people(vault: Vault) -> None:
    a = contacts.add(vault, kind="organization", display_name="Bank of China Ltd").id
    b = contacts.add(vault, kind="organization", display_name="Bank of China Limited").id
    p1 = contacts.add(vault, display_name="Anna Lee", organization_id=a).id
    p2 = contacts.add(vault, display_name="Peter Chan", organization_id=b).id
    p3 = contacts.add(vault, display_name="Mary Wong", organization_id=a).id
    contacts.link(vault, p3, b, role="Board")
    d = deals.add(vault, name="Bridge loan", client=b).id
    out = merge(vault, a, [b])
    assert sorted(lk.id for lk in out.links) == [p1, p2, p3]
    assert contact_read.get(vault, p2).organization_id == a
    assert deal_read.get(vault, d).client_id == a
    assert "Bank of China Limited" in out.other_names


@pytest.mark.parametrize(("keep", "others", "choices", "field"), [
    (1, [1], None, "other_ids"),
    (1, [], None, "other_ids"),
    (1, [2], {"display_name": 99}, "choices"),
    (1, [2], {"uid": 2}, "choices"),
])
def test_merge_refuses_bad_requests(vault: Vault, keep: int, others: list[int], choices: Any,
                                    field: str) -> None:
    contacts.add(vault, display_name="A")
    contacts.add(vault, display_name="B")
    with pytest.raises(ValidationError) as err:
        merge(vault, keep, others, choices)
    assert err.value.field == field


def test_merge_refuses_a_person_into_an_organization(vault: Vault) -> None:
    p = contacts.add(vault, display_name="Anna Lee").id
    o = contacts.add(vault, kind="organization", display_name="Acme").id
    with pytest.raises(ValidationError):
        merge(vault, o, [p])
    with pytest.raises(NotFound):
        merge(vault, p, [999])
    assert contact_read.get(vault, p).deleted_at is None
