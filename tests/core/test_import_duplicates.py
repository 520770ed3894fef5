"""Duplicates on import come from the shared matcher (the one used on entry): a file's row that is a
contact of the vault in the other script or in pinyin, with the same phone, is proposed as a
duplicate with its reasons; two rows of one person in one file are flagged against each other;
two different 王芳 stay apart. And an import's match keys and search documents go with its undo."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from crm_desktop.core.importer import pipeline, preview, run_import
from crm_desktop.core.matching import ensure_keys, find_groups, find_matches
from crm_desktop.core.models import Contact, ContactPhone, MatchKey, MatchState, SearchDoc
from crm_desktop.core.search import search
from crm_desktop.core.services import contacts, undo
from crm_desktop.core.services.uow import ReadSession
from crm_desktop.core.vault import Vault


def csv(*rows: str) -> bytes:
    return ("姓名,手机,邮箱,公司\n" + "\n".join(rows) + "\n").encode()


def test_a_row_in_the_other_script_with_the_same_phone_is_a_duplicate_to_merge(vault: Vault) -> None:
    zw = contacts.add(vault, display_name="张伟", phones=["+86 139 1234 5678"]).id
    p = preview(vault, csv("張偉,139-1234-5678,,", "Zhang Wei,13912345678,,", "李娜,13800000001,,"))
    trad, latin, other = p.rows
    # The same E.164 phone and the name in another form: merged by default (duplicates="auto").
    assert (trad.action, trad.matches[0].existing_id, trad.matches[0].row) == ("merge", zw, None)
    assert trad.matches[0].reason == "same name in another script, same phone +8613912345678"
    assert trad.matches[0].score is not None and trad.matches[0].score >= 0.9
    assert latin.action == "merge" and latin.matches[0].existing_id == zw
    assert "same name in pinyin" in latin.matches[0].reason and "same phone" in latin.matches[0].reason
    assert other.action == "create" and other.matches == []
    said = [x.message for x in p.problems if x.row == 1]
    assert said == ["may duplicate 张伟 (same name in another script, same phone +8613912345678): merge"]
    assert p.counts == {"merge": 2, "create": 1}
    assert preview(vault, csv("張偉,139-1234-5678,,"), duplicates="skip").rows[0].action == "skip"


def test_two_rows_of_one_person_are_flagged_against_each_other(vault: Vault) -> None:
    data = csv("张伟,+86 139 1234 5678,zw@example.cn,中国银行",
               "王芳,13700000001,,",
               "張偉,139 1234 5678,ZW@EXAMPLE.CN,中國銀行股份有限公司")
    p = preview(vault, data, duplicates="update")
    first, _, again = p.rows
    assert first.matches == [] and first.action == "create"
    [m] = again.matches
    assert (m.existing_id, m.row, m.display_name, again.action) == (None, 1, "张伟", "update")
    assert m.reason.startswith("same name in another script") and m.reason.endswith("as row 1")
    assert "same phone +8613912345678" in m.reason and "same e-mail zw@example.cn" in m.reason
    r = run_import(vault, data, duplicates="update")
    assert (r.created, r.updated) == (2, 1)  # the third row filled the first
    assert [o.action for o in r.outcomes] == ["created", "created", "updated"]
    assert r.outcomes[2].entity_id == r.outcomes[0].entity_id


def test_rows_of_one_person_in_different_chunks(vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    # An import keys each chunk it wrote and forgets it; a later chunk finds those rows in the vault.
    monkeypatch.setattr(pipeline, "CHUNK", 2)
    data = csv("张伟,13912345678,,", "李娜,13800000001,,", "王芳,13700000001,,",
               "Zhang Wei,+86 139 1234 5678,,", "李娜,138 0000 0001,,")
    r = run_import(vault, data, duplicates="update")
    assert [o.action for o in r.outcomes] == ["created", "created", "created", "updated", "updated"]
    ids = [o.entity_id for o in r.outcomes]
    assert ids[3] == ids[0] and ids[4] == ids[1]
    said = [p.message for p in r.problems if p.row == 4]
    assert said == ["may duplicate 张伟 (same name in pinyin, same phone +8613912345678 as row 1): update"]
    p = preview(vault, data)  # now all five are in the vault
    assert [row.matches[0].existing_id for row in p.rows] == [ids[i] for i in (0, 1, 2, 0, 1)]


def test_two_different_wang_fang_stay_apart(vault: Vault) -> None:
    contacts.add(vault, display_name="王芳", phones=["13700000001"], organization="中信证券")
    p = preview(vault, csv("王芳,13900000002,wf@other.cn,招商银行", "王芳,13600000003,,平安保险"))
    assert [(r.action, r.matches) for r in p.rows] == [("create", []), ("create", [])]


def test_import_keys_its_contacts_and_undo_takes_keys_and_documents_away(vault: Vault) -> None:
    zw = contacts.add(vault, display_name="张伟", phones=["+86 139 1234 5678"]).id

    def state() -> tuple[int, ...]:
        with ReadSession(vault) as s:
            return tuple(s.scalar(select(func.count()).select_from(m)) or 0
                         for m in (Contact, ContactPhone, MatchKey, MatchState, SearchDoc))

    before = state()
    r = run_import(vault, csv("張偉,13912345678,,", "陈志明,13500000005,czm@example.cn,华泰证券"),
                   duplicates="create")
    assert r.created == 2
    zw2, czm = r.outcomes[0].entity_id, r.outcomes[1].entity_id
    with ReadSession(vault) as s:
        # Keyed in the import's own transaction: the entry check and the finder see them at once.
        assert [m.contact_id for m in find_matches(s, {"display_name": "張偉", "phones": ["13912345678"]})] \
            == [zw, zw2]
        keys = set(s.execute(select(MatchKey.kind, MatchKey.key).where(MatchKey.contact_id == czm)))
        assert {("t", "+8613500000005"), ("e", "czm@example.cn"), ("n", "陈志明")} <= keys
        assert any(k == "m" and v.startswith("华泰证券|") for k, v in keys)
    assert ensure_keys(vault) == 0  # nothing left stale or unkeyed
    assert [g.ids for g in find_groups(vault)] == [[zw, zw2]]
    assert search(vault, "陈志明").ids("contact") == [czm]
    undo.undo(vault)
    assert state() == before
    assert search(vault, "陈志明").ids("contact") == [] and find_groups(vault) == []
    undo.redo(vault)
    assert [g.ids for g in find_groups(vault)] == [[zw, zw2]]
