"""Help → Keyboard shortcuts: built from the window's own actions, so it is never out of date."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget


class ShortcutsDialog(QDialog):
    def __init__(self, actions: list[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(460, 480)
        rows = [(a.text().replace("&", ""), ", ".join(
            s.toString(QKeySequence.SequenceFormat.NativeText) for s in a.shortcuts()))
            for a in actions if a.shortcuts()]
        extra = [(self.tr("Clear the search"), "Esc"), (self.tr("Save a field"), self.tr("Enter or Tab")),
                 (self.tr("Move a deal card to the previous or next stage"), "Alt+←, Alt+→"),
                 (self.tr("Open the deal card, the record in a list"), self.tr("Enter")),
                 (self.tr("Back from a deal to the board"), "Esc"),
                 (self.tr("Add the note, log the interaction, mark reminders done"), "Ctrl+Return")]
        table = QTableWidget(len(rows) + len(extra), 2, self)
        table.setHorizontalHeaderLabels([self.tr("Command"), self.tr("Keys")])
        for i, (text, keys) in enumerate(rows + extra):
            table.setItem(i, 0, QTableWidgetItem(text))
            table.setItem(i, 1, QTableWidgetItem(keys))
        table.verticalHeader().hide()
        table.horizontalHeader().setStretchLastSection(True)
        table.resizeColumnToContents(0)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(buttons)

