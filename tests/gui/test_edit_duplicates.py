"""Editing a contact's phone, e-mail or name into one already on file says so beside the form:
open the other contact, or merge the two (the finder's side-by-side, with just that pair)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from crm_desktop.core.services import contact_read, contacts, interactions
from crm_desktop.gui.controller import AppController
from crm_desktop.gui.dialogs.duplicates_dialog import DuplicatesDialog
from crm_desktop.gui.main_window import MainWindow

from .helpers import TIMEOUT, Waiter


def _shown(qtbot: Any, c: AppController) -> tuple[MainWindow, Waiter, Any, Any]:
    assert c.window is not None
    window = c.window
    run = Waiter(qtbot, c.worker)
    zhang = run(contacts.add, display_name="张伟", phones=["+86 138 0013 8000"], organization="中国银行")
    run(interactions.add, participants=[zhang.id], kind="call", subject="Rate lock",
        occurred_at="2026-11-02T10:00:00+08:00")
    other = run(contacts.add, display_name="Zhang Wei")
    window.contacts.load()
    window.contacts.select_contact(other.id)
    qtbot.waitUntil(lambda: window.contacts.detail.contact is not None
                    and window.contacts.detail.contact.id == other.id, timeout=TIMEOUT)
    return window, run, zhang, other


def _type_phone(qtbot: Any, window: MainWindow) -> None:
    detail = window.contacts.detail
    with qtbot.waitSignal(detail.watch.checked, timeout=TIMEOUT, check_params_cb=lambda hints: bool(hints)):
        qtbot.keyClicks(detail.rows["phones"].editor, "138-0013-8000")


def test_editing_in_a_known_phone_warns_and_open_it_shows_that_contact(qtbot: Any,
                                                                        unlocked: AppController) -> None:
    window, _run, zhang, _other = _shown(qtbot, unlocked)
    _type_phone(qtbot, window)
    warning = window.contacts.detail.duplicate
    assert warning.isVisible() and warning.label.text().startswith("Looks like 张伟")
    qtbot.mouseClick(warning.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.contacts.detail.contact is not None
                    and window.contacts.detail.contact.id == zhang.id, timeout=TIMEOUT)
    assert not warning.isVisible()  # the warning was about the other record


def test_merge_from_the_edit_merges_the_pair_and_undo_brings_both_back(qtbot: Any,
                                                                       unlocked: AppController) -> None:
    window, run, zhang, other = _shown(qtbot, unlocked)
    _type_phone(qtbot, window)
    qtbot.mouseClick(window.contacts.detail.duplicate.proceed_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(window.tools.current("duplicates"), DuplicatesDialog), timeout=TIMEOUT)
    dialog = window.tools.current("duplicates")
    assert isinstance(dialog, DuplicatesDialog) and not dialog.searching()
    assert [set(g.ids) for g in dialog.groups.groups()] == [{zhang.id, other.id}]
    qtbot.waitUntil(lambda: dialog.merge_button.isEnabled(), timeout=TIMEOUT)
    with qtbot.waitSignal(dialog.merged, timeout=TIMEOUT) as merged:
        qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    survivor = merged.args[0]
    assert run(contact_read.list_contacts, kind="person").total == 1
    assert run(interactions.list_interactions, contact_id=survivor).total == 1
    window.run_undo(redo=False)
    qtbot.waitUntil(lambda: run(contact_read.list_contacts, kind="person").total == 2, timeout=TIMEOUT)
