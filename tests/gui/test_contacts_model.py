"""The lazy contact list at 5,000 contacts: one query for ids; rows fetched only when shown."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView
from sqlalchemy import func, insert, select

from crm_desktop.core.models import Contact, ContactEmail, ContactPhone
from crm_desktop.core.vault import Vault
from crm_desktop.gui.demo_flow import demo_filler, fill_demo
from crm_desktop.gui.models.contacts_model import ContactsModel
from crm_desktop.gui.queries.contact_list import FIRST_ROWS
from crm_desktop.gui.worker import DbWorker

from .helpers import PASSPHRASE, TIMEOUT

N = 5000


def _bulk_contacts(vault: Vault, n: int) -> None:
    """Plain bulk inserts (no audit): test data, not a user's operation."""
    now = datetime.now(UTC)
    with vault.engine.begin() as conn:
        conn.execute(insert(Contact.__table__), [
            {"kind": "person", "display_name": f"Person {i:05d}", "tier": "ABC"[i % 3], "title": "Analyst",
             "source": "test", "created_at": now, "updated_at": now} for i in range(n)])
        ids = list(conn.execute(select(Contact.id).order_by(Contact.id)).scalars())
        conn.execute(insert(ContactPhone.__table__), [
            {"contact_id": cid, "position": 0, "raw": f"+86 138 {cid:08d}", "e164": f"+86138{cid:08d}",
             "valid": True} for cid in ids])
        conn.execute(insert(ContactEmail.__table__), [
            {"contact_id": cid, "position": 0, "address": f"p{cid}@example.com",
             "normalized": f"p{cid}@example.com", "valid": True} for cid in ids])


@pytest.fixture(scope="module")
def big_vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    path = tmp_path_factory.mktemp("big") / "big.crm"
    vault = Vault.create(path, PASSPHRASE)
    if demo_filler() is not None:
        fill_demo(vault, contacts=N, interactions_per_contact=0)  # as "Try the demo" does, bigger
    else:
        _bulk_contacts(vault, N)
    with vault.engine.connect() as conn:
        count = conn.scalar(select(func.count()).select_from(Contact).where(Contact.deleted_at.is_(None)))
    vault.close()
    assert count is not None and count >= N
    yield path


@pytest.fixture
def model(qtbot: Any, worker: DbWorker, big_vault: Path) -> ContactsModel:
    opened: list[Any] = []
    worker.open_vault(str(big_vault), PASSPHRASE, on_done=opened.append)
    qtbot.waitUntil(lambda: bool(opened), timeout=TIMEOUT)
    m = ContactsModel(worker)
    with qtbot.waitSignal(m.ids_loaded, timeout=TIMEOUT):
        m.refresh()
    return m


def test_ids_only_until_rows_are_asked_for(qtbot: Any, model: ContactsModel) -> None:
    assert model.rowCount() >= N and model.columnCount() == 7
    # The ids came with the first screenful's rows only (FIRST_ROWS), nothing more.
    assert model.fetch_jobs == 0 and model.cached_count() == FIRST_ROWS
    assert model.data(model.index(0, 0)) and model.data(model.index(FIRST_ROWS, 0)) == ""
    # A view paints rows 100..129: each data() answers at once (empty), then one fetch fills them.
    assert model.data(model.index(100, 0)) == ""
    for row in range(100, 130):
        for column in range(7):
            model.data(model.index(row, column))
    with qtbot.waitSignal(model.rows_fetched, timeout=TIMEOUT):
        pass
    assert model.fetch_jobs == 1 and model.fetched_ids == 31  # the 30, and row 60 asked above
    assert model.cached_count() == FIRST_ROWS + 31
    name = model.data(model.index(100, 0))
    assert name and model.cached_row(model.contact_id(100)).name == name  # type: ignore[union-attr]
    assert model.data(model.index(99, 0)) == ""  # not asked for, not fetched


def test_a_view_fetches_only_the_visible_rows(qtbot: Any, model: ContactsModel) -> None:
    view = QTableView()
    qtbot.addWidget(view)
    view.verticalHeader().setDefaultSectionSize(24)
    view.resize(800, 600)
    view.setModel(model)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(model.is_settled, timeout=TIMEOUT)
    visible = view.rowAt(view.viewport().height() - 1) - view.rowAt(0) + 1
    assert 10 < visible < 40
    assert model.fetched_ids == 0  # the first screen came with the ids: no second trip
    assert view.model().data(view.model().index(0, 0))  # painted rows show their name
    before = model.fetched_ids
    view.scrollToBottom()
    qtbot.waitUntil(lambda: model.fetched_ids > before and model.is_settled(), timeout=TIMEOUT)
    assert model.fetched_ids <= visible + 1
    last = model.index(model.rowCount() - 1, 0)
    assert model.data(last)


def test_sort_and_filters_run_one_query_each(qtbot: Any, model: ContactsModel) -> None:
    first = model.contact_id(0)
    with qtbot.waitSignal(model.ids_loaded, timeout=TIMEOUT):
        model.sort(0, Qt.SortOrder.DescendingOrder)
    assert model.contact_id(model.rowCount() - 1) == first
    with qtbot.waitSignal(model.ids_loaded, timeout=TIMEOUT) as tier_a:
        model.set_filter(tier="A")
    assert 0 < tier_a.args[0] < N
    with qtbot.waitSignal(model.ids_loaded, timeout=TIMEOUT) as person_a:
        model.set_filter(kind="organization", tier=None)
    assert person_a.args[0] < N


def test_typing_fast_runs_the_last_search_only(qtbot: Any, model: ContactsModel) -> None:
    name = ""
    model.data(model.index(0, 0))
    qtbot.waitUntil(lambda: model.cached_row(model.contact_id(0) or 0) is not None, timeout=TIMEOUT)
    name = model.cached_row(model.contact_id(0) or 0).name  # type: ignore[union-attr]
    for i in range(1, len(name) + 1):
        model.set_filter(text=name[:i])
    qtbot.waitUntil(lambda: model.is_settled() and model.filter.text == name
                    and model.contact_id(0) is not None and model.rowCount() < N, timeout=TIMEOUT)
    row = model.row_of(model.contact_id(0) or 0)
    assert row == 0


def test_after_an_unlock_the_first_screenful_comes_before_every_id(qtbot: Any, worker: DbWorker,
                                                                     big_vault: Path) -> None:
    opened: list[Any] = []
    worker.open_vault(str(big_vault), PASSPHRASE, on_done=opened.append)
    qtbot.waitUntil(lambda: bool(opened), timeout=TIMEOUT)
    m = ContactsModel(worker)
    resets: list[int] = []
    m.modelReset.connect(lambda: resets.append(m.rowCount()))
    with qtbot.waitSignal(m.first_page_loaded, timeout=TIMEOUT) as first:
        m.refresh()
    total = first.args[0]
    # The scroll bar is the whole list's; the first screenful has its rows; below it, nothing yet.
    assert total >= N and m.rowCount() == total and m.is_shown() and not m.is_settled()
    assert m.data(m.index(0, 0)) and m.data(m.index(FIRST_ROWS, 0)) is None
    assert m.contact_id(FIRST_ROWS) is None and m.fetch_jobs == 0
    first_ids = [m.contact_id(row) for row in range(FIRST_ROWS)]
    with qtbot.waitSignal(m.ids_loaded, timeout=TIMEOUT) as every:
        pass
    # Every id, without a second reset: the view keeps its place and the rows it has.
    assert every.args == [total] and resets == [total] and m.is_settled()
    assert [m.contact_id(row) for row in range(FIRST_ROWS)] == first_ids
    assert m.contact_id(total - 1) is not None and m.cached_count() == FIRST_ROWS
