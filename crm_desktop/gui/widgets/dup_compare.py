"""A group of duplicates side by side: one column per record, one row per field that differs, a
radio per value to choose which survives (the richer one by default), which record survives, and
what each record carries (its interactions, deals and reminders all move to the survivor)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QFrame,
    QGridLayout,
    QLabel,
    QRadioButton,
    QScrollArea,
    QWidget,
)

from crm_desktop.core.services.contact_dto import ContactOut

from . import dup_labels
from .dup_queries import Side, readable_phone

FIELDS = ("display_name", "given_name", "family_name", "phonetic_given_name", "phonetic_family_name",
          "organization", "title", "department", "phones", "emails", "website", "birthday", "tier", "owner",
          "note")
LISTS = ("phones", "emails")  # besides one record's, "all of them" is a choice (the default)
JOINED = ("note",)  # besides one record's, "both joined" is a choice (the default)
EXTRA = 0  # the button id of "all of them" / "joined" (contact ids start at 1; -1 would mean "any id")
SHOWN_CHARS = 40


def value_of(c: ContactOut, name: str) -> str:
    if name.startswith("custom:"):
        return c.custom_fields.get(name.removeprefix("custom:")) or ""
    if name == "phones":
        return "; ".join(readable_phone(p.number) for p in c.phones)
    if name == "emails":
        return "; ".join(e.address for e in c.emails)
    value: Any = getattr(c, name)
    return "" if value is None else str(value).strip()


def _richness(text: str, name: str) -> int:
    return len(text.split("; ")) if name in LISTS and text else len(text)


@dataclass
class MergePlan:
    keep_id: int
    other_ids: list[int]
    choices: dict[str, int] = field(default_factory=dict)
    keep_all_phones: bool = True
    keep_all_emails: bool = True


class MergeChooser(QScrollArea):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mergeChooser")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.sides: list[Side] = []
        self.keep = QButtonGroup(self)
        self.groups: dict[str, QButtonGroup] = {}
        self._body: QWidget | None = None
        self.clear()

    def clear(self) -> None:
        self.set_sides([])

    def set_sides(self, sides: list[Side]) -> None:
        self.sides = list(sides)
        self.keep = QButtonGroup(self)
        self.groups = {}
        body = QWidget(self)
        grid = QGridLayout(body)
        grid.setHorizontalSpacing(16)
        grid.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        if not sides:
            hint = QLabel(self.tr("Choose a group on the left to compare its records."), body)
            hint.setObjectName("compareHint")
            hint.setWordWrap(True)
            grid.addWidget(hint, 0, 0)
        else:
            self._fill(grid, body)
        self.setWidget(body)  # deletes the old body and its buttons
        self._body = body

    def _fill(self, grid: QGridLayout, body: QWidget) -> None:
        bold = QFont(self.font())
        bold.setBold(True)
        for col, side in enumerate(self.sides, 1):
            head = QLabel(f"{side.contact.display_name}  #{side.contact.id}", body)
            head.setFont(bold)
            grid.addWidget(head, 0, col)
            counts = "\n".join((self.tr("%n interaction(s)", "", side.interactions),
                                 self.tr("%n deal(s)", "", side.deals),
                                 self.tr("%n reminder(s)", "", side.reminders)))
            carried = QLabel(counts, body)
            carried.setAlignment(Qt.AlignmentFlag.AlignTop)
            carried.setObjectName(f"counts{side.contact.id}")
            grid.addWidget(carried, 1, col)
            radio = QRadioButton(self.tr("Keep this record"), body)
            radio.setObjectName(f"keep{side.contact.id}")
            radio.setToolTip(self.tr("The other records go to the trash, marked merged; everything "
                                     "linked to them moves to this one."))
            self.keep.addButton(radio, side.contact.id)
            grid.addWidget(radio, 2, col)
        carries = QLabel(self.tr("Carries:"), body)
        carries.setAlignment(Qt.AlignmentFlag.AlignTop)
        grid.addWidget(carries, 1, 0)
        best = max(self.sides, key=lambda s: (s.links, self._filled(s.contact), -s.contact.id))
        self.keep.button(best.contact.id).setChecked(True)
        self.keep.idClicked.connect(lambda _i: self.changed.emit())
        row = 3
        customs = sorted({f"custom:{k}" for s in self.sides for k in s.contact.custom_fields})
        for name in (*FIELDS, *customs):
            values = [value_of(s.contact, name) for s in self.sides]
            if not any(values):
                continue
            label = QLabel(dup_labels.field(name) + ":", body)
            grid.addWidget(label, row, 0)
            if len(set(values)) == 1:
                for col, text in enumerate(values, 1):
                    grid.addWidget(self._same(text, body), row, col)
            else:
                row = self._choice(grid, body, row, name, values)
            row += 1

    def _filled(self, c: ContactOut) -> int:
        return sum(1 for name in FIELDS if value_of(c, name))

    def _same(self, text: str, parent: QWidget) -> QLabel:
        label = QLabel(self._short(text), parent)
        label.setToolTip(text)
        label.setStyleSheet("color: #555555;")
        return label

    def _short(self, text: str) -> str:
        line = text.splitlines()[0] if text else "—"
        return line if len(line) <= SHOWN_CHARS and "\n" not in text else line[:SHOWN_CHARS] + "…"

    def _choice(self, grid: QGridLayout, body: QWidget, row: int, name: str, values: list[str]) -> int:
        """Radios for one field's values; returns the last grid row used."""
        group = QButtonGroup(self)
        self.groups[name] = group
        for col, (side, text) in enumerate(zip(self.sides, values, strict=True), 1):
            radio = QRadioButton(self._short(text), body)
            radio.setObjectName(f"{name}:{side.contact.id}")
            radio.setToolTip(text)
            group.addButton(radio, side.contact.id)
            grid.addWidget(radio, row, col)
        filled = {v for v in values if v}
        if (name in LISTS or name in JOINED) and len(filled) > 1:
            extra = QRadioButton(self.tr("All of them") if name in LISTS else self.tr("Both, joined"), body)
            extra.setObjectName(f"{name}:all")
            group.addButton(extra, EXTRA)
            row += 1  # on a line of its own, under the values: the columns stay narrow
            grid.addWidget(extra, row, 1, 1, len(self.sides))
            extra.setChecked(True)
        else:
            keep = self.keep.checkedId()
            # The richer value; at a tie, the surviving record's.
            ranked = sorted(zip(self.sides, values, strict=True),
                            key=lambda sv: (-_richness(sv[1], name), sv[0].contact.id != keep))
            group.button(ranked[0][0].contact.id).setChecked(True)
        group.idClicked.connect(lambda _i: self.changed.emit())
        return row

    def choose(self, name: str, contact_id: int) -> None:
        """Pick a value as a click would (`contact_id` EXTRA: all of them / joined)."""
        group = self.keep if name == "keep" else self.groups[name]
        button: QAbstractButton | None = group.button(contact_id)
        if button is not None:
            button.click()

    def chosen(self, name: str) -> int:
        return self.groups[name].checkedId()

    def plan(self) -> MergePlan | None:
        if not self.sides:
            return None
        keep = self.keep.checkedId()
        plan = MergePlan(keep, [s.contact.id for s in self.sides if s.contact.id != keep])
        for name, group in self.groups.items():
            cid = group.checkedId()
            if cid == EXTRA:
                continue
            plan.choices[name] = cid
            if name == "phones":
                plan.keep_all_phones = False
            elif name == "emails":
                plan.keep_all_emails = False
        return plan
