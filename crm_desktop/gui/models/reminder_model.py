"""One tab of reminders as a table: due time (on the reminder's own clock), what, about whom,
whether it repeats. The list is short (a tab's open reminders), so it is held whole."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from crm_desktop.core.services.reminder_dto import ReminderOut
from crm_desktop.gui import formatting as fmt
from crm_desktop.gui.widgets import labels

Index = QModelIndex | QPersistentModelIndex
OVERDUE = QColor("#b00020")
DONE = QColor("#777777")


class ReminderModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ReminderOut] = []
        self._headers = self._header_texts()

    def set_rows(self, rows: list[ReminderOut]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def reminder(self, row: int) -> ReminderOut | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def row_of(self, reminder_id: int) -> int | None:
        return next((i for i, r in enumerate(self.rows) if r.id == reminder_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        r = self.rows[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return r.id
        if role == Qt.ItemDataRole.ForegroundRole:
            return DONE if r.status == "done" else OVERDUE if r.overdue else None
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            return self._when_tip(r)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == 0:  # on this computer's clock; the reminder's own zone is in the tooltip
            return fmt.moment(fmt.local(r.done_at if r.status == "done" and r.done_at else r.due_at))
        if column == 1:
            return r.text.splitlines()[0] if r.text else ""
        if column == 2:
            return " · ".join(x for x in (r.contact, r.deal) if x)
        return f"↻ {labels.repeats(r.rrule)}" if r.rrule else ""

    def _when_tip(self, r: ReminderOut) -> str | None:
        lines = []
        if r.tz != fmt.system_zone():
            lines.append(self.tr("{when} in {zone}").format(when=fmt.moment(r.due_local), zone=r.tz))
        if r.snoozed_from is not None:
            first = fmt.moment(fmt.local(r.snoozed_from))
            lines.append(self.tr("Snoozed; first due {when}").format(when=first))
        return "\n".join(lines) or None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def retranslate(self, *, done: bool = False) -> None:
        self._headers = self._header_texts(done)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._headers) - 1)
        if self.rows:  # "weekly" and the dates are words of the language too
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(self._headers) - 1))

    def _header_texts(self, done: bool = False) -> list[str]:
        return [self.tr("Done") if done else self.tr("Due"), self.tr("What"), self.tr("About"),
                self.tr("Repeats")]
