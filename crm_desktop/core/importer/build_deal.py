"""Rows of a file as DealRow and InteractionRow, with the problems found on the way."""

from __future__ import annotations

import contextlib
import re
import uuid
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from functools import cache

from babel.numbers import list_currencies

from crm_desktop.core.models import INTERACTION_KINDS, PARTY_ROLES

from . import values as v
from .context import Context
from .mapping import Mapping
from .money import MoneyError, currency_code, parse_money
from .readers.base import Row
from .records import DealRow, InteractionRow, Problem

_STATUS = {"open": "open", "won": "won", "lost": "lost", "closed won": "won", "closed lost": "lost",
           "进行中": "open", "跟进中": "open", "赢单": "won", "成交": "won", "已成交": "won", "完成": "won",
           "已完成": "won", "输单": "lost", "丢单": "lost", "失败": "lost", "已失败": "lost", "放弃": "lost"}
_KINDS = {"meeting": "meeting", "会议": "meeting", "会面": "meeting", "见面": "meeting", "面谈": "meeting",
          "call": "call", "phone": "call", "phone call": "call", "电话": "call", "通话": "call",
          "email": "email", "e-mail": "email", "mail": "email", "邮件": "email", "note": "note",
          "笔记": "note", "备注": "note", "记录": "note", "site visit": "site_visit",
          "拜访": "site_visit", "实地考察": "site_visit", "考察": "site_visit", "走访": "site_visit",
          "other": "other", "其他": "other"}
_PARTY = re.compile(r"^(.*?)\s*[(（]\s*([^()（）]+)\s*[)）]$")


@cache
def _currencies() -> frozenset[str]:
    return frozenset(list_currencies())


class _Cells:
    def __init__(self, row: Row, mapping: Mapping) -> None:
        self.row, self.mapping = row, mapping
        self.problems = [Problem(row.number, row.line, p.column, None, p.message, p.level)
                         for p in row.problems]
        self.custom: dict[str, str] = {}

    def problem(self, column: str | None, field: str | None, message: str, level: str = "warning") -> None:
        self.problems.append(Problem(self.row.number, self.row.line, column, field, message, level))

    def keep(self, column: str, text: str, field: str, why: str) -> None:
        self.custom[column[:100]] = text
        self.problem(column, field, f"{why}; kept as text in the custom field '{column}'")

    def each(self, handle: Callable[[str, str, str], None]) -> None:
        for column, raw in self.row.values.items():
            text = v.clean(raw)
            if not text or v.is_program_default(column, text):
                continue
            t = self.mapping.target(column)
            bad = v.garbled(text)
            if bad and t.field != "ignore":
                self.problem(column, t.field, f"'{text[:40]}' {bad}", "error")
            elif t.field in ("custom", "custom_value", "custom_label"):
                name = (t.name or column)[:100]
                self.custom[name] = self.custom[name] + "\n" + text if name in self.custom else text
            elif t.field == "uid":
                with contextlib.suppress(ValueError):
                    handle(column, "uid", str(uuid.UUID(text.removeprefix("urn:uuid:"))))
            elif t.field != "ignore":
                handle(column, t.field, text)


def _percent(text: str) -> Decimal | None:
    try:
        return Decimal(text.strip().rstrip("%").strip())
    except InvalidOperation:
        return None


def build_deal(row: Row, mapping: Mapping, ctx: Context) -> tuple[DealRow, list[Problem]]:
    rec = DealRow(row.number, row.line)
    c = _Cells(row, mapping)
    currency_col: list[str | None] = [None]

    def handle(column: str, f: str, text: str) -> None:
        if f in ("amount", "fee_retainer", "fee_success_amount"):
            try:
                money = parse_money(text)
            except MoneyError as exc:
                c.problem(column, f, str(exc), "error")
                return
            setattr(rec, f, money.amount)
            if money.currency:
                if rec.currency and rec.currency != money.currency:
                    c.problem(column, f, f"'{text}' is in {money.currency} but the deal in {rec.currency}",
                              "error")
                rec.currency = rec.currency or money.currency
        elif f == "currency":
            code = currency_code(text)
            if code is None or code not in _currencies():
                c.problem(column, f, f"'{text}' is not a currency (ISO 4217, e.g. CNY, USD, HKD)", "error")
            elif rec.currency and rec.currency != code:
                c.problem(column, f, f"the amount is in {rec.currency} but this column says {code}", "error")
            else:
                rec.currency, currency_col[0] = code, column
        elif f == "stage":
            stage = ctx.stage(text)
            if stage is None:
                known = ", ".join(ctx.stage_names)
                c.problem(column, f, f"unknown stage '{text}' (stages: {known})", "error")
            rec.stage = stage
        elif f == "status":
            status = _STATUS.get(text.casefold())
            if status is None:
                c.keep(column, text, f, f"'{text}' is not open, won or lost")
            rec.status = status
        elif f == "probability":
            p = _percent(text)
            if p is None or not 0 <= p <= 100:
                c.keep(column, text, f, f"'{text}' is not a percent from 0 to 100")
            else:
                rec.probability = int(p * 100) if p < 1 and "%" not in text and p != 0 else int(p)
        elif f == "fee_success_percent":
            p = _percent(text)
            if p is None or not 0 <= p <= 100:
                c.keep(column, text, f, f"'{text}' is not a percent from 0 to 100")
            else:
                rec.fee_success_percent = p
        elif f == "expected_close":
            day = v.parse_day(text, mapping.date_order, row.kinds.get(column))
            if day is None:
                c.keep(column, text, f, f"'{text}' is not a date")
            rec.expected_close = day
        elif f == "note":
            rec.notes.append(text)
        elif f == "parties":
            for part in v.split_multi(text):
                m = _PARTY.match(part)
                name, role = (m.group(1), m.group(2).strip().lower()) if m else (part, "other")
                rec.parties.append((name.strip(), role if role in PARTY_ROLES else "other"))
        elif f in ("name", "client", "owner", "description", "close_reason", "uid"):
            setattr(rec, f, text)

    c.each(handle)
    if rec.currency is None and mapping.default_currency and any(
            x is not None for x in (rec.amount, rec.fee_retainer, rec.fee_success_amount)):
        rec.currency = mapping.default_currency.upper()
    if rec.amount is not None and rec.currency is None:
        c.problem(None, "currency", f"the amount {rec.amount} has no currency: write it (¥, USD, HK$ …), "
                                    "add a currency column or choose a default currency", "error")
    if rec.status and not rec.stage:
        rec.stage = {"won": ctx.won, "lost": ctx.lost}.get(rec.status)
    if not rec.name:
        c.problem(None, "name", "a deal needs a name", "error")
    elif len(rec.name) > 300:
        c.problem(None, "name", "the deal's name is longer than 300 characters", "error")
    rec.custom_fields = c.custom
    if any(p.level == "error" for p in c.problems):
        rec.action = "error"
    return rec, c.problems


def build_interaction(row: Row, mapping: Mapping, ctx: Context) -> tuple[InteractionRow, list[Problem]]:
    rec = InteractionRow(row.number, row.line)
    c = _Cells(row, mapping)

    def handle(column: str, f: str, text: str) -> None:
        if f == "occurred_at":
            when = v.parse_when(text, mapping.date_order, mapping.timezone or ctx.tz)
            if when is None:
                c.problem(column, f, f"'{text}' is not a date and time", "error")
            rec.occurred_at = when
        elif f == "kind":
            folded = text.casefold()
            kind = _KINDS.get(folded, folded if folded in INTERACTION_KINDS else None)
            if kind is None:
                c.keep(column, text, f, f"'{text}' is not a meeting, call, e-mail, note or site visit")
            rec.kind = kind or "other"
        elif f == "participants":
            rec.participants += [p for p in v.split_multi(text) if p not in rec.participants]
        elif f == "body" and rec.body:
            rec.body += "\n" + text
        elif f in ("subject", "body", "deal", "uid"):
            setattr(rec, f, text)

    c.each(handle)
    if rec.occurred_at is None and not any(p.field == "occurred_at" for p in c.problems):
        c.problem(None, "occurred_at", "an interaction needs a date", "error")
    if not rec.participants and not rec.deal:
        c.problem(None, "participants", "name at least one contact (or a deal)", "error")
    if rec.subject and len(rec.subject) > 500:
        c.keep("Subject", rec.subject, "subject", "longer than 500 characters")
        rec.subject = rec.subject[:500]
    rec.custom_fields = c.custom
    if any(p.level == "error" for p in c.problems):
        rec.action = "error"
    return rec, c.problems
