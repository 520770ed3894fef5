"""A dashboard panel: a title, a line of figures, and the records behind them — a click (or
Enter) on one opens it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import QGroupBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

KIND = Qt.ItemDataRole.UserRole
IDENT = Qt.ItemDataRole.UserRole + 1


class FigurePanel(QGroupBox):
    open_record = Signal(str, int)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.figures = QLabel(self)
        self.figures.setObjectName(f"{name}Figures")
        self.figures.setWordWrap(True)
        self.figures.setStyleSheet("font-size: 11pt;")
        self.list = QListWidget(self)
        self.list.setObjectName(f"{name}List")
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(False)
        # Clicks, and Enter from the keyboard (not itemActivated: some styles activate on a
        # single click, which would open the record twice).
        self.list.itemClicked.connect(self._open)
        enter = QShortcut(QKeySequence(Qt.Key.Key_Return), self.list)
        enter.setContext(Qt.ShortcutContext.WidgetShortcut)
        enter.activated.connect(lambda: self._open(self.list.currentItem()))
        self.empty = QLabel(self)
        self.empty.setStyleSheet("color: #666666;")
        self.empty.setWordWrap(True)
        self.empty.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.figures)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addStretch(0)

    def set_rows(self, rows: list[tuple[str, str, int, str | None]], empty_text: str) -> None:
        """Rows of (text, kind, id, colour or None)."""
        self.list.clear()
        for text, kind, ident, color in rows:
            item = QListWidgetItem(text)
            item.setData(KIND, kind)
            item.setData(IDENT, ident)
            if color:
                item.setForeground(QColor(color))
            self.list.addItem(item)
        self.empty.setText(empty_text)
        self.empty.setVisible(not rows)
        self.list.setVisible(bool(rows))

    def clear(self) -> None:
        self.figures.clear()
        self.list.clear()

    def _open(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.open_record.emit(str(item.data(KIND)), int(item.data(IDENT)))
