"""The export dialog over a real vault: files written on the worker and read back as another
program would (openpyxl, json, a GBK decoder); a failure is said in words."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import Qt

from crm_desktop.core.services import contacts, deals
from crm_desktop.gui.dialogs.export_dialog import ExportDialog
from crm_desktop.gui.worker import DbWorker

from .helpers import PASSPHRASE, TIMEOUT, Waiter


@pytest.fixture
def filled(qtbot: Any, worker: DbWorker, tmp_path: Path) -> DbWorker:
    done: list[Any] = []
    worker.create_vault(str(tmp_path / "v.crm"), PASSPHRASE, on_done=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=TIMEOUT)
    run = Waiter(qtbot, worker)
    run(contacts.add, display_name="张伟", phones=["+86 138 0013 8000"], emails=["zhang.wei@example.com"])
    run(contacts.add, display_name="Ada Lovelace", organization="Analytical Engines")
    run(deals.add, name="Series B", amount=Decimal("12500000.00"), currency="CNY")
    return worker


def export(qtbot: Any, dialog: ExportDialog, kind: str, path: Path) -> Any:
    dialog.set_kind(kind)
    dialog.set_path(str(path))
    with qtbot.waitSignal(dialog.exported, timeout=TIMEOUT) as signal:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.show_folder.isVisible() and dialog.export_button.isEnabled()
    return signal.args[0]


def open_dialog(qtbot: Any, worker: DbWorker) -> ExportDialog:
    dialog = ExportDialog(worker, None)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_contacts_to_xlsx_read_back_with_openpyxl(qtbot: Any, filled: DbWorker, tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, filled)
    target = tmp_path / "out" / "clients.xlsx"
    export(qtbot, dialog, "contacts_xlsx", target)
    wb = openpyxl.load_workbook(target, read_only=True)
    assert wb.sheetnames == ["Contacts"]
    rows = list(wb["Contacts"].iter_rows(values_only=True))
    header = list(rows[0])
    by_name = {r[header.index("Display name")]: r for r in rows[1:]}
    assert {"张伟", "Ada Lovelace", "Analytical Engines"} <= set(by_name)
    assert by_name["张伟"][header.index("Phone 1")] == "+8613800138000"  # text, not a number
    n = len(by_name)
    assert dialog.message.text() == f"Saved {n} record(s) to {target}."


def test_whole_vault_json_parses_and_deals_xlsx_has_the_deal(qtbot: Any, filled: DbWorker,
                                                             tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, filled)
    result = export(qtbot, dialog, "vault_json", tmp_path / "everything.json")
    assert dialog.include_trash.isVisible() and not dialog.encoding.isVisible()
    doc = json.loads((tmp_path / "everything.json").read_text(encoding="utf-8"))
    assert {c["display_name"] for c in doc["contacts"]} >= {"张伟", "Ada Lovelace"}
    assert [d["name"] for d in doc["deals"]] == ["Series B"] and result.counts["deals"] == 1

    export(qtbot, dialog, "deals_xlsx", tmp_path / "deals.xlsx")
    rows = list(openpyxl.load_workbook(tmp_path / "deals.xlsx", read_only=True)["Deals"].iter_rows(
        values_only=True))
    assert rows[1][rows[0].index("Name")] == "Series B"


def test_csv_for_old_chinese_excel_is_gbk(qtbot: Any, filled: DbWorker, tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, filled)
    dialog.set_kind("contacts_csv")
    assert dialog.encoding.isVisible() and dialog.path_edit.text().endswith(".csv")
    dialog.encoding.setCurrentIndex(dialog.encoding.findData("gbk"))
    export(qtbot, dialog, "contacts_csv", tmp_path / "gbk.csv")
    raw = (tmp_path / "gbk.csv").read_bytes()
    assert "张伟".encode("gbk") in raw and not raw.startswith(b"\xef\xbb\xbf")


def test_the_file_name_follows_the_kind_and_a_failure_is_said(qtbot: Any, filled: DbWorker,
                                                              tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, filled)
    dialog.set_path(str(tmp_path / "crm-contacts-2025-01-02.csv"))
    dialog.set_kind("reminders_ical")
    assert Path(dialog.path_edit.text()).name == "crm-reminders-2025-01-02.ics"
    (tmp_path / "a-file").write_text("not a folder")
    dialog.set_path(str(tmp_path / "a-file" / "out.ics"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Cannot write" in dialog.message.text(), timeout=TIMEOUT)
    assert not dialog.show_folder.isVisible() and dialog.export_button.isEnabled()
