"""A person's name finds the interactions they took part in (not only notes that mention them),
and a search can count each group's hits beyond the ones it renders ("show all 37")."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from crm_desktop.core.search import search
from crm_desktop.core.services import contacts, interactions
from crm_desktop.core.vault import Vault

T0 = datetime(2025, 3, 1, 9, 0, tzinfo=UTC)


def _meetings(vault: Vault) -> tuple[int, int, list[int]]:
    zhang = contacts.add(vault, display_name="张伟").id
    other = contacts.add(vault, display_name="Olivia Grant").id
    met = [interactions.add(vault, kind="meeting", occurred_at=T0 + timedelta(days=i), participants=[zhang],
                            subject=f"Site visit {i}", body="Walked the depot").id for i in range(3)]
    interactions.add(vault, kind="call", occurred_at=T0, participants=[other], subject="Budget call")
    return zhang, other, met


def test_name_finds_the_interactions_of_that_person_newest_first(vault: Vault) -> None:
    _zhang, _other, met = _meetings(vault)
    for query in ("张伟", "張偉", "zhangwei", "zw"):
        res = search(vault, query)
        assert res.ids("interaction") == met[::-1], query
        hit = res.hits("interaction")[0]
        assert hit.field == "participant" and hit.snippet is not None
        s, e = hit.snippet.spans[0]
        assert hit.snippet.text[s:e] in ("张伟", "张", "伟"), query
    assert search(vault, "张伟", types=["interaction"]).ids("interaction") == met[::-1]


def test_note_words_and_participants_merge_newest_first(vault: Vault) -> None:
    zhang, other, met = _meetings(vault)
    mention = interactions.add(vault, kind="note", occurred_at=T0 + timedelta(days=9), participants=[other],
                               subject="Lunch", body="Ask 张伟 about the depot").id
    res = search(vault, "张伟")
    assert res.ids("interaction") == [mention, *met[::-1]]
    assert res.hits("interaction")[0].field == "body"  # the text matched: that is what is shown
    interactions.delete(vault, met[2])  # the trash is not searched
    assert search(vault, "张伟").ids("interaction") == [mention, met[1], met[0]]
    assert zhang in search(vault, "张伟").ids("contact")


def test_one_latin_letter_names_no_one_in_particular(vault: Vault) -> None:
    _meetings(vault)
    assert search(vault, "o").ids("interaction") == []
    assert search(vault, "olivia").hits("interaction")[0].title == "Budget call"


def test_counts_past_the_limit_render_only_the_limit(vault: Vault) -> None:
    for i in range(7):
        contacts.add(vault, display_name=f"Harbour Partner {i}")
    res = search(vault, "harbour", limit=3, count_to=5)
    group = res.groups[0]
    assert len(group.hits) == 3 and group.more and group.total == 6  # count_to + 1: "more than 5"
    exact = search(vault, "harbour", limit=3, count_to=50).groups[0]
    assert exact.total == 7 and [h.id for h in exact.hits] == [h.id for h in group.hits]
    assert search(vault, "harbour", limit=3).groups[0].total is None  # not asked: not counted
    assert search(vault, "harbour", limit=3, count_to=50).groups[2].total == 0
