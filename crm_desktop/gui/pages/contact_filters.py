"""The filters above the contact list: kind, tier, tag, "needs follow-up", and the count."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QWidget


class ContactFilterBar(QWidget):
    changed = Signal()  # a filter was changed by the user (not by reset() or set_tags())

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = QComboBox(self)
        self.kind.setObjectName("kindFilter")
        self.tier = QComboBox(self)
        self.tier.setObjectName("tierFilter")
        self.tag = QComboBox(self)
        self.tag.setObjectName("tagFilter")
        self.tag.setMinimumContentsLength(10)
        self.tag.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.follow_up = QCheckBox(self)
        self.follow_up.setObjectName("followUpFilter")
        self.count = QLabel(self)
        self.count.setObjectName("contactCount")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.kind, self.tier, self.tag, self.follow_up):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(self.count)
        self.retranslate()
        for combo in (self.kind, self.tier, self.tag):
            combo.currentIndexChanged.connect(self.changed)
        self.follow_up.toggled.connect(self.changed)

    def retranslate(self) -> None:
        for combo, items in ((self.kind, [(self.tr("All kinds"), ""), (self.tr("People"), "person"),
                                          (self.tr("Organizations"), "organization")]),
                             (self.tier, [(self.tr("All tiers"), ""), (self.tr("Tier A"), "A"),
                                          (self.tr("Tier B"), "B"), (self.tr("Tier C"), "C")])):
            current = combo.currentIndex()
            combo.blockSignals(True)
            combo.clear()
            for text, data in items:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(current, 0))
            combo.blockSignals(False)
        if self.tag.count():
            self.tag.setItemText(0, self.tr("All tags"))
        else:
            self.tag.addItem(self.tr("All tags"), None)
        self.follow_up.setText(self.tr("Needs follow-up"))
        self.follow_up.setToolTip(self.tr(
            "A reminder overdue or due today, or no interaction for longer than the tier allows "
            "(as the dashboard's \"Going cold\" counts it)"))

    def values(self) -> dict[str, Any]:
        """The filter fields of ContactFilter, as chosen here."""
        return {"kind": self.kind.currentData() or None, "tier": self.tier.currentData() or None,
                "tag": self.tag.currentData() or None, "follow_up": self.follow_up.isChecked()}

    def reset(self) -> None:
        """Every filter off, without `changed` (the caller sets the model's filter at once)."""
        widgets = (self.kind, self.tier, self.tag, self.follow_up)
        for widget in widgets:
            widget.blockSignals(True)
        for combo in (self.kind, self.tier, self.tag):
            combo.setCurrentIndex(0)
        self.follow_up.setChecked(False)
        for widget in widgets:
            widget.blockSignals(False)

    def set_tags(self, names: list[str]) -> bool:
        """The tag choices (read on the worker); True if the tag filtered on is gone."""
        current = self.tag.currentData()
        self.tag.blockSignals(True)
        while self.tag.count() > 1:
            self.tag.removeItem(1)
        for name in names:
            self.tag.addItem(name, name)
        self.tag.setCurrentIndex(max(self.tag.findData(current), 0))
        self.tag.blockSignals(False)
        return current is not None and self.tag.currentData() is None
