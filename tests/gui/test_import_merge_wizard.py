"""The import wizard with duplicates: a row with a contact's phone is merged by itself, a row that
matches only by name is shown in bold for the user, who picks "merge" for it from the keyboard; the
summary counts the merged rows and the contacts hold what the rows added."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from crm_desktop.core.services import contact_read, contacts
from crm_desktop.gui.dialogs.import_wizard import PREVIEW
from crm_desktop.gui.widgets.import_duplicates import ACTION
from crm_desktop.gui.worker import DbWorker

from .helpers import TIMEOUT, Waiter
from .test_import_wizard import go_to, open_wizard, run_import, vault_worker  # noqa: F401 (a fixture)


def test_merged_rows_and_a_choice_per_row(qtbot: Any, vault_worker: DbWorker, tmp_path: Path) -> None:  # noqa: F811
    wait = Waiter(qtbot, vault_worker)
    zw = wait(contacts.add, display_name="张伟", phones=["+86 138 0013 8000"], title="经理")
    wf = wait(contacts.add, display_name="王芳", phones=["13700000001"], organization="中信证券")
    path = tmp_path / "客户.csv"
    path.write_text("姓名,手机,邮箱,公司,职位\n张伟,138-0013-8000,zw@gmail.com,,总经理\n"
                    "王芳,,wf@gmail.com,中信证券,\n陈志明,13500000005,,华泰证券,\n", encoding="utf-8")
    wizard = open_wizard(qtbot, vault_worker, path)
    go_to(qtbot, wizard, PREVIEW)
    page = wizard.preview_page
    qtbot.waitUntil(lambda: wizard.state.preview is not None, timeout=TIMEOUT)
    assert page.duplicates.currentData() == "auto"
    text = page.counts.text()
    assert "<b>1</b> new" in text and "<b>1</b> to merge" in text and "<b>1</b> possible duplicate" in text
    model, view = page.dup_model, page.dup_view
    assert page.tabs.currentWidget() is view and model.rowCount() == 2
    shown = [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(2)]
    assert shown[0][:3] == ["1", "张伟", "张伟"] and shown[0][4].startswith("Merge")
    assert "same phone" in shown[0][3]
    assert shown[1][:3] == ["2", "王芳", "王芳"] and shown[1][4] == "Skip — your choice"
    assert model.index(1, 0).data(Qt.ItemDataRole.FontRole).bold()
    page.grab().save(str(tmp_path / "preview.png"))  # to look at

    view.setFocus()
    view.setCurrentIndex(model.index(1, 0))
    qtbot.keyClick(view, Qt.Key.Key_F2)  # opens the action of that line
    editor = view.indexWidget(model.index(1, ACTION))
    assert isinstance(editor, QComboBox) and editor.currentData() == "skip"
    editor.setCurrentIndex(editor.findData("merge"))
    editor.activated.emit(editor.currentIndex())
    assert wizard.state.actions == {2: "merge"}
    assert "<b>2</b> to merge" in page.counts.text() and "<b>0</b> possible duplicate" in page.counts.text()

    result = run_import(qtbot, wizard)
    assert (result.created, result.merged, result.skipped) == (1, 2, 0)
    assert "<b>2</b> row(s) merged into existing contacts" in wizard.summary_page.summary.text()
    wizard.summary_page.grab().save(str(tmp_path / "summary.png"))
    z = wait(contact_read.get, zw.id)
    assert z.title == "经理" and [e.address for e in z.emails] == ["zw@gmail.com"]
    assert [e.address for e in wait(contact_read.get, wf.id).emails] == ["wf@gmail.com"]
