"""Lock the vault when the desktop locks its screen (as KeePassXC does): the screensaver's
`ActiveChanged(true)` on the session bus (freedesktop, GNOME, KDE, Cinnamon, MATE) and logind's
`Lock` of this session on the system bus. Where there is no bus (Windows, macOS, a bare test
machine) nothing is watched and the idle timer alone locks."""

from __future__ import annotations

import logging
import os

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtDBus import QDBusConnection

log = logging.getLogger(__name__)

SCREENSAVERS = (
    ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver"),
    ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver"),
    ("org.cinnamon.ScreenSaver", "/org/cinnamon/ScreenSaver"),
    ("org.mate.ScreenSaver", "/org/mate/ScreenSaver"),
)
LOGIND = ("org.freedesktop.login1", "org.freedesktop.login1.Session")


class ScreenLockWatcher(QObject):
    screen_locked = Signal()

    def __init__(self, parent: QObject | None = None, *, session: QDBusConnection | None = None,
                 system: QDBusConnection | None = None) -> None:
        super().__init__(parent)
        self.watching: list[str] = []
        session = session if session is not None else QDBusConnection.sessionBus()
        if session.isConnected():
            for interface, path in SCREENSAVERS:
                # Any sender: the service name differs between desktops, the signal does not.
                if session.connect("", path, interface, "ActiveChanged", self, "1_active_changed(bool)"):
                    self.watching.append(interface)
        system = system if system is not None else QDBusConnection.systemBus()
        session_id = os.environ.get("XDG_SESSION_ID")
        if system.isConnected() and session_id:
            path = f"/org/freedesktop/login1/session/{session_id}"
            if system.connect(LOGIND[0], path, LOGIND[1], "Lock", self, "1_lock_requested()"):
                self.watching.append("logind")
        log.debug("screen lock watched through %s", self.watching or "nothing")

    @Slot(bool)
    def _active_changed(self, active: bool) -> None:
        if active:
            self.screen_locked.emit()

    @Slot()
    def _lock_requested(self) -> None:
        self.screen_locked.emit()
