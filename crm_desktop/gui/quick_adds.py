"""Quick-add from anywhere: the dialogs for a contact, a deal, an interaction and a reminder, each
on the worker; the window hears what was added and shows it. A lock closes them (and Settings)."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QWidget

from .dialogs.close_deal_dialog import CloseDealDialog
from .dialogs.deal_quick_add import DealQuickAddDialog
from .dialogs.interaction_quick_add import InteractionQuickAdd
from .dialogs.party_dialog import PartyDialog
from .dialogs.quick_add import QuickAddDialog
from .dialogs.reminder_quick_add import ReminderQuickAddDialog
from .dialogs.settings_dialog import SettingsDialog
from .dialogs.snooze_dialog import SnoozeDialog
from .worker import DbWorker

# Dialogs holding what someone typed about the vault's records: closed by a lock.
DIALOGS = (QuickAddDialog, DealQuickAddDialog, ReminderQuickAddDialog, CloseDealDialog, SnoozeDialog,
           PartyDialog, InteractionQuickAdd, SettingsDialog)
D = TypeVar("D", bound=QDialog)


class QuickAdds(QObject):
    contact_added = Signal(object)  # ContactOut
    deal_added = Signal(object)  # DealDetail
    reminder_added = Signal(object)  # ReminderOut
    interaction_added = Signal(object)  # InteractionOut
    open_contact = Signal(int)  # "open it" on a likely duplicate: the contact on file

    def __init__(self, worker: DbWorker, window: QWidget) -> None:
        super().__init__(window)
        self._worker = worker
        self._window = window

    def contact(self) -> QuickAddDialog:
        dialog = QuickAddDialog(self._worker, self._window)
        dialog.added.connect(self.contact_added)
        dialog.open_existing.connect(self.open_contact)
        return self._open(dialog)

    def deal(self, *, stage_id: int | None = None, client_id: int | None = None,
             client_name: str = "") -> DealQuickAddDialog:
        dialog = DealQuickAddDialog(self._worker, self._window, stage_id=stage_id, client_id=client_id,
                                    client_name=client_name)
        dialog.added.connect(self.deal_added)
        return self._open(dialog)

    def reminder(self, *, contact_id: int | None = None, deal_id: int | None = None,
                 about: str = "") -> ReminderQuickAddDialog:
        dialog = ReminderQuickAddDialog(self._worker, self._window, contact_id=contact_id, deal_id=deal_id,
                                        about=about)
        dialog.added.connect(self.reminder_added)
        return self._open(dialog)

    def interaction(self, *, contact_id: int | None = None, contact_name: str = "") -> InteractionQuickAdd:
        dialog = InteractionQuickAdd(self._worker, self._window, contact_id=contact_id,
                                     contact_name=contact_name)
        dialog.added.connect(self.interaction_added)
        return self._open(dialog)

    def _open(self, dialog: D) -> D:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def discard_all(self) -> None:
        """The vault was locked: what was typed goes with it."""
        for dialog in self._window.findChildren(QDialog):
            if isinstance(dialog, DIALOGS):
                dialog.reject()
