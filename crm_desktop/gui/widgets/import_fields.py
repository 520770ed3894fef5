"""Words for the import's target fields and row kinds, translated (literal calls: lupdate finds them)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from crm_desktop.core.importer import FIELDS

# Shown first in every field list: the two choices that are not a field of the record.
FIRST = ("custom", "ignore")


def field_label(field: str, entity: str = "contact") -> str:
    if entity == "interaction" and field == "kind":
        return QCoreApplication.translate("ImportFields", "Kind (meeting, call, e-mail, note)")
    return {
        "display_name": QCoreApplication.translate("ImportFields", "Name"),
        "kind": QCoreApplication.translate("ImportFields", "Kind (person / organization)"),
        "given_name": QCoreApplication.translate("ImportFields", "Given name"),
        "family_name": QCoreApplication.translate("ImportFields", "Family name"),
        "phonetic_given_name": QCoreApplication.translate("ImportFields", "Given name (phonetic)"),
        "phonetic_family_name": QCoreApplication.translate("ImportFields", "Family name (phonetic)"),
        "other_names": QCoreApplication.translate("ImportFields", "Other names"),
        "organization": QCoreApplication.translate("ImportFields", "Organization"),
        "role": QCoreApplication.translate("ImportFields", "Role"),
        "department": QCoreApplication.translate("ImportFields", "Department"),
        "title": QCoreApplication.translate("ImportFields", "Title"),
        "birthday": QCoreApplication.translate("ImportFields", "Birthday"),
        "website": QCoreApplication.translate("ImportFields", "Website"),
        "tier": QCoreApplication.translate("ImportFields", "Tier"),
        "tags": QCoreApplication.translate("ImportFields", "Tags"),
        "note": QCoreApplication.translate("ImportFields", "Note"),
        "owner": QCoreApplication.translate("ImportFields", "Owner"),
        "phone": QCoreApplication.translate("ImportFields", "Phone"),
        "phone_label": QCoreApplication.translate("ImportFields", "Phone label"),
        "email": QCoreApplication.translate("ImportFields", "E-mail"),
        "email_label": QCoreApplication.translate("ImportFields", "E-mail label"),
        "address": QCoreApplication.translate("ImportFields", "Address (one line)"),
        "address_street": QCoreApplication.translate("ImportFields", "Street"),
        "address_city": QCoreApplication.translate("ImportFields", "City"),
        "address_region": QCoreApplication.translate("ImportFields", "Region / province"),
        "address_postcode": QCoreApplication.translate("ImportFields", "Postcode"),
        "address_country": QCoreApplication.translate("ImportFields", "Country"),
        "address_label": QCoreApplication.translate("ImportFields", "Address label"),
        "photo": QCoreApplication.translate("ImportFields", "Photo"),
        "members": QCoreApplication.translate("ImportFields", "Group members"),
        "custom": QCoreApplication.translate("ImportFields", "Keep as custom field"),
        "custom_label": QCoreApplication.translate("ImportFields", "Custom field label"),
        "custom_value": QCoreApplication.translate("ImportFields", "Custom field value"),
        "ignore": QCoreApplication.translate("ImportFields", "Skip (do not import)"),
        "uid": QCoreApplication.translate("ImportFields", "Record id (uid)"),
        "name": QCoreApplication.translate("ImportFields", "Deal name"),
        "client": QCoreApplication.translate("ImportFields", "Client"),
        "amount": QCoreApplication.translate("ImportFields", "Amount"),
        "currency": QCoreApplication.translate("ImportFields", "Currency"),
        "stage": QCoreApplication.translate("ImportFields", "Stage"),
        "probability": QCoreApplication.translate("ImportFields", "Probability"),
        "expected_close": QCoreApplication.translate("ImportFields", "Expected close"),
        "status": QCoreApplication.translate("ImportFields", "Status"),
        "description": QCoreApplication.translate("ImportFields", "Description"),
        "close_reason": QCoreApplication.translate("ImportFields", "Close reason"),
        "fee_retainer": QCoreApplication.translate("ImportFields", "Retainer fee"),
        "fee_success_amount": QCoreApplication.translate("ImportFields", "Success fee (amount)"),
        "fee_success_percent": QCoreApplication.translate("ImportFields", "Success fee (%)"),
        "parties": QCoreApplication.translate("ImportFields", "Parties"),
        "occurred_at": QCoreApplication.translate("ImportFields", "Date and time"),
        "subject": QCoreApplication.translate("ImportFields", "Subject"),
        "body": QCoreApplication.translate("ImportFields", "Text"),
        "participants": QCoreApplication.translate("ImportFields", "Participants"),
        "deal": QCoreApplication.translate("ImportFields", "Deal"),
    }.get(field, field)


def fields_of(entity: str) -> list[str]:
    """The fields a column of these rows can fill, in the order the combo lists them."""
    return [*FIRST, *(f for f in FIELDS[entity] if f not in FIRST)]


def entity_label(entity: str) -> str:
    return {
        "contact": QCoreApplication.translate("ImportFields", "Contacts"),
        "deal": QCoreApplication.translate("ImportFields", "Deals"),
        "interaction": QCoreApplication.translate("ImportFields", "Interactions (meetings, calls, notes)"),
    }.get(entity, entity)


def format_label(fmt: str) -> str:
    return {
        "csv": QCoreApplication.translate("ImportFields", "CSV (text)"),
        "xlsx": QCoreApplication.translate("ImportFields", "Excel workbook (XLSX)"),
        "vcard": QCoreApplication.translate("ImportFields", "vCard"),
        "json": QCoreApplication.translate("ImportFields", "crm-desktop JSON export"),
    }.get(fmt, fmt)
