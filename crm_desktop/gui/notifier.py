"""Announce reminders that fall due while the app is open: a desktop notification through the
system tray where the desktop has one, else the banner at the top of the window."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QSystemTrayIcon

from crm_desktop.core.services.reminder_dto import ReminderOut

from .paths import icons_dir
from .widgets.banner import Banner

MESSAGE_MS = 15_000


def app_icon() -> QIcon:
    return QIcon(str(icons_dir() / "crm-desktop.png"))


class Notifier(QObject):
    show_requested = Signal()  # the user wants to see the reminders announced

    def __init__(self, banner: Banner, parent: QObject | None = None, *,
                 use_tray: bool | None = None) -> None:
        super().__init__(parent)
        self.banner = banner
        self.banner.show_requested.connect(self.show_requested)
        tray = QSystemTrayIcon.isSystemTrayAvailable() if use_tray is None else use_tray
        self.tray: QSystemTrayIcon | None = QSystemTrayIcon(app_icon(), self) if tray else None
        if self.tray is not None:
            self.tray.messageClicked.connect(self.show_requested)
            self.tray.activated.connect(lambda _reason: self.show_requested.emit())
        self.last_text = ""

    def set_active(self, active: bool) -> None:
        """The tray icon shows while a vault is open; nothing of a locked vault is shown."""
        if self.tray is not None:
            self.tray.setVisible(active)
        if not active:
            self.banner.clear()
            self.last_text = ""

    def announce(self, due: list[ReminderOut]) -> None:
        if not due:
            return
        self.last_text = text = describe_due(due)
        title = QCoreApplication.translate("Notifier", "Reminder due")
        if self.tray is not None and self.tray.isVisible() and QSystemTrayIcon.supportsMessages():
            self.tray.showMessage(title, text, app_icon(), MESSAGE_MS)
        else:
            self.banner.announce(text)


def describe_due(due: list[ReminderOut]) -> str:
    first = due[0]
    about = " · ".join(x for x in (first.contact, first.deal) if x)
    text = f"{first.text} — {about}" if about else first.text
    if len(due) > 1:
        n = len(due) - 1  # a plain name: lupdate does not see a call whose count is an expression
        more = QCoreApplication.translate("Notifier", "and %n more", "", n)
        text = f"{text} ({more})"
    return QCoreApplication.translate("Notifier", "Due now: {what}").format(what=text)
