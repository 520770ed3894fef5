"""Edit → Find duplicates…: the finder lists 张伟 / 張偉 with the same phone, shows what each
carries, merges them keeping both records' interactions, deal and reminder on the survivor (Edit →
Undo in the window brings both back), and "Not the same" keeps them apart on the next search."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from crm_desktop.core.services import contact_read, contacts, deals, interactions, reminders
from crm_desktop.gui.controller import AppController
from crm_desktop.gui.dialogs.duplicates_dialog import DuplicatesDialog
from crm_desktop.gui.widgets.dup_compare import EXTRA
from crm_desktop.gui.widgets.dup_queries import load_sides
from crm_desktop.gui.worker import DbWorker

from .helpers import PASSPHRASE, TIMEOUT, Waiter

T1 = datetime(2025, 3, 1, 9, 0, tzinfo=UTC)
T2 = datetime(2025, 6, 1, 9, 0, tzinfo=UTC)


def seed(wait: Waiter) -> dict[str, int]:
    simple = wait(contacts.add, display_name="张伟", organization="中国银行", phones=["13800138000"]).id
    traditional = wait(contacts.add, display_name="張偉", phones=["+86 138 0013 8000"],
                       emails=["zhang.wei@boc.example.cn"], title="MD").id
    wait(contacts.add, display_name="李娜", phones=["13900139000"])
    wait(interactions.add, kind="meeting", occurred_at=T1, participants=[simple], subject="Term sheet")
    wait(interactions.add, kind="call", occurred_at=T2, participants=[traditional], subject="Follow-up")
    wait(deals.add, name="Solar park loan", client=traditional)
    wait(reminders.add, "Call back 張偉", T2, contact_id=traditional)
    return {"simple": simple, "traditional": traditional}


@pytest.fixture
def vault_ids(qtbot: Any, worker: DbWorker, tmp_path: Path) -> dict[str, int]:
    done: list[Any] = []
    worker.create_vault(str(tmp_path / "v.crm"), PASSPHRASE, on_done=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=TIMEOUT)
    return seed(Waiter(qtbot, worker))


def open_dialog(qtbot: Any, worker: DbWorker, parent: Any = None) -> DuplicatesDialog:
    dialog = DuplicatesDialog(worker, parent)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.searching(), timeout=TIMEOUT)
    qtbot.waitUntil(lambda: bool(dialog.chooser.sides) or not dialog.groups.groups(), timeout=TIMEOUT)
    return dialog


def subjects(wait: Waiter, contact_id: int) -> list[str]:
    page = wait(interactions.list_interactions, contact_id=contact_id)
    return sorted(i.subject for i in page.interactions)


def test_the_finder_lists_the_pair_and_what_each_record_carries(
        qtbot: Any, worker: DbWorker, vault_ids: dict[str, int]) -> None:
    dialog = open_dialog(qtbot, worker)
    groups = dialog.groups.groups()
    assert [g.ids for g in groups] == [(vault_ids["simple"], vault_ids["traditional"])]
    assert dialog.status.text() == "1 group(s) of likely duplicates"
    why = dialog.groups.topLevelItem(0).text(2)
    assert "same phone" in why and "simplified / traditional" in why
    chooser = dialog.chooser
    counts = {s.contact.id: (s.interactions, s.deals, s.reminders) for s in chooser.sides}
    assert counts == {vault_ids["simple"]: (1, 0, 0), vault_ids["traditional"]: (1, 1, 1)}
    label = chooser.findChild(QLabel, f"counts{vault_ids['traditional']}")
    assert label is not None and label.text() == "1 interaction(s)\n1 deal(s)\n1 reminder(s)"
    # The record carrying more survives by default; each differing field offers both values, the
    # richer chosen; e-mails and phones keep all by default.
    assert chooser.keep.checkedId() == vault_ids["traditional"]
    assert chooser.chosen("organization") == vault_ids["simple"]
    assert chooser.chosen("title") == vault_ids["traditional"]
    assert "display_name" in chooser.groups


def test_merge_keeps_both_records_interactions_and_edit_undo_brings_both_back(
        qtbot: Any, unlocked: AppController) -> None:
    window = unlocked.window
    assert window is not None
    wait = Waiter(qtbot, unlocked.worker)
    ids = seed(wait)
    dialog = open_dialog(qtbot, unlocked.worker, window)
    chooser = dialog.chooser
    chooser.choose("keep", ids["simple"])
    chooser.choose("display_name", ids["simple"])
    with qtbot.waitSignal(dialog.merged, timeout=TIMEOUT) as merged:
        qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert merged.args == [ids["simple"]]
    assert dialog.groups.groups() == [] and dialog.status.text() == "No duplicates found."
    survivor = wait(contact_read.get, ids["simple"])
    assert survivor.display_name == "张伟" and survivor.title == "MD" and survivor.organization == "中国银行"
    assert [e.address for e in survivor.emails] == ["zhang.wei@boc.example.cn"]
    assert subjects(wait, ids["simple"]) == ["Follow-up", "Term sheet"]
    assert wait(contact_read.get, ids["traditional"], include_deleted=True).deleted_at is not None
    again = wait(load_sides, [ids["simple"]])[0]
    assert (again.interactions, again.deals, again.reminders) == (2, 1, 1)

    dialog.close()
    window.commands.undo.trigger()
    qtbot.waitUntil(lambda: "Undone" in window.statusBar().currentMessage(), timeout=TIMEOUT)
    assert wait(contact_read.get, ids["traditional"]).deleted_at is None
    assert subjects(wait, ids["simple"]) == ["Term sheet"]
    assert subjects(wait, ids["traditional"]) == ["Follow-up"]
    assert wait(contact_read.get, ids["simple"]).title is None


def test_choosing_one_records_phones_and_note_values(qtbot: Any, worker: DbWorker,
                                                     vault_ids: dict[str, int]) -> None:
    dialog = open_dialog(qtbot, worker)
    chooser = dialog.chooser
    assert chooser.chosen("emails") == vault_ids["traditional"]  # only one has e-mails: no "all"
    chooser.choose("title", vault_ids["simple"])  # a blank wins when chosen
    plan = chooser.plan()
    assert plan is not None and plan.choices["title"] == vault_ids["simple"]
    assert "phones" not in chooser.groups  # the same number on both, however typed
    assert EXTRA not in plan.choices.values()


def test_not_the_same_keeps_them_apart_on_the_next_search(qtbot: Any, worker: DbWorker,
                                                          vault_ids: dict[str, int]) -> None:
    dialog = open_dialog(qtbot, worker)
    with qtbot.waitSignal(dialog.marked_distinct, timeout=TIMEOUT):
        qtbot.mouseClick(dialog.distinct_button, Qt.MouseButton.LeftButton)
    assert dialog.groups.groups() == []
    dialog.close()
    again = open_dialog(qtbot, worker)
    assert again.groups.groups() == [] and again.status.text() == "No duplicates found."
    people = Waiter(qtbot, worker)(lambda v: contact_read.list_contacts(v, kind="person").contacts)
    assert len(people) == 3  # nothing merged


def test_stop_cancels_the_search(qtbot: Any, worker: DbWorker, vault_ids: dict[str, int]) -> None:
    dialog = DuplicatesDialog(worker)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.cancel_search()
    qtbot.waitUntil(lambda: not dialog.searching(), timeout=TIMEOUT)
    assert dialog.status.text().startswith("Stopped")
    assert dialog.again_button.isEnabled() and dialog.groups.groups() == []
    dialog.again_button.click()
    qtbot.waitUntil(lambda: len(dialog.groups.groups()) == 1, timeout=TIMEOUT)


def test_one_records_phones_survive_when_chosen_instead_of_all(qtbot: Any, worker: DbWorker,
                                                              tmp_path: Path) -> None:
    done: list[Any] = []
    worker.create_vault(str(tmp_path / "v.crm"), PASSPHRASE, on_done=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=TIMEOUT)
    wait = Waiter(qtbot, worker)
    one = wait(contacts.add, display_name="Ada Lovelace", phones=["+44 20 7946 0000"],
               note="Met at the Royal Society").id
    two = wait(contacts.add, display_name="Ada Lovelace", phones=["+44 20 7946 0000", "+44 20 7946 0999"],
               note="Prefers mornings").id
    dialog = open_dialog(qtbot, worker)
    chooser = dialog.chooser
    assert chooser.chosen("phones") == EXTRA and chooser.chosen("note") == EXTRA  # all, joined
    chooser.choose("keep", one)
    chooser.choose("phones", one)
    with qtbot.waitSignal(dialog.merged, timeout=TIMEOUT):
        qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    survivor = wait(contact_read.get, one)
    assert [p.number for p in survivor.phones] == ["+442079460000"]
    assert survivor.note == "Met at the Royal Society\n\nPrefers mornings"
    assert wait(contact_read.get, two, include_deleted=True).deleted_at is not None
