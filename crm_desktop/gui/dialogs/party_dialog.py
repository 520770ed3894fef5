"""Add a contact to a deal in a role: type to find the contact, pick the role."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.core.models import PARTY_ROLES
from crm_desktop.core.services import deals
from crm_desktop.core.services.deal_dto import PartyOut
from crm_desktop.gui.errors import describe
from crm_desktop.gui.queries.contact_list import ContactFilter, ContactRow, fetch_rows, query_ids
from crm_desktop.gui.widgets import labels
from crm_desktop.gui.widgets.message_label import MessageLabel
from crm_desktop.gui.worker import DbWorker

if TYPE_CHECKING:
    from crm_desktop.core.vault import Vault

SHOWN = 30
ID = Qt.ItemDataRole.UserRole


def find_contacts(vault: Vault, text: str) -> list[ContactRow]:
    """Runs on the worker: the best matches, as the contact list finds them."""
    ids = query_ids(vault, ContactFilter(text=text)).ids[:SHOWN]
    rows = fetch_rows(vault, ids)
    return [rows[i] for i in ids if i in rows]


class PartyDialog(QDialog):
    added = Signal(list)  # [PartyOut], the deal's parties now

    def __init__(self, worker: DbWorker, deal_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._deal_id = deal_id
        self._asked = ""
        self.setWindowTitle(self.tr("Add a party"))
        self.setMinimumSize(480, 420)
        self.search = QLineEdit(self)
        self.search.setObjectName("partySearch")
        self.search.setPlaceholderText(self.tr("Type a name, a phone or an e-mail"))
        self.results = QListWidget(self)
        self.results.setObjectName("partyResults")
        self.role = QComboBox(self)
        self.role.setObjectName("roleCombo")
        for code in PARTY_ROLES:
            self.role.addItem(labels.role(code), code)
        self.message = MessageLabel(self)
        buttons = QDialogButtonBox(self)
        self.add_button = QPushButton(self.tr("Add"), self)
        self.add_button.setObjectName("addButton")
        self.add_button.setDefault(True)
        buttons.addButton(self.add_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.add_button.clicked.connect(self._submit)
        buttons.rejected.connect(self.reject)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(120)
        self._timer.timeout.connect(self._find)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.results.itemDoubleClicked.connect(lambda _i: self._submit())
        form = QFormLayout()
        form.addRow(self.tr("Role:"), self.role)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.results, 1)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.search.setFocus()

    def _find(self) -> None:
        text = self.search.text().strip()
        self._asked = text
        if text:
            self._worker.run(find_contacts, text, on_done=lambda rows, t=text: self._found(t, rows),
                             on_error=lambda e: self.message.show_message(describe(e)))
        else:
            self.results.clear()

    def _found(self, text: str, rows: list[ContactRow]) -> None:
        if text != self._asked:
            return  # an answer to older typing
        self.results.clear()
        for r in rows:
            item = QListWidgetItem(" · ".join(x for x in (r.name, r.organization, r.title) if x))
            item.setData(ID, r.id)
            self.results.addItem(item)
        if rows:
            self.results.setCurrentRow(0)

    def _submit(self) -> None:
        item = self.results.currentItem()
        if item is None:
            self.message.show_message(self.tr("Find the contact first."))
            return
        self.add_button.setEnabled(False)
        self._worker.run(deals.add_party, self._deal_id, int(item.data(ID)), self.role.currentData(),
                         on_done=self._done, on_error=self._failed)

    def _done(self, parties: list[PartyOut]) -> None:
        self.added.emit(parties)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.add_button.setEnabled(True)
        self.message.show_message(describe(error))
