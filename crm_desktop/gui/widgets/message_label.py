"""A label for a message beside a field or at the top of a form: hidden while empty."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget


class MessageLabel(QLabel):
    def __init__(self, parent: QWidget | None = None, *, kind: str = "error") -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        color = {"error": "#b00020", "hint": "#555555", "ok": "#1b5e20"}.get(kind, "#b00020")
        self.setStyleSheet(f"color: {color};")
        self.hide()

    def show_message(self, text: str, *, color: str | None = None) -> None:
        if color:
            self.setStyleSheet(f"color: {color};")
        self.setText(text)
        self.setVisible(bool(text))

    def clear_message(self) -> None:
        self.setText("")
        self.hide()
