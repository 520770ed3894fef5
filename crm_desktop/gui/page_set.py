"""The window's pages, in navigation order, and what they share: a vault opened or locked, and
"something changed" — the other pages reload the next time they are shown."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from .pages.base import Page


class PageSet(QObject):
    message = Signal(str)
    open_record = Signal(str, int)
    changed = Signal()  # any page wrote to the vault

    def __init__(self, pages: dict[str, Page], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pages = pages
        for page in pages.values():
            page.changed.connect(lambda p=page: self.mark_stale(but=p))
            page.message.connect(self.message)
            page.open_record.connect(self.open_record)

    def __getitem__(self, name: str) -> Page:
        return self.pages[name]

    def activate(self) -> None:
        for page in self.pages.values():
            page.activate()

    def deactivate(self) -> None:
        for page in self.pages.values():
            page.deactivate()

    def mark_stale(self, *, but: Page | None = None) -> None:
        """After a write (or an undo): every page but the writer reloads when next shown."""
        for page in self.pages.values():
            if page is not but:
                page.mark_stale()
        self.changed.emit()
