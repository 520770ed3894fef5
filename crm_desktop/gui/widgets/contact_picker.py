"""Type to find a contact or organization, pick one from the list (the search runs on the worker)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from crm_desktop.gui.queries.contact_list import ContactFilter, ContactRow, fetch_rows, query_ids
from crm_desktop.gui.worker import DbWorker

if TYPE_CHECKING:
    from crm_desktop.core.vault import Vault

ID = Qt.ItemDataRole.UserRole
SHOWN = 30


def find_contacts(vault: Vault, text: str) -> list[ContactRow]:
    """Runs on the worker: the best matches, in the order the contact list finds them."""
    ids = query_ids(vault, ContactFilter(text=text)).ids[:SHOWN]
    rows = fetch_rows(vault, ids)
    return [rows[i] for i in ids if i in rows]


def one_contact(vault: Vault, contact_id: int) -> ContactRow | None:
    """Runs on the worker: the list's row for one contact, None if it is gone (or in the trash)."""
    return fetch_rows(vault, [contact_id]).get(contact_id)


class ContactPicker(QWidget):
    changed = Signal()  # the picked contact changed (or none is picked)
    failed = Signal(object)  # an exception from a search
    missing = Signal()  # the contact given to `pick` is no longer in the vault

    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._asked = ""
        self.search = QLineEdit(self)
        self.search.setObjectName("contactSearch")
        self.search.setPlaceholderText(self.tr("Type a name, a phone or an e-mail"))
        self.search.setClearButtonEnabled(True)
        self.results = QListWidget(self)
        self.results.setObjectName("contactResults")
        self.results.setMaximumHeight(110)
        self.results.currentItemChanged.connect(lambda *_: self.changed.emit())
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(120)  # search when typing pauses, not on every key
        self._timer.timeout.connect(self._find)
        self.search.textEdited.connect(lambda _t: self._timer.start())
        # Down from the search field walks the results without reaching for the mouse.
        self.search.returnPressed.connect(self.results.setFocus)
        self.setFocusProxy(self.search)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.results)

    def pick(self, contact_id: int) -> None:
        """Show this contact as the one picked (its name is read on the worker)."""
        self._worker.run(one_contact, contact_id, on_done=self._picked, on_error=self.failed.emit)

    def _picked(self, row: ContactRow | None) -> None:
        if row is None:
            self.missing.emit()
            return
        self._asked = ""
        self.search.setText(row.name)
        self._found("", [row])

    def _find(self) -> None:
        text = self.search.text().strip()
        self._asked = text
        if text:
            self._worker.run(find_contacts, text, on_done=lambda rows, t=text: self._found(t, rows),
                             on_error=self.failed.emit)
        else:
            self.results.clear()

    def _found(self, text: str, rows: list[ContactRow]) -> None:
        if text != self._asked:
            return  # an answer to older typing
        self.results.clear()
        for r in rows:
            item = QListWidgetItem(" · ".join(x for x in (r.name, r.organization, r.title) if x))
            item.setData(ID, (r.id, r.name))
            self.results.addItem(item)
        if rows:
            self.results.setCurrentRow(0)

    def contact_id(self) -> int | None:
        item = self.results.currentItem()
        return int(item.data(ID)[0]) if item is not None else None

    def contact_name(self) -> str | None:
        item = self.results.currentItem()
        return str(item.data(ID)[1]) if item is not None else None
