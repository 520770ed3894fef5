"""An editor with its validation message beside it, for forms edited in place."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QWidget

from .message_label import MessageLabel


class FieldRow(QWidget):
    """`editor` (a QLineEdit or QComboBox) and, to its right, the message for that field."""

    def __init__(self, name: str, editor: QLineEdit | QComboBox, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.editor = editor
        self.message = MessageLabel(self)
        self.message.setObjectName(f"{name}Message")
        editor.setObjectName(f"{name}Edit")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(editor, 3)
        layout.addWidget(self.message, 2)

    def text(self) -> str:
        if isinstance(self.editor, QComboBox):
            return str(self.editor.currentData() or "")
        return self.editor.text()

    def set_text(self, text: str) -> None:
        if isinstance(self.editor, QComboBox):
            i = self.editor.findData(text)
            self.editor.setCurrentIndex(max(i, 0))
        else:
            self.editor.setText(text)
            self.editor.setCursorPosition(0)

    def show_error(self, text: str) -> None:
        self.message.show_message(text)

    def clear_error(self) -> None:
        self.message.clear_message()
