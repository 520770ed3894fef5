"""Where to save a file: a path field with Browse…, holding a default name until the user picks
one (a typed path is kept, so tests and keyboard users need no file dialog)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLineEdit, QPushButton, QWidget


class PathField(QWidget):
    def __init__(self, suffix: str, caption: str, filters: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.suffix = suffix  # ".pdf": added when the typed name lacks it
        self._caption, self._filters = caption, filters
        self.chosen = False  # once the user types or browses, defaults no longer replace the path
        self.edit = QLineEdit(self)
        self.edit.setObjectName("pathEdit")
        self.edit.textEdited.connect(lambda _t: setattr(self, "chosen", True))
        self.browse = QPushButton(self.tr("&Browse…"), self)
        self.browse.setObjectName("browseButton")
        self.browse.setAutoDefault(False)
        self.browse.clicked.connect(self._browse)
        self.setFocusProxy(self.edit)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.browse)

    def set_default(self, name: str, folder: Path) -> None:
        """Suggest `name`, in the folder already shown (else `folder`), unless the user chose."""
        if self.chosen:
            return
        shown = self.edit.text()
        self.edit.setText(str((Path(shown).parent if shown else folder) / name))

    def set_path(self, path: str | os.PathLike[str]) -> None:
        self.edit.setText(os.fspath(path))
        self.chosen = True

    def path(self) -> Path | None:
        text = self.edit.text().strip()
        if not text:
            return None
        path = Path(os.path.expanduser(text))
        return path if path.suffix.lower() == self.suffix else path.with_name(path.name + self.suffix)

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(self, self._caption, self.edit.text(), self._filters)
        if chosen:  # the file dialog has already asked before replacing a file
            self.set_path(chosen)
