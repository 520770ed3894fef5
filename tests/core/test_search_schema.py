"""What the search index needs of the file around it: Alembic autogenerate leaves the FTS5 tables
alone, and every connection the vault hands out keeps the page cache connection.py gives it."""

from __future__ import annotations

import contextlib

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Column, Integer, MetaData

from crm_desktop.core.demo import build_demo
from crm_desktop.core.migrations import env
from crm_desktop.core.models import Base
from crm_desktop.core.search import search
from crm_desktop.core.vault import Vault
from crm_desktop.core.vault.connection import connect_raw
from tests.conftest import PASSPHRASE


def _diffs(vault: Vault, metadata: MetaData) -> list[object]:
    with vault.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_object": env.include_object,
                                                         "render_as_batch": True})
        return compare_metadata(context, metadata)


def test_autogenerate_sees_no_change_in_a_new_vault(vault: Vault) -> None:
    with vault.engine.connect() as conn:  # the FTS5 tables and their shadows are there …
        tables = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"search_tri", "search_word_data", "search_note_idx"} <= tables
    assert _diffs(vault, Base.metadata) == []  # … and a new revision would not drop them


def test_autogenerate_still_sees_a_change_to_the_modelled_search_tables(vault: Vault) -> None:
    changed = MetaData(naming_convention=Base.metadata.naming_convention)
    for table in Base.metadata.sorted_tables:
        copy = table.to_metadata(changed)
        if table.name == "search_doc":
            copy.append_column(Column("extra", Integer))
    diffs = _diffs(vault, changed)
    found = [(d[0], d[2], d[3].name) for d in diffs if isinstance(d, tuple)]
    assert found == [("add_column", "search_doc", "extra")]


def _pooled_cache_sizes(vault: Vault) -> list[int]:
    """cache_size of every connection in the pool (all checked out at once: each a different one)."""
    with contextlib.ExitStack() as stack:
        pooled = max(1, vault.engine.pool.checkedin())  # type: ignore[attr-defined]
        conns = [stack.enter_context(vault.engine.connect()) for _ in range(pooled)]
        return [c.exec_driver_sql("PRAGMA cache_size").scalar() for c in conns]


def test_every_connection_keeps_the_page_cache_connection_py_sets(vault: Vault) -> None:
    raw = connect_raw(vault.path, PASSPHRASE)
    try:
        expected = raw.execute("PRAGMA cache_size").fetchone()[0]
    finally:
        raw.close()
    assert set(_pooled_cache_sizes(vault)) == {expected}
    # The demo build enlarges the cache for its bulk load (128 MiB of decrypted pages): it must
    # give the connection back as it found it, not pinned at that size for every later search.
    build_demo(vault, 40, interactions_per_contact=2)
    assert search(vault, "a").groups
    assert set(_pooled_cache_sizes(vault)) == {expected}
