"""Log an interaction from anywhere: find the contact by typing, Enter saves, the interaction is on
the contact's timeline; the time is read on the vault's clock; mistakes are shown beside the field."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from crm_desktop.core.services import contacts, interactions
from crm_desktop.core.services.common import set_setting
from crm_desktop.core.services.uow import UnitOfWork
from crm_desktop.gui.dialogs.interaction_quick_add import InteractionQuickAdd
from crm_desktop.gui.dialogs.settings_dialog import SettingsDialog
from crm_desktop.gui.quick_adds import QuickAdds
from crm_desktop.gui.worker import DbWorker

from .helpers import PASSPHRASE, TIMEOUT, Waiter


@pytest.fixture
def run(qtbot: Any, worker: DbWorker, tmp_path: Path) -> Waiter:
    opened: list[object] = []
    worker.create_vault(str(tmp_path / "v.crm"), PASSPHRASE, on_done=opened.append)
    qtbot.waitUntil(lambda: bool(opened), timeout=TIMEOUT)
    return Waiter(qtbot, worker)


def _set_zone(vault: Any, name: str) -> None:
    with UnitOfWork(vault, "settings.edit") as uow:
        set_setting(uow.session, "timezone", name)


def _open(qtbot: Any, worker: DbWorker, **kw: Any) -> InteractionQuickAdd:
    dialog = InteractionQuickAdd(worker, None, **kw)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: bool(dialog.zone.text()), timeout=TIMEOUT)
    return dialog


def test_log_a_call_found_by_typing_and_see_it_on_the_timeline(qtbot: Any, worker: DbWorker,
                                                               run: Waiter) -> None:
    run(contacts.add, display_name="Chen Jie")
    wang = run(contacts.add, display_name="Wang Fang", organization="Pearl River Capital")
    dialog = _open(qtbot, worker)
    qtbot.keyClicks(dialog.picker.search, "Wang")
    qtbot.waitUntil(lambda: dialog.picker.contact_id() == wang.id, timeout=TIMEOUT)
    assert "Pearl River Capital" in dialog.picker.results.currentItem().text()
    dialog.kind.setCurrentIndex(dialog.kind.findData("call"))
    qtbot.keyClicks(dialog.subject.editor, "Term sheet questions")
    with qtbot.waitSignal(dialog.added, timeout=TIMEOUT) as seen:
        qtbot.keyClick(dialog.subject.editor, Qt.Key.Key_Return)
    page = run(interactions.list_interactions, contact_id=wang.id)
    assert page.total == 1
    (logged,) = page.interactions
    assert (logged.kind, logged.subject, [p.contact_id for p in logged.participants]) == (
        "call", "Term sheet questions", [wang.id])
    assert abs(logged.occurred_at - datetime.now(UTC)) < timedelta(minutes=2)
    assert seen.args[0].id == logged.id
    assert not dialog.isVisible()


def test_time_is_now_on_the_vault_clock_and_read_on_it(qtbot: Any, worker: DbWorker, run: Waiter) -> None:
    """A vault kept on Auckland time, whatever this computer's zone: 'now' shown there, and the
    time saved as the instant it names."""
    run(_set_zone, "Pacific/Auckland")
    li = run(contacts.add, display_name="Li Wei")
    dialog = _open(qtbot, worker, contact_id=li.id, contact_name="Li Wei")
    assert dialog.zone.text() == "Pacific/Auckland"
    shown = dialog.when.dateTime().toPython()
    auckland_now = datetime.now(ZoneInfo("Pacific/Auckland")).replace(tzinfo=None)
    assert abs(shown - auckland_now) < timedelta(minutes=2)
    qtbot.waitUntil(lambda: dialog.picker.contact_id() == li.id, timeout=TIMEOUT)
    dialog.kind.setCurrentIndex(dialog.kind.findData("meeting"))
    dialog.body.setPlainText("Lunch; walked through the covenants.")
    with qtbot.waitSignal(dialog.added, timeout=TIMEOUT):
        qtbot.keyClick(dialog.body, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    (logged,) = run(interactions.list_interactions, contact_id=li.id).interactions
    expected = shown.replace(second=0, microsecond=0, tzinfo=ZoneInfo("Pacific/Auckland")).astimezone(UTC)
    assert (logged.kind, logged.occurred_at) == ("meeting", expected)
    assert logged.body == "Lunch; walked through the covenants."


def test_no_contact_or_a_too_long_subject_is_said_beside_the_field(qtbot: Any, worker: DbWorker,
                                                                  run: Waiter) -> None:
    zhou = run(contacts.add, display_name="Zhou Min")
    dialog = _open(qtbot, worker)
    qtbot.keyClick(dialog.subject.editor, Qt.Key.Key_Return)
    assert dialog.contact_message.isVisible()
    assert "Find the contact" in dialog.contact_message.text()
    qtbot.keyClicks(dialog.picker.search, "Zhou")
    qtbot.waitUntil(lambda: dialog.picker.contact_id() == zhou.id, timeout=TIMEOUT)
    dialog.subject.editor.setText("x" * 501)
    dialog.add_button.click()
    qtbot.waitUntil(dialog.subject.message.isVisible, timeout=TIMEOUT)
    assert "too long" in dialog.subject.message.text()
    assert dialog.isVisible() and dialog.add_button.isEnabled()
    assert run(interactions.list_interactions, contact_id=zhou.id).total == 0


def test_quick_adds_open_it_and_pass_on_what_was_added(qtbot: Any, worker: DbWorker, run: Waiter) -> None:
    sun = run(contacts.add, display_name="Sun Li")
    window = QWidget()
    qtbot.addWidget(window)
    quick = QuickAdds(worker, window)
    dialog = quick.interaction(contact_id=sun.id, contact_name="Sun Li")
    qtbot.waitUntil(lambda: dialog.picker.contact_id() == sun.id, timeout=TIMEOUT)
    dialog.kind.setCurrentIndex(dialog.kind.findData("note"))
    dialog.subject.editor.setText("Prefers WeChat")
    with qtbot.waitSignal(quick.interaction_added, timeout=TIMEOUT) as seen:
        dialog.add_button.click()
    assert (seen.args[0].kind, seen.args[0].subject) == ("note", "Prefers WeChat")


def test_a_lock_closes_the_quick_add_and_settings(qtbot: Any, unlocked: Any) -> None:
    """What was typed about a contact, and the vault's tags and fields, leave the screen on a lock."""
    window = unlocked.window
    dialog = window.quick.interaction()
    settings = SettingsDialog(unlocked.worker, unlocked.settings, window)
    settings.show()
    qtbot.keyClicks(dialog.subject.editor, "Confidential terms")
    unlocked.lock()
    qtbot.waitUntil(lambda: window.is_locked(), timeout=TIMEOUT)
    qtbot.waitUntil(lambda: not dialog.isVisible() and not settings.isVisible(), timeout=TIMEOUT)
