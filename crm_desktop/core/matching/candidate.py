"""A contact as typed or imported (not saved yet) turned into a profile: phones normalized with the
vault's default region, e-mails folded, the organization resolved to the vault's own by its key."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.core.models import Contact, MatchKey
from crm_desktop.core.normalize.emails import normalize_email
from crm_desktop.core.normalize.phones import normalize_phone
from crm_desktop.core.services.common import is_set

from .names import org_name_key
from .profile import Profile, make_profile

_FIELDS = ("kind", "given_name", "family_name", "display_name", "other_names", "organization_id",
           "organization", "phones", "emails", "phonetic_given_name", "phonetic_family_name")


def _get(values: Mapping[str, Any], name: str) -> Any:
    value = values.get(name)
    return value if is_set(value) else None


def _text(value: Any) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _items(value: Any) -> list[Any]:
    if value is None:
        return []
    return [value] if isinstance(value, str | Mapping) else list(value)


def _phone(item: Any, region: str) -> tuple[str | None, str | None]:
    """(E.164, as typed) from text, {'number': ...}, a PhoneIn, or an importer's row (e164, raw)."""
    if isinstance(item, Mapping):
        item = item.get("number") or item.get("raw") or ""
    if not isinstance(item, str):
        e164 = getattr(item, "e164", None)
        raw = getattr(item, "number", None) or getattr(item, "raw", None)
        if e164 or not raw or hasattr(item, "valid"):  # normalized already (an importer's row)
            return e164, raw
        item = raw
    text = item.strip()
    if not text:
        return None, None
    n = normalize_phone(text, region)
    return n.e164, n.raw


def _email(item: Any) -> str | None:
    if isinstance(item, Mapping):
        item = item.get("address") or ""
    if not isinstance(item, str):
        if normalized := getattr(item, "normalized", None):
            return normalized  # an importer's row: checked already (email-validator is slow)
        item = getattr(item, "address", None) or ""
    return normalize_email(item).normalized if item.strip() else None


def organizations_named(session: Session, name: str) -> list[int]:
    """Live organizations whose name (or other name) has the same key: 'Bank of China Ltd' finds
    中国银行 when one of its other names is 'Bank of China'."""
    key = org_name_key(name)
    if not key:
        return []
    return list(session.scalars(select(MatchKey.contact_id).where(MatchKey.kind == "o", MatchKey.key == key)
                                .order_by(MatchKey.contact_id)))


OrgCache = dict[tuple[str | None, int | None], list[tuple[str, list[str]]]]
MAX_CACHED_ORGS = 50_000


def _org_names(session: Session, org_name: str | None, org_id: int | None) -> list[tuple[str, list[str]]]:
    """(name, other names) of the typed organization and of the vault's organizations it names."""
    orgs: list[tuple[str, list[str]]] = [(org_name, [])] if org_name else []
    org_ids = ([org_id] if org_id is not None else []) + (organizations_named(session, org_name)
                                                         if org_name else [])
    if org_ids:
        for name, other_text in session.execute(select(Contact.display_name, Contact.other_names).where(
                Contact.id.in_(org_ids), Contact.deleted_at.is_(None), Contact.kind == "organization")):
            orgs.append((name, (other_text or "").splitlines()))
    return orgs


def candidate_profile(session: Session, values: Any, region: str,
                      org_cache: OrgCache | None = None) -> Profile:
    """`values`: a mapping or an object with display_name, kind, given_name, family_name,
    phonetic_*, other_names, phones, emails, organization (a name), organization_id.
    `org_cache`: organizations already looked up (many rows of a file name one company)."""
    if not isinstance(values, Mapping):  # an object (an importer's row): its attributes, read once
        values = {k: getattr(values, k, None) for k in _FIELDS}
    kind = _text(_get(values, "kind")) or "person"
    given, family = _text(_get(values, "given_name")), _text(_get(values, "family_name"))
    display = _text(_get(values, "display_name"))
    if display is None:
        from crm_desktop.core.services.contacts import compose_name

        display = compose_name(given, family) or ""
    other = _get(values, "other_names")
    others = [n for n in (other.splitlines() if isinstance(other, str) else other or []) if n and n.strip()]
    org_id = _get(values, "organization_id")
    org_id = org_id if isinstance(org_id, int) else None
    org_name = _text(_get(values, "organization")) if kind == "person" else None
    orgs: list[tuple[str, list[str]]] = []
    if org_name or org_id is not None:
        if org_cache is None:
            orgs = _org_names(session, org_name, org_id)
        else:
            if (org_name, org_id) not in org_cache:
                if len(org_cache) >= MAX_CACHED_ORGS:
                    org_cache.clear()
                org_cache[(org_name, org_id)] = _org_names(session, org_name, org_id)
            orgs = org_cache[(org_name, org_id)]
    phones = [p for p in (_phone(x, region) for x in _items(_get(values, "phones"))) if p != (None, None)]
    emails = [e for e in (_email(x) for x in _items(_get(values, "emails"))) if e]
    return make_profile(None, kind, display, others, given=given, family=family,
                        phonetic_given=_text(_get(values, "phonetic_given_name")),
                        phonetic_family=_text(_get(values, "phonetic_family_name")),
                        phones=phones, emails=emails, orgs=orgs)
