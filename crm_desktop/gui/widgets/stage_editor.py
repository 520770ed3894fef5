"""Settings → Pipeline: the firm's stages in order; add, rename, set the probability, move, remove."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLineEdit, QPushButton, QSpinBox, QWidget

from crm_desktop.core.services import stages
from crm_desktop.core.services.stages import StageOut
from crm_desktop.gui.widgets.field_row import FieldRow
from crm_desktop.gui.widgets.settings_list import SettingsList
from crm_desktop.gui.worker import DbWorker


def _percent_box(parent: QWidget, name: str) -> QSpinBox:
    box = QSpinBox(parent)
    box.setObjectName(name)
    box.setRange(0, 100)
    box.setSuffix(" %")
    return box


def line(*widgets: QWidget, stretch_first: bool = True) -> QHBoxLayout:
    layout = QHBoxLayout()
    for n, w in enumerate(widgets):
        layout.addWidget(w, 1 if (n == 0 and stretch_first) else 0)
    return layout


class StageEditor(SettingsList):
    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(worker, [self.tr("Stage"), self.tr("Probability"), self.tr("Outcome"),
                                  self.tr("Deals")], parent)
        self.setObjectName("stageEditor")
        self._stages: dict[int, StageOut] = {}
        self._order: list[int] = []
        self.up_button = self.side_button(self.tr("Move up"), "moveUpButton", lambda: self._move(-1),
                                          QKeySequence("Ctrl+Up"))
        self.down_button = self.side_button(self.tr("Move down"), "moveDownButton", lambda: self._move(1),
                                            QKeySequence("Ctrl+Down"))
        self.remove_button = self.side_button(self.tr("Remove"), "removeButton", self._remove,
                                              QKeySequence.StandardKey.Delete)
        # Edit the selected stage.
        self.name = FieldRow("name", QLineEdit(self), self)
        self.probability = _percent_box(self, "probabilityBox")
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setObjectName("saveButton")
        self.save_button.clicked.connect(self._save)
        self.name.editor.returnPressed.connect(self._save)
        # A new stage.
        self.new_name = FieldRow("new_name", QLineEdit(self), self)
        self.new_name.editor.setPlaceholderText(self.tr("Name of a new stage"))
        self.new_probability = _percent_box(self, "newProbabilityBox")
        self.outcome = QComboBox(self)
        self.outcome.setObjectName("outcomeCombo")
        self.outcome.addItem(self.tr("Open"), "open")
        self.outcome.addItem(self.tr("Won"), "won")
        self.outcome.addItem(self.tr("Lost"), "lost")
        self.add_button = QPushButton(self.tr("Add"), self)
        self.add_button.setObjectName("addButton")
        self.add_button.clicked.connect(self._add)
        self.new_name.editor.returnPressed.connect(self._add)
        form = QFormLayout()
        form.addRow(self.tr("Selected:"), line(self.name, self.probability, self.save_button))
        form.addRow(self.tr("New stage:"), line(self.new_name, self.new_probability, self.outcome,
                                                self.add_button))
        self.body.addLayout(form)
        self.finish()

    @staticmethod
    def load(vault: Any) -> list[StageOut]:
        return stages.list_stages(vault)

    def fill(self, data: list[StageOut]) -> list[tuple[int, list[str]]]:
        self._stages = {s.id: s for s in data}
        self._order = [s.id for s in data]
        kinds = {"won": self.tr("Won"), "lost": self.tr("Lost"), "open": self.tr("Open")}
        return [(s.id, [s.name, f"{s.probability} %", kinds[_kind(s)], str(s.deals)]) for s in data]

    def selected(self, ident: int | None) -> None:
        st = self._stages.get(ident) if ident is not None else None
        self.name.clear_error()
        self.name.set_text(st.name if st else "")
        self.probability.setValue(st.probability if st else 0)
        for w in (self.name, self.probability, self.save_button, self.remove_button):
            w.setEnabled(st is not None)
        pos = self._order.index(st.id) if st else -1
        self.up_button.setEnabled(pos > 0)
        self.down_button.setEnabled(0 <= pos < len(self._order) - 1)

    def _move(self, step: int) -> None:
        ident = self.selected_id()
        if ident is None:
            return
        pos = self._order.index(ident) + step
        if 0 <= pos < len(self._order):
            self.submit(stages.move, ident, pos)

    def _save(self) -> None:
        st = self._stages.get(self.selected_id() or -1)
        if st is None:
            return
        name, probability = self.name.text().strip(), self.probability.value()
        if name != st.name:
            self.submit(_rename_and_set, st.id, name, probability, rows={"name": self.name},
                        done=lambda s: self.tr("Saved {name}.").format(name=s.name))
        elif probability != st.probability:
            self.submit(stages.set_probability, st.id, probability,
                        done=lambda s: self.tr("Saved {name}.").format(name=s.name))

    def _add(self) -> None:
        kind = self.outcome.currentData()
        # An open stage goes before the won and lost ones, where deals move forward through it.
        closed = [n for n, i in enumerate(self._order) if _kind(self._stages[i]) != "open"]
        position = closed[0] if kind == "open" and closed else None
        self.submit(_add_stage, self.new_name.text(), self.new_probability.value(), position, kind,
                    rows={"name": self.new_name, "probability": self.new_name, "is_lost": self.new_name},
                    done=lambda s: self.tr("Added {name}.").format(name=s.name), select=True)
        self.new_name.editor.setFocus()

    def _remove(self) -> None:
        st = self._stages.get(self.selected_id() or -1)
        if st is not None:
            self.submit(stages.delete, st.id,
                        done=lambda _r: self.tr("Removed {name}. Undo brings it back.").format(name=st.name))

    def _done(self, result: Any, done: Any, select: bool) -> None:
        if select:
            self.new_name.set_text("")  # added: ready for the next one
        super()._done(result, done, select)


def _kind(s: StageOut) -> str:
    return "won" if s.is_won else "lost" if s.is_lost else "open"


def _add_stage(vault: Any, name: str, probability: int, position: int | None, kind: str) -> StageOut:
    return stages.add(vault, name, probability, position, is_won=kind == "won", is_lost=kind == "lost")


def _rename_and_set(vault: Any, stage_id: int, name: str, probability: int) -> StageOut:
    out = stages.rename(vault, stage_id, name)
    if out.probability != probability:
        out = stages.set_probability(vault, stage_id, probability)
    return out
