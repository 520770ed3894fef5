"""Every command of the main window as a QAction with its shortcut, and the menus that hold them.

Standard keys come from QKeySequence.StandardKey so each platform gets its own; the Help →
Keyboard shortcuts list is built from these same actions.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from .i18n import LANGUAGE_NAMES

Std = QKeySequence.StandardKey


class Actions(QObject):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        a = self._make
        self.new_vault = a("newVault", "Ctrl+Shift+N")  # Ctrl+N adds a contact
        self.open_vault = a("openVault", Std.Open)
        self.import_file = a("importFile", "Ctrl+I")
        self.export_file = a("exportFile", "Ctrl+E")
        self.reports = a("reports", Std.Print, "Ctrl+P")
        self.backups = a("backups", "Ctrl+Shift+B")
        self.change_passphrase = a("changePassphrase")
        self.lock = a("lock", "Ctrl+L")
        self.quit = a("quit", Std.Quit, "Ctrl+Q")
        self.undo = a("undo", Std.Undo)
        self.redo = a("redo", "Ctrl+Shift+Z", Std.Redo)
        self.add_contact = a("addContact", "Ctrl+N")
        self.add_interaction = a("addInteraction", "Ctrl+Shift+L")  # L: log a meeting, call or note
        self.add_deal = a("addDeal", "Ctrl+Shift+D")
        self.add_reminder = a("addReminder", "Ctrl+Shift+R")
        self.search = a("search", "Ctrl+K", Std.Find)
        self.duplicates = a("duplicates", "Ctrl+Shift+F")
        self.health = a("health", "Ctrl+Shift+H")
        self.settings = a("settings", Std.Preferences, "Ctrl+,")
        self.pages = [a(f"page{i}", f"Ctrl+{i}") for i in range(1, 6)]
        self.shortcuts = a("shortcuts", Std.HelpContents, "F1")
        self.tour = a("tour")
        self.guide = a("guide")
        self.about = a("about")
        self.language_group = QActionGroup(self)
        self.languages: dict[str, QAction] = {}
        for code, name in LANGUAGE_NAMES.items():
            action = QAction(name, self)  # each language named in itself: never translated
            action.setCheckable(True)
            action.setData(code)
            action.setObjectName(f"language_{code}")
            self.language_group.addAction(action)
            self.languages[code] = action
        self.file_menu = QMenu(window)
        self.edit_menu = QMenu(window)
        self.view_menu = QMenu(window)
        self.language_menu = QMenu(window)
        self.help_menu = QMenu(window)
        self.file_menu.addActions([self.new_vault, self.open_vault])
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.import_file, self.export_file, self.reports])
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.backups, self.change_passphrase, self.lock])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit)
        self.edit_menu.addActions([self.undo, self.redo])
        self.edit_menu.addSeparator()
        self.edit_menu.addActions([self.add_contact, self.add_interaction, self.add_deal, self.add_reminder])
        self.edit_menu.addSeparator()
        self.edit_menu.addActions([self.search, self.duplicates, self.health])
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.settings)
        self.view_menu.addActions(self.pages)
        self.view_menu.addSeparator()
        self.view_menu.addMenu(self.language_menu)
        self.language_menu.addActions(list(self.languages.values()))
        self.help_menu.addActions([self.guide, self.tour, self.shortcuts, self.about])
        bar = window.menuBar()
        for menu in (self.file_menu, self.edit_menu, self.view_menu, self.help_menu):
            bar.addMenu(menu)
        window.addActions(self.vault_actions() + self.pages)

    def _make(self, name: str, *keys: Std | str) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        sequences: list[QKeySequence] = []
        for key in keys:
            for seq in (QKeySequence.keyBindings(key) if isinstance(key, Std) else [QKeySequence(key)]):
                if not seq.isEmpty() and seq not in sequences:
                    sequences.append(seq)
        action.setShortcuts(sequences)
        return action

    def retranslate(self, page_names: list[str]) -> None:
        texts = {
            self.new_vault: self.tr("&New vault…"), self.open_vault: self.tr("&Open vault…"),
            self.lock: self.tr("&Lock"), self.quit: self.tr("&Quit"), self.undo: self.tr("&Undo"),
            self.redo: self.tr("&Redo"), self.add_contact: self.tr("&Add a contact…"),
            self.add_deal: self.tr("Add a &deal…"), self.add_reminder: self.tr("Add a &reminder…"),
            self.add_interaction: self.tr("&Log a meeting, call or note…"),
            self.search: self.tr("&Search"), self.shortcuts: self.tr("&Keyboard shortcuts"),
            self.about: self.tr("&About crm-desktop"), self.tour: self.tr("A short &tour"),
            self.guide: self.tr("User &guide"),
            self.import_file: self.tr("&Import…"), self.export_file: self.tr("&Export…"),
            self.reports: self.tr("&Reports (PDF)…"), self.backups: self.tr("&Backups…"),
            self.change_passphrase: self.tr("&Change passphrase…"),
            self.duplicates: self.tr("Find &duplicates…"), self.health: self.tr("Data &health…"),
            self.settings: self.tr("Se&ttings…"),
        }
        for action, text in texts.items():
            action.setText(text)
        for action, name in zip(self.pages, page_names, strict=True):
            action.setText(name)
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))

    def vault_actions(self) -> list[QAction]:
        """What needs an open vault: disabled while locked."""
        return [self.import_file, self.export_file, self.reports, self.backups, self.change_passphrase,
                self.lock, self.undo, self.redo, self.add_contact, self.add_interaction, self.add_deal,
                self.add_reminder, self.search, self.duplicates, self.health, self.settings]

    def all(self) -> list[QAction]:
        return [self.new_vault, self.open_vault, self.import_file, self.export_file, self.reports,
                self.backups, self.change_passphrase, self.lock, self.quit, self.undo, self.redo,
                self.add_contact, self.add_interaction, self.add_deal, self.add_reminder, self.search,
                self.duplicates, self.health, self.settings, *self.pages, self.guide, self.tour,
                self.shortcuts, self.about]
