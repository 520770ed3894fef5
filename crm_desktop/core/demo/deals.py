"""Deals in every stage of the vault's own pipeline, in five currencies, with parties (sponsor,
lenders, investor, advisers), fees, notes and the history of stages each went through."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal

from crm_desktop.core.models import Deal, DealNote, DealParty, DealStageEntry

from . import orgs
from .roles import OWNERS
from .script import in_language
from .texts import CLOSE_REASONS, DEAL_NOTES, FACILITIES
from .world import World
from .writer import Writer


@dataclass(frozen=True)
class StageRow:
    id: int
    position: int
    probability: int
    is_won: bool
    is_lost: bool


# region -> (currency, weight); currency -> amount range in millions
_CURRENCIES = {"CN": (("CNY", 85), ("USD", 15)), "HK": (("HKD", 50), ("USD", 50)),
               "TW": (("USD", 60), ("EUR", 40)), "SG": (("SGD", 60), ("USD", 40)),
               "GB": (("EUR", 50), ("USD", 50))}
_RANGES = {"CNY": (200, 8000), "USD": (30, 1200), "HKD": (300, 9000), "EUR": (50, 1500), "SGD": (50, 1500)}
_PERCENTS = tuple(Decimal(p) for p in ("0.25", "0.40", "0.50", "0.75", "1.00", "1.25"))
_LANG = {"CN": "s", "TW": "tw"}


def _lang(w: World, region: str) -> str:
    if region == "HK":
        return "hk" if w.rng.random() < 0.5 else "en"
    return _LANG.get(region, "en")


def _text(pair: tuple[str, str], lang: str) -> str:
    return pair[0] if lang == "en" else in_language(pair[1], lang)


def _pick_stage(w: World, k: int, stages: list[StageRow]) -> StageRow:
    if k < len(stages):  # every stage shows up, even in a small demo
        return stages[k]
    open_stages = [s for s in stages if not (s.is_won or s.is_lost)]
    weights = [len(open_stages) - n + 2 for n in range(len(open_stages))]  # early stages are fuller
    closed = [s for s in stages if s.is_won or s.is_lost]
    if closed and w.rng.random() < 0.25:
        return w.rng.choice(closed)
    return w.rng.choices(open_stages, weights)[0] if open_stages else w.rng.choice(stages)


def write(w: World, out: Writer, count: int, first_id: int, stages: list[StageRow]) -> None:
    r = w.rng
    clients = w.by_category.get("sponsor", []) + w.by_category.get("project", []) or list(range(len(w.orgs)))
    open_stages = [s for s in stages if not (s.is_won or s.is_lost)]
    for k in range(count):
        deal_id = first_id + k
        stage = _pick_stage(w, k, stages)
        client_index = r.choice(clients)
        client = w.orgs[client_index]
        project = client.project or orgs.project(r, client.region)
        if client.project is None:
            w.projects.append(project)
        lang = _lang(w, client.region)
        currencies, weights = zip(*_CURRENCIES[client.region], strict=True)
        currency = r.choices(currencies, weights)[0]
        low, high = _RANGES[currency]
        amount = Decimal(r.randrange(low * 10, high * 10) * 100_000)
        facility = r.choice(FACILITIES)
        if lang == "en":
            name, description = f"{project[1]} — {facility[0]}", f"{facility[0]} for the {project[1]}."
        else:
            name = in_language(f"{project[0]}{facility[1]}", lang)
            description = in_language(f"{project[0]}{facility[1]}。", lang)
        # The stages it went through, newest last, walking back from the latest change.
        if stage.is_won or stage.is_lost:
            path = open_stages if stage.is_won else open_stages[:r.randint(1, max(1, len(open_stages)))]
            path = [*path, stage]
            last = w.ago(r.uniform(5, 600))
        else:
            path = open_stages[:open_stages.index(stage) + 1]
            last = w.ago(r.uniform(1, 90))
        entered = [last]
        for _ in path[:-1]:
            entered.append(entered[-1] - timedelta(days=r.uniform(10, 80)))
        entered.reverse()
        for n, st in enumerate(path):
            out.add(DealStageEntry, {"deal_id": deal_id, "stage_id": st.id, "entered_at": entered[n],
                                     "left_at": entered[n + 1] if n + 1 < len(path) else None})
        closed = stage.is_won or stage.is_lost
        retainer = Decimal(r.choice((50_000, 80_000, 100_000, 150_000, 250_000))
                           * (5 if currency in ("CNY", "HKD") else 1)) if r.random() < 0.6 else None
        fee_kind = r.random()
        out.add(Deal, {
            "id": deal_id, "uid": w.uid(), "created_at": entered[0], "updated_at": last, "name": name,
            "client_id": client.id, "amount": amount, "currency": currency, "stage_id": stage.id,
            "probability": (max(0, min(100, stage.probability + r.choice((-10, -5, 5, 10))))
                            if not closed and r.random() < 0.15 else None),
            "expected_close": (last if closed else w.ago(-r.uniform(-30, 540))).date(),
            "status": "won" if stage.is_won else "lost" if stage.is_lost else "open",
            "close_reason": _text(r.choice(CLOSE_REASONS), lang) if stage.is_lost else None,
            "closed_at": last if closed else None, "owner": r.choice(OWNERS), "description": description,
            "fee_retainer": retainer,
            "fee_success_amount": (Decimal(r.choice((500_000, 1_000_000, 2_500_000)))
                                   if fee_kind < 0.25 else None),
            "fee_success_percent": r.choice(_PERCENTS) if 0.25 <= fee_kind < 0.75 else None})
        for n in range(r.randint(0, 3)):
            at = entered[0] + (last - entered[0]) * ((n + 1) / 4)
            out.add(DealNote, {"uid": w.uid(), "created_at": at, "updated_at": at, "deal_id": deal_id,
                               "at": at, "text": _text(r.choice(DEAL_NOTES), lang)})
        _parties(w, out, k, deal_id, client_index)
        w.deal_ids.append(deal_id)
        w.deal_project.append(project)
        w.deal_client.append(client_index)


def _parties(w: World, out: Writer, k: int, deal_id: int, client_index: int) -> None:
    r = w.rng
    chosen = [(client_index, "sponsor")]
    banks = w.by_category.get("bank", [])
    for bank in r.sample(banks, min(len(banks), r.randint(1, 4))):
        chosen.append((bank, "lender"))
    for category, role, share in (("fund", "investor", 0.3), ("adviser", "adviser", 0.6),
                                  ("law", "adviser", 0.5)):
        pool = w.by_category.get(category, [])
        if pool and r.random() < share:
            chosen.append((r.choice(pool), role))
    seen: set[tuple[int, str]] = set()
    for org_index, role in chosen:
        if (org_index, role) in seen:
            continue
        seen.add((org_index, role))
        out.add(DealParty, {"deal_id": deal_id, "contact_id": w.orgs[org_index].id, "role": role})
        w.org_deals.setdefault(org_index, []).append(k)
