"""A line across the top of the pages for news that must not wait for a look at a page (a
reminder falling due when the desktop has no tray to show it in). It stays until dismissed."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class Banner(QFrame):
    show_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.setStyleSheet("QFrame#banner { background: #fff4ce; border: 1px solid #e0c060; "
                           "border-radius: 4px; }")
        self.label = QLabel(self)
        self.label.setObjectName("bannerText")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.show_button = QPushButton(self)
        self.show_button.setObjectName("bannerShow")
        self.show_button.clicked.connect(self._show)
        self.dismiss_button = QPushButton(self)
        self.dismiss_button.setObjectName("bannerDismiss")
        self.dismiss_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.show_button)
        layout.addWidget(self.dismiss_button)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.show_button.setText(self.tr("Show"))
        self.dismiss_button.setText(self.tr("Dismiss"))

    def announce(self, text: str) -> None:
        self.label.setText(text)
        self.show()

    def clear(self) -> None:
        self.label.clear()
        self.hide()

    def _show(self) -> None:
        self.hide()
        self.show_requested.emit()
