"""Lists of records as HTML for a RecordBrowser: links name what they open (`contact:12`)."""

from __future__ import annotations

from collections.abc import Iterable
from html import escape

from PySide6.QtCore import QCoreApplication

from crm_desktop.core.services.deal_dto import DealNoteOut, DealOut, PartyOut
from crm_desktop.core.services.interaction_dto import InteractionOut
from crm_desktop.core.services.reminder_dto import ReminderOut
from crm_desktop.gui import formatting as fmt

from . import labels

MUTED = "color:#666666;"
ITEM = "margin-bottom:10px;"  # Qt's <hr> is a heavy black rule: space apart instead



def link(kind: str, ident: int, text: str) -> str:
    return f'<a href="{kind}:{ident}">{escape(text)}</a>'


def _para(text: str | None) -> str:
    return escape(text or "").replace("\n", "<br>")


def empty(text: str) -> str:
    return f'<p style="{MUTED}">{escape(text)}</p>'


def interactions(items: Iterable[InteractionOut], *, total: int, skip_contact: int | None = None) -> str:
    rows = []
    for i in items:
        people = ", ".join(link("contact", p.contact_id, p.name) for p in i.participants
                           if p.contact_id != skip_contact)
        extra = [people] if people else []
        if i.deal and i.deal_id is not None:
            extra.append(link("deal", i.deal_id, i.deal))
        head = f"<b>{escape(labels.kind(i.kind))}</b> · {escape(fmt.moment(fmt.local(i.occurred_at)))}"
        subject = f"<br><b>{escape(i.subject)}</b>" if i.subject else ""
        body = f"<br>{_para(i.body)}" if i.body else ""
        tail = f'<br><span style="{MUTED}">{" · ".join(extra)}</span>' if extra else ""
        rows.append(f'<p style="{ITEM}">{head}{subject}{body}{tail}</p>')
    if not rows:
        return empty(QCoreApplication.translate("Records", "No interactions yet."))
    shown = len(rows)
    if total > shown:
        more = QCoreApplication.translate("Records", "The newest {shown} of {total}.")
        rows.append(f'<p style="{MUTED}">' + escape(more.format(shown=shown, total=total)) + "</p>")
    return "".join(rows)


def notes(items: Iterable[DealNoteOut]) -> str:
    rows = [f'<p style="{ITEM}"><span style="{MUTED}">{escape(fmt.moment(fmt.local(n.at)))}</span><br>'
            f"{_para(n.text)}</p>" for n in items]
    return "".join(rows) if rows else empty(QCoreApplication.translate("Records", "No notes yet."))


def reminders(items: Iterable[ReminderOut], *, show_links: bool = True) -> str:
    rows = []
    for r in items:
        mark = "✓ " if r.status == "done" else ("⚠ " if r.overdue else "")
        style = MUTED if r.status == "done" else ("color:#b00020;" if r.overdue else "")
        again = f" ↻ {escape(labels.repeats(r.rrule))}" if r.rrule else ""
        links = []
        if show_links and r.contact and r.contact_id is not None:
            links.append(link("contact", r.contact_id, r.contact))
        if show_links and r.deal and r.deal_id is not None:
            links.append(link("deal", r.deal_id, r.deal))
        tail = f' <span style="{MUTED}">· {" · ".join(links)}</span>' if links else ""
        rows.append(f'<p style="{style}">{mark}<b>{escape(fmt.moment(r.due_local))}</b>{again}<br>'
                    f'{_para(r.text)}{tail}</p>')
    return "".join(rows) if rows else empty(QCoreApplication.translate("Records", "No reminders."))


def deals(items: Iterable[DealOut]) -> str:
    rows = []
    for d in items:
        money = fmt.money(d.amount, d.currency) if d.amount is not None else ""
        bits = [escape(d.stage), escape(labels.status(d.status))] + ([escape(money)] if money else [])
        rows.append(f'<p>{link("deal", d.id, d.name)}<br><span style="{MUTED}">{" · ".join(bits)}</span></p>')
    return "".join(rows) if rows else empty(QCoreApplication.translate("Records", "No deals."))


def parties(items: Iterable[PartyOut]) -> str:
    rows = [f"{link('contact', p.contact_id, p.name)} <span style=\"{MUTED}\">· "
            f"{escape(labels.role(p.role))}</span>" for p in items]
    return "<br>".join(rows) if rows else empty(QCoreApplication.translate("Records", "No parties yet."))
