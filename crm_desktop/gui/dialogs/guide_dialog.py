"""Help → User guide: the guide of docs/guide in the window's language, read inside the app
(offline; nothing to install). Qt renders the Markdown; this adds what its importer leaves out:
anchors on the headings (the contents links jump to them) and pictures no wider than the page."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from PySide6.QtCore import QLocale, QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImageReader, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from crm_desktop.resources_path import guide_dir

LANGUAGES = ("en", "zh_CN", "zh_TW")
MAX_PICTURE_WIDTH = 760


def slug(heading: str) -> str:
    """GitHub's heading anchor (the guide's contents links are written for it): lower case, spaces
    to hyphens, punctuation dropped; letters of any script kept."""
    text = heading.strip().lower()
    text = "".join(ch for ch in text if ch in " -_" or unicodedata.category(ch)[0] in "LN")
    return re.sub(" ", "-", text)


def named_anchors(markdown: str) -> dict[str, list[str]]:
    """Heading text -> the ids of `<a id="..."></a>` lines just above it (the Chinese guides name
    their sections so; Qt's Markdown importer drops an empty HTML anchor)."""
    out: dict[str, list[str]] = {}
    pending: list[str] = []
    for line in markdown.splitlines():
        found = re.fullmatch(r'\s*<a (?:id|name)="([^"]+)"></a>\s*', line)
        if found:
            pending.append(found.group(1))
        elif line.startswith("#") and pending:
            out.setdefault(line.lstrip("#").strip(), []).extend(pending)
            pending = []
        elif line.strip():
            pending = []
    return out


def guide_language() -> str:
    name = QLocale().name()
    return name if name in LANGUAGES else "en"


class GuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, language: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guideDialog")
        self.resize(QSize(860, 720))
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("guideBrowser")
        self.browser.setOpenLinks(False)  # links to the other languages and the web: handled below
        self.browser.anchorClicked.connect(self._follow)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.language = ""
        self.load(language or guide_language())
        self.browser.setFocus()

    def load(self, language: str) -> None:
        path = guide_dir() / f"{language if language in LANGUAGES else 'en'}.md"
        self.language = path.stem
        self.setWindowTitle(self.tr("User guide"))
        doc = self.browser.document()
        if not path.is_file():
            self.browser.setPlainText(self.tr("The user guide is missing from this installation ({path}).")
                                      .format(path=path))
            return
        doc.setBaseUrl(QUrl.fromLocalFile(str(path)))  # the pictures' relative paths
        text = path.read_text(encoding="utf-8")
        doc.setMarkdown(text)
        self._anchor_headings(named_anchors(text))
        self._fit_pictures(path.parent)
        self.browser.moveCursor(QTextCursor.MoveOperation.Start)

    def _anchor_headings(self, named: dict[str, list[str]]) -> None:
        block = self.browser.document().begin()
        while block.isValid():
            if block.blockFormat().headingLevel() > 0 and block.text().strip():
                cursor = QTextCursor(block)
                cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
                mark = QTextCharFormat()
                mark.setAnchor(True)
                mark.setAnchorNames([slug(block.text()), *named.get(block.text().strip(), [])])
                cursor.mergeCharFormat(mark)
            block = block.next()

    def _fit_pictures(self, folder: Path) -> None:
        block = self.browser.document().begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                fmt = fragment.charFormat()
                if fmt.isImageFormat():
                    image = fmt.toImageFormat()
                    size = QImageReader(str(folder / image.name())).size()
                    if size.width() > MAX_PICTURE_WIDTH:
                        image.setWidth(MAX_PICTURE_WIDTH)
                        image.setHeight(size.height() * MAX_PICTURE_WIDTH / size.width())
                        cursor = QTextCursor(self.browser.document())
                        cursor.setPosition(fragment.position())
                        cursor.setPosition(fragment.position() + fragment.length(),
                                           QTextCursor.MoveMode.KeepAnchor)
                        cursor.setCharFormat(image)
                it += 1
            block = block.next()

    def _follow(self, url: QUrl) -> None:
        target = url.toString()
        if target.startswith("#"):
            self.browser.scrollToAnchor(url.fragment())
        elif url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)  # the user's own click: the only way anything goes out
        elif Path(url.path()).stem in LANGUAGES:
            self.load(Path(url.path()).stem)


def show_guide(parent: QWidget) -> GuideDialog:
    """One guide window per main window, modeless (read it while working)."""
    dialog = parent.findChild(GuideDialog, "guideDialog")
    if dialog is None:
        dialog = GuideDialog(parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
