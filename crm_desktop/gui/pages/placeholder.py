"""A page that is not built yet says so plainly."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class PlaceholderPage(QWidget):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = title  # already translated by the caller on each retranslate
        self.label = QLabel(self)
        self.label.setObjectName("placeholderLabel")
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        self.retranslate()

    def set_title(self, title: str) -> None:
        self._title = title
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setText(self.tr("<h2>{title}</h2><p>This page is not built yet. It comes in a later "
                                   "version; for now, use Contacts.</p>").format(title=self._title))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
