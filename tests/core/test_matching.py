"""The matcher on a duplicates set built here: one phone in three formats, e-mail case, 张伟 / 張偉,
Zhang Wei / 张伟 with one phone, organization suffixes in both languages, full-width input; and
look-alikes that stay apart (two 王芳 with other phones and employers, 陈志明 / 陈志敏)."""

from __future__ import annotations

from sqlalchemy import select

from crm_desktop.core.matching import (
    DEFAULT_THRESHOLD,
    find_groups,
    find_matches,
    mark_distinct,
    match_rows,
    organizations_named,
)
from crm_desktop.core.models import MatchKey
from crm_desktop.core.services import contacts, undo
from crm_desktop.core.services.uow import ReadSession
from crm_desktop.core.vault import Vault


def matches(vault: Vault, candidate: dict, **options) -> list:
    with ReadSession(vault) as s:
        return find_matches(s, candidate, **options)


def groups(vault: Vault, **options) -> list[list[int]]:
    return [g.ids for g in find_groups(vault, **options)]


def test_one_phone_in_three_formats(vault: Vault) -> None:
    a = contacts.add(vault, display_name="李娜", phones=["+86 138 0013 8000"]).id
    b = contacts.add(vault, display_name="李娜", phones=["13800138000"]).id
    c = contacts.add(vault, display_name="李娜", phones=["138-0013-8000"]).id
    found = matches(vault, {"display_name": "李娜", "phones": ["１３８００１３８０００"]})  # full-width
    assert [m.contact_id for m in found] == [a, b, c]
    assert all("same phone" in m.reasons and m.score >= 0.9 for m in found)
    [group] = find_groups(vault)
    assert group.ids == [a, b, c] and group.score >= 0.9 and "same phone" in group.reasons


def test_email_case_and_full_width_letters(vault: Vault) -> None:
    a = contacts.add(vault, display_name="Anna Lee", emails=["Anna.Lee@Example.com"]).id
    b = contacts.add(vault, display_name="ＡＮＮＡ ＬＥＥ", emails=["anna.lee@example.COM"]).id
    found = matches(vault, {"display_name": "anna lee", "emails": ["ANNA.LEE@EXAMPLE.COM"]})
    assert [m.contact_id for m in found] == [a, b] and all("same e-mail" in m.reasons for m in found)
    assert groups(vault) == [[a, b]]
    assert set(find_groups(vault)[0].reasons) == {"same name", "same e-mail"}


def test_zhang_wei_in_two_scripts_and_in_pinyin(vault: Vault) -> None:
    simplified = contacts.add(vault, display_name="张伟", phones=["+86 139 1234 5678"],
                              organization="中国银行").id
    traditional = contacts.add(vault, display_name="張偉", emails=["zhang.wei@boc.example.cn"],
                               organization="中國銀行股份有限公司").id
    latin = contacts.add(vault, display_name="Zhang Wei", phones=["139 1234 5678"]).id
    found = {m.contact_id: m for m in matches(vault, {"display_name": "張偉", "organization": "中国银行"})}
    assert "same name in another script" in found[simplified].reasons
    assert found[simplified].score >= DEFAULT_THRESHOLD
    by_phone = {m.contact_id: m for m in matches(vault, {"display_name": "Zhang Wei",
                                                          "phones": ["13912345678"]}, exclude_id=latin)}
    assert {"same name in pinyin", "same phone"} <= set(by_phone[simplified].reasons)
    # (The two organization records are duplicates too: a group of their own.)
    [group] = [g for g in find_groups(vault) if simplified in g.ids]
    assert group.ids == [simplified, traditional, latin]
    assert {"same name in another script", "same name in pinyin", "same phone"} <= set(group.reasons)


def test_two_wang_fang_stay_apart(vault: Vault) -> None:
    a = contacts.add(vault, display_name="王芳", phones=["+86 135 0000 1111"], organization="中国工商银行").id
    b = contacts.add(vault, display_name="王芳", phones=["+86 136 0000 2222"], organization="Acme Ltd").id
    assert groups(vault) == []
    # Even asked for everything, the pair scores low: the phones and employers differ.
    low = find_groups(vault, min_score=0.01)
    assert [g.ids for g in low] == [[a, b]] and low[0].score < 0.3
    # On entry, a bare name is a weak hint, below the default.
    assert matches(vault, {"display_name": "王芳"}) == []
    assert [m.contact_id for m in matches(vault, {"display_name": "王芳"}, min_score=0.4)] == [a, b]
    # The same name at the same organization (no phone against it) is proposed.
    at_org = matches(vault, {"display_name": "王芳", "organization": "中国工商银行"})
    assert [m.contact_id for m in at_org] == [a]


def test_similar_characters_are_different_people(vault: Vault) -> None:
    contacts.add(vault, display_name="陈志明", organization="国家开发银行", emails=["zm@cdb.example.cn"])
    contacts.add(vault, display_name="陈志敏", organization="国家开发银行")
    assert groups(vault, min_score=0.1) == []


def test_similar_latin_name_at_the_same_organization(vault: Vault) -> None:
    a = contacts.add(vault, display_name="Jonathan Smith", organization="Mott MacDonald Ltd").id
    b = contacts.add(vault, display_name="Jonathon Smith", organization="Mott MacDonald Limited").id
    contacts.add(vault, display_name="Jonathon Smith", organization="Temasek")
    [group] = [g for g in find_groups(vault) if a in g.ids]
    assert group.ids == [a, b] and "similar name at the same organization" in group.reasons


def test_organization_suffixes_in_both_languages(vault: Vault) -> None:
    en = [contacts.add(vault, kind="organization", display_name=n).id
          for n in ("Bank of China Ltd", "Bank of China Limited", "BANK OF CHINA CO., LTD.")]
    zh = [contacts.add(vault, kind="organization", display_name=n).id
          for n in ("中国银行股份有限公司", "中國銀行")]
    other = contacts.add(vault, kind="organization", display_name="中国建设银行").id
    assert groups(vault) == [en, zh]
    assert {g.reasons[0] for g in find_groups(vault)} == {"same organization name"}
    with ReadSession(vault) as s:
        assert organizations_named(s, "中國銀行有限公司") == zh
        found = find_matches(s, {"kind": "organization", "display_name": "Bank of China (Hong Kong) Ltd"})
        assert found == []
        assert other not in [m.contact_id for m in find_matches(s, {"kind": "organization",
                                                                    "display_name": "中国银行"})]


def test_people_at_one_organization_under_two_records(vault: Vault) -> None:
    """张伟 at 中国银行 and 張偉 at 中國銀行股份有限公司 (two organization records, one key)."""
    a = contacts.add(vault, display_name="张伟", organization="中国银行").id
    b = contacts.add(vault, display_name="張偉", organization="中國銀行股份有限公司").id
    person_groups = [g for g in groups(vault) if a in g]
    assert person_groups == [[a, b]]


def test_not_the_same_is_remembered(vault: Vault) -> None:
    a = contacts.add(vault, display_name="Li Wei", phones=["+86 138 1111 2222"]).id
    b = contacts.add(vault, display_name="Li Wei", phones=["138 1111 2222"]).id
    c = contacts.add(vault, display_name="李伟", phones=["13811112222"]).id
    assert groups(vault) == [[a, b, c]]
    assert mark_distinct(vault, b, a) is True
    remaining = groups(vault)
    assert all(not {a, b} <= set(g) for g in remaining) and remaining  # c still joins one of them
    assert [m.contact_id for m in matches(vault, {"display_name": "Li Wei", "phones": ["13811112222"]},
                                          exclude_id=a)] == [c]
    assert mark_distinct(vault, a, b) is False  # already known: nothing written
    undo.undo(vault)  # "not the same" is an ordinary operation: undoable
    assert groups(vault) == [[a, b, c]]


def test_keys_follow_edits_trash_and_undo(vault: Vault) -> None:
    a = contacts.add(vault, display_name="Chen Jing", phones=["+86 137 0000 0001"]).id
    b = contacts.add(vault, display_name="陈静").id
    assert groups(vault) == []
    contacts.edit(vault, b, phones=["137-0000-0001"])
    assert groups(vault) == [[a, b]]
    undo.undo(vault)  # Core replay: the keys follow the audit entries
    assert groups(vault) == []
    undo.redo(vault)
    assert groups(vault) == [[a, b]]
    contacts.delete(vault, [b])
    assert groups(vault) == []
    with ReadSession(vault) as s:
        assert s.scalars(select(MatchKey.kind).where(MatchKey.contact_id == b)).all() == []
    undo.undo(vault)  # back from the trash
    assert groups(vault) == [[a, b]]


def test_renamed_organization_rekeys_its_people(vault: Vault) -> None:
    a = contacts.add(vault, display_name="Wu Lei", organization="Blue Sky Energy").id
    org = contacts.add(vault, kind="organization", display_name="Green Sun Power").id
    b = contacts.add(vault, display_name="吴磊", organization_id=org).id
    assert groups(vault) == []
    old_org = contacts.contact_read.get(vault, a).organization_id
    assert old_org is not None
    contacts.edit(vault, old_org, display_name="Green Sun Power Ltd")
    assert [g for g in groups(vault) if a in g] == [[a, b]]


def test_import_rows_against_the_vault_and_each_other(vault: Vault) -> None:
    kept = contacts.add(vault, display_name="张伟", phones=["+86 139 1234 5678"]).id
    rows = [
        {"display_name": "Zhang Wei", "phones": ["13912345678"]},
        {"display_name": "Peter Chan", "emails": ["peter@x.example.com"]},
        {"display_name": "Peter Chan", "emails": ["PETER@X.EXAMPLE.COM"]},
        {"display_name": "王芳"},
    ]
    with ReadSession(vault) as s:
        found = match_rows(s, rows)
    assert [m.contact_id for m in found[0]] == [kept]
    assert found[1] == []
    assert [(m.contact_id, m.row) for m in found[2]] == [(None, 1)] and "same e-mail" in found[2][0].reasons
    assert found[3] == []


def test_phones_kept_as_typed_match_by_their_digits(vault: Vault) -> None:
    """A Hong Kong number typed without +852 does not parse in a CN vault: kept as typed, and its
    digits still match the same number typed the same way elsewhere."""
    a = contacts.add(vault, display_name="Chan Tai Man", phones=["2123 4567"]).id
    b = contacts.add(vault, display_name="CHAN Tai-man", phones=["2123-4567"]).id
    contacts.add(vault, display_name="Chan Tai Man", phones=["123"])  # too short to be evidence
    [group] = find_groups(vault)
    assert group.ids == [a, b] and "same phone" in group.reasons
