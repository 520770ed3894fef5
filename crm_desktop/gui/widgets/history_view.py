"""The audit history of a record, newest first: when, what operation, which fields changed
from what to what. Read when its tab is first shown (it walks the audit trail)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from decimal import Decimal
from html import escape
from typing import Any

from PySide6.QtWidgets import QTextBrowser, QWidget

from crm_desktop.core.services.audit_log import HistoryEntry
from crm_desktop.gui import formatting as fmt

from .record_html import MUTED, empty

MAX_VALUE = 80


def _value(v: Any) -> str:
    if v is None or v == "":
        return "∅"
    if isinstance(v, datetime):
        return fmt.moment(fmt.local(v))
    if isinstance(v, date):
        return fmt.day(v)
    if isinstance(v, Decimal):
        return f"{v:,}"
    text = str(v).replace("\n", " ")
    return text if len(text) <= MAX_VALUE else text[: MAX_VALUE - 1] + "…"


class HistoryView(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyView")
        self.entries: list[HistoryEntry] = []

    def show_entries(self, entries: Iterable[HistoryEntry]) -> None:
        self.entries = list(entries)
        self.setHtml(self.render_html())

    def render_html(self) -> str:
        ops: dict[int, list[HistoryEntry]] = {}
        for e in self.entries:
            ops.setdefault(e.operation_id, []).append(e)
        blocks = []
        for op_id in sorted(ops, reverse=True):
            group = ops[op_id]
            head = group[0]
            word = self.tr("undone")
            undone = f' <span style="{MUTED}">({escape(word)})</span>' if head.undone else ""
            lines = []
            for e in group:
                for field, (old, new) in e.changes.items():
                    if field.endswith("_id") and field[:-3] in e.changes:
                        continue  # the id beside its name (tag_id beside tag)
                    name = field.replace("_", " ")
                    lines.append(f"{escape(name)}: {escape(_value(old))} → {escape(_value(new))}")
            body = "<br>".join(lines[:30]) + ("<br>…" if len(lines) > 30 else "")
            blocks.append(f'<p><span style="{MUTED}">{escape(fmt.moment(fmt.local(head.at)))}</span> '
                          f"<b>{escape(head.summary or head.kind)}</b>{undone}<br>{body}</p>")
        return "".join(blocks) if blocks else empty(self.tr("No changes recorded yet."))
