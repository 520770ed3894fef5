"""The index follows every write in the same transaction: edits, child rows, trash, rollback,
Core writes (refresh), undo (refresh_operation), and a full reindex gives the same answers."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import insert, select

from crm_desktop.core.errors import ValidationError
from crm_desktop.core.models import Contact, Operation
from crm_desktop.core.search import SearchFilters, purge, refresh, refresh_operation, reindex, search
from crm_desktop.core.services import (
    contact_read,
    contacts,
    custom_fields,
    deals,
    interactions,
    stages,
    undo,
)
from crm_desktop.core.services.uow import UnitOfWork
from crm_desktop.core.vault import Vault

T = datetime(2025, 5, 1, 9, 0, tzinfo=UTC)


def ids(vault: Vault, text: str, entity: str = "contact") -> list[int]:
    return search(vault, text).ids(entity)


def test_edit_is_searchable_when_the_service_returns(vault: Vault) -> None:
    c = contacts.add(vault, display_name="李娜").id
    assert ids(vault, "lina") == [c]
    contacts.edit(vault, c, display_name="王芳", title="CFO", phones=["+86 139 1234 5678"],
                  emails=["fang@bank.cn"], tags=["vip"], custom_fields={"Region": "华南"})
    assert ids(vault, "李娜") == [] and ids(vault, "lina") == []
    for query in ("王芳", "wangfang", "CFO", "5678", "bank.cn", "vip", "华南"):
        assert ids(vault, query) == [c], query
    contacts.edit(vault, c, phones=[], emails=[], tags=[], custom_fields={"Region": None})
    for query in ("5678", "bank.cn", "vip", "华南"):
        assert ids(vault, query) == [], query


def test_renamed_organization_reaches_its_people_and_deals(vault: Vault) -> None:
    p = contacts.add(vault, display_name="Anna Lee", organization="Blue Sky Energy").id
    org = contact_read.get(vault, p).organization_id
    assert org is not None
    d = deals.add(vault, name="Solar park", client=org).id
    contacts.edit(vault, org, display_name="Green Sun Power")
    assert ids(vault, "green sun") == [org, p]
    assert ids(vault, "green sun", "deal") == [d]
    assert ids(vault, "blue sky") == []


def test_trash_removes_from_results(vault: Vault) -> None:
    a = contacts.add(vault, display_name="Gone Person", note="secret plan").id
    b = contacts.add(vault, display_name="Kept Person").id
    d = deals.add(vault, name="Gone Deal").id
    i = interactions.add(vault, kind="note", occurred_at=T, participants=[b], subject="gone meeting").id
    contacts.delete(vault, [a])
    deals.delete(vault, d)
    interactions.delete(vault, i)
    assert ids(vault, "person") == [b]
    assert ids(vault, "secret plan") == []
    assert ids(vault, "gone deal", "deal") == []
    assert ids(vault, "gone meeting", "interaction") == []


def test_interaction_and_deal_note_edits(vault: Vault) -> None:
    c = contacts.add(vault, display_name="Li Na").id
    i = interactions.add(vault, kind="meeting", occurred_at=T, participants=[c], body="初稿").id
    interactions.edit(vault, i, body="讨论过桥贷款")
    assert ids(vault, "过桥", "interaction") == [i] and ids(vault, "初稿", "interaction") == []
    d = deals.add(vault, name="Port expansion").id
    deals.add_note(vault, d, "mezzanine tranche pending")
    assert ids(vault, "mezzanine", "deal") == [d]


def test_a_failed_write_leaves_the_index_as_it_was(vault: Vault) -> None:
    c = contacts.add(vault, display_name="Stable Name").id
    with pytest.raises(ValidationError):
        contacts.edit(vault, c, display_name="Changed Name", emails=["not-an-email"])
    assert ids(vault, "stable") == [c] and ids(vault, "changed") == []


def test_refresh_after_a_core_write(vault: Vault) -> None:
    """Bulk imports insert with Core (no flush events) and call refresh for what they wrote."""
    with UnitOfWork(vault, "bench.import") as uow:
        conn = uow.session.connection()
        conn.execute(insert(Contact), [{"uid": f"u{n}", "kind": "person", "display_name": f"导入{n}号",
                                        "source": "import", "created_at": T, "updated_at": T}
                                       for n in range(3)])
        new = list(uow.session.scalars(select(Contact.id).where(Contact.source == "import")))
        assert ids(vault, "导入") == []  # not yet: another connection, and no documents
        refresh(uow.session, "contact", new)
    assert sorted(ids(vault, "导入")) == sorted(new)


def test_undo_then_refresh_operation(vault: Vault) -> None:
    """undo.py replays with Core; the integrator calls refresh_operation on the undo's operation."""
    c = contacts.add(vault, display_name="Before Rename", tags=["alpha"]).id
    contacts.edit(vault, c, display_name="After Rename", tags=["beta"])
    undo.undo(vault)
    with UnitOfWork(vault, "search.refresh", undoable=False) as uow:
        last = uow.session.scalar(select(Operation.id).where(Operation.kind == "undo")
                                  .order_by(Operation.id.desc()).limit(1))
        refresh_operation(uow.session, last)
    assert ids(vault, "before rename") == [c] and ids(vault, "alpha") == [c]
    assert ids(vault, "after rename") == [] and ids(vault, "beta") == []


def test_custom_field_defined_elsewhere_then_set(vault: Vault) -> None:
    custom_fields.define(vault, "deal", "Sector")
    d = deals.add(vault, name="Toll road").id
    with UnitOfWork(vault, "deal.custom") as uow:
        custom_fields.set_values(uow.session, "deal", d, {"Sector": "Transport 交通"})
    assert ids(vault, "交通", "deal") == [d]


QUERIES = ["张", "張偉", "zhangwei", "zw", "0013", "example", "中国银行", "贷款", "refinanc", "jonh",
           "acme", "wind farm"]


def test_reindex_gives_the_same_results(vault: Vault) -> None:
    z = contacts.add(vault, display_name="张伟", phones=["138 0013 8000"], emails=["zw@example.com"],
                     organization="中国银行").id
    j = contacts.add(vault, display_name="John Smith", organization="Acme Ltd").id
    contacts.delete(vault, [contacts.add(vault, display_name="Removed", note="贷款").id])
    deals.add(vault, name="Wind farm", client=j, description="贷款 refinancing")
    interactions.add(vault, kind="call", occurred_at=T, participants=[z, j], body="贷款 refinancing")
    before = {q: search(vault, q) for q in QUERIES}
    progress: list[tuple[int, int]] = []
    reindex(vault, progress=lambda done, total: progress.append((done, total)))
    assert progress and progress[-1][0] == progress[-1][1]
    for q in QUERIES:
        after = search(vault, q)
        assert [g.hits for g in after.groups] == [g.hits for g in before[q].groups], q
    assert any(len(r) for r in before.values())


def test_ranking_columns_follow_without_reindexing_text(vault: Vault) -> None:
    """Tier, owner, stage and activity are copied into search_doc: a change moves the hit at once."""
    a = contacts.add(vault, display_name="Alpha Client", tier="B").id
    b = contacts.add(vault, display_name="Alpha Partner").id
    assert search(vault, "alpha").ids("contact") == [b, a]  # never met: newest first
    interactions.add(vault, kind="call", occurred_at=T, participants=[a], subject="hello")
    assert search(vault, "alpha").ids("contact") == [a, b]  # recent activity first
    contacts.edit(vault, b, tier="A", owner="amy")
    assert search(vault, "alpha", filters=SearchFilters(tier="A")).ids("contact") == [b]
    assert search(vault, "", filters=SearchFilters(owner="amy")).ids("contact") == [b]
    d = deals.add(vault, name="Alpha Bridge").id
    term_sheet = next(s.id for s in stages.list_stages(vault) if s.name == "Term sheet")
    assert search(vault, "alpha", filters=SearchFilters(stage_id=term_sheet)).ids("deal") == []
    deals.move(vault, d, "Term sheet")
    assert search(vault, "alpha", filters=SearchFilters(stage_id=term_sheet)).ids("deal") == [d]


def _traces(vault: Vault, word: bytes) -> list[str]:
    raw = vault.raw_connection()
    try:
        return [t for t in ("search_word_data", "search_note_data")
                if any(word in (r[0] or b"") for r in raw.execute(f"SELECT block FROM {t}"))]
    finally:
        raw.close()


def test_purge_leaves_no_trace_of_deleted_rows_in_the_index_pages(vault: Vault) -> None:
    """A delete only tombstones a row in a contentless FTS5 table; purge (after an erase) rewrites."""
    c = contacts.add(vault, display_name="Canary Person", note="zq7xk9wq secret").id
    i = interactions.add(vault, kind="note", occurred_at=T, participants=[c], body="zq7xk9wq minutes").id
    interactions.delete(vault, i)
    contacts.delete(vault, [c])
    assert len(search(vault, "zq7xk9wq")) == 0
    assert _traces(vault, b"q7xk9wq")  # still in the pages: only marked deleted
    with UnitOfWork(vault, "search.purge", undoable=False) as uow:
        purge(uow.session)
    assert _traces(vault, b"q7xk9wq") == []
