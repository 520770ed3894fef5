"""A text box with a button under it, for writing a note; Ctrl+Return sends it too."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from .message_label import MessageLabel


class NoteBox(QWidget):
    submitted = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, lines: int = 3) -> None:
        super().__init__(parent)
        self.edit = QPlainTextEdit(self)
        self.edit.setObjectName("noteEdit")
        self.edit.setTabChangesFocus(True)
        self.edit.setFixedHeight(self.edit.fontMetrics().lineSpacing() * lines + 14)
        self.button = QPushButton(self)
        self.button.setObjectName("addNoteButton")
        self.button.clicked.connect(self._submit)
        self.message = MessageLabel(self)
        send = QShortcut(QKeySequence("Ctrl+Return"), self.edit)
        send.setContext(Qt.ShortcutContext.WidgetShortcut)
        send.activated.connect(self._submit)
        self.bar = QHBoxLayout()
        self.bar.addWidget(self.message, 1)
        self.bar.addStretch(0)
        self.bar.addWidget(self.button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addLayout(self.bar)

    def _submit(self) -> None:
        text = self.edit.toPlainText().strip()
        if text:
            self.message.clear_message()
            self.button.setEnabled(False)
            self.submitted.emit(text)

    def sent(self) -> None:
        """The note was saved: empty the box for the next one."""
        self.edit.clear()
        self.button.setEnabled(True)

    def refused(self, message: str) -> None:
        self.button.setEnabled(True)
        self.message.show_message(message)

    def clear(self) -> None:
        self.edit.clear()
        self.message.clear_message()
        self.button.setEnabled(True)
