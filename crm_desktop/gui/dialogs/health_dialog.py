"""Tools → Data health…: what needs a look (contacts without a phone or an e-mail, numbers that did
not parse, clients gone quiet, likely duplicates, late deals, overdue reminders), each line opening
onto its records; a record opens on its page, or is marked right as it is."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from crm_desktop.core.models import Contact, ContactEmail, ContactPhone, Deal, Reminder
from crm_desktop.core.services.health import HealthLine, HealthReport, health, mark_verified
from crm_desktop.core.services.uow import ReadSession
from crm_desktop.gui import formatting
from crm_desktop.gui.errors import describe
from crm_desktop.gui.widgets.dup_queries import GroupRow, find_group_rows
from crm_desktop.gui.widgets.message_label import MessageLabel
from crm_desktop.gui.worker import DbWorker, Job

if TYPE_CHECKING:
    from crm_desktop.core.vault import Vault

SHOWN = 200  # records listed per line; the count says how many there are
RECORD = Qt.ItemDataRole.UserRole  # (entity, id, check) on a record's item
DUPLICATES = "duplicates"


@dataclass(frozen=True)
class Entry:
    id: int
    name: str
    detail: str | date | datetime | None  # what is wrong, or when


@dataclass(frozen=True)
class HealthView:
    report: HealthReport
    entries: dict[str, list[Entry]]  # check -> its listed records


def _details(s: Any, line: HealthLine) -> dict[int, Any]:
    ids = line.ids
    if line.check in ("invalid_phone", "invalid_email"):
        model = ContactPhone if line.check == "invalid_phone" else ContactEmail
        column = ContactPhone.raw if model is ContactPhone else ContactEmail.address
        out: dict[int, Any] = {}
        for cid, text in s.execute(select(model.contact_id, column).where(
                model.contact_id.in_(ids), model.valid.is_(False)).order_by(model.position)):
            out[cid] = f"{out[cid]}; {text}" if cid in out else text
        return out
    if line.check.startswith("stale_"):
        model, when = Contact, Contact.last_interaction_at
    elif line.entity in ("deal", "reminder"):
        model, when = (Deal, Deal.expected_close) if line.entity == "deal" else (Reminder, Reminder.due_at)
    else:
        return {}
    return {i: value for i, value in s.execute(select(model.id, when).where(model.id.in_(ids)))}


def load_health(vault: Vault) -> HealthView:
    """Runs on the worker: the report, with names and details for the records it lists."""
    report = health(vault, limit=SHOWN)
    entries: dict[str, list[Entry]] = {}
    with ReadSession(vault) as s:
        for line in report.lines:
            model, column = {"deal": (Deal, Deal.name), "reminder": (Reminder, Reminder.text)}.get(
                line.entity, (Contact, Contact.display_name))
            names = dict(s.execute(select(model.id, column).where(model.id.in_(line.ids))).all())
            details = _details(s, line)
            entries[line.check] = [Entry(i, names.get(i, f"#{i}"), details.get(i)) for i in line.ids]
    return HealthView(report, entries)


class HealthDialog(QDialog):
    open_record = Signal(str, int)  # ("contact" | "deal" | "reminder", id): show it on its page
    find_duplicates_requested = Signal()

    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._dup_job: Job | None = None
        self._groups: list[GroupRow] | None = None  # the finder's answer (it may come after the report's)
        self.setWindowTitle(self.tr("Data health"))
        self.resize(720, 560)
        self.summary = QLabel(self)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("healthTree")
        self.tree.setHeaderLabels([self.tr("Check"), self.tr("Count"), self.tr("Detail")])
        fit = QHeaderView.ResizeMode.ResizeToContents
        for column, mode in enumerate((QHeaderView.ResizeMode.Stretch, fit, fit)):
            self.tree.header().setSectionResizeMode(column, mode)
        self.tree.itemActivated.connect(self._activated)
        self.tree.currentItemChanged.connect(lambda *_: self._set_actions())
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.open_button.setObjectName("openButton")
        self.open_button.clicked.connect(lambda: self._activated(self.tree.currentItem(), 0))
        self.verify_button = QPushButton(self.tr("&Right as it is"), self)
        self.verify_button.setObjectName("verifyButton")
        self.verify_button.setToolTip(self.tr("Not reported again for this check until the contact changes."))
        self.verify_button.clicked.connect(self._verify)
        self.again_button = QPushButton(self.tr("Check &again"), self)
        self.again_button.setObjectName("checkAgainButton")
        self.again_button.clicked.connect(self.refresh)
        for button in (self.open_button, self.verify_button, self.again_button):  # Enter opens a record
            button.setAutoDefault(False)
        refresh = QAction(self)
        refresh.setShortcuts(QKeySequence.StandardKey.Refresh)
        refresh.triggered.connect(self.refresh)
        self.addAction(refresh)
        self.message = MessageLabel(self)
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addWidget(self.verify_button)
        row.addStretch(1)
        row.addWidget(self.again_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addLayout(row)
        for widget in (self.message, buttons):
            layout.addWidget(widget)
        self.refresh()

    # ---------------------------------------------------------------- reading
    def refresh(self) -> None:
        self.loaded = False  # True once the report is shown
        self.message.clear_message()
        self.summary.setText(self.tr("Checking the vault…"))
        self._set_actions()
        self._worker.run(load_health, on_done=self._shown, on_error=self._failed)
        if self._dup_job is None:
            self._groups = None
            self._dup_job = self._worker.run(find_group_rows, on_done=self._duplicates,
                                             on_error=self._duplicates_failed, on_progress=lambda *_: None)

    def _failed(self, error: BaseException) -> None:
        self.summary.setText("")
        self.message.show_message(describe(error))

    def _label(self, line: HealthLine) -> str:
        if line.check.startswith("stale_"):
            return self.tr("Tier {tier}: no interaction in {days} days").format(
                tier=line.check.removeprefix("stale_"), days=line.threshold_days)
        return {
            "missing_phone": self.tr("Contacts without a phone"),
            "missing_email": self.tr("Contacts without an e-mail"),
            "missing_organization": self.tr("People without an organization"),
            "missing_tier": self.tr("Contacts without a tier"),
            "invalid_phone": self.tr("Phones that did not parse (kept as typed)"),
            "invalid_email": self.tr("Invalid e-mails"),
            "deals_past_close": self.tr("Open deals past their expected close"),
            "overdue_reminders": self.tr("Overdue reminders"),
        }.get(line.check, line.check)

    def _detail(self, line: HealthLine, entry: Entry) -> str:
        if line.check.startswith("stale_"):
            return (self.tr("last: {day}").format(day=formatting.day(entry.detail)) if entry.detail
                    else self.tr("never met"))
        if isinstance(entry.detail, date):
            return formatting.day(entry.detail)
        return entry.detail or ""

    def _shown(self, view: HealthView) -> None:
        r = view.report
        text = self.tr("{day}: {contacts} contacts ({people} people, {orgs} organizations)")
        self.summary.setText(text.format(day=formatting.day(r.today), contacts=f"{r.contacts:,}",
                                         people=f"{r.people:,}", orgs=f"{r.organizations:,}"))
        self.tree.clear()
        for line in r.lines:
            top = QTreeWidgetItem([self._label(line), f"{line.count:,}", ""])
            top.setData(0, RECORD, ("line", 0, line.check))
            if line.verified:
                top.setToolTip(1, self.tr("%n more marked right as it is", "", line.verified))
            for entry in view.entries.get(line.check, []):
                child = QTreeWidgetItem([entry.name, "", self._detail(line, entry)])
                child.setData(0, RECORD, (line.entity, entry.id, line.check))
                top.addChild(child)
            if line.count > len(line.ids):
                rest = f"{line.count - len(line.ids):,}"
                more = QTreeWidgetItem([self.tr("… and {n} more").format(n=rest)])
                more.setFlags(Qt.ItemFlag.ItemIsEnabled)
                top.addChild(more)
            self._tone(top, line.count)
            self.tree.addTopLevelItem(top)
        top = QTreeWidgetItem([self.tr("Groups of likely duplicates"), "…", ""])
        top.setData(0, RECORD, ("line", 0, DUPLICATES))
        top.setToolTip(0, self.tr("Open the group to merge its records, or mark them not the same."))
        self.tree.insertTopLevelItem(6, top)
        self._fill_duplicates()
        self.loaded = True
        self.tree.setCurrentItem(self.tree.topLevelItem(0))
        self._set_actions()

    def _tone(self, item: QTreeWidgetItem, count: int) -> None:
        item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if count == 0:
            item.setForeground(0, self.palette().placeholderText())
            item.setForeground(1, self.palette().placeholderText())

    def _dup_item(self) -> QTreeWidgetItem | None:
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item.data(0, RECORD)[2] == DUPLICATES:
                return item
        return None

    def _duplicates(self, groups: list[GroupRow]) -> None:
        self._dup_job = None
        self._groups = groups
        self._fill_duplicates()

    def _fill_duplicates(self) -> None:
        item, groups = self._dup_item(), self._groups
        if item is None or groups is None:
            return  # the other answer is still to come: it fills the line
        item.takeChildren()
        item.setText(1, f"{len(groups):,}")
        for g in groups[:SHOWN]:
            child = QTreeWidgetItem([" · ".join(g.names), "", f"{g.score:.2f}"])
            child.setData(0, RECORD, (DUPLICATES, g.ids[0], DUPLICATES))
            item.addChild(child)
        self._tone(item, len(groups))

    def _duplicates_failed(self, error: BaseException) -> None:
        self._dup_job = None
        item = self._dup_item()
        if item is not None:
            item.setText(1, "?")
            item.setToolTip(1, describe(error))

    # ---------------------------------------------------------------- acting
    def _record(self, item: QTreeWidgetItem | None) -> tuple[str, int, str] | None:
        data = item.data(0, RECORD) if item is not None else None
        return data if data is not None and data[0] != "line" else None

    def _set_actions(self) -> None:
        record = self._record(self.tree.currentItem())
        self.open_button.setEnabled(record is not None)
        self.verify_button.setEnabled(record is not None and record[0] == "contact")

    def _activated(self, item: QTreeWidgetItem | None, _column: int) -> None:
        record = self._record(item)
        if record is None:
            if item is not None and item.data(0, RECORD) is not None:
                item.setExpanded(not item.isExpanded())
            return
        if record[0] == DUPLICATES:
            self.find_duplicates_requested.emit()
        else:
            self.open_record.emit(record[0], record[1])

    def _verify(self) -> None:
        item = self.tree.currentItem()
        record = self._record(item)
        if item is None or record is None or record[0] != "contact":
            return
        self.verify_button.setEnabled(False)
        self._worker.run(mark_verified, record[1], record[2], on_done=partial(self._verified, record),
                         on_error=self._verify_failed)

    def _verify_failed(self, error: BaseException) -> None:
        self.message.show_message(describe(error))
        self._set_actions()

    def _verified(self, record: tuple[str, int, str], _result: None) -> None:
        # Found again by what it holds: a refresh may have rebuilt the tree meanwhile.
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            for j in range(top.childCount()):
                if top.child(j).data(0, RECORD) == record:
                    top.takeChild(j)
                    top.setText(1, f"{int(top.text(1).replace(',', '')) - 1:,}")
                    break
        self._set_actions()

    def done(self, result: int) -> None:
        if self._dup_job is not None:
            self._dup_job.cancel()
        super().done(result)
