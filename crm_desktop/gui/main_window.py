"""The main window: navigation, one search field, the pages, menus and the status bar.

It knows the worker and nothing of the vault; vault-level flows (unlock, lock, switch vault,
language) are asked of the app controller through signals.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMimeData, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.core.services.contact_dto import ContactOut
from crm_desktop.core.services.deal_dto import DealDetail
from crm_desktop.gui.actions import Actions
from crm_desktop.gui.notifier import app_icon
from crm_desktop.gui.page_set import PageSet
from crm_desktop.gui.pages import PAGES
from crm_desktop.gui.pages.base import Page
from crm_desktop.gui.pages.contacts_page import ContactsPage
from crm_desktop.gui.pages.dashboard_page import DashboardPage
from crm_desktop.gui.pages.deals_page import DealsPage
from crm_desktop.gui.pages.locked_page import LockedPage
from crm_desktop.gui.pages.reminders_page import Clock, RemindersPage, utc_now
from crm_desktop.gui.pages.trash_page import TrashPage
from crm_desktop.gui.quick_adds import QuickAdds
from crm_desktop.gui.reminder_alerts import ReminderAlerts
from crm_desktop.gui.tempfiles import PrivateTempFolder
from crm_desktop.gui.tools import Tools
from crm_desktop.gui.undo_runner import UndoRunner
from crm_desktop.gui.widgets.banner import Banner
from crm_desktop.gui.widgets.search_bar import SearchBar
from crm_desktop.gui.widgets.status_line import StatusLine
from crm_desktop.gui.window_wiring import connect_window
from crm_desktop.gui.worker import DbWorker, VaultInfo


class MainWindow(QMainWindow):
    lock_requested = Signal()
    unlock_requested = Signal()
    new_vault_requested = Signal()
    open_vault_requested = Signal()
    language_requested = Signal(str)
    settings_requested = Signal()
    tour_requested = Signal()
    demo_requested = Signal()

    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.vault: VaultInfo | None = None
        self._locked = True
        self.resize(1280, 800)
        self.commands = Actions(self)
        self.quick = QuickAdds(worker, self)
        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(150)
        self.nav.setStyleSheet("QListWidget::item { padding: 6px 8px; }")
        self.nav.addItems([""] * len(PAGES))
        self.temp_files = PrivateTempFolder()
        self.contacts = ContactsPage(worker, self, temp=self.temp_files)
        self.deals = DealsPage(worker, self)
        self.reminders = RemindersPage(worker, self)
        self.dashboard = DashboardPage(worker, self)
        self.trash = TrashPage(worker, self)
        self.page_set = PageSet({"contacts": self.contacts, "deals": self.deals, "reminders": self.reminders,
                                 "dashboard": self.dashboard, "trash": self.trash}, self)
        self.pages = QStackedWidget(self)
        for name in PAGES:
            self.pages.addWidget(self.page_set[name])
        self.banner = Banner(self)
        self.alerts = ReminderAlerts(worker, self.banner, utc_now, self)
        self.setWindowIcon(app_icon())
        self.pages_area = QWidget(self)
        area = QVBoxLayout(self.pages_area)
        area.setContentsMargins(0, 0, 0, 0)
        area.addWidget(self.banner)
        area.addWidget(self.pages, 1)
        body = QWidget(self)
        body_layout = QHBoxLayout(body)
        body_layout.addWidget(self.nav)
        body_layout.addWidget(self.pages_area, 1)
        self.locked_page = LockedPage(self)
        self.screens = QStackedWidget(self)
        self.screens.addWidget(body)
        self.screens.addWidget(self.locked_page)
        self.setCentralWidget(self.screens)
        self.search_bar = SearchBar(self, worker)
        self.search_edit = self.search_bar.edit
        self.addToolBar(self.search_bar)
        self.status = StatusLine(self.statusBar())
        self.vault_label, self.lock_label = self.status.vault_label, self.status.lock_label
        self.undo_runner = UndoRunner(worker, self)
        self.tools = Tools(worker, self)
        self.language = "en"
        self.setAcceptDrops(True)  # a .csv/.xlsx/.vcf dropped on the window starts the import
        self._connect()
        self.retranslate()
        self.nav.setCurrentRow(0)
        self.set_locked(True)

    def _connect(self) -> None:
        connect_window(self)

    def retranslate(self) -> None:
        names = self.page_names()
        for i, name in enumerate(names):
            self.nav.item(i).setText(name)
        self._show_overdue()
        self.banner.retranslate()
        self.commands.retranslate(names)
        keys = self.commands.search.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        self.search_edit.setPlaceholderText(
            self.tr("Search contacts, deals and notes ({keys})").format(keys=keys))
        self._show_state()

    def page_names(self) -> list[str]:
        return [self.tr("Contacts"), self.tr("Deals"), self.tr("Reminders"), self.tr("Dashboard"),
                self.tr("Trash")]

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ---------------------------------------------------------------- vault state
    def set_vault(self, info: VaultInfo) -> None:
        self.vault = info
        self.set_locked(False)
        self.page_set.activate()
        self.alerts.start()

    def set_clock(self, clock: Clock) -> None:
        """What "now" is for the reminders, the dashboard and the watcher (tests set their own)."""
        self.reminders.clock = self.dashboard.clock = self.alerts.watcher.clock = clock

    def set_locked(self, locked: bool) -> None:
        """Locked: every page cleared and hidden; only the way back in is shown."""
        self._locked = locked
        if locked:
            self.quick.discard_all()
            self.tools.close_all()
            self.alerts.stop()
            self.page_set.deactivate()
            self.temp_files.remove()  # attachments opened from the vault go with it
            self.search_edit.clear()
        self.screens.setCurrentIndex(1 if locked else 0)
        self.search_edit.setEnabled(not locked)
        for action in self.commands.vault_actions():
            action.setEnabled(not locked)
        self._show_state()

    def is_locked(self) -> bool:
        return self._locked

    def set_language(self, language: str) -> None:
        self.language = language
        action = self.commands.languages.get(language)
        if action is not None:
            action.setChecked(True)

    def show_page(self, name: str) -> None:
        if name in PAGES:
            self.nav.setCurrentRow(PAGES.index(name))

    def current_page(self) -> Page | None:
        page = self.pages.currentWidget()
        return page if isinstance(page, Page) else None

    def _show_state(self) -> None:
        self.status.show_state(self.vault, self._locked)
        title = self.tr("crm-desktop")
        self.setWindowTitle(f"{self.vault.name} — {title}" if self.vault else title)

    def _show_overdue(self) -> None:
        """The number of overdue reminders beside Reminders in the navigation."""
        n = self.alerts.overdue
        item = self.nav.item(PAGES.index("reminders"))
        item.setText(self.tr("Reminders ({n})").format(n=n) if n else self.tr("Reminders"))
        item.setToolTip(self.tr("%n reminder(s) overdue", "", n) if n else "")

    # ---------------------------------------------------------------- going to a record
    def open_record(self, kind: str, ident: int) -> None:
        if kind == "contact":
            self.search_edit.clear()
            self.show_page("contacts")
            self.contacts.show_contact(ident)
        elif kind == "deal":
            self.show_page("deals")
            self.deals.show_deal(ident)
        elif kind == "reminder":
            self.show_page("reminders")
            self.reminders.show_reminder(ident)

    def _show_stage(self, stage_id: int) -> None:
        self.show_page("deals")
        self.deals.show_list(stage=stage_id, status="open")

    # ---------------------------------------------------------------- commands
    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def quick_add(self) -> None:
        if not self._locked:
            self.quick.contact()

    def quick_add_deal(self, *, stage_id: int | None = None, client_id: int | None = None,
                       client_name: str = "") -> None:
        if not self._locked:
            self.quick.deal(stage_id=stage_id, client_id=client_id, client_name=client_name)

    def quick_add_reminder(self, *, contact_id: int | None = None, deal_id: int | None = None,
                           about: str = "") -> None:
        if not self._locked:
            self.quick.reminder(contact_id=contact_id, deal_id=deal_id, about=about)

    def quick_add_interaction(self) -> None:
        """Log a meeting, call or note; about the contact on screen, if one is."""
        if self._locked:
            return
        shown = self.contacts.detail.contact if self.current_page() is self.contacts else None
        self.quick.interaction(contact_id=shown.id if shown else None,
                               contact_name=shown.display_name if shown else "")

    def interaction_added(self, _interaction: object) -> None:
        self.page_set.mark_stale()
        self.statusBar().showMessage(self.tr("Logged"), 5000)

    def _contact_name(self, contact_id: int) -> str:
        shown = self.contacts.detail.contact
        return shown.display_name if shown is not None and shown.id == contact_id else ""

    def _remind_about_deal(self, deal_id: int) -> None:
        deal = self.deals.deal_view.deal
        self.quick_add_reminder(deal_id=deal_id, about=deal.name if deal and deal.id == deal_id else "")

    def _contact_added(self, contact: ContactOut) -> None:
        self.page_set.mark_stale(but=self.contacts)
        self.nav.setCurrentRow(0)
        self.statusBar().showMessage(self.tr("Added {name}").format(name=contact.display_name), 5000)
        self.contacts.select_contact(contact.id)

    def _deal_added(self, deal: DealDetail) -> None:
        self.page_set.mark_stale()
        self.statusBar().showMessage(self.tr("Added {name}").format(name=deal.name), 5000)
        self.open_record("deal", deal.id)

    def _reminder_added(self, _reminder: object) -> None:
        self.page_set.mark_stale()
        self.statusBar().showMessage(self.tr("Reminder added"), 5000)

    def run_undo(self, *, redo: bool) -> None:
        if not self._locked:
            self.undo_runner.run(redo=redo)

    # ---------------------------------------------------------------- a file dropped on the window
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if not self._locked and _importable(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = _importable(event.mimeData())
        if path and not self._locked:
            event.acceptProposedAction()
            self.tools.show("import", path=path)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.alerts.stop()
        self.page_set.deactivate()
        self.temp_files.remove()
        super().closeEvent(event)

    def action(self, name: str) -> QAction:
        found = self.findChild(QAction, name)
        assert found is not None, name
        return found


IMPORTABLE = (".csv", ".tsv", ".txt", ".xlsx", ".xlsm", ".vcf", ".vcard", ".json")


def _importable(mime: QMimeData) -> str | None:
    """The one local file of a kind the import reads, if that is what is being dragged."""
    urls = mime.urls() if mime.hasUrls() else []
    if len(urls) != 1 or not urls[0].isLocalFile():
        return None
    path = urls[0].toLocalFile()
    return path if path.lower().endswith(IMPORTABLE) else None
