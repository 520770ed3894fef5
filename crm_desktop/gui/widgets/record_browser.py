"""Read-only rich text with links to records: a click on `contact:12` asks to open that contact."""

from __future__ import annotations

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import QTextBrowser, QWidget


class RecordBrowser(QTextBrowser):
    open_record = Signal(str, int)  # kind ("contact", "deal", "reminder"), id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._clicked)

    def _clicked(self, url: QUrl) -> None:
        kind, _, ident = url.toString().partition(":")
        if ident.isdigit():
            self.open_record.emit(kind, int(ident))
