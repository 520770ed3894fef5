"""GUI fixtures: offscreen Qt, a real worker over real vault files, an app controller per test."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtWidgets import QApplication
from sqlalchemy import event
from sqlalchemy.engine import Engine

from crm_desktop.gui.controller import AppController
from crm_desktop.gui.paths import Paths
from crm_desktop.gui.settings import Settings
from crm_desktop.gui.worker import DbWorker

from .helpers import PASSPHRASE, TIMEOUT, activate


@pytest.fixture
def gui_thread_runs_no_sql() -> Iterator[None]:
    """The design's rule, checked in every test that runs the worker or the app: no SQL statement
    runs on the GUI thread."""
    offenders: list[str] = []

    def check(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        if threading.current_thread() is threading.main_thread():
            offenders.append(statement.split("\n")[0][:80])

    event.listen(Engine, "before_cursor_execute", check)
    yield
    event.remove(Engine, "before_cursor_execute", check)
    assert not offenders, f"SQL ran on the GUI thread: {offenders[:3]}"


@pytest.fixture
def worker(qtbot: Any, gui_thread_runs_no_sql: None) -> Iterator[DbWorker]:
    w = DbWorker()
    yield w
    w.shutdown()
    w.deleteLater()


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings.at(str(tmp_path / "settings.ini"))


@pytest.fixture
def paths(tmp_path: Path) -> Paths:
    return Paths(tmp_path / "data")


@pytest.fixture
def controller(qapp: QApplication, qtbot: Any, settings: Settings, paths: Paths,
               gui_thread_runs_no_sql: None) -> Iterator[AppController]:
    exits: list[int] = []
    c = AppController(qapp, settings, paths, quit_app=exits.append)
    c.exits = exits  # type: ignore[attr-defined]
    c.set_language("en", remember=False)  # English with its plural forms, as `start` installs them
    yield c
    for widget in QApplication.topLevelWidgets():
        widget.close()
    c.shutdown()
    if c.window is not None:
        c.window.deleteLater()
    c.deleteLater()


@pytest.fixture
def unlocked(controller: AppController, qtbot: Any, paths: Paths) -> AppController:
    """A controller with a new vault open and its window shown, active, on Contacts, in English
    (with its plural forms, as `start` installs them)."""
    controller.set_language("en", remember=False)
    path = str(paths.default_vault)
    controller.worker.create_vault(path, PASSPHRASE, on_done=controller.opened)
    qtbot.waitUntil(lambda: controller.window is not None and not controller.window.is_locked(),
                    timeout=TIMEOUT)
    window = controller.window
    assert window is not None
    activate(qtbot, window)
    qtbot.waitUntil(window.contacts.model.is_settled, timeout=TIMEOUT)
    return controller
