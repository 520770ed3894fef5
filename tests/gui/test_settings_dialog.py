"""Settings: the pipeline, custom fields, tags, the vault's phone region and currency, language and
auto-lock — driven through the dialog's widgets, checked on a fresh read of the vault."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from crm_desktop.core.services import contacts, custom_fields, deals, stages, tags, undo
from crm_desktop.gui.dialogs.settings_dialog import SettingsDialog
from crm_desktop.gui.queries.settings_data import load_defaults
from crm_desktop.gui.settings import Settings
from crm_desktop.gui.widgets.settings_list import SettingsList
from crm_desktop.gui.worker import DbWorker

from .helpers import PASSPHRASE, TIMEOUT, Waiter, press


@pytest.fixture
def run(qtbot: Any, worker: DbWorker, tmp_path: Path) -> Waiter:
    """A new vault open on the worker; `run(fn, ...)` calls a service there and waits."""
    opened: list[object] = []
    worker.create_vault(str(tmp_path / "v.crm"), PASSPHRASE, on_done=opened.append)
    qtbot.waitUntil(lambda: bool(opened), timeout=TIMEOUT)
    return Waiter(qtbot, worker)


@pytest.fixture
def dialog(qtbot: Any, worker: DbWorker, run: Waiter, settings: Settings) -> Iterator[SettingsDialog]:
    d = SettingsDialog(worker, settings)
    qtbot.addWidget(d)
    d.show()
    for editor in (d.stages, d.fields, d.tags):
        qtbot.waitUntil(lambda e=editor: e.table.rowCount() > 0 or e is not d.stages, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: d.general.region.isEnabled(), timeout=TIMEOUT)
    yield d
    d.close()


def names(table: SettingsList) -> list[str]:
    return [table.table.item(r, 0).text() for r in range(table.table.rowCount())]


def select(editor: SettingsList, name: str) -> None:
    editor.table.selectRow(names(editor).index(name))
    editor.table.setFocus()


def test_move_a_stage_up_by_keyboard_and_read_it_back(qtbot: Any, dialog: SettingsDialog,
                                                       run: Waiter) -> None:
    dialog.tabs.setCurrentWidget(dialog.stages)
    before = [s.name for s in run(stages.list_stages)]
    select(dialog.stages, before[1])
    with qtbot.waitSignal(dialog.vault_settings_changed, timeout=TIMEOUT):
        press(qtbot, dialog.stages.table, "Ctrl+Up")
    assert [s.name for s in run(stages.list_stages)] == [before[1], before[0], *before[2:]]
    qtbot.waitUntil(lambda: names(dialog.stages)[0] == before[1], timeout=TIMEOUT)
    assert dialog.stages.selected_id() == run(stages.list_stages)[0].id  # still on the moved stage
    assert not dialog.stages.up_button.isEnabled()  # first now: nowhere to go up


def test_a_stage_with_deals_is_not_removed_and_says_why(qtbot: Any, dialog: SettingsDialog,
                                                        run: Waiter) -> None:
    first = run(stages.list_stages)[0]
    run(deals.add, name="Harbour bridge refinancing", stage=first.id)
    dialog.stages.reload()
    qtbot.waitUntil(lambda: dialog.stages.table.item(0, 3).text() == "1", timeout=TIMEOUT)
    dialog.tabs.setCurrentWidget(dialog.stages)
    select(dialog.stages, first.name)
    press(qtbot, dialog.stages.table, "Delete")
    qtbot.waitUntil(dialog.stages.message.isVisible, timeout=TIMEOUT)
    assert "1 deal(s) are in stage" in dialog.stages.message.text()
    assert first.name in [s.name for s in run(stages.list_stages)]


def test_add_rename_and_remove_a_stage(qtbot: Any, dialog: SettingsDialog, run: Waiter) -> None:
    editor = dialog.stages
    dialog.tabs.setCurrentWidget(editor)
    qtbot.keyClicks(editor.new_name.editor, "Signed")
    editor.new_probability.setValue(95)
    with qtbot.waitSignal(dialog.vault_settings_changed, timeout=TIMEOUT):
        qtbot.keyClick(editor.new_name.editor, Qt.Key.Key_Return)
    listed = run(stages.list_stages)
    added = next(s for s in listed if s.name == "Signed")
    # An open stage goes before the won and lost ones.
    assert listed.index(added) == next(n for n, s in enumerate(listed) if s.is_won or s.is_lost) - 1
    assert added.probability == 95
    qtbot.waitUntil(lambda: editor.selected_id() == added.id, timeout=TIMEOUT)
    # The same name again: refused beside the field.
    qtbot.keyClicks(editor.new_name.editor, "signed")
    qtbot.keyClick(editor.new_name.editor, Qt.Key.Key_Return)
    qtbot.waitUntil(editor.new_name.message.isVisible, timeout=TIMEOUT)
    assert "already exists" in editor.new_name.message.text()
    editor.name.editor.setText("Signed mandate")
    with qtbot.waitSignal(dialog.vault_settings_changed, timeout=TIMEOUT):
        qtbot.keyClick(editor.name.editor, Qt.Key.Key_Return)
    assert "Signed mandate" in [s.name for s in run(stages.list_stages)]
    qtbot.waitUntil(lambda: "Signed mandate" in names(editor), timeout=TIMEOUT)
    select(editor, "Signed mandate")
    with qtbot.waitSignal(dialog.vault_settings_changed, timeout=TIMEOUT):
        editor.remove_button.click()
    assert "Signed mandate" not in [s.name for s in run(stages.list_stages)]
    run(undo.revert)  # audited: Edit → Undo brings it back
    assert "Signed mandate" in [s.name for s in run(stages.list_stages)]


def test_add_a_custom_field_with_choices(qtbot: Any, dialog: SettingsDialog, run: Waiter) -> None:
    editor = dialog.fields
    dialog.tabs.setCurrentWidget(editor)
    assert not editor.choices.isVisible()
    editor.entity.setCurrentIndex(editor.entity.findData("deal"))
    editor.type.setCurrentIndex(editor.type.findData("choice"))
    assert editor.choices.isVisible()
    qtbot.keyClicks(editor.new_name.editor, "Sector")
    qtbot.keyClick(editor.new_name.editor, Qt.Key.Key_Return)  # no choices yet: refused beside them
    qtbot.waitUntil(editor.choices.message.isVisible, timeout=TIMEOUT)
    qtbot.keyClicks(editor.choices.editor, "Energy; Infrastructure")
    with qtbot.waitSignal(dialog.vault_settings_changed, timeout=TIMEOUT):
        qtbot.keyClick(editor.choices.editor, Qt.Key.Key_Return)
    (field,) = run(custom_fields.list_defs, "deal")
    assert (field.name, field.type, field.choices) == ("Sector", "choice", ["Energy", "Infrastructure"])
    qtbot.waitUntil(lambda: editor.selected_id() == field.id, timeout=TIMEOUT)
    assert editor.new_name.text() == ""
    editor.name.editor.setText("Industry")
    with qtbot.waitSignal(dialog.vault_settings_changed, timeout=TIMEOUT):
        editor.rename_button.click()
    assert [f.name for f in run(custom_fields.list_defs, "deal")] == ["Industry"]


def test_merge_tags_then_undo(qtbot: Any, dialog: SettingsDialog, run: Waiter) -> None:
    run(contacts.add, display_name="Li Na", tags=["VIP"])
    run(contacts.add, display_name="Zhang Wei", tags=["vip", "bank"])
    editor = dialog.tags
    editor.reload()
    qtbot.waitUntil(lambda: editor.table.rowCount() == 3, timeout=TIMEOUT)
    dialog.tabs.setCurrentWidget(editor)
    select(editor, "VIP")
    combo = editor.into.editor
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findText("vip"))
    with qtbot.waitSignal(dialog.vault_settings_changed, timeout=TIMEOUT):
        editor.merge_button.click()
    assert {(t.name, t.contacts) for t in run(tags.list_tags)} == {("bank", 1), ("vip", 2)}
    qtbot.waitUntil(lambda: names(editor) == ["bank", "vip"], timeout=TIMEOUT)
    run(undo.revert)
    assert {(t.name, t.contacts) for t in run(tags.list_tags)} == {("bank", 1), ("vip", 1), ("VIP", 1)}


def _choose(qtbot: Any, dialog: SettingsDialog, combo: Any, code: str) -> None:
    with qtbot.waitSignal(dialog.vault_settings_changed, timeout=TIMEOUT):
        combo.setCurrentIndex(combo.findData(code))


def test_phone_region_decides_how_a_bare_number_is_read(qtbot: Any, dialog: SettingsDialog,
                                                         run: Waiter) -> None:
    region = dialog.general.region.editor
    _choose(qtbot, dialog, region, "US")
    assert run(load_defaults).region == "US"
    as_us = run(contacts.add, display_name="Read in US", phones=["138 0013 8000"])
    assert as_us.phones[0].number != "+8613800138000"
    _choose(qtbot, dialog, region, "CN")
    assert run(load_defaults).region == "CN"
    as_cn = run(contacts.add, display_name="Read in CN", phones=["138 0013 8000"])
    assert (as_cn.phones[0].number, as_cn.phones[0].valid) == ("+8613800138000", True)
    currency = dialog.general.currency.editor
    _choose(qtbot, dialog, currency, "HKD")
    assert run(load_defaults).currency == "HKD"
    run(undo.revert)  # audited like any change: undo takes it back, and a refresh shows that
    dialog.refresh()
    qtbot.waitUntil(lambda: currency.currentData() == "", timeout=TIMEOUT)
    assert run(load_defaults).currency == ""


def test_autolock_and_language_are_app_settings(qtbot: Any, dialog: SettingsDialog,
                                                 settings: Settings) -> None:
    general = dialog.general
    assert general.autolock.value() == 10  # the default
    with qtbot.waitSignal(dialog.autolock_changed, timeout=TIMEOUT) as seen:
        general.autolock.setValue(15)
    assert seen.args == [15] and settings.autolock_minutes == 15
    with qtbot.waitSignal(dialog.autolock_changed, timeout=TIMEOUT) as seen:
        general.autolock.setValue(0)
    assert seen.args == [0] and settings.autolock_minutes == 0
    assert general.autolock.text() == "Off"
    assert [general.language.itemText(i) for i in range(3)] == ["English", "简体中文", "繁體中文"]
    with qtbot.waitSignal(dialog.language_chosen, timeout=TIMEOUT) as seen:
        general.language.setCurrentIndex(general.language.findData("zh_TW"))
    assert seen.args == ["zh_TW"] and settings.language == "zh_TW"
