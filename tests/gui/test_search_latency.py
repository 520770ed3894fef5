"""What a keystroke costs in the window's search field, and how the app starts from the command line
with a passphrase: a key typed while nothing runs reaches the list at once (no pause to wait out);
typed while a query runs, only the text at the pause is asked. The window is built while the key is
derived, and a wrong passphrase still leaves the way it did (closing the unlock dialog quits)."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

import pytest

from crm_desktop.core.services import contacts
from crm_desktop.core.vault import Vault
from crm_desktop.gui.app import launch
from crm_desktop.gui.controller import AppController
from crm_desktop.gui.dialogs.unlock_dialog import UnlockDialog

from .helpers import PASSPHRASE, TIMEOUT, Waiter, press


def _add(qtbot: Any, c: AppController, *names: str) -> None:
    run = Waiter(qtbot, c.worker)
    for name in names:
        run(contacts.add, display_name=name)


def test_a_key_typed_while_nothing_runs_reaches_the_list_at_once(qtbot: Any, unlocked: AppController) -> None:
    _add(qtbot, unlocked, "Olivia Grant", "Oscar Wu", "Zhang Wei")
    window = unlocked.window
    assert window is not None
    window.contacts.load()
    qtbot.waitUntil(lambda: window.contacts.model.rowCount() == 3 and unlocked.worker.is_idle(),
                    timeout=TIMEOUT)
    passed_on: list[str] = []
    window.search_bar.settled.connect(passed_on.append)
    press(qtbot, window, "Ctrl+K")
    qtbot.keyClick(window.search_edit, "z")
    assert passed_on == ["z"]  # in the same turn as the key: no pause waited out
    qtbot.waitUntil(lambda: window.contacts.model.filter.text == "z"
                    and window.contacts.model.is_settled() and window.contacts.model.rowCount() == 1,
                    timeout=TIMEOUT)
    row = window.contacts.model.cached_row(window.contacts.model.contact_id(0) or -1)
    assert row is not None and row.name == "Zhang Wei"


def test_typing_while_a_query_runs_asks_only_the_text_at_the_pause(qtbot: Any,
                                                                   unlocked: AppController) -> None:
    _add(qtbot, unlocked, "Olivia Grant", "Oscar Wu")
    window = unlocked.window
    assert window is not None
    qtbot.waitUntil(unlocked.worker.is_idle, timeout=TIMEOUT)
    passed_on: list[str] = []
    window.search_bar.settled.connect(passed_on.append)
    unlocked.worker.run(lambda _vault: time.sleep(0.8))  # a query running
    press(qtbot, window, "Ctrl+K")
    qtbot.keyClicks(window.search_edit, "osc")
    assert passed_on == []
    qtbot.waitUntil(lambda: passed_on == ["osc"], timeout=TIMEOUT)
    qtbot.waitUntil(lambda: window.contacts.model.filter.text == "osc" and window.contacts.model.is_settled()
                    and window.contacts.model.rowCount() == 1, timeout=TIMEOUT)
    assert passed_on == ["osc"]


@pytest.fixture
def vault_file(tmp_path: Path) -> str:
    path = tmp_path / "office.crm"

    def make() -> None:  # off the GUI thread, where no SQL may run
        Vault.create(str(path), PASSPHRASE).close()

    maker = threading.Thread(target=make)
    maker.start()
    maker.join()
    return str(path)


def test_the_window_is_built_while_the_key_is_derived(qtbot: Any, controller: AppController, vault_file: str,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CRM_PASSPHRASE", PASSPHRASE)
    launch(controller, vault=vault_file, language="en")
    assert controller.window is not None and controller.vault is None  # built before the vault is open
    early = controller.window
    qtbot.waitUntil(lambda: controller.vault is not None and early.isVisible() and not early.is_locked(),
                    timeout=TIMEOUT)
    assert controller.window is early


def test_a_wrong_passphrase_at_launch_still_asks_and_cancel_quits(qtbot: Any, controller: AppController,
                                                                  vault_file: str,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CRM_PASSPHRASE", "not the passphrase")
    launch(controller, vault=vault_file, language="en")
    qtbot.waitUntil(lambda: isinstance(controller.dialog, UnlockDialog), timeout=TIMEOUT)
    assert controller.window is None  # the window built meanwhile is gone with the failed open
    dialog = controller.dialog
    assert dialog is not None
    dialog.reject()
    assert controller.exits == [0]  # type: ignore[attr-defined]
