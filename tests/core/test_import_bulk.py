"""The import's bulk path (rows and audit entries inserted in lists, match keys and search documents
written chunk by chunk) leaves the vault exactly as the per-row path would: every audit entry holds
its row as the ORM's audit trail writes it, the keys and documents are those a rebuild makes from the
stored rows, an imported contact is found by search and by the duplicate check, and undo of the batch
takes it all away (redo brings back the same)."""

from __future__ import annotations

import csv
import gc
import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text

from bench.import_bench import HEADER, write_csv
from crm_desktop.core import matching, search
from crm_desktop.core.importer import ImportCancelled, ImportResult, run_import, undo_batch
from crm_desktop.core.matching import find_matches
from crm_desktop.core.models import AuditEntry, Base, Contact
from crm_desktop.core.services import undo
from crm_desktop.core.services.rowcodec import encode_row
from crm_desktop.core.services.uow import ReadSession
from crm_desktop.core.vault import Vault

DATA = ("contact", "contact_phone", "contact_email", "contact_tag", "tag", "affiliation",
        "custom_field_def", "custom_field_value")
DERIVED = ("match_key", "match_state", "search_doc", "search_key")
FTS = ("search_tri", "search_word")
KNOWN = [  # appended to generated rows: the last one repeats the first in the other script
    {"姓名": "张伟", "English Name": "David", "公司": "中国银行股份有限公司", "职位": "投资总监",
     "手机": "13800138000", "Work Phone": "010-66596688", "邮箱": "zhang.wei@boc.example.cn",
     "客户等级": "A", "标签": "VIP,重点", "备注": "年底前有融资需求", "来源渠道": "展会"},
    {"姓名": "張偉", "English Name": "", "公司": "", "职位": "", "手机": "+86 138-0013-8000",
     "Work Phone": "", "邮箱": "", "客户等级": "", "标签": "", "备注": "", "来源渠道": ""},
]


def _file(tmp_path: Path, rows: int) -> Path:
    path = tmp_path / "contacts.csv"
    write_csv(path, rows, seed=11, dup_rate=0.05)  # more rows than a chunk (500): keys across chunks
    with path.open("a", newline="", encoding="utf-8") as f:
        csv.DictWriter(f, HEADER).writerows(KNOWN)
    return path


def _table(conn: Any, name: str) -> list[tuple[Any, ...]]:
    return sorted((tuple(r) for r in conn.exec_driver_sql(f"SELECT * FROM {name}")), key=repr)


def _fts(conn: Any, name: str) -> list[tuple[Any, ...]]:
    """Every token an FTS5 table holds, with its document, column and offset (the tables are
    contentless: their index is all there is to compare)."""
    conn.exec_driver_sql(f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.v_{name} USING fts5vocab(main, {name}, "
                         "instance)")
    return sorted((tuple(r) for r in conn.exec_driver_sql(f"SELECT * FROM temp.v_{name}")), key=repr)


def snapshot(vault: Vault, tables: tuple[str, ...] = DATA + DERIVED) -> dict[str, list[tuple[Any, ...]]]:
    with vault.engine.connect() as conn:
        out = {t: _table(conn, t) for t in tables}
        out.update({t: _fts(conn, t) for t in FTS})
        return out


@pytest.fixture
def imported(vault: Vault, tmp_path: Path) -> ImportResult:
    result = run_import(vault, _file(tmp_path, 1100), duplicates="create")
    assert result.errors == 0 and result.created == 1100 + len(KNOWN)
    return result


def test_keys_and_documents_are_those_a_rebuild_makes_from_the_rows(vault: Vault,
                                                                     imported: ImportResult) -> None:
    written = snapshot(vault)
    assert len(written["match_key"]) > 5000 and len(written["search_tri"]) > 50_000
    matching.rebuild(vault)
    search.reindex(vault)
    assert snapshot(vault) == written


def test_every_row_has_its_audit_entry_as_the_orm_writes_it(vault: Vault, imported: ImportResult) -> None:
    tables = Base.metadata.tables
    with ReadSession(vault) as s:
        op = s.scalar(select(func.max(AuditEntry.operation_id)))
        entries = {(e.entity, e.entity_id): json.loads(e.changes or "{}") for e in s.scalars(
            select(AuditEntry).where(AuditEntry.operation_id == op, AuditEntry.action == "insert"))}
        conn = s.connection()
        for name in DATA:
            table = tables[name]
            for row in conn.execute(select(table)).mappings():
                key = row.get("id", 0)
                # The same encoding as services/audit_capture.py: undo deletes, redo re-inserts it.
                assert entries.pop((name, key)) == encode_row(table, dict(row)) if key else True
        left = {entity for entity, _ in entries}
        assert left <= {"import_batch", "contact_tag"}, left  # the batch row; tag links have no id


def test_an_imported_contact_is_found_then_gone_with_the_undo(vault: Vault, imported: ImportResult) -> None:
    zw = search.search(vault, "张伟", types=["contact"]).hits("contact")
    assert {h.title for h in zw[:2]} == {"张伟", "張偉"}
    assert search.search(vault, "zhangwei", types=["contact"]).hits("contact")[0].title in {"张伟", "張偉"}
    assert search.search(vault, "66596688", types=["contact"]).hits("contact")[0].title == "张伟"
    repeat = [p.message for p in imported.problems if p.row == imported.created]
    assert repeat and "same phone +8613800138000" in repeat[0]
    assert f"as row {imported.created - 1}" in repeat[0]
    with ReadSession(vault) as s:
        found = find_matches(s, {"display_name": "張偉", "phones": ["138 0013 8000"]})
        assert {m.display_name for m in found} == {"张伟", "張偉"}
    with_import = snapshot(vault)
    undo_batch(vault, imported.batch_id)
    assert search.search(vault, "张伟", types=["contact"]).hits("contact") == ()
    with ReadSession(vault) as s:
        assert find_matches(s, {"display_name": "張偉", "phones": ["138 0013 8000"]}) == []
        assert s.scalar(select(func.count()).select_from(Contact)) == 0
    gone = snapshot(vault, (*DERIVED, "contact", "contact_phone", "contact_email", "affiliation"))
    assert all(rows == [] for rows in gone.values()), {k: len(v) for k, v in gone.items() if v}
    undo.redo(vault)
    assert snapshot(vault) == with_import


def test_a_second_import_of_the_same_people_finds_them_in_the_vault(vault: Vault, tmp_path: Path) -> None:
    path = tmp_path / "two.csv"
    with path.open("w", newline="", encoding="utf-8") as f:
        out = csv.DictWriter(f, HEADER)
        out.writeheader()
        out.writerows(KNOWN[:1])
    first = run_import(vault, path)
    again = run_import(vault, path)  # duplicates="auto": the row is the contact the first one made
    assert (first.created, again.created, again.merged) == (1, 0, 1)
    with vault.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM contact WHERE display_name = '张伟'")).scalar() == 1


def test_an_import_leaves_the_collector_and_the_page_cache_as_it_found_them(vault: Vault,
                                                                          tmp_path: Path) -> None:
    def cache_size() -> int:
        with vault.engine.connect() as conn:
            return int(conn.exec_driver_sql("PRAGMA cache_size").scalar() or 0)

    before = cache_size()
    run_import(vault, _file(tmp_path, 600), duplicates="create")
    assert gc.isenabled() and cache_size() == before
    with pytest.raises(ImportCancelled):
        run_import(vault, _file(tmp_path, 600), cancel=lambda: True)
    assert gc.isenabled() and cache_size() == before
