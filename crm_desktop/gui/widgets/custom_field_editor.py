"""Settings → Custom fields: the fields the firm added to contacts, deals and interactions."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QMessageBox, QPushButton, QWidget

from crm_desktop.core.services import custom_fields
from crm_desktop.core.services.custom_fields import FieldDefOut
from crm_desktop.gui.queries.settings_data import FieldRow as FieldData
from crm_desktop.gui.queries.settings_data import load_fields
from crm_desktop.gui.widgets.field_row import FieldRow
from crm_desktop.gui.widgets.settings_list import SettingsList
from crm_desktop.gui.widgets.stage_editor import line
from crm_desktop.gui.worker import DbWorker


class CustomFieldEditor(SettingsList):
    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(worker, [self.tr("Field"), self.tr("For"), self.tr("Type"), self.tr("Values")],
                         parent)
        self.setObjectName("customFieldEditor")
        self._fields: dict[int, FieldData] = {}
        self.entities = {"contact": self.tr("Contacts"), "deal": self.tr("Deals"),
                         "interaction": self.tr("Interactions")}
        self.types = {"text": self.tr("Text"), "number": self.tr("Number"), "date": self.tr("Date"),
                      "choice": self.tr("Choice")}
        self.remove_button = self.side_button(self.tr("Remove"), "removeButton", self._remove,
                                              QKeySequence.StandardKey.Delete)
        self.name = FieldRow("name", QLineEdit(self), self)
        self.rename_button = QPushButton(self.tr("Rename"), self)
        self.rename_button.setObjectName("renameButton")
        self.rename_button.clicked.connect(self._rename)
        self.name.editor.returnPressed.connect(self._rename)
        self.new_name = FieldRow("new_name", QLineEdit(self), self)
        self.new_name.editor.setPlaceholderText(self.tr("Name of a new field"))
        self.entity = QComboBox(self)
        self.entity.setObjectName("entityCombo")
        for code, label in self.entities.items():
            self.entity.addItem(label, code)
        self.type = QComboBox(self)
        self.type.setObjectName("typeCombo")
        for code, label in self.types.items():
            self.type.addItem(label, code)
        self.choices = FieldRow("choices", QLineEdit(self), self)
        self.choices.editor.setPlaceholderText(self.tr("Choices, separated by ;"))
        self.add_button = QPushButton(self.tr("Add"), self)
        self.add_button.setObjectName("addButton")
        self.add_button.clicked.connect(self._add)
        for edit in (self.new_name.editor, self.choices.editor):
            edit.returnPressed.connect(self._add)
        self.type.currentIndexChanged.connect(self._type_changed)
        form = QFormLayout()
        form.addRow(self.tr("Selected:"), line(self.name, self.rename_button))
        form.addRow(self.tr("New field:"), line(self.new_name, self.entity, self.type, self.add_button))
        form.addRow("", self.choices)
        self.body.addLayout(form)
        self.finish()
        self._type_changed()

    @staticmethod
    def load(vault: Any) -> list[FieldData]:
        return load_fields(vault)

    def fill(self, data: list[FieldData]) -> list[tuple[int, list[str]]]:
        self._fields = {r.field.id: r for r in data}
        return [(r.field.id, [_label(r.field), self.entities.get(r.field.entity, r.field.entity),
                              self.types.get(r.field.type, r.field.type), str(r.values)]) for r in data]

    def selected(self, ident: int | None) -> None:
        row = self._fields.get(ident) if ident is not None else None
        self.name.clear_error()
        self.name.set_text(row.field.name if row else "")
        for w in (self.name, self.rename_button, self.remove_button):
            w.setEnabled(row is not None)

    def _type_changed(self) -> None:
        is_choice = self.type.currentData() == "choice"
        self.choices.setVisible(is_choice)
        self.choices.clear_error()

    def _add(self) -> None:
        choices = [c.strip() for c in self.choices.text().replace("；", ";").split(";") if c.strip()]
        ftype = self.type.currentData()
        self.submit(custom_fields.define, self.entity.currentData(), self.new_name.text(), ftype,
                    choices if ftype == "choice" else None,
                    rows={"name": self.new_name, "choices": self.choices, "type": self.new_name},
                    done=lambda f: self.tr("Added {name}.").format(name=f.name), select=True)

    def _rename(self) -> None:
        row = self._fields.get(self.selected_id() or -1)
        if row is not None and self.name.text().strip() != row.field.name:
            self.submit(custom_fields.rename, row.field.id, self.name.text(), rows={"name": self.name},
                        done=lambda f: self.tr("Renamed to {name}.").format(name=f.name))

    def _remove(self) -> None:
        row = self._fields.get(self.selected_id() or -1)
        if row is None:
            return
        if row.values and QMessageBox.question(
                self, self.tr("Remove a field"),
                self.tr("Remove the field {name} and its values on {count} records? "
                        "Undo brings them back.").format(name=row.field.name, count=row.values)
        ) != QMessageBox.StandardButton.Yes:
            return
        gone = self.tr("Removed {name}. Undo brings it back.").format(name=row.field.name)
        self.submit(custom_fields.remove, row.field.id, done=lambda _n: gone)

    def _done(self, result: Any, done: Any, select: bool) -> None:
        if select:
            self.new_name.set_text("")
            self.choices.set_text("")
        super()._done(result, done, select)


def _label(f: FieldDefOut) -> str:
    return f"{f.name} ({', '.join(f.choices)})" if f.choices else f.name
