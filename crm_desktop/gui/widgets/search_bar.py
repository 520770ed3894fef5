"""The window's one search field, in its tool bar: Esc clears it; the text is passed on after a
pause in typing (a pause, not a wait: the query itself takes milliseconds)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLineEdit, QToolBar, QWidget

SEARCH_DELAY_MS = 60


class SearchBar(QToolBar):
    settled = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainToolbar")
        self.setMovable(False)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("searchEdit")
        self.edit.setClearButtonEnabled(True)
        self.edit.setMaximumWidth(420)
        clear = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.edit)
        clear.setContext(Qt.ShortcutContext.WidgetShortcut)
        clear.activated.connect(self.edit.clear)
        self.addWidget(self.edit)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self.edit.textChanged.connect(lambda _t: self._timer.start())
        self._timer.timeout.connect(lambda: self.settled.emit(self.edit.text()))
