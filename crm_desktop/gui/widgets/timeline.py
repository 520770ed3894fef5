"""A contact's timeline: "log a meeting / call / note" right above it, then its interactions,
newest first."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateTimeEdit,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.core.services import interactions
from crm_desktop.core.services.interaction_dto import InteractionOut, InteractionPage
from crm_desktop.gui.errors import describe
from crm_desktop.gui.io import Io

from . import labels, record_html
from .note_box import NoteBox
from .record_browser import RecordBrowser

KINDS = ("meeting", "call", "note", "email")


class Timeline(QWidget):
    logged = Signal(object)  # InteractionOut
    more_requested = Signal()

    def __init__(self, io: Io, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._io = io
        self.contact_id: int | None = None
        self.page: InteractionPage | None = None
        self.kind_buttons = QButtonGroup(self)
        kinds = QHBoxLayout()
        for i, kind in enumerate(KINDS):
            button = QPushButton(self)
            button.setObjectName(f"log_{kind}")
            button.setCheckable(True)
            self.kind_buttons.addButton(button, i)
            kinds.addWidget(button)
        self.kind_buttons.button(0).setChecked(True)
        self.when = QDateTimeEdit(self)
        self.when.setObjectName("whenEdit")
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        kinds.addStretch(1)
        kinds.addWidget(self.when)
        self.subject = QLineEdit(self)
        self.subject.setObjectName("subjectEdit")
        self.body = NoteBox(self, lines=2)
        self.body.submitted.connect(self._log)
        self.subject.returnPressed.connect(self._log_subject_only)
        self.list = RecordBrowser(self)
        self.list.setObjectName("timelineList")
        self.more = QPushButton(self)
        self.more.setObjectName("timelineMore")
        self.more.clicked.connect(self.more_requested)
        self.more.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(kinds)
        layout.addWidget(self.subject)
        layout.addWidget(self.body)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.more)
        self.retranslate()
        self.reset_time()

    @property
    def open_record(self) -> Signal:
        return self.list.open_record

    def retranslate(self) -> None:
        for i, kind in enumerate(KINDS):
            self.kind_buttons.button(i).setText(labels.kind(kind))
        self.subject.setPlaceholderText(self.tr("Subject (optional)"))
        self.body.edit.setPlaceholderText(self.tr("What was said, what was agreed (Ctrl+Return logs it)"))
        self.body.button.setText(self.tr("Log"))
        self.when.setToolTip(self.tr("When it happened"))
        self.more.setText(self.tr("Show older"))
        if self.page is not None:
            self.show_page(self.page)

    def reset_time(self) -> None:
        self.when.setDateTime(QDateTime.currentDateTime())

    def kind(self) -> str:
        return KINDS[max(self.kind_buttons.checkedId(), 0)]

    # ---------------------------------------------------------------- showing
    def set_contact(self, contact_id: int | None) -> None:
        if contact_id != self.contact_id:
            self.body.clear()
            self.subject.clear()
            self.reset_time()
        self.contact_id = contact_id

    def show_page(self, page: InteractionPage) -> None:
        self.page = page
        self.list.setHtml(record_html.interactions(page.interactions, total=page.total,
                                                   skip_contact=self.contact_id))
        self.more.setVisible(page.total > len(page.interactions))

    def clear(self) -> None:
        self.contact_id = None
        self.page = None
        self.list.clear()
        self.body.clear()
        self.subject.clear()
        self.more.hide()

    # ---------------------------------------------------------------- logging
    def _log_subject_only(self) -> None:
        if self.subject.text().strip():
            self._log("")

    def _log(self, body: str) -> None:
        if self.contact_id is None:
            return
        occurred: datetime = self.when.dateTime().toPython().astimezone()  # this computer's zone
        self._io.write(interactions.add, kind=self.kind(), occurred_at=occurred,
                       participants=[self.contact_id],
                       subject=self.subject.text().strip() or None, body=body or None,
                       on_done=self._logged, on_error=lambda e: self.body.refused(describe(e)))

    def _logged(self, interaction: InteractionOut) -> None:
        self.body.sent()
        self.subject.clear()
        self.reset_time()
        self.logged.emit(interaction)
