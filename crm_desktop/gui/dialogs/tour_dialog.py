"""A short tour of the window: one step per page (what it is for, its keys), Back / Next / Skip.
Each step shows its page behind the dialog. Shown once after the first vault is created, and again
from Help → Tour."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.gui.widgets.empty_state import icon_pixmap

if TYPE_CHECKING:
    from crm_desktop.gui.settings import Settings

Std = QKeySequence.StandardKey


@dataclass(frozen=True)
class Step:
    page: str  # the page shown behind the dialog
    icon: str
    title: str
    text: str
    keys: list[tuple[str, str]]  # (keys, what they do)


def _keys(key: str | QKeySequence.StandardKey) -> str:
    return QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)


class TourDialog(QDialog):
    step_changed = Signal(int)

    def __init__(self, show_page: Callable[[str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tourDialog")
        self.show_page = show_page
        self.step = 0
        self.icon = QLabel(self)
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.counter = QLabel(self)
        self.counter.setObjectName("tourCounter")
        self.counter.setStyleSheet("color: #666666;")
        self.title = QLabel(self)
        self.title.setObjectName("tourTitle")
        self.title.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.text = QLabel(self)
        self.text.setObjectName("tourText")
        self.text.setWordWrap(True)
        self.keys = QLabel(self)
        self.keys.setObjectName("tourKeys")
        self.keys.setTextFormat(Qt.TextFormat.RichText)
        self.dont_show_again = QCheckBox(self)
        self.dont_show_again.setObjectName("tourDontShowAgain")
        self.dont_show_again.setChecked(True)  # seen once is enough unless the user asks again
        self.skip_button = QPushButton(self)
        self.skip_button.setObjectName("tourSkip")
        self.skip_button.setAutoDefault(False)
        self.back_button = QPushButton(self)
        self.back_button.setObjectName("tourBack")
        self.back_button.setAutoDefault(False)
        self.next_button = QPushButton(self)
        self.next_button.setObjectName("tourNext")
        self.next_button.setDefault(True)  # Enter walks on
        self.skip_button.clicked.connect(self.reject)  # so does Esc
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)
        for key, slot in ((Qt.Key.Key_Right, self.next), (Qt.Key.Key_Left, self.back)):
            QShortcut(QKeySequence(key), self).activated.connect(slot)
        words = QVBoxLayout()
        words.addWidget(self.counter)
        words.addWidget(self.title)
        words.addWidget(self.text)
        words.addSpacing(4)
        words.addWidget(self.keys)
        words.addStretch(1)
        top = QHBoxLayout()
        top.setSpacing(16)
        top.addWidget(self.icon)
        top.addLayout(words, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.dont_show_again)
        buttons.addStretch(1)
        buttons.addWidget(self.skip_button)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addLayout(buttons)
        self.setMinimumWidth(560)
        self.steps: list[Step] = []  # built by retranslate(), in the current language
        self.retranslate()

    def _steps(self) -> list[Step]:
        return [
            Step("contacts", "contacts", self.tr("Welcome"), self.tr(
                "Everything you keep here is in one encrypted file on this computer; nothing leaves it. "
                "This tour shows the five pages in a minute: Next, or the → key, walks on."),
                [(_keys("Ctrl+L"), self.tr("locks the vault"))]),
            Step("contacts", "contacts", self.tr("Contacts"), self.tr(
                "People and organizations with their phones, e-mails, notes and history. Search by name, "
                "phone, e-mail or pinyin; filter by kind, tier, tag, or who needs a follow-up."),
                [(_keys("Ctrl+1"), self.tr("shows this page")), (_keys("Ctrl+N"), self.tr("adds a contact")),
                 (_keys("Ctrl+K"), self.tr("searches"))]),
            Step("deals", "deals", self.tr("Deals"), self.tr(
                "Your pipeline as a board: drag a card to its next stage, or press Alt+→. The list view "
                "filters deals by stage, status and owner."),
                [(_keys("Ctrl+2"), self.tr("shows this page")),
                 (_keys("Ctrl+Shift+D"), self.tr("adds a deal"))]),
            Step("reminders", "reminders", self.tr("Reminders"), self.tr(
                "Follow-ups due today, overdue and ahead. Mark them done or snooze them; a recurring one "
                "comes back by itself."),
                [(_keys("Ctrl+3"), self.tr("shows this page")),
                 (_keys("Ctrl+Shift+R"), self.tr("adds a reminder")),
                 (_keys("Ctrl+Return"), self.tr("marks the selected ones done"))]),
            Step("dashboard", "dashboard", self.tr("Dashboard"), self.tr(
                "The open pipeline by stage, follow-ups due, clients going cold and this week's activity. "
                "Click a figure to open the records behind it."),
                [(_keys("Ctrl+4"), self.tr("shows this page"))]),
            Step("trash", "trash", self.tr("Trash and undo"), self.tr(
                "Deleted records wait in the trash until you empty it, and Undo takes back the last change. "
                "Help lists every key, and this tour is there too."),
                [(_keys("Ctrl+5"), self.tr("shows this page")), (_keys(Std.Undo), self.tr("undoes")),
                 (_keys(Std.HelpContents), self.tr("lists every key"))]),
        ]

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("A quick tour"))
        self.dont_show_again.setText(self.tr("Don't show this again"))
        self.skip_button.setText(self.tr("Skip"))
        self.skip_button.setToolTip(self.tr("Close the tour (Esc)"))
        self.back_button.setText(self.tr("&Back"))
        self.steps = self._steps()
        self._show_step()

    # ---------------------------------------------------------------- walking
    def next(self) -> None:
        if self.step + 1 >= len(self.steps):
            self.accept()  # Finish
        else:
            self.go_to(self.step + 1)

    def back(self) -> None:
        if self.step > 0:
            self.go_to(self.step - 1)

    def go_to(self, step: int) -> None:
        self.step = max(0, min(step, len(self.steps) - 1))
        self._show_step()
        self.show_page(self.steps[self.step].page)
        self.step_changed.emit(self.step)

    def _show_step(self) -> None:
        s = self.steps[self.step]
        last = self.step == len(self.steps) - 1
        self.icon.setPixmap(icon_pixmap(s.icon, self.devicePixelRatioF()))
        self.counter.setText(self.tr("Step {n} of {total}").format(n=self.step + 1, total=len(self.steps)))
        self.title.setText(s.title)
        self.text.setText(s.text)
        self.keys.setText("<br>".join(f"<b>{keys}</b> {what}" for keys, what in s.keys))
        self.back_button.setEnabled(self.step > 0)
        self.next_button.setText(self.tr("Finish") if last else self.tr("Next"))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        parent = self.parentWidget()
        if parent is not None:
            # Bottom right of the window: the page being described stays in view.
            corner = parent.mapToGlobal(QPoint(parent.width(), parent.height()))
            self.move(corner - QPoint(self.width() + 24, self.height() + 48))
        self.next_button.setFocus()


def show_tour(window: QWidget, settings: Settings) -> TourDialog:
    """Help → Tour: from the first step; closing it (Finish, Skip or Esc) records the check box."""
    # Any window with a show_page(name) (the main window), without importing it here: it imports us.
    show_page: Callable[[str], None] = window.show_page  # type: ignore[attr-defined]
    dialog = TourDialog(show_page, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.finished.connect(lambda _r: setattr(settings, "tour_seen", dialog.dont_show_again.isChecked()))
    dialog.show()
    dialog.go_to(0)
    return dialog


def maybe_show_tour(window: QWidget, settings: Settings) -> TourDialog | None:
    """After the first vault is created: the tour, unless it was finished, skipped or turned off."""
    if settings.tour_seen:
        return None
    return show_tour(window, settings)
