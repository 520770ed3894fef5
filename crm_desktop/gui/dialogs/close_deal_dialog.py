"""Close a deal as won or lost, with the reason in a sentence or two."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget


class CloseDealDialog(QDialog):
    def __init__(self, deal_name: str, outcome: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.outcome = outcome
        self.setWindowTitle(self.tr("Close as won") if outcome == "won" else self.tr("Close as lost"))
        self.setMinimumWidth(460)
        question = (self.tr("Close “{name}” as won. Why did it win?") if outcome == "won"
                    else self.tr("Close “{name}” as lost. Why was it lost?"))
        label = QLabel(question.format(name=deal_name), self)
        label.setWordWrap(True)
        self.reason = QPlainTextEdit(self)
        self.reason.setObjectName("reasonEdit")
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(self.tr("The reason (optional)"))
        std = QDialogButtonBox.StandardButton
        buttons = QDialogButtonBox(std.Ok | std.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.reason)
        layout.addWidget(buttons)
        self.reason.setFocus()

    def reason_text(self) -> str | None:
        return self.reason.toPlainText().strip() or None
