"""An import's contacts are searchable when it returns (indexed chunk by chunk, in its transaction),
each with one document; a contact it updates is found by what it now holds."""

from __future__ import annotations

from sqlalchemy import func, select

from crm_desktop.core.importer import run_import
from crm_desktop.core.importer.pipeline import CHUNK
from crm_desktop.core.models import Contact, SearchDoc
from crm_desktop.core.search import search
from crm_desktop.core.services import contacts
from crm_desktop.core.services.uow import ReadSession
from crm_desktop.core.vault import Vault


def _file(rows: list[str]) -> bytes:
    return ("姓名,手机,公司,职位\n" + "\n".join(rows) + "\n").encode()


def test_contacts_of_every_chunk_are_found_by_name_pinyin_and_phone(vault: Vault) -> None:
    filler = [f"Person {n},+86 138 {n:04d} {n:04d},Summit Capital Ltd,分析师" for n in range(1, 2 * CHUNK)]
    rows = ["周云杰,+86 139 6659 6688,海尔集团,总裁", *filler, "張偉,137-2222-3333,中国银行,董事长"]
    result = run_import(vault, _file(rows), duplicates="create")
    assert result.created == len(rows)
    first, last = result.outcomes[0].entity_id, result.outcomes[-1].entity_id
    for query, wanted in (("周云杰", first), ("zhou yun jie", first), ("66596688", first), ("海尔", first),
                          ("张伟", last), ("zhangwei", last), ("22223333", last), ("董事长", last)):
        assert wanted in search(vault, query, types=["contact"]).ids("contact"), query
    with ReadSession(vault) as s:
        docs = s.scalar(select(func.count()).select_from(SearchDoc).where(SearchDoc.entity == "contact"))
        live = s.scalar(select(func.count()).select_from(Contact).where(Contact.deleted_at.is_(None)))
    assert docs == live  # people and the organizations made for their companies, once each


def test_a_contact_an_import_updates_is_found_by_what_it_now_holds_once(vault: Vault) -> None:
    cid = contacts.add(vault, display_name="李娜", phones=["+86 139 1111 2222"]).id
    result = run_import(vault, _file(["李娜,+86 139 1111 2222,星辰资本,合伙人"]), duplicates="update")
    assert result.outcomes[0].action == "updated"
    org = search(vault, "星辰资本", types=["contact"]).ids("contact")
    assert cid in org and len(org) == 2  # the person (by organization) and the organization made
    assert search(vault, "合伙人", types=["contact"]).ids("contact") == [cid]
    assert search(vault, "李娜", types=["contact"]).ids("contact") == [cid]
