"""Duplicates caught on entry: the contact quick-add warns while the user types a name, a phone or
an e-mail already on file, opens that contact on request, and still adds when told to."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from crm_desktop.core.services import contact_read, contacts
from crm_desktop.gui.dialogs.quick_add import QuickAddDialog
from crm_desktop.gui.worker import DbWorker

from .helpers import PASSPHRASE, TIMEOUT, Waiter


def type_chinese(edit: QLineEdit, text: str) -> None:
    """keyClicks with non-ASCII text aborts Qt: commit the text as an input method would."""
    edit.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(edit, event)


@pytest.fixture
def seeded(qtbot: Any, worker: DbWorker, tmp_path: Path) -> dict[str, int]:
    done: list[Any] = []
    worker.create_vault(str(tmp_path / "v.crm"), PASSPHRASE, on_done=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=TIMEOUT)
    wait = Waiter(qtbot, worker)
    zhang = wait(contacts.add, display_name="张伟", organization="中国银行", phones=["13800138000"])
    other = wait(contacts.add, display_name="Ada Lovelace", emails=["ada@example.com"])
    return {"zhang": zhang.id, "ada": other.id}


def _dialog(qtbot: Any, worker: DbWorker) -> QuickAddDialog:
    dialog = QuickAddDialog(worker)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _type_zhang_traditional(qtbot: Any, dialog: QuickAddDialog) -> None:
    with qtbot.waitSignal(dialog.watch.checked, timeout=TIMEOUT,
                          check_params_cb=lambda hints: bool(hints)):
        type_chinese(dialog.rows["display_name"].editor, "張偉")
        qtbot.keyClicks(dialog.rows["phones"].editor, "+86 138 0013 8000")


def test_typing_a_known_person_in_the_other_script_warns_with_who_it_is(
        qtbot: Any, worker: DbWorker, seeded: dict[str, int]) -> None:
    dialog = _dialog(qtbot, worker)
    assert not dialog.duplicate.isVisible()
    _type_zhang_traditional(qtbot, dialog)
    assert dialog.duplicate.isVisible()
    text = dialog.duplicate.label.text()
    assert text.startswith("Looks like 张伟 (中国银行, +86 138 0013 8000)")
    assert "same phone" in text and "simplified / traditional" in text
    assert dialog.duplicate.hints[0].contact_id == seeded["zhang"]


def test_open_it_asks_for_the_contact_on_file_and_closes_the_form(
        qtbot: Any, worker: DbWorker, seeded: dict[str, int]) -> None:
    dialog = _dialog(qtbot, worker)
    _type_zhang_traditional(qtbot, dialog)
    with qtbot.waitSignal(dialog.open_existing, timeout=TIMEOUT) as opened:
        qtbot.mouseClick(dialog.duplicate.open_button, Qt.MouseButton.LeftButton)
    assert opened.args == [seeded["zhang"]]
    assert not dialog.isVisible()


def test_add_anyway_saves_the_second_contact(qtbot: Any, worker: DbWorker, seeded: dict[str, int]) -> None:
    dialog = _dialog(qtbot, worker)
    _type_zhang_traditional(qtbot, dialog)
    with qtbot.waitSignal(dialog.added, timeout=TIMEOUT) as added:
        qtbot.mouseClick(dialog.duplicate.proceed_button, Qt.MouseButton.LeftButton)
    new = added.args[0]
    assert new.display_name == "張偉" and new.id != seeded["zhang"]
    people = Waiter(qtbot, worker)(lambda v: contact_read.list_contacts(v, kind="person").contacts)
    both = [c.display_name for c in people]
    assert sorted(both) == sorted(["张伟", "張偉", "Ada Lovelace"])


def test_an_e_mail_on_file_warns_in_another_case_and_a_new_person_does_not(
        qtbot: Any, worker: DbWorker, seeded: dict[str, int]) -> None:
    dialog = _dialog(qtbot, worker)
    with qtbot.waitSignal(dialog.watch.checked, timeout=TIMEOUT, check_params_cb=bool):
        qtbot.keyClicks(dialog.rows["emails"].editor, "ADA@Example.com")
    assert dialog.duplicate.isVisible() and "Ada Lovelace" in dialog.duplicate.label.text()
    assert "same e-mail" in dialog.duplicate.label.text()
    dialog.rows["emails"].editor.clear()
    with qtbot.waitSignal(dialog.watch.checked, timeout=TIMEOUT, check_params_cb=lambda h: h == []):
        type_chinese(dialog.rows["display_name"].editor, "李娜")
    assert not dialog.duplicate.isVisible()


def test_the_plain_add_button_still_adds_while_warned(qtbot: Any, worker: DbWorker,
                                                      seeded: dict[str, int]) -> None:
    dialog = _dialog(qtbot, worker)
    _type_zhang_traditional(qtbot, dialog)
    with qtbot.waitSignal(dialog.added, timeout=TIMEOUT):
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)


def test_closing_the_form_while_a_check_runs_drops_its_answer(qtbot: Any, worker: DbWorker,
                                                              seeded: dict[str, int]) -> None:
    dialog = QuickAddDialog(worker)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    qtbot.keyClicks(dialog.rows["phones"].editor, "13800138000")
    dialog.watch.check_now()  # the check is on the worker
    dialog.close()
    qtbot.waitUntil(worker.is_idle, timeout=TIMEOUT)  # its answer came back to a deleted form
    qtbot.wait(50)
