"""One contact, edited in place: each field saves when you leave it; a rule it breaks is shown
beside it and nothing is saved."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from crm_desktop.core.errors import ValidationError
from crm_desktop.core.services import contact_read, contacts
from crm_desktop.core.services.contact_dto import ContactOut
from crm_desktop.gui.dialogs.quick_add import split_list, tier_combo
from crm_desktop.gui.errors import describe, field_of, show_error
from crm_desktop.gui.formatting import readable_phone
from crm_desktop.gui.worker import DbWorker

from .dup_queries import GroupRow
from .dup_warning import DuplicateWarning, DuplicateWatch
from .field_row import FieldRow
from .message_label import MessageLabel

LIST_FIELDS = ("phones", "emails")


class ContactDetail(QWidget):
    changed = Signal(int)  # a contact was saved
    shown = Signal(object)  # the ContactOut now shown (again), or None once cleared
    open_requested = Signal(int)  # "open it" on a likely duplicate
    merge_requested = Signal(object)  # GroupRow: this contact and the likely duplicate, to merge

    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self.contact: ContactOut | None = None
        self._saved: dict[str, str] = {}
        self._failed: dict[str, str] = {}
        self.heading = QLabel(self)
        self.heading.setObjectName("contactHeading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.kind_label = QLabel(self)
        self.links = QLabel(self)
        self.links.setObjectName("contactLinks")
        self.links.setTextFormat(Qt.TextFormat.RichText)
        self.links.setOpenExternalLinks(True)
        self.links.setWordWrap(True)
        self.message = MessageLabel(self)
        self.rows: dict[str, FieldRow] = {}
        self._labels: dict[str, QLabel] = {}
        self._form = QFormLayout()
        for name in ("display_name", "organization", "title", "department", "phones", "emails"):
            edit = QLineEdit(self)
            edit.editingFinished.connect(lambda n=name: self._save(n))
            self._add_row(name, FieldRow(name, edit, self))
        combo = tier_combo(self)
        combo.activated.connect(lambda _i: self._save("tier"))
        self._add_row("tier", FieldRow("tier", combo, self))
        # Editing a name, phone or e-mail into one already on file says so (issue: "adding or editing
        # a contact ... shows it before saving"): the edit itself is kept; open the other, or merge.
        self.duplicate = DuplicateWarning(self, proceed_text=self.tr("&Merge…"))
        self.duplicate.setObjectName("editDuplicateWarning")
        self.duplicate.open_requested.connect(self.open_requested)
        self.duplicate.proceed_requested.connect(self._merge_with_hint)
        self.watch = DuplicateWatch(worker, self._match_values, self.duplicate)
        for name in ("display_name", "phones", "emails"):
            self.rows[name].editor.textEdited.connect(self.watch.check)
        self.empty = QLabel(self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: #777777;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.kind_label)
        layout.addLayout(self._form)
        layout.addWidget(self.duplicate)
        layout.addWidget(self.links)
        layout.addWidget(self.message)
        layout.addWidget(self.empty)
        layout.addStretch(1)
        self.retranslate()
        self.clear()

    def _add_row(self, name: str, row: FieldRow) -> None:
        self.rows[name] = row
        self._labels[name] = QLabel(self)
        self._form.addRow(self._labels[name], row)

    def retranslate(self) -> None:
        names = {"display_name": self.tr("Name"), "organization": self.tr("Organization"),
                 "title": self.tr("Title"), "department": self.tr("Department"),
                 "phones": self.tr("Phones"), "emails": self.tr("E-mails"), "tier": self.tr("Tier")}
        for name, label in self._labels.items():
            label.setText(names[name] + ":")
        self.empty.setText(self.tr("Select a contact, or press Ctrl+N to add one."))
        if self.contact is not None:
            self._fill(self.contact)

    # ---------------------------------------------------------------- loading
    def show_contact(self, contact_id: int | None) -> None:
        if contact_id is None:
            self.clear()
            return
        self._worker.run(contact_read.get, contact_id, on_done=self._loaded,
                         on_error=lambda e, cid=contact_id: self._load_failed(cid, e))

    def reload(self) -> None:
        if self.contact is not None:
            self.show_contact(self.contact.id)

    def _match_values(self) -> dict[str, Any]:
        return {"display_name": self.rows["display_name"].text().strip(),
                "phones": split_list(self.rows["phones"].text()),
                "emails": split_list(self.rows["emails"].text())}

    def _merge_with_hint(self) -> None:
        hints = self.duplicate.hints
        if self.contact is None or not hints:
            return
        best = hints[0]
        self.merge_requested.emit(GroupRow((self.contact.id, best.contact_id),
                                           (self.contact.display_name, best.name), best.score, best.reasons))

    def clear(self) -> None:
        self.contact = None
        self.duplicate.show_hints([])
        self._saved, self._failed = {}, {}
        self.heading.clear()
        self.kind_label.clear()
        self.links.clear()
        self.message.clear_message()
        for row in self.rows.values():
            row.set_text("")
            row.clear_error()
            row.setEnabled(False)
        self.empty.show()
        self.shown.emit(None)

    def _loaded(self, contact: ContactOut) -> None:
        if self.contact is None or self.contact.id != contact.id:
            self.duplicate.show_hints([])  # another contact: the warning was about the one before
        self.watch.exclude_id = contact.id
        self._failed = {}
        for row in self.rows.values():
            row.clear_error()
            row.setEnabled(True)
        self.message.clear_message()
        self._fill(contact)
        self.shown.emit(contact)

    def _load_failed(self, contact_id: int, error: BaseException) -> None:
        if self.contact is None or self.contact.id == contact_id:
            self.clear()  # gone (deleted, or undone) — nothing to show

    def _fill(self, c: ContactOut) -> None:
        self.empty.hide()
        self.heading.setText(c.display_name)
        self.kind_label.setText(self.tr("Organization") if c.kind == "organization" else self.tr("Person"))
        values = {"display_name": c.display_name, "organization": c.organization or "",
                  "title": c.title or "", "department": c.department or "",
                  "phones": "; ".join(readable_phone(p.number) for p in c.phones),
                  "emails": "; ".join(e.address for e in c.emails), "tier": c.tier or ""}
        previous = self._saved if self.contact is not None and self.contact.id == c.id else {}
        for name, value in values.items():
            row = self.rows[name]
            typing = row.editor.hasFocus() and row.text().strip() != previous.get(name, "")
            if name not in self._failed and not typing:  # never overwrite what is being typed
                row.set_text(value)
        self._saved = values
        self.contact = c
        self.rows["organization"].setEnabled(c.kind == "person")
        bad = [p.raw for p in c.phones if not p.valid]
        if bad and "phones" not in self._failed:
            self.rows["phones"].show_error(
                self.tr("Not a valid phone number, kept as typed: {numbers}").format(numbers=", ".join(bad)))
        self.links.setText(_links(c))

    # ---------------------------------------------------------------- saving
    def _save(self, name: str) -> None:
        if self.contact is None:
            return
        row = self.rows[name]
        text = row.text().strip()
        if text == self._saved.get(name):  # back to what is saved: nothing to do, nothing wrong
            if self._failed.pop(name, None) is not None:
                row.clear_error()
            return
        if text == self._failed.get(name):  # its message is already showing
            return
        contact_id = self.contact.id
        value: Any = split_list(text) if name in LIST_FIELDS else (text or None)
        self._worker.run(_edit, contact_id, {name: value}, on_done=self._saved_ok,
                         on_error=lambda e, n=name, t=text, cid=contact_id: self._save_failed(cid, n, t, e))

    def _saved_ok(self, contact: ContactOut) -> None:
        self.changed.emit(contact.id)
        if self.contact is not None and self.contact.id == contact.id:
            self._loaded(contact)

    def _save_failed(self, contact_id: int, name: str, text: str, error: BaseException) -> None:
        if self.contact is None or self.contact.id != contact_id:
            show_error(self, error)
            return
        row = self.rows.get(field_of(error)) if isinstance(error, ValidationError) else None
        if row is None:
            self.message.show_message(describe(error))
            return
        self._failed[name] = text
        row.show_error(describe(error))


def _edit(vault: Any, contact_id: int, values: dict[str, Any]) -> ContactOut:
    return contacts.edit(vault, contact_id, **values)


def _links(c: ContactOut) -> str:
    parts = [f'<a href="tel:{html.escape(p.number)}">{html.escape(readable_phone(p.number))}</a>'
             for p in c.phones if p.valid]
    parts += [f'<a href="mailto:{html.escape(e.address)}">{html.escape(e.address)}</a>' for e in c.emails]
    return " · ".join(parts)
