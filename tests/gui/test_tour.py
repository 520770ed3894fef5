"""The tour: walks every page with Back / Next, by mouse or keys; Skip (or Esc) closes it and
remembers, unless "Don't show again" was unticked; shown by itself only until then."""

from __future__ import annotations

import os
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from crm_desktop.gui.controller import AppController
from crm_desktop.gui.dialogs.tour_dialog import TourDialog, maybe_show_tour, show_tour
from crm_desktop.gui.main_window import MainWindow
from crm_desktop.gui.pages import PAGES

from .helpers import TIMEOUT, activate


def _window(c: AppController) -> MainWindow:
    assert c.window is not None
    return c.window


def _page_name(window: MainWindow) -> str:
    return PAGES[window.pages.currentIndex()]


def _click(qtbot: Any, button: Any) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_tour_walks_every_page_and_finish_remembers(qtbot: Any, unlocked: AppController) -> None:
    window = _window(unlocked)
    assert not unlocked.settings.tour_seen
    tour = maybe_show_tour(window, unlocked.settings)
    assert isinstance(tour, TourDialog) and tour.isVisible()
    seen = [(tour.title.text(), _page_name(window))]
    folder = os.environ.get("CRM_SHOTS")
    for _ in range(len(tour.steps) - 1):
        _click(qtbot, tour.next_button)
        seen.append((tour.title.text(), _page_name(window)))
        if folder and tour.step == 2:
            QApplication.processEvents()
            window.grab().save(os.path.join(folder, "tour-window.png"))
            tour.grab().save(os.path.join(folder, "tour.png"))
    assert seen == [("Welcome", "contacts"), ("Contacts", "contacts"), ("Deals", "deals"),
                    ("Reminders", "reminders"), ("Dashboard", "dashboard"), ("Trash and undo", "trash")]
    assert tour.counter.text() == "Step 6 of 6" and tour.next_button.text() == "Finish"
    assert "Ctrl+5" in tour.keys.text()
    _click(qtbot, tour.back_button)
    assert tour.title.text() == "Dashboard" and _page_name(window) == "dashboard"
    _click(qtbot, tour.next_button)
    with qtbot.waitSignal(tour.finished, timeout=TIMEOUT):
        _click(qtbot, tour.next_button)  # Finish
    assert unlocked.settings.tour_seen
    assert maybe_show_tour(window, unlocked.settings) is None  # once is enough


def test_keys_walk_the_tour_and_skip_closes_it(qtbot: Any, unlocked: AppController) -> None:
    window = _window(unlocked)
    tour = maybe_show_tour(window, unlocked.settings)
    assert tour is not None
    activate(qtbot, tour)  # keys go to the active window
    assert not tour.back_button.isEnabled()  # nothing before the first step
    qtbot.keyClick(tour, Qt.Key.Key_Return)  # Next is the default button
    qtbot.keyClick(tour, Qt.Key.Key_Right)
    assert tour.step == 2 and _page_name(window) == "deals"
    qtbot.keyClick(tour, Qt.Key.Key_Left)
    assert tour.step == 1 and _page_name(window) == "contacts"
    with qtbot.waitSignal(tour.finished, timeout=TIMEOUT):
        _click(qtbot, tour.skip_button)
    assert not tour.isVisible()
    assert unlocked.settings.tour_seen


def test_unticked_it_comes_back_and_help_shows_it_anyway(qtbot: Any, unlocked: AppController) -> None:
    window = _window(unlocked)
    tour = maybe_show_tour(window, unlocked.settings)
    assert tour is not None
    tour.dont_show_again.setChecked(False)
    with qtbot.waitSignal(tour.finished, timeout=TIMEOUT):
        qtbot.keyClick(tour, Qt.Key.Key_Escape)
    assert not unlocked.settings.tour_seen
    again = maybe_show_tour(window, unlocked.settings)
    assert again is not None and again.step == 0
    with qtbot.waitSignal(again.finished, timeout=TIMEOUT):
        _click(qtbot, again.skip_button)
    assert unlocked.settings.tour_seen
    from_help = show_tour(window, unlocked.settings)  # Help → Tour, whatever was chosen
    assert from_help.isVisible() and from_help.title.text() == "Welcome"
    from_help.close()
