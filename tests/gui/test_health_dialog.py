"""Data health: each check with its count and records (what is wrong beside each), a record opened
on its page by Enter or Open, likely duplicates counted with a way to the finder, and "Right as it
is" taking a contact off a check until it changes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidgetItem

from crm_desktop.core.services import contacts, deals, interactions, reminders
from crm_desktop.gui.dialogs.health_dialog import RECORD, HealthDialog
from crm_desktop.gui.worker import DbWorker

from .helpers import PASSPHRASE, TIMEOUT, Waiter


@pytest.fixture
def ids(qtbot: Any, worker: DbWorker, tmp_path: Path) -> dict[str, int]:
    done: list[Any] = []
    worker.create_vault(str(tmp_path / "v.crm"), PASSPHRASE, on_done=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=TIMEOUT)
    wait = Waiter(qtbot, worker)
    now = datetime.now(UTC)
    typo = wait(contacts.add, display_name="Typo", phones=["12345"], tier="A", emails=["t@x.example.com"]).id
    wait(interactions.add, kind="call", occurred_at=now - timedelta(days=40), participants=[typo])
    bare = wait(contacts.add, display_name="Bare").id
    wait(contacts.add, display_name="张伟", organization="中国银行", phones=["13800138000"])
    wait(contacts.add, display_name="張偉", phones=["+86 138 0013 8000"])
    late = wait(deals.add, name="Late deal", expected_close=(now - timedelta(days=3)).date()).id
    due = wait(reminders.add, "Chase", now - timedelta(days=1), contact_id=bare).id
    return {"typo": typo, "bare": bare, "late": late, "due": due}


def open_dialog(qtbot: Any, worker: DbWorker) -> HealthDialog:
    dialog = HealthDialog(worker)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.loaded and line(dialog, "duplicates").text(1) != "…", timeout=TIMEOUT)
    return dialog


def line(dialog: HealthDialog, check: str) -> QTreeWidgetItem:
    for i in range(dialog.tree.topLevelItemCount()):
        item = dialog.tree.topLevelItem(i)
        if item.data(0, RECORD)[2] == check:
            return item
    raise AssertionError(check)


def children(item: QTreeWidgetItem) -> list[tuple[str, str]]:
    return [(item.child(i).text(0), item.child(i).text(2)) for i in range(item.childCount())]


def test_each_check_counts_and_lists_its_records(qtbot: Any, worker: DbWorker, ids: dict[str, int]) -> None:
    dialog = open_dialog(qtbot, worker)
    assert "contacts (4 people, 1 organizations)" in dialog.summary.text()
    invalid = line(dialog, "invalid_phone")
    assert invalid.text(0) == "Phones that did not parse (kept as typed)" and invalid.text(1) == "1"
    assert children(invalid) == [("Typo", "12345")]
    assert ("Bare", "") in children(line(dialog, "missing_phone"))
    assert line(dialog, "missing_email").text(1) == "4"  # Bare, 张伟, 張偉 and 中国银行
    stale = line(dialog, "stale_A")
    assert stale.text(0) == "Tier A: no interaction in 30 days"
    assert children(stale)[0][0] == "Typo" and children(stale)[0][1].startswith("last: ")
    assert [name for name, _ in children(line(dialog, "deals_past_close"))] == ["Late deal"]
    assert [name for name, _ in children(line(dialog, "overdue_reminders"))] == ["Chase"]
    dup = line(dialog, "duplicates")
    assert dup.text(1) == "1" and children(dup)[0][0] == "张伟 · 張偉"


def test_enter_on_a_record_opens_it_on_its_page(qtbot: Any, worker: DbWorker, ids: dict[str, int]) -> None:
    dialog = open_dialog(qtbot, worker)
    typo = line(dialog, "invalid_phone").child(0)
    dialog.tree.setCurrentItem(typo)
    with qtbot.waitSignal(dialog.open_record, timeout=TIMEOUT) as opened:
        qtbot.keyClick(dialog.tree, Qt.Key.Key_Return)
    assert opened.args == ["contact", ids["typo"]]
    dialog.tree.setCurrentItem(line(dialog, "deals_past_close").child(0))
    assert not dialog.verify_button.isEnabled()  # only contacts are marked right as they are
    with qtbot.waitSignal(dialog.open_record, timeout=TIMEOUT) as opened:
        qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert opened.args == ["deal", ids["late"]]
    dialog.tree.setCurrentItem(line(dialog, "duplicates").child(0))
    with qtbot.waitSignal(dialog.find_duplicates_requested, timeout=TIMEOUT):
        qtbot.keyClick(dialog.tree, Qt.Key.Key_Return)


def test_right_as_it_is_takes_the_contact_off_that_check(qtbot: Any, worker: DbWorker,
                                                         ids: dict[str, int]) -> None:
    dialog = open_dialog(qtbot, worker)
    missing = line(dialog, "missing_phone")
    before = int(missing.text(1))
    bare = next(missing.child(i) for i in range(missing.childCount()) if missing.child(i).text(0) == "Bare")
    dialog.tree.setCurrentItem(bare)
    qtbot.mouseClick(dialog.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: int(line(dialog, "missing_phone").text(1)) == before - 1, timeout=TIMEOUT)
    dialog.again_button.click()
    qtbot.waitUntil(lambda: dialog.loaded, timeout=TIMEOUT)
    assert "Bare" not in [name for name, _ in children(line(dialog, "missing_phone"))]
    assert int(line(dialog, "missing_phone").text(1)) == before - 1
    assert "Bare" in [name for name, _ in children(line(dialog, "missing_email"))]  # other checks stay
