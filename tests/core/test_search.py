"""Search on a real vault: every query class a user relies on, in both scripts, and ranking."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime

import pytest

from crm_desktop.core.errors import ValidationError
from crm_desktop.core.search import search
from crm_desktop.core.services import contacts, deals, interactions
from crm_desktop.core.vault import Vault
from tests.conftest import PASSPHRASE

T_OLD = datetime(2024, 1, 10, 9, 0, tzinfo=UTC)
T_NEW = datetime(2025, 6, 1, 9, 0, tzinfo=UTC)


@dataclass
class Book:
    zhang: int
    chan: int
    zoe: int
    john: int
    bank: int
    deal: int
    old_note: int
    new_note: int


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    """One vault for the read-only tests of this module (creating one per test is slow)."""
    v = Vault.create(tmp_path_factory.mktemp("search") / "book.crm", PASSPHRASE)
    try:
        yield v
    finally:
        v.close()


@pytest.fixture(scope="module")
def book(shared: Vault) -> Book:
    vault = shared
    zhang = contacts.add(vault, display_name="张伟", phones=["138 0013 8000"],
                         emails=["Zhang.Wei@Example.COM"], organization="中国银行股份有限公司",
                         title="行长", tags=["银行"], custom_fields={"来源": "Referral by Fiona"},
                         note="偏好银团贷款，关注绿色债券").id
    chan = contacts.add(vault, display_name="陳大文", phonetic_family_name="Chan",
                        phonetic_given_name="Tai Man", other_names=["Peter Chan"],
                        phones=["+852 9123 4567"]).id
    zoe = contacts.add(vault, display_name="Zoë Müller", title="Managing Director",
                       organization="Helvetia Capital AG").id
    john = contacts.add(vault, display_name="John Smith", emails=["jsmith@acme-infra.com"],
                        organization="Acme Infrastructure Ltd", tags=["sponsor"]).id
    org = search(vault, "中国银行").hits("contact")[0].id
    d = deals.add(vault, name="深圳地铁项目融资", client=org, description="Senior loan, 15 years").id
    deals.add_note(vault, d, "Credit committee asked for a refinancing plan")
    old = interactions.add(vault, kind="meeting", occurred_at=T_OLD, participants=[zhang],
                           subject="条款清单讨论", body="讨论了贷款利率和提款安排").id
    new = interactions.add(vault, kind="call", occurred_at=T_NEW, participants=[zhang, john],
                           subject="Refinancing call", body="Agreed to revise the 贷款 term sheet").id
    return Book(zhang, chan, zoe, john, org, d, old, new)


def contact_ids(vault: Vault, text: str) -> list[int]:
    return search(vault, text, types=["contact"]).ids("contact")


@pytest.mark.parametrize("query", ["张", "伟", "张伟", "張", "偉", "張偉"])
def test_chinese_name_from_one_character_in_either_script(shared: Vault, book: Book, query: str) -> None:
    assert book.zhang in contact_ids(shared, query)


@pytest.mark.parametrize("query", ["陈", "陳", "大文", "陈大文", "陳大文"])
def test_traditional_name_found_by_simplified_and_traditional(shared: Vault, book: Book, query: str) -> None:
    assert book.chan in contact_ids(shared, query)


@pytest.mark.parametrize("query", ["zhangwei", "zhang wei", "zw", "ZhangW", "zhang", "wei", "ＺＨＡＮＧ"])
def test_pinyin_full_initials_with_or_without_spaces(shared: Vault, book: Book, query: str) -> None:
    assert book.zhang in contact_ids(shared, query)


def test_pinyin_hit_highlights_the_characters(shared: Vault, book: Book) -> None:
    hit = search(shared, "zhangw").hits("contact")[0]
    assert hit.id == book.zhang and hit.field == "pinyin" and hit.spans == ((0, 2),)
    assert search(shared, "wei").hits("contact")[0].spans == ((1, 2),)


@pytest.mark.parametrize("query", ["chen dawen", "cdw", "chan tai man", "Tai Man", "peter chan"])
def test_pinyin_phonetic_fields_and_other_names(shared: Vault, book: Book, query: str) -> None:
    assert book.chan in contact_ids(shared, query)


@pytest.mark.parametrize("query", ["zoe", "ZOË", "muller", "Müller", "zoe mul", "ｚｏｅ"])
def test_latin_names_ignore_case_accents_and_width(shared: Vault, book: Book, query: str) -> None:
    assert contact_ids(shared, query)[0] == book.zoe


@pytest.mark.parametrize("query", ["0013", "8000", "138-0013-8000", "138 0013 8000", "+86 138 0013",
                                   "１３８００", "13800138000"])
def test_phone_fragments_whatever_the_formatting(shared: Vault, book: Book, query: str) -> None:
    hits = search(shared, query, types=["contact"]).hits("contact")
    assert [h.id for h in hits] == [book.zhang]
    assert hits[0].field == "phone" and hits[0].snippet is not None and hits[0].snippet.spans


def test_phone_fragment_of_a_hong_kong_number(shared: Vault, book: Book) -> None:
    assert contact_ids(shared, "9123 4567") == [book.chan]
    assert contact_ids(shared, "4567") == [book.chan]


@pytest.mark.parametrize("query", ["example", "zhang.wei", "@example.com", "Zhang.Wei@Example.COM"])
def test_email_parts(shared: Vault, book: Book, query: str) -> None:
    hit = search(shared, query, types=["contact"]).hits("contact")[0]
    assert hit.id == book.zhang and hit.field in ("email", "pinyin", "name")


def test_email_part_names_the_field_with_a_highlight(shared: Vault, book: Book) -> None:
    hit = search(shared, "example").hits("contact")[0]
    assert hit.field == "email"
    assert hit.snippet is not None and hit.snippet.text == "Zhang.Wei@example.com"
    s, e = hit.snippet.spans[0]
    assert hit.snippet.text[s:e] == "example"


def test_organization_title_tags_and_custom_values(shared: Vault, book: Book) -> None:
    ids = contact_ids(shared, "中國銀行")  # traditional finds the simplified organization
    assert ids[0] == book.bank and book.zhang in ids  # the organization itself first, then its people
    assert contact_ids(shared, "acme infra") == [contact_ids(shared, "Acme Infrastructure")[0], book.john]
    assert contact_ids(shared, "行长") == [book.zhang]
    assert contact_ids(shared, "managing dir") == [book.zoe]
    assert contact_ids(shared, "sponsor") == [book.john]
    assert contact_ids(shared, "fiona") == [book.zhang]
    by_field = {h.id: h.field for h in search(shared, "中国银行").hits("contact")}
    assert by_field[book.zhang] == "organization"


def test_organization_legal_suffix_does_not_matter(shared: Vault, book: Book) -> None:
    hit = search(shared, "acme infrastructure").hits("contact")[0]
    assert hit.title == "Acme Infrastructure Ltd" and hit.score == 1.0  # an exact match without "Ltd"


def test_contact_note_words(shared: Vault, book: Book) -> None:
    hit = next(h for h in search(shared, "绿色债券").hits("contact") if h.id == book.zhang)
    assert hit.field == "note" and hit.snippet is not None
    s, e = hit.snippet.spans[0]
    assert hit.snippet.text[s:e] == "绿色债券"


def test_interaction_words_newest_first(shared: Vault, book: Book) -> None:
    res = search(shared, "贷款")  # two characters: the single-character index
    assert res.ids("interaction") == [book.new_note, book.old_note]
    first = res.hits("interaction")[0]
    assert first.snippet is not None and "贷款" in first.snippet.text
    assert first.subtitle.startswith("2025-06-01 · call")
    assert search(shared, "refinanc").ids("interaction") == [book.new_note]  # word prefix
    assert search(shared, "term sheet").ids("interaction") == [book.new_note]
    assert search(shared, "提款安排").ids("interaction") == [book.old_note]
    assert search(shared, "條款清單").ids("interaction") == [book.old_note]  # traditional


def test_deal_name_client_and_notes(shared: Vault, book: Book) -> None:
    assert search(shared, "地铁").ids("deal") == [book.deal]
    assert search(shared, "深圳地鐵").ids("deal") == [book.deal]
    hit = search(shared, "refinancing plan").hits("deal")[0]
    assert hit.id == book.deal and hit.field == "note"
    assert search(shared, "senior loan").ids("deal") == [book.deal]
    assert search(shared, "中国银行").ids("deal") == [book.deal]  # the client
    assert "中国银行股份有限公司" in search(shared, "地铁").hits("deal")[0].subtitle


def test_types_limit_and_more(shared: Vault, book: Book) -> None:
    res = search(shared, "贷款", types=["interaction"], limit=1)
    assert [g.entity for g in res.groups] == ["interaction"]
    assert res.ids("interaction") == [book.new_note] and res.groups[0].more
    with pytest.raises(ValidationError):
        search(shared, "x", types=["nonsense"])


def test_ranking_exact_then_prefix_then_substring_then_activity(vault: Vault) -> None:
    a = contacts.add(vault, display_name="王明").id
    b = contacts.add(vault, display_name="王明华").id
    c = contacts.add(vault, display_name="北京王明咨询", kind="organization").id
    d = contacts.add(vault, display_name="王明辉").id
    interactions.add(vault, kind="call", occurred_at=T_NEW, participants=[d], subject="x")
    interactions.add(vault, kind="call", occurred_at=T_OLD, participants=[b], subject="y")
    assert contact_ids(vault, "王明") == [a, d, b, c]  # exact; prefixes by recent activity; substring
    hits = search(vault, "王明").hits("contact")
    assert hits[0].score > hits[1].score > hits[3].score


def test_typo_forgiven_for_latin_names(shared: Vault, book: Book) -> None:
    res = search(shared, "Jonh")
    assert res.ids("contact") == [book.john] and res.fuzzy
    assert contact_ids(shared, "smiht") == [book.john]
    assert not search(shared, "John").fuzzy  # exact hits: no guessing
    assert contact_ids(shared, "xqzv") == []


def test_empty_and_punctuation_queries_find_nothing(shared: Vault, book: Book) -> None:
    assert len(search(shared, "")) == 0
    assert len(search(shared, "  ")) == 0
    assert len(search(shared, '"*()')) == 0
    search(shared, 'AND OR NOT "x* {name}: NEAR(')  # FTS5 syntax in a query is just text
    search(shared, "贷款 " * 5000)  # a pasted page: searched by its beginning


def test_a_name_match_ranks_above_a_match_in_details(vault: Vault) -> None:
    """'wind farm': the organizations so named first, then the people who work there (even when
    those met someone more recently)."""
    person = contacts.add(vault, display_name="Laura Morris", organization="Rayong Wind Farm Co., Ltd.").id
    org = contact_ids(vault, "Rayong Wind Farm Co")[0]
    interactions.add(vault, kind="call", occurred_at=T_NEW, participants=[person], subject="x")
    hits = search(vault, "wind farm").hits("contact")
    assert [h.id for h in hits] == [org, person]
    assert hits[1].field == "organization" and hits[0].score > hits[1].score
