"""The import wizard over a real vault and real files: a GBK CSV as Excel for China saves it, an
XLSX from openpyxl, a damaged file, a cancelled run, a JSON export restored, the history's undo."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from crm_desktop.core import exporter, importer
from crm_desktop.core.services import contact_read, contacts
from crm_desktop.gui.dialogs.import_history import ImportHistoryDialog
from crm_desktop.gui.dialogs.import_wizard import DETECT, FILE, MAPPING, PREVIEW, SUMMARY, ImportWizard
from crm_desktop.gui.worker import DbWorker

from .helpers import PASSPHRASE, TIMEOUT, Waiter

# Excel for China ("CSV (逗号分隔)") writes the ANSI code page, GBK, with CRLF and no BOM.
GBK_ROWS = ["姓名,公司,手机,邮箱", "张伟,华夏资本,13800138000,zhang.wei@example.com",
            "李娜,远东投资,12345,li.na@example.com", "王芳,华夏资本,13900139000,wang.fang@example.com"]


@pytest.fixture
def vault_worker(qtbot: Any, worker: DbWorker, tmp_path: Path) -> DbWorker:
    done: list[Any] = []
    worker.create_vault(str(tmp_path / "v.crm"), PASSPHRASE, on_done=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=TIMEOUT)
    return worker


def people(qtbot: Any, worker: DbWorker) -> list[str]:
    page = Waiter(qtbot, worker)(contact_read.list_contacts, kind="person")
    return sorted(c.display_name for c in page.contacts)


def gbk_csv(tmp_path: Path) -> Path:
    path = tmp_path / "客户名单.csv"
    path.write_bytes(("\r\n".join(GBK_ROWS) + "\r\n").encode("gbk"))
    return path


def open_wizard(qtbot: Any, worker: DbWorker, path: Path | None) -> ImportWizard:
    wizard = ImportWizard(worker, None, path=str(path) if path else None)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def click(qtbot: Any, wizard: ImportWizard, button: QWizard.WizardButton) -> None:
    widget = wizard.button(button)
    qtbot.waitUntil(widget.isEnabled, timeout=TIMEOUT)
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def go_to(qtbot: Any, wizard: ImportWizard, page: int) -> None:
    while wizard.currentId() < page:
        here = wizard.currentId()
        click(qtbot, wizard, QWizard.WizardButton.NextButton)
        qtbot.waitUntil(lambda here=here: wizard.currentId() != here, timeout=TIMEOUT)
    assert wizard.currentId() == page


def run_import(qtbot: Any, wizard: ImportWizard) -> Any:
    page = wizard.preview_page
    qtbot.waitUntil(page.isComplete, timeout=TIMEOUT)
    with qtbot.waitSignal(wizard.imported, timeout=60_000) as signal:
        click(qtbot, wizard, QWizard.WizardButton.CommitButton)
    qtbot.waitUntil(lambda: wizard.currentId() == SUMMARY, timeout=TIMEOUT)
    return signal.args[0]


def test_gbk_csv_from_excel_is_mapped_previewed_imported_and_undone(qtbot: Any, vault_worker: DbWorker,
                                                                   tmp_path: Path) -> None:
    wizard = open_wizard(qtbot, vault_worker, gbk_csv(tmp_path))
    go_to(qtbot, wizard, DETECT)
    detect = wizard.detect_page
    assert "GB18030" in detect.encoding.currentText() and "detected" in detect.encoding.currentText()
    assert detect.rows.item(0, 0).text() == "张伟"  # read right, not mojibake

    go_to(qtbot, wizard, MAPPING)
    fields = {c: wizard.mapping_page.combo(c).currentData() for c in ("姓名", "公司", "手机", "邮箱")}
    assert fields == {"姓名": "display_name", "公司": "organization", "手机": "phone", "邮箱": "email"}

    go_to(qtbot, wizard, PREVIEW)
    page = wizard.preview_page
    qtbot.waitUntil(lambda: wizard.state.preview is not None, timeout=TIMEOUT)
    assert "<b>3</b> new" in page.counts.text()
    model = page.problems.model()
    shown = [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]
    bad = [row for row in shown if row[2] == "手机"]
    assert bad and bad[0][0] == "2" and bad[0][1] == "3" and bad[0][3] == "Phone" and "12345" in bad[0][5]
    assert people(qtbot, vault_worker) == []  # the preview wrote nothing

    result = run_import(qtbot, wizard)
    assert result.created == 3 and result.errors == 0
    assert people(qtbot, vault_worker) == ["张伟", "李娜", "王芳"]
    assert "<b>3</b> record" in wizard.summary_page.summary.text()

    with qtbot.waitSignal(wizard.undone, timeout=TIMEOUT) as undone:
        qtbot.mouseClick(wizard.summary_page.undo_button, Qt.MouseButton.LeftButton)
    assert undone.args[0] == result.batch_id
    assert people(qtbot, vault_worker) == []
    assert not wizard.summary_page.undo_button.isEnabled()


def test_a_cancelled_import_leaves_the_vault_unchanged(qtbot: Any, vault_worker: DbWorker,
                                                       tmp_path: Path) -> None:
    path = tmp_path / "many.csv"
    rows = [f"Person {i},+86 138 {i:04d} {i:04d},p{i}@example.com" for i in range(3000)]
    path.write_text("Name,Mobile,Email\n" + "\n".join(rows) + "\n", encoding="utf-8")
    Waiter(qtbot, vault_worker)(contacts.add, display_name="Already here")
    wizard = open_wizard(qtbot, vault_worker, path)
    go_to(qtbot, wizard, PREVIEW)
    page = wizard.preview_page
    qtbot.waitUntil(page.isComplete, timeout=60_000)
    click(qtbot, wizard, QWizard.WizardButton.CommitButton)
    qtbot.waitUntil(lambda: page.progress is not None and page.progress.value() > 0, timeout=60_000)
    qtbot.mouseClick(page.progress.findChild(type(wizard.button(QWizard.WizardButton.NextButton))),
                     Qt.MouseButton.LeftButton)  # the dialog's Cancel
    qtbot.waitUntil(lambda: page.progress is None, timeout=60_000)
    assert page.message.text() == "Import cancelled: nothing was written."
    assert wizard.currentId() == PREVIEW and page.isComplete()  # it can be tried again
    assert people(qtbot, vault_worker) == ["Already here"]
    assert Waiter(qtbot, vault_worker)(importer.list_batches) == []


def test_xlsx_from_openpyxl_with_a_chosen_field_and_a_preset(qtbot: Any, vault_worker: DbWorker,
                                                             tmp_path: Path) -> None:
    path = tmp_path / "leads.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Leads"
    ws.append(["Full name", "Company", "E-mail", "Source"])
    ws.append(["Ada Lovelace", "Analytical Engines", "ada@example.com", "fair"])
    ws.append(["Grace Hopper", "Navy", "grace@example.com", "web"])
    wb.create_sheet("Notes").append(["not this one"])
    wb.save(path)
    wizard = open_wizard(qtbot, vault_worker, path)
    go_to(qtbot, wizard, DETECT)
    assert wizard.detect_page.sheet.currentText() == "Leads" and wizard.detect_page.sheet.count() == 2
    go_to(qtbot, wizard, MAPPING)
    mapping = wizard.mapping_page
    assert mapping.combo("Full name").currentData() == "display_name"
    assert mapping.combo("Source").currentData() == "custom"
    source = mapping.combo("Source")
    source.setCurrentIndex(source.findData("ignore"))  # skip it
    mapping.save("Leads sheet")
    qtbot.waitUntil(lambda: mapping.presets.findText("Leads sheet") >= 0, timeout=TIMEOUT)
    result = (go_to(qtbot, wizard, PREVIEW), run_import(qtbot, wizard))[1]
    assert result.created >= 2 and result.format == "xlsx"
    assert people(qtbot, vault_worker) == ["Ada Lovelace", "Grace Hopper"]
    assert Waiter(qtbot, vault_worker)(importer.load_preset, "Leads sheet").target("Source").field == "ignore"
    ada = Waiter(qtbot, vault_worker)(contact_read.list_contacts, kind="person").contacts[0]
    assert "fair" not in str(ada)  # the skipped column was not kept


def test_a_malformed_file_says_what_and_the_wizard_stays_usable(qtbot: Any, vault_worker: DbWorker,
                                                                tmp_path: Path) -> None:
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 this zip was cut short")
    wizard = open_wizard(qtbot, vault_worker, broken)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    message = wizard.file_page.message
    qtbot.waitUntil(lambda: "Nothing was imported" in message.text(), timeout=TIMEOUT)
    assert message.isVisible() and "broken.xlsx" in message.text()
    assert wizard.currentId() == FILE
    wizard.file_page.set_path(str(gbk_csv(tmp_path)))  # another file: on it goes
    assert not message.isVisible()
    go_to(qtbot, wizard, PREVIEW)
    assert run_import(qtbot, wizard).created == 3


def test_a_json_export_is_restored_whole_and_the_history_undoes_it(qtbot: Any, vault_worker: DbWorker,
                                                                  tmp_path: Path) -> None:
    run = Waiter(qtbot, vault_worker)
    run(contacts.add, display_name="Moved Person")
    export = tmp_path / "all.json"
    run(exporter.export_json, str(export))
    done: list[Any] = []  # a second vault, as when a firm moves to a new laptop
    vault_worker.create_vault(str(tmp_path / "new.crm"), PASSPHRASE, on_done=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=TIMEOUT)
    assert people(qtbot, vault_worker) == []
    wizard = open_wizard(qtbot, vault_worker, export)
    go_to(qtbot, wizard, DETECT)
    assert "JSON" in wizard.detect_page.format_label.text()
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    qtbot.waitUntil(lambda: wizard.currentId() == PREVIEW, timeout=TIMEOUT)  # no columns to match
    result = run_import(qtbot, wizard)
    assert result.format == "json" and people(qtbot, vault_worker) == ["Moved Person"]

    history = ImportHistoryDialog(vault_worker)
    qtbot.addWidget(history)
    qtbot.waitUntil(lambda: len(history.history.batches) == 1, timeout=TIMEOUT)
    history.history.select_batch(result.batch_id)
    with qtbot.waitSignal(history.undone, timeout=TIMEOUT):
        qtbot.mouseClick(history.history.undo_button, Qt.MouseButton.LeftButton)
    # The newest import is undone by the ordinary undo: its batch goes with it.
    assert [b for b in history.history.batches if b.status == "done"] == []
    assert "is undone" in history.history.message.text()
    assert people(qtbot, vault_worker) == []


def test_duplicates_are_shown_and_the_choice_for_them_changes_the_preview(qtbot: Any, vault_worker: DbWorker,
                                                                          tmp_path: Path) -> None:
    path = gbk_csv(tmp_path)
    Waiter(qtbot, vault_worker)(importer.run_import, str(path))  # imported once already
    wizard = open_wizard(qtbot, vault_worker, path)
    go_to(qtbot, wizard, PREVIEW)
    page = wizard.preview_page
    qtbot.waitUntil(lambda: wizard.state.preview is not None, timeout=TIMEOUT)
    text = page.counts.text()  # each row has its phone or e-mail: merged by default (adds nothing)
    assert "<b>0</b> new" in text and "<b>3</b> to merge" in text and "imported before" in text
    assert page.tabs.tabText(0) == "Possible duplicates (3)" and page.dup_model.to_review() == 0
    messages = [page.model.index(r, 5).data() for r in range(page.model.rowCount())]
    assert any("may duplicate 张伟" in m for m in messages)

    page.duplicates.setCurrentIndex(page.duplicates.findData("update"))
    page.duplicates.activated.emit(page.duplicates.currentIndex())
    qtbot.waitUntil(lambda: wizard.state.preview is not None, timeout=TIMEOUT)
    assert "<b>3</b> to update" in page.counts.text()
    result = run_import(qtbot, wizard)
    assert (result.created, result.updated) == (0, 3)
    assert people(qtbot, vault_worker) == ["张伟", "李娜", "王芳"]


def test_another_encoding_rereads_the_file_and_a_wrong_one_is_refused(qtbot: Any, vault_worker: DbWorker,
                                                                      tmp_path: Path) -> None:
    wizard = open_wizard(qtbot, vault_worker, gbk_csv(tmp_path))
    go_to(qtbot, wizard, DETECT)
    page = wizard.detect_page

    def choose(code: str) -> None:
        page.encoding.setCurrentIndex(page.encoding.findData(code))
        page.encoding.activated.emit(page.encoding.currentIndex())

    choose("cp950")  # Big5 reads these bytes "cleanly", as nonsense: the rows show it
    qtbot.waitUntil(lambda: wizard.state.encoding == "cp950", timeout=TIMEOUT)
    assert page.rows.horizontalHeaderItem(0).text() != "姓名" and page.encoding.currentText() == "Big5"
    choose("utf-8")  # not UTF-8 at all: said, with the line, and the last good choice stays
    qtbot.waitUntil(lambda: "not valid UTF-8" in page.message.text(), timeout=TIMEOUT)
    assert "line 1" in page.message.text() and page.encoding.currentText() == "Big5"
    choose("gb18030")
    qtbot.waitUntil(lambda: wizard.state.encoding == "gb18030", timeout=TIMEOUT)
    assert page.rows.item(0, 0).text() == "张伟" and not page.message.isVisible()
    go_to(qtbot, wizard, MAPPING)
    assert wizard.mapping_page.combo("手机").currentData() == "phone"


def test_closing_the_wizard_while_importing_cancels_and_writes_nothing(qtbot: Any, vault_worker: DbWorker,
                                                                       tmp_path: Path) -> None:
    path = tmp_path / "many.csv"
    rows = [f"Person {i},p{i}@example.com" for i in range(3000)]
    path.write_text("Name,Email\n" + "\n".join(rows) + "\n", encoding="utf-8")
    wizard = open_wizard(qtbot, vault_worker, path)
    go_to(qtbot, wizard, PREVIEW)
    page = wizard.preview_page
    qtbot.waitUntil(page.isComplete, timeout=60_000)
    click(qtbot, wizard, QWizard.WizardButton.CommitButton)
    qtbot.waitUntil(lambda: page.progress is not None and page.progress.value() > 0, timeout=60_000)
    wizard.reject()  # Escape or the window's close button
    assert wizard.isVisible()  # it waits for the import to stop
    qtbot.waitUntil(lambda: page.progress is None, timeout=60_000)
    assert page.message.text() == "Import cancelled: nothing was written."
    assert people(qtbot, vault_worker) == []
    wizard.reject()
    assert not wizard.isVisible()
