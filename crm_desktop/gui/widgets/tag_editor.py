"""Settings → Tags: every tag with how many contacts carry it; rename, merge into another, remove."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QMessageBox, QPushButton, QWidget

from crm_desktop.core.services import tags
from crm_desktop.core.services.tags import TagOut
from crm_desktop.gui.widgets.field_row import FieldRow
from crm_desktop.gui.widgets.settings_list import SettingsList
from crm_desktop.gui.widgets.stage_editor import line
from crm_desktop.gui.worker import DbWorker


class TagEditor(SettingsList):
    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(worker, [self.tr("Tag"), self.tr("Contacts")], parent)
        self.setObjectName("tagEditor")
        self._tags: dict[int, TagOut] = {}
        self.remove_button = self.side_button(self.tr("Remove"), "removeButton", self._remove,
                                              QKeySequence.StandardKey.Delete)
        self.name = FieldRow("name", QLineEdit(self), self)
        self.rename_button = QPushButton(self.tr("Rename"), self)
        self.rename_button.setObjectName("renameButton")
        self.rename_button.clicked.connect(self._rename)
        self.name.editor.returnPressed.connect(self._rename)
        self.into = FieldRow("into", QComboBox(self), self)
        self.merge_button = QPushButton(self.tr("Merge"), self)
        self.merge_button.setObjectName("mergeButton")
        self.merge_button.clicked.connect(self._merge)
        form = QFormLayout()
        form.addRow(self.tr("Selected:"), line(self.name, self.rename_button))
        form.addRow(self.tr("Merge into:"), line(self.into, self.merge_button))
        self.body.addLayout(form)
        self.finish()

    @staticmethod
    def load(vault: Any) -> list[TagOut]:
        return tags.list_tags(vault)

    def fill(self, data: list[TagOut]) -> list[tuple[int, list[str]]]:
        self._tags = {t.id: t for t in data}
        return [(t.id, [t.name, str(t.contacts)]) for t in data]

    def selected(self, ident: int | None) -> None:
        tag = self._tags.get(ident) if ident is not None else None
        self.name.clear_error()
        self.into.clear_error()
        self.name.set_text(tag.name if tag else "")
        combo = self.into.editor
        assert isinstance(combo, QComboBox)
        combo.clear()
        for other in self._tags.values():
            if tag is None or other.id != tag.id:
                combo.addItem(other.name, other.id)
        for w in (self.name, self.rename_button, self.remove_button):
            w.setEnabled(tag is not None)
        for w in (self.into, self.merge_button):
            w.setEnabled(tag is not None and combo.count() > 0)

    def _rename(self) -> None:
        tag = self._tags.get(self.selected_id() or -1)
        if tag is not None and self.name.text().strip() != tag.name:
            self.submit(tags.rename, tag.id, self.name.text(), rows={"name": self.name},
                        done=lambda t: self.tr("Renamed to {name}.").format(name=t.name))

    def _merge(self) -> None:
        tag = self._tags.get(self.selected_id() or -1)
        into = self.into.editor.currentData() if isinstance(self.into.editor, QComboBox) else None
        if tag is None or into is None:
            return
        self.submit(tags.merge, tag.id, int(into), rows={"into": self.into}, select=True,
                    done=lambda t: self.tr("Merged {old} into {name}.").format(old=tag.name, name=t.name))

    def _remove(self) -> None:
        tag = self._tags.get(self.selected_id() or -1)
        if tag is None:
            return
        if tag.contacts and QMessageBox.question(
                self, self.tr("Remove a tag"),
                self.tr("Take the tag {name} off {count} contacts? Undo puts it back.").format(
                    name=tag.name, count=tag.contacts)) != QMessageBox.StandardButton.Yes:
            return
        self.submit(tags.remove, tag.id,
                    done=lambda _r: self.tr("Removed {name}. Undo brings it back.").format(name=tag.name))
