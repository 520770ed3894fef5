"""The selected contact's menu: Delete moves it to the trash (undo brings it back), a PDF report on it,
everything about the person as JSON, and erase everywhere."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from crm_desktop.core.services import contact_read, contacts, interactions, trash
from crm_desktop.gui.controller import AppController
from crm_desktop.gui.dialogs.report_dialog import ReportDialog
from crm_desktop.gui.main_window import MainWindow

from .helpers import TIMEOUT, Waiter


def _select(qtbot: Any, c: AppController, name: str) -> tuple[MainWindow, Waiter, Any]:
    assert c.window is not None
    window, run = c.window, Waiter(qtbot, c.worker)
    chen = run(contacts.add, display_name=name, emails=["chen@example.com"])
    run(interactions.add, participants=[chen.id], kind="meeting", subject="Term sheet",
        occurred_at="2026-11-02T10:00:00+08:00")
    window.contacts.load()
    window.contacts.select_contact(chen.id)
    qtbot.waitUntil(lambda: window.contacts.detail.contact is not None, timeout=TIMEOUT)
    return window, run, chen


def test_delete_moves_the_contact_to_the_trash_and_undo_brings_it_back(qtbot: Any,
                                                                        unlocked: AppController) -> None:
    window, run, _chen = _select(qtbot, unlocked, "陈静")
    table = window.contacts.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: window.contacts.model.rowCount() == 0, timeout=TIMEOUT)
    assert window.contacts.detail.contact is None
    assert [i.label for i in run(trash.list_trash)] == ["陈静"]
    window.run_undo(redo=False)
    qtbot.waitUntil(lambda: run(contact_read.list_contacts).total == 1, timeout=TIMEOUT)


def test_the_menu_offers_a_report_on_the_contact(qtbot: Any, unlocked: AppController) -> None:
    window, _run, _chen = _select(qtbot, unlocked, "Chen Jing")
    window.contacts.contact_actions.report.trigger()
    qtbot.waitUntil(lambda: isinstance(window.tools.current("reports"), ReportDialog), timeout=TIMEOUT)
    actions = [a.objectName() for a in window.contacts.table.actions()]
    assert actions[:2] == ["contactTrash", "contactReport"] and "contactErase" in actions


def test_export_everything_about_the_person_then_erase_them(qtbot: Any, unlocked: AppController,
                                                              tmp_path: Path) -> None:
    window, run, _chen = _select(qtbot, unlocked, "陈静")
    out = tmp_path / "陈静.json"
    window.contacts.contact_actions.export_to(str(out))
    qtbot.waitUntil(out.exists, timeout=TIMEOUT)
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert "陈静" in json.dumps(doc, ensure_ascii=False) and len(doc["interactions"]) == 1
    window.contacts.contact_actions.erase_now()
    qtbot.waitUntil(lambda: window.contacts.model.rowCount() == 0, timeout=TIMEOUT)
    assert run(contact_read.list_contacts).total == 0 and run(trash.list_trash) == []
    assert run(interactions.list_interactions).total == 0  # only about them: gone with them
