"""The contact list's ids-only search ranks exactly what the full search ranks, renders nothing,
and leaves out nothing it would show."""

from __future__ import annotations

import pytest

from crm_desktop.core.errors import ValidationError
from crm_desktop.core.search import ranked_ids, search
from crm_desktop.core.services import contacts
from crm_desktop.core.vault import Vault


@pytest.mark.parametrize("query", ["张", "zhang", "zw", "張偉", "1380", "pearl", "Jonh"])
def test_ranked_ids_are_the_search_hits_in_the_same_order(vault: Vault, query: str) -> None:
    for name, org, phone in (("张伟", "中国银行", "+86 138 0013 8000"), ("张静", "Pearl River Capital", None),
                             ("John Smith", None, "+1 415 555 0100"), ("王芳", None, "13900139000")):
        contacts.add(vault, display_name=name, organization=org, phones=[phone] if phone else [])
    expected = search(vault, query, types=("contact",), limit=50).ids("contact")
    assert ranked_ids(vault, query, limit=50) == expected
    assert expected  # each query finds someone: the comparison is not between two empty lists


def test_an_empty_query_ranks_nothing_and_other_kinds_are_refused(vault: Vault) -> None:
    assert ranked_ids(vault, "   ") == []
    with pytest.raises(ValidationError):
        ranked_ids(vault, "x", "interaction")
