"""The deal page: its fields edited in place, parties and roles, the notes thread, the
interactions and reminders linked to it, and closing it as won or lost with a reason."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.core.services import deals
from crm_desktop.core.services.deal_dto import DealDetail
from crm_desktop.gui import formatting as fmt
from crm_desktop.gui.dialogs.close_deal_dialog import CloseDealDialog
from crm_desktop.gui.errors import describe
from crm_desktop.gui.io import Io
from crm_desktop.gui.queries.deal_lists import DealPageData, deal_page

from . import labels, record_html
from .deal_form import DealForm
from .note_box import NoteBox
from .record_browser import RecordBrowser


class DealView(QWidget):
    back_requested = Signal()
    open_record = Signal(str, int)
    add_reminder_requested = Signal(int)  # deal id
    add_party_requested = Signal(int)  # deal id
    trashed = Signal(str)  # the deal's name: it went to the trash (Edit → Undo brings it back)

    def __init__(self, io: Io, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._io = io
        self.data: DealPageData | None = None
        self.back = QPushButton(self)
        self.back.setObjectName("backButton")
        self.back.clicked.connect(self.back_requested)
        self.heading = QLabel(self)
        self.heading.setObjectName("dealHeading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.state = QLabel(self)
        self.state.setObjectName("dealState")
        self.state.setWordWrap(True)
        self.state.setTextFormat(Qt.TextFormat.PlainText)
        self.won = QPushButton(self)
        self.won.setObjectName("wonButton")
        self.lost = QPushButton(self)
        self.lost.setObjectName("lostButton")
        self.trash = QPushButton(self)
        self.trash.setObjectName("dealTrashButton")
        self.trash.clicked.connect(self.move_to_trash)
        self.won.clicked.connect(lambda: self._close("won"))
        self.lost.clicked.connect(lambda: self._close("lost"))
        self.form = DealForm(io, self)
        self.form.saved.connect(lambda _d: self.reload())
        self.parties_box = QGroupBox(self)
        self.parties = RecordBrowser(self.parties_box)
        self.parties.setObjectName("partiesList")
        self.parties.setMaximumHeight(140)
        self.add_party = QPushButton(self.parties_box)
        self.add_party.setObjectName("addPartyButton")
        self.add_party.clicked.connect(self.party_requested)
        parties_layout = QVBoxLayout(self.parties_box)
        parties_layout.addWidget(self.parties)
        parties_layout.addWidget(self.add_party, 0, Qt.AlignmentFlag.AlignRight)
        self.notes_box = NoteBox(self)
        self.notes_box.submitted.connect(self._add_note)
        self.notes = RecordBrowser(self)
        self.notes.setObjectName("notesThread")
        self.interactions = RecordBrowser(self)
        self.interactions.setObjectName("dealInteractions")
        self.reminders = RecordBrowser(self)
        self.reminders.setObjectName("dealReminders")
        self.add_reminder = QPushButton(self)
        self.add_reminder.clicked.connect(self._ask_reminder)
        for browser in (self.parties, self.notes, self.interactions, self.reminders):
            browser.open_record.connect(self.open_record)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(_stack(self, self.notes_box, self.notes), "")
        self.tabs.addTab(self.interactions, "")
        self.tabs.addTab(_stack(self, self.reminders, self.add_reminder), "")
        self._layout()
        self.retranslate()

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.back)
        top.addWidget(self.heading, 1)
        top.addWidget(self.won)
        top.addWidget(self.lost)
        top.addWidget(self.trash)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.form)
        left_layout.addWidget(self.parties_box)
        left_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(left)
        splitter = QSplitter(self)
        splitter.addWidget(scroll)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.state)
        layout.addWidget(splitter, 1)

    def retranslate(self) -> None:
        self.back.setText(self.tr("← Back"))
        self.back.setToolTip(self.tr("Back to the pipeline (Esc)"))
        self.won.setText(self.tr("Won…"))
        self.lost.setText(self.tr("Lost…"))
        self.trash.setText(self.tr("Move to &trash"))
        self.trash.setToolTip(self.tr("The deal, its parties and notes go to the trash; Edit → Undo brings "
                                      "them back."))
        self.parties_box.setTitle(self.tr("Parties"))
        self.notes_box.button.setText(self.tr("Add note"))
        self.notes_box.edit.setPlaceholderText(self.tr("Write a note (Ctrl+Return adds it)"))
        self.add_reminder.setText(self.tr("Add a reminder…"))
        self.add_party.setText(self.tr("Add a party…"))
        self.form.retranslate()
        if self.data is not None:
            self._fill(self.data)
        else:
            for i, name in enumerate((self.tr("Notes"), self.tr("Interactions"), self.tr("Reminders"))):
                self.tabs.setTabText(i, name)

    def move_to_trash(self) -> None:
        deal = self.deal
        if deal is not None:
            self._io.write(deals.delete, deal.id, on_done=lambda _r, name=deal.name: self.trashed.emit(name))

    # ---------------------------------------------------------------- loading
    @property
    def deal(self) -> DealDetail | None:
        return self.data.deal if self.data else None

    def show_deal(self, deal_id: int) -> None:
        if self.deal is not None and self.deal.id != deal_id:
            self.clear()
        self._io.fetch(deal_page, deal_id, on_done=self._loaded)

    def reload(self) -> None:
        if self.deal is not None:
            self.show_deal(self.deal.id)

    def clear(self) -> None:
        self.data = None
        self.form.clear()
        self.notes_box.clear()
        for widget in (self.heading, self.state, self.parties, self.notes, self.interactions, self.reminders):
            widget.clear()

    def _loaded(self, data: DealPageData) -> None:
        if self.deal is not None and self.deal.id != data.deal.id:
            return  # another deal was opened meanwhile
        self.data = data
        self._fill(data)

    def _fill(self, data: DealPageData) -> None:
        d = data.deal
        self.heading.setText(d.name)
        self.state.setText(self._state_text(d))
        self.won.setEnabled(d.status != "won")
        self.lost.setEnabled(d.status != "lost")
        self.form.show_deal(d, data.stages)
        self.parties.setHtml(record_html.parties(d.parties))
        self.notes.setHtml(record_html.notes(d.notes))
        self.interactions.setHtml(record_html.interactions(data.interactions.interactions,
                                                           total=data.interactions.total))
        self.reminders.setHtml(record_html.reminders(data.reminders))
        open_reminders = sum(1 for r in data.reminders if r.status == "open")
        self.tabs.setTabText(0, self.tr("Notes ({n})").format(n=len(d.notes)))
        self.tabs.setTabText(1, self.tr("Interactions ({n})").format(n=data.interactions.total))
        self.tabs.setTabText(2, self.tr("Reminders ({n})").format(n=open_reminders))

    def _state_text(self, d: DealDetail) -> str:
        parts = [d.stage, labels.status(d.status)]
        if d.client:
            parts.insert(0, d.client)
        if d.status != "open" and d.closed_at is not None:
            parts.append(self.tr("closed {date}").format(date=fmt.day(d.closed_at)))
        text = " · ".join(parts)
        if d.close_reason:
            text += "\n" + self.tr("Reason: {reason}").format(reason=d.close_reason)
        return text

    # ---------------------------------------------------------------- actions
    def _add_note(self, text: str) -> None:
        if self.deal is None:
            return
        self._io.write(deals.add_note, self.deal.id, text, on_done=self._note_added,
                       on_error=lambda e: self.notes_box.refused(describe(e)))

    def _note_added(self, _note: object) -> None:
        self.notes_box.sent()
        self.reload()

    def _close(self, outcome: str) -> None:
        if self.deal is None:
            return
        dialog = CloseDealDialog(self.deal.name, outcome, self)
        if dialog.exec() == CloseDealDialog.DialogCode.Accepted:
            self.close_deal(outcome, dialog.reason_text())

    def close_deal(self, outcome: str, reason: str | None) -> None:
        if self.deal is not None:
            self._io.write(deals.close, self.deal.id, outcome, reason, on_done=lambda _d: self.reload())

    def party_requested(self) -> None:
        if self.deal is not None:
            self.add_party_requested.emit(self.deal.id)

    def _ask_reminder(self) -> None:
        if self.deal is not None:
            self.add_reminder_requested.emit(self.deal.id)


def _stack(parent: QWidget, *widgets: QWidget) -> QWidget:
    box = QWidget(parent)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(4, 4, 4, 4)
    for w in widgets:
        layout.addWidget(w, 1 if isinstance(w, RecordBrowser) else 0)
    return box
