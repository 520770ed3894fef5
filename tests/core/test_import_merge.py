"""The importer merges exact duplicates by itself and says so: a row with a contact's phone (in any
format) or e-mail (in any case) and a name that agrees joins that contact — nothing it holds is
overwritten, what it lacks is added — and the row's outcome is `merged`. A match by name alone, or a
shared number on two unrelated names, is left to the user. Undo gives the contacts back exactly."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from crm_desktop.core.importer import pipeline, preview, run_import, undo_batch
from crm_desktop.core.models import Contact, ContactEmail, ContactPhone, ImportBatch, Operation
from crm_desktop.core.services import contact_read, contacts, undo
from crm_desktop.core.services.contact_dto import ContactOut
from crm_desktop.core.services.uow import ReadSession
from crm_desktop.core.vault import Vault

HEAD = "姓名,手机,邮箱,公司,职位,标签,微信\n"


def csv(*rows: str) -> bytes:
    return (HEAD + "\n".join(rows) + "\n").encode()


def existing(vault: Vault) -> tuple[ContactOut, ContactOut]:
    zw = contacts.add(vault, display_name="张伟", phones=["+86 138 0013 8000"], title="经理",
                      organization="中国银行", tags=["老客户"], custom_fields={"微信": "zhangwei88"},
                      note="2019 年认识")
    ln = contacts.add(vault, display_name="李娜", emails=["Li.Na@Example.com"], organization="工商银行")
    return zw, ln


def phones(c: ContactOut) -> list[str | None]:
    return [p.number for p in c.phones]


def emails(c: ContactOut) -> list[str]:
    return [e.address for e in c.emails]


def table_counts(vault: Vault) -> tuple[int, ...]:
    with ReadSession(vault) as s:
        return tuple(s.scalar(select(func.count()).select_from(m)) or 0
                     for m in (Contact, ContactPhone, ContactEmail))


def test_rows_repeating_contacts_by_phone_or_email_are_merged_without_overwriting(vault: Vault) -> None:
    zw, ln = existing(vault)
    r = run_import(vault, csv("张伟,13800138000,zw@gmail.com,建设银行,总经理,重点,",
                              "張偉,138-0013-8000,,,,,zw_new",
                              "Zhang Wei,+86 138 0013 8000,ZW@GMAIL.COM,,,,",
                              "李娜,139 1111 2222,LI.NA@example.COM,,副总裁,,linawx",
                              "陈志明,13500000005,czm@example.cn,华泰证券,,,"))
    assert [(o.action, o.entity_id) for o in r.outcomes][:4] == [
        ("merged", zw.id), ("merged", zw.id), ("merged", zw.id), ("merged", ln.id)]
    assert r.outcomes[4].action == "created"
    assert (r.created, r.updated, r.merged, r.skipped, r.errors) == (1, 0, 4, 0, 0)
    z = contact_read.get(vault, zw.id)
    # What the contact had is intact: title, organization, the custom field, the note.
    assert (z.title, z.organization, z.custom_fields, z.note) == ("经理", "中国银行", {"微信": "zhangwei88"},
                                                                  "2019 年认识")
    assert phones(z) == ["+8613800138000"]  # one number in three formats: never twice
    assert emails(z) == ["zw@gmail.com"]  # appended once, not again in capitals
    assert z.tags == ["老客户", "重点"] and z.other_names == ["張偉", "Zhang Wei"]
    n = contact_read.get(vault, ln.id)
    assert emails(n) == ["Li.Na@example.com"] and phones(n) == ["+8613911112222"]
    # Empty fields are filled; a field it lacked is added; its organization stays.
    assert (n.title, n.custom_fields, n.organization) == ("副总裁", {"微信": "linawx"}, "工商银行")
    with ReadSession(vault) as s:
        batch = s.get(ImportBatch, r.batch_id)
        assert batch is not None and batch.row_count == 5 and '"merged":4' in (batch.detail or "")
        summary = s.scalar(select(Operation.summary).order_by(Operation.id.desc()).limit(1))
    assert (summary or "").endswith(": 1 created, 0 updated, 4 merged, 0 skipped, 0 with errors")


def test_a_contact_with_no_organization_gets_the_rows(vault: Vault) -> None:
    lone = contacts.add(vault, display_name="周杰", phones=["13600000006"])
    r = run_import(vault, csv("周杰,136 0000 0006,,招商银行,经理,,"))
    assert [o.action for o in r.outcomes] == ["merged"]
    got = contact_read.get(vault, lone.id)
    assert (got.organization, got.title) == ("招商银行", "经理")


def test_two_rows_of_one_file_with_one_phone_give_one_contact(vault: Vault) -> None:
    r = run_import(vault, csv("赵六,13500000007,,,,,", "赵六,+86 135 0000 0007,zl@example.cn,,,,"))
    assert [o.action for o in r.outcomes] == ["created", "merged"]
    assert r.outcomes[0].entity_id == r.outcomes[1].entity_id
    [c] = contact_read.list_contacts(vault, kind="person").contacts
    assert phones(c) == ["+8613500000007"] and emails(c) == ["zl@example.cn"]


def test_a_row_repeating_one_of_an_earlier_chunk_joins_the_contact_it_made(
        vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "CHUNK", 2)
    zw, _ = existing(vault)
    data = csv("赵六,13500000007,,,,,", "钱七,13500000008,,,,,", "张伟,,zw@gmail.com,,,,",
               "趙六,135 0000 0007,zl@example.cn,,,,", "张伟,13800138000,zw@gmail.com,,,,")
    r = run_import(vault, data)
    assert [o.action for o in r.outcomes] == ["created", "created", "created", "merged", "merged"]
    ids = [o.entity_id for o in r.outcomes]
    assert ids[3] == ids[0] and ids[4] == zw.id
    assert emails(contact_read.get(vault, ids[0])) == ["zl@example.cn"]
    # 张伟 with only an e-mail (row 3) was new; row 5 holds both: the vault's contact comes first.
    assert emails(contact_read.get(vault, zw.id)) == ["zw@gmail.com"]


def test_a_name_alone_is_not_merged(vault: Vault) -> None:
    # Two 王芳 with other phones at other firms: no duplicate at all. One at the same firm with no
    # phone: a possible duplicate by name, skipped under auto and left to the user.
    contacts.add(vault, display_name="王芳", phones=["13700000001"], organization="中信证券")
    data = csv("王芳,13900000002,wf@other.cn,招商银行,,,", "王芳,,,中信证券,,,")
    p = preview(vault, data)
    assert [(row.action, bool(row.matches)) for row in p.rows] == [("create", False), ("skip", True)]
    assert p.rows[1].to_review and p.counts == {"create": 1, "skip": 1}
    r = run_import(vault, data)
    assert [o.action for o in r.outcomes] == ["created", "skipped"]
    assert run_import(vault, data, duplicates="create").created == 2
    assert [c.display_name for c in contact_read.list_contacts(vault, kind="person").contacts] == ["王芳"] * 4


def test_a_shared_number_on_unrelated_names_is_left_to_the_user(vault: Vault) -> None:
    # An office's switchboard on every row must not fold the firm into one contact.
    zw = contacts.add(vault, display_name="张伟", phones=["010 6666 8888"])
    data = csv("李四,010-6666-8888,,,,,")
    p = preview(vault, data)
    [row] = p.rows
    assert row.action == "skip" and row.matches[0].existing_id == zw.id and row.to_review
    assert row.matches[0].exact and not row.matches[0].named
    merged = run_import(vault, data, actions={1: "merge"})  # the user's choice for that row
    assert [(o.action, o.entity_id) for o in merged.outcomes] == [("merged", zw.id)]
    assert contact_read.get(vault, zw.id).other_names == ["李四"]


def test_explicit_policies_stay(vault: Vault) -> None:
    zw, _ = existing(vault)
    row = csv("张伟,13800138000,,,总经理,,")
    assert run_import(vault, row, duplicates="skip").outcomes[0].action == "skipped"
    assert run_import(vault, row, duplicates="merge").outcomes[0].action == "merged"
    assert contact_read.get(vault, zw.id).title == "经理"  # merge never overwrites
    assert run_import(vault, row, duplicates="update").outcomes[0].action == "updated"
    assert contact_read.get(vault, zw.id).title == "总经理"  # update does
    with pytest.raises(ValueError, match="not one of"):
        run_import(vault, row, duplicates="fold")


def test_a_row_adding_nothing_touches_nothing(vault: Vault) -> None:
    zw, _ = existing(vault)
    before = contact_read.get(vault, zw.id)
    r = run_import(vault, csv("张伟,+86 13800138000,,中国银行,,老客户,zhangwei88"))
    assert [(o.action, o.entity_id) for o in r.outcomes] == [("merged", zw.id)]
    assert contact_read.get(vault, zw.id) == before  # not even updated_at


def test_undo_restores_merged_contacts_exactly_and_removes_the_created(vault: Vault) -> None:
    zw, ln = existing(vault)
    before = [contact_read.get(vault, c.id) for c in (zw, ln)]
    counts = table_counts(vault)
    data = csv("张伟,13800138000,zw@gmail.com,,总经理,重点,",
               "李娜,13911112222,li.na@example.com,,副总裁,,linawx",
               "陈志明,13500000005,czm@example.cn,华泰证券,,,")
    r = run_import(vault, data)
    assert r.merged == 2 and r.created == 1
    assert [contact_read.get(vault, c.id) for c in (zw, ln)] != before
    undo.undo(vault)  # the newest import: `crm import undo BATCH` does this
    assert [contact_read.get(vault, c.id) for c in (zw, ln)] == before
    assert table_counts(vault) == counts


def test_undo_of_an_older_batch_restores_merged_contacts(vault: Vault) -> None:
    zw, ln = existing(vault)
    before = [contact_read.get(vault, c.id) for c in (zw, ln)]
    r = run_import(vault, csv("张伟,13800138000,zw@gmail.com,,总经理,重点,",
                              "李娜,13911112222,li.na@example.com,,副总裁,,linawx",
                              "陈志明,13500000005,,华泰证券,,,"))
    contacts.add(vault, display_name="后来录入")  # the import is not the newest operation now
    undo_batch(vault, r.batch_id)
    after = [contact_read.get(vault, c.id) for c in (zw, ln)]
    # Every value comes back; updated_at keeps the import's time (batches.py restores values only).
    assert [_without_time(c) for c in after] == [_without_time(c) for c in before]
    assert "陈志明" not in [c.display_name for c in contact_read.list_contacts(vault, kind="person").contacts]


def _without_time(c: ContactOut) -> dict[str, object]:
    data = c.to_json()
    data.pop("updated_at")
    return data


@pytest.mark.parametrize("policy", ["auto", "update"])
def test_new_rows_around_a_merge_get_their_own_ids(vault: Vault, policy: str) -> None:
    # Bulk rows take ids the import allocates itself; a merge's phone, e-mail, field and organization
    # link are written by the ORM in between: the next bulk rows must not take their ids.
    zw, _ = existing(vault)
    r = run_import(vault, csv("陈志明,13500000005,czm@example.cn,华泰证券,,VIP,czm",
                              "张伟,13800138000,zw@gmail.com,,总经理,重点,",
                              "周杰,13600000006,zj@example.cn,招商银行,,新标签,zj"), duplicates=policy)
    middle = "merged" if policy == "auto" else "updated"
    assert [o.action for o in r.outcomes] == ["created", middle, "created"]
    assert phones(contact_read.get(vault, r.outcomes[2].entity_id)) == ["+8613600000006"]
    assert emails(contact_read.get(vault, zw.id)) == ["zw@gmail.com"]


@pytest.mark.parametrize(("cells", "field", "value"), [
    ("张伟,13800138000,zw@example.cn,,,,", "emails", ["zw@example.cn"]),
    ("张伟,13800138000,,,经理,,", "title", "经理"),
    ("张伟,13800138000,,中信证券,,,", "organization", "中信证券"),
    ("张伟,13800138000,,,,重点,", "tags", ["重点"]),
    ("张伟,13800138000,,,,,zw88", "custom_fields", {"微信": "zw88"}),
    ("張偉,13800138000,,,,,", "other_names", ["張偉"])])
def test_each_thing_a_row_adds_reaches_the_contact(vault: Vault, cells: str, field: str,
                                                   value: object) -> None:
    # A chunk's merge targets are read at once to pass over rows that add nothing: one thing added
    # must still go in.
    zw = contacts.add(vault, display_name="张伟", phones=["13800138000"])
    r = run_import(vault, csv("张伟,13800138000,,,,,", cells))  # the first adds nothing
    assert [(o.action, o.entity_id) for o in r.outcomes] == [("merged", zw.id), ("merged", zw.id)]
    got = getattr(contact_read.get(vault, zw.id), field)
    assert (emails(contact_read.get(vault, zw.id)) if field == "emails" else got) == value
