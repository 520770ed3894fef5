"""The client dossier: everything about one contact or organization, minutes included."""

from __future__ import annotations

import os
from datetime import date, datetime
from typing import TYPE_CHECKING

from reportlab.platypus import CondPageBreak, Flowable, Spacer

from crm_desktop.core.services.contact_dto import ContactOut
from crm_desktop.core.services.uow import ReadSession

from .blocks import data_table, empty, para, section, title_block
from .context import make_context
from .document import Context, Progress, ReportSummary, render
from .dossier_data import Dossier, DossierInteraction, dossier_data
from .textfit import TextBlock

if TYPE_CHECKING:
    from crm_desktop.core.vault import Vault


def build_dossier(vault: Vault, out_path: str | os.PathLike[str], *, contact_id: int, lang: str = "en",
                  date_from: date | str | None = None, date_to: date | str | None = None,
                  today: date | None = None, progress: Progress | None = None) -> ReportSummary:
    """The whole history, whatever the dates (a dossier is complete or it misleads)."""
    with ReadSession(vault) as s:
        ctx = make_context(s, vault, lang=lang, date_from=None, date_to=None, today=today,
                           progress=progress, with_period=False)
        data = dossier_data(s, contact_id, progress)
    title = ctx.labels["title_dossier"]
    story = title_block(ctx, title, extra=data.contact.display_name)
    # An organization's history is mostly its people's: its "last interaction" is the newest of all.
    newest = data.interactions[0].occurred_at if data.interactions else None
    story += _details(ctx, data.contact, newest)
    if data.contact.kind == "organization":
        roles = {lk.id: lk.role for lk in data.contact.links}
        story += _people(ctx, data.people, roles)
    story += _deals(ctx, data)
    story += _interactions(ctx, data.interactions)
    story += _reminders(ctx, data)
    pages = render(ctx, f"{title} — {data.contact.display_name}", story, out_path)
    rows = len(data.people) + len(data.deals) + len(data.interactions) + len(data.reminders)
    return ReportSummary("dossier", os.fspath(out_path), lang, None, None, pages, rows)


def _phones(ctx: Context, c: ContactOut) -> str:
    bad = ctx.labels["invalid_mark"]
    return "\n".join(f"{p.number}{'' if p.valid else ' ' + bad}{f' ({p.label})' if p.label else ''}"
                     for p in c.phones)


def _emails(ctx: Context, c: ContactOut) -> str:
    bad = ctx.labels["invalid_mark"]
    return "\n".join(f"{e.address}{'' if e.valid else ' ' + bad}" for e in c.emails)


def _details(ctx: Context, c: ContactOut, newest: datetime | None) -> list[Flowable]:
    L, f = ctx.labels, ctx.fmt
    last = max((x for x in (c.last_interaction_at, newest) if x), default=None)
    addresses = "\n".join(", ".join(x for x in (a.street, a.city, a.region, a.postcode, a.country) if x)
                          for a in c.addresses)
    fields = [
        (L["kind"], L.enum("kind", c.kind)),
        (L["organization"], c.organization if c.kind == "person" else None),
        (L["title"], c.title), (L["department"], c.department), (L["tier"], c.tier),
        (L["phones"], _phones(ctx, c)), (L["emails"], _emails(ctx, c)), (L["addresses"], addresses),
        (L["website"], c.website), (L["tags"], ", ".join(c.tags)), (L["owner"], c.owner),
        (L["other_names"], ", ".join(c.other_names)),
        (L["birthday"], f.date(c.birthday) if c.birthday else None),
        *sorted(c.custom_fields.items()),
        (L["last_interaction"], f.date(last) if last else L["never"]),
        (L["added"], f.date(c.created_at)),
    ]
    rows = [[k, v] for k, v in fields if v]
    out = section(ctx, L["details"], data_table(ctx, [L["name"], c.display_name], rows, [0.22, 0.78]))
    if c.note:
        out += section(ctx, L["note"], *_paragraphs(ctx, c.note))
    return out


def _people(ctx: Context, people: list[ContactOut], roles: dict[int, str | None]) -> list[Flowable]:
    L = ctx.labels
    if not people:
        return section(ctx, L["people"], empty(ctx))
    rows = [[p.display_name, " · ".join(x for x in (roles.get(p.id), p.title, p.department) if x),
             "\n".join(ph.number for ph in p.phones), "\n".join(e.address for e in p.emails)] for p in people]
    table = data_table(ctx, [L["name"], L["title"], L["phones"], L["emails"]], rows, [0.24, 0.24, 0.22, 0.3])
    return section(ctx, f"{L['people']} ({ctx.fmt.int(len(people))})", table)


def _deals(ctx: Context, data: Dossier) -> list[Flowable]:
    L, f = ctx.labels, ctx.fmt
    if not data.deals:
        return section(ctx, L["deals_h"], empty(ctx))
    rows = [[d.name, ", ".join(L.enum("role", r) for r in d.roles), d.stage, L.enum("st", d.status),
             f.percent(d.probability), d.currency or "—", f.amount(d.amount, d.currency),
             f.date(d.expected_close)] for d in data.deals]
    table = data_table(ctx, [L["deal"], L["role"], L["stage"], L["status"], L["probability"], L["currency"],
                             L["amount"], L["expected_close"]], rows,
                       [0.22, 0.11, 0.14, 0.09, 0.07, 0.08, 0.15, 0.14], right=(4, 6))
    return section(ctx, f"{L['deals_h']} ({f.int(len(data.deals))})", table)


def _interactions(ctx: Context, items: list[DossierInteraction]) -> list[Flowable]:
    """Not a table: minutes run to pages, and a table row cannot split across pages."""
    L, f, h3 = ctx.labels, ctx.fmt, ctx.styles.h3
    title = L["interactions_n"].format(n=f.int(len(items)))
    if not items:
        return section(ctx, title, empty(ctx))
    out = section(ctx, title)
    for i, it in enumerate(items):
        line = f"{f.short_datetime(it.occurred_at)} · {L.enum('ik', it.kind)}"
        if it.subject:
            line += f" · {it.subject}"
        meta = []
        if it.participants:
            meta.append(f"{L['with']}{L['colon']}{', '.join(it.participants)}")
        if it.deal:
            meta.append(f"{L['deal']}{L['colon']}{it.deal}")
        block: list[Flowable] = [CondPageBreak(48), Spacer(1, h3.spaceBefore),
                                 TextBlock(line, h3.fontSize, h3.leading, h3.textColor, h3.spaceAfter)]
        if meta:
            block.append(para(ctx, " · ".join(meta), small=True))
        out += block
        out += _paragraphs(ctx, it.body or "")
        if i % 100 == 0:
            ctx.step(i, len(items), "interactions")
    return out


def _paragraphs(ctx: Context, body: str) -> list[Flowable]:
    """Minutes as paragraphs (blank lines separate them; single newlines are kept)."""
    parts = [p.strip("\n") for p in body.replace("\r\n", "\n").split("\n\n")]
    return [para(ctx, p) for p in parts if p.strip()]


def _reminders(ctx: Context, data: Dossier) -> list[Flowable]:
    L, f = ctx.labels, ctx.fmt
    if not data.reminders:
        return section(ctx, L["reminders"], empty(ctx))
    rows = [[f.short_datetime(r.due_at), L.enum("rs", r.status), r.text, r.deal or ""]
            for r in data.reminders]
    table = data_table(ctx, [L["due"], L["status"], L["reminder"], L["deal"]], rows, [0.18, 0.1, 0.5, 0.22])
    return section(ctx, L["reminders"], table)
