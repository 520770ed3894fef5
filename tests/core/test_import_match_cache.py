"""What the import's duplicate check keeps between chunks never hides a duplicate: a full profile
cache still answers every contact asked for, and a contact the import changed is read again."""

from __future__ import annotations

from crm_desktop.core.importer import run_import
from crm_desktop.core.importer.pipeline import CHUNK
from crm_desktop.core.matching.load import ProfileCache
from crm_desktop.core.services import contacts
from crm_desktop.core.services.uow import ReadSession
from crm_desktop.core.vault import Vault


def test_a_full_cache_still_answers_every_contact(vault: Vault) -> None:
    ids = [contacts.add(vault, display_name=f"王{n}", phones=[f"+86 139 0000 000{n}"]).id for n in range(5)]
    cache = ProfileCache(limit=3)
    with ReadSession(vault) as s:
        conn = s.connection()
        assert set(cache.load(conn, set(ids[:2]))) == set(ids[:2])
        # Two cached, three to read: over the limit the cache starts again, the answer is whole.
        assert set(cache.load(conn, set(ids))) == set(ids)
        assert set(cache.load(conn, {ids[0], ids[4]})) == {ids[0], ids[4]}
        cache.drop([ids[4]])
        assert ids[4] not in cache.profiles


def _file(rows: list[str]) -> bytes:
    return ("姓名,手机,邮箱\n" + "\n".join(rows) + "\n").encode()


def test_a_phone_an_import_adds_to_a_contact_finds_a_later_chunks_row(vault: Vault) -> None:
    ann = contacts.add(vault, display_name="Ann Lee", emails=["ann@corp.cn"], phones=["+86 139 1111 2222"]).id
    # Row 1 updates Ann (same e-mail) with a second phone; a row of the next chunk has only that
    # phone: the check must see Ann as the import left her, not as it first read her.
    filler = [f"Person {n},+86 138 {n:04d} {n:04d},p{n}@corp.cn" for n in range(1, CHUNK + 2)]
    rows = ["Ann Lee,+86 137 3333 4444,ann@corp.cn", *filler, "Lee Ann,137 3333 4444,"]
    result = run_import(vault, _file(rows), duplicates="update")
    last = len(rows)
    assert result.outcomes[0].action == "updated" and result.outcomes[0].entity_id == ann
    said = [p.message for p in result.problems if p.row == last]
    assert len(said) == 1 and "Ann Lee" in said[0] and "same phone +8613733334444" in said[0], said
    assert result.outcomes[-1].action == "updated" and result.outcomes[-1].entity_id == ann
