"""Help → User guide: the guide opens inside the app in the window's language, its contents links
jump to the section, its language links switch the page, and its pictures fit the page."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QUrl

from crm_desktop.gui.controller import AppController
from crm_desktop.gui.dialogs.guide_dialog import MAX_PICTURE_WIDTH, GuideDialog, slug
from crm_desktop.resources_path import guide_dir

from .helpers import TIMEOUT


def _guide(qtbot: Any, c: AppController) -> GuideDialog:
    assert c.window is not None
    c.window.commands.guide.trigger()
    qtbot.waitUntil(lambda: c.window is not None and c.window.findChild(GuideDialog) is not None,
                    timeout=TIMEOUT)
    dialog = c.window.findChild(GuideDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def _pictures(dialog: GuideDialog) -> list[tuple[str, float]]:
    out = []
    block = dialog.browser.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isImageFormat():
                out.append((fmt.toImageFormat().name(), fmt.toImageFormat().width()))
            it += 1
        block = block.next()
    return out


def test_guide_in_the_window_language_with_working_links(qtbot: Any, unlocked: AppController) -> None:
    unlocked.set_language("zh_CN", remember=False)
    dialog = _guide(qtbot, unlocked)
    text = dialog.browser.document().toPlainText()
    assert dialog.language == "zh_CN" and text.startswith("crm-desktop 用户指南")
    assert dialog.windowTitle() == "用户指南"
    assert dialog.browser.verticalScrollBar().value() == 0
    dialog.browser.anchorClicked.emit(QUrl("#backups"))  # the contents' link to 10. 备份与恢复
    qtbot.waitUntil(lambda: dialog.browser.verticalScrollBar().value() > 0, timeout=TIMEOUT)
    top = dialog.browser.cursorForPosition(dialog.browser.viewport().rect().topLeft())
    assert "备份" in top.block().text() or "备份" in top.block().next().text()
    pictures = _pictures(dialog)
    assert len(pictures) >= 10 and all(w <= MAX_PICTURE_WIDTH for _, w in pictures)
    assert all((guide_dir() / name).is_file() for name, _ in pictures)  # none missing
    dialog.browser.anchorClicked.emit(QUrl("en.md"))  # "also in English"
    assert dialog.language == "en"
    assert dialog.browser.document().toPlainText().startswith("crm-desktop user guide")
    dialog.browser.anchorClicked.emit(QUrl("#13-keyboard-shortcuts"))  # GitHub-style heading anchors
    qtbot.waitUntil(lambda: dialog.browser.verticalScrollBar().value() > 0, timeout=TIMEOUT)
    unlocked.window.commands.guide.trigger()  # type: ignore[union-attr]
    assert len(unlocked.window.findChildren(GuideDialog)) == 1  # type: ignore[union-attr]


def test_slug_matches_the_guides_links() -> None:
    assert slug("4. Bring in your contacts: Excel, Outlook, a phone") == \
        "4-bring-in-your-contacts-excel-outlook-a-phone"
    assert slug("11. Privacy: one person's data") == "11-privacy-one-persons-data"
