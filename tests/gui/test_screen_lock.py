"""When the desktop locks its screen, the vault locks too: the screensaver's ActiveChanged(true)
on the session bus, sent here over a private D-Bus daemon the test starts."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtDBus import QDBusConnection, QDBusMessage

from crm_desktop.gui.controller import AppController
from crm_desktop.gui.screen_lock import ScreenLockWatcher

from .helpers import TIMEOUT


@pytest.fixture
def private_bus() -> Iterator[str]:
    daemon = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address"],
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert daemon.stdout is not None
    address = daemon.stdout.readline().strip()
    yield address
    daemon.terminate()
    daemon.wait(10)


def _send(address: str, name: str, interface: str, path: str, active: bool) -> None:
    sender = QDBusConnection.connectToBus(address, name)
    message = QDBusMessage.createSignal(path, interface, "ActiveChanged")
    message.setArguments([active])
    assert sender.send(message)


@pytest.mark.parametrize("interface,path", [("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver"),
                                            ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver")])
def test_the_screensaver_turning_on_locks_and_turning_off_does_not(qtbot: Any, private_bus: str,
                                                                   interface: str, path: str) -> None:
    bus = QDBusConnection.connectToBus(private_bus, f"watch-{interface}")
    watcher = ScreenLockWatcher(session=bus, system=QDBusConnection("not-connected"))
    assert interface in watcher.watching
    seen: list[int] = []
    watcher.screen_locked.connect(lambda: seen.append(1))
    _send(private_bus, f"off-{interface}", interface, path, False)
    qtbot.wait(200)
    assert seen == []
    with qtbot.waitSignal(watcher.screen_locked, timeout=TIMEOUT):
        _send(private_bus, f"on-{interface}", interface, path, True)


def test_without_a_bus_nothing_is_watched_and_nothing_breaks(qtbot: Any) -> None:
    watcher = ScreenLockWatcher(session=QDBusConnection("none-1"), system=QDBusConnection("none-2"))
    assert watcher.watching == []


def test_a_screen_lock_locks_the_open_vault(qtbot: Any, unlocked: AppController) -> None:
    assert unlocked.window is not None and not unlocked.window.is_locked()
    unlocked.screen_lock.screen_locked.emit()
    assert unlocked.window.is_locked() and unlocked.vault is None
