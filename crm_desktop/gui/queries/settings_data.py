"""What the Settings dialog reads and writes on the worker: the vault's defaults (phone region,
currency), the custom fields with their value counts; and the region and currency lists it offers."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import TYPE_CHECKING

import phonenumbers
from babel import Locale
from babel.numbers import get_currency_name, get_territory_currencies, list_currencies

from crm_desktop.core.errors import ValidationError
from crm_desktop.core.services import custom_fields
from crm_desktop.core.services.common import get_setting, set_setting
from crm_desktop.core.services.custom_fields import FieldDefOut
from crm_desktop.core.services.uow import ReadSession, UnitOfWork

if TYPE_CHECKING:
    from crm_desktop.core.vault import Vault

REGION_KEY = "phone_region"
CURRENCY_KEY = "default_currency"
DEFAULT_REGION = "CN"  # what the phone services assume when the vault has no setting


@dataclass(frozen=True)
class VaultDefaults:
    region: str
    currency: str  # "" when the vault has none


@dataclass(frozen=True)
class GeneralChoices:
    defaults: VaultDefaults
    regions: list[tuple[str, str]]
    currencies: list[tuple[str, str]]


@dataclass(frozen=True)
class FieldRow:
    field: FieldDefOut
    values: int  # records with a value in it


def load_defaults(vault: Vault) -> VaultDefaults:
    with ReadSession(vault) as s:
        return VaultDefaults(get_setting(s, REGION_KEY, DEFAULT_REGION), get_setting(s, CURRENCY_KEY, ""))


def load_general(vault: Vault, locale: str) -> GeneralChoices:
    """The vault's defaults and the lists to pick from (Babel's first look at a locale takes
    ~0.2 s: on the worker, not the GUI thread)."""
    return GeneralChoices(load_defaults(vault), regions(locale), currencies(locale))


def save_region(vault: Vault, region: str) -> VaultDefaults:
    code = (region or "").strip().upper()
    if code not in phonenumbers.SUPPORTED_REGIONS:
        raise ValidationError("region", f"'{region}' is not a region phone numbers know")
    return _save(vault, REGION_KEY, code, f"Set the default phone region to {code}")


def save_currency(vault: Vault, currency: str) -> VaultDefaults:
    code = (currency or "").strip().upper()
    if code and code not in list_currencies():
        raise ValidationError("currency", f"'{currency}' is not a known ISO 4217 currency")
    return _save(vault, CURRENCY_KEY, code, f"Set the default currency to {code or 'none'}")


def _save(vault: Vault, key: str, value: str, summary: str) -> VaultDefaults:
    # One audited operation, so Edit → Undo takes the change back like any other.
    with UnitOfWork(vault, "settings.edit", summary) as uow:
        set_setting(uow.session, key, value)
    return load_defaults(vault)


def load_fields(vault: Vault) -> list[FieldRow]:
    counts = custom_fields.value_counts(vault)
    return [FieldRow(d, counts.get(d.id, 0)) for d in custom_fields.list_defs(vault)]


@cache
def regions(locale: str) -> list[tuple[str, str]]:
    """(code, "China (+86)") for every region phonenumbers knows, by name in `locale`."""
    names = Locale.parse(locale).territories
    out = [(code, f"{names.get(code, code)} (+{phonenumbers.country_code_for_region(code)})")
           for code in phonenumbers.SUPPORTED_REGIONS]
    return sorted(out, key=lambda pair: pair[1].casefold())


@cache
def currencies(locale: str) -> list[tuple[str, str]]:
    """(code, "CNY · Chinese Yuan") for the currencies some territory uses today."""
    today = date.today()
    codes = {c for t in Locale.parse("en").territories if len(t) == 2 and t.isalpha()
             for c in get_territory_currencies(t, today, tender=True)}
    return [(c, f"{c} · {get_currency_name(c, locale=locale)}") for c in sorted(codes)]
