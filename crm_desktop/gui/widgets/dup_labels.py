"""Words for why two contacts look alike (the matcher's reasons) and for the fields a merge
chooses between, translated. Literal `translate` calls, so pyside6-lupdate finds them."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from crm_desktop.core.matching import score


def reason(code: str) -> str:
    return {
        score.SAME_PHONE: QCoreApplication.translate("Duplicates", "same phone"),
        score.SAME_EMAIL: QCoreApplication.translate("Duplicates", "same e-mail"),
        score.SAME_NAME: QCoreApplication.translate("Duplicates", "same name"),
        score.OTHER_SCRIPT: QCoreApplication.translate("Duplicates", "same name in simplified / traditional"),
        score.PINYIN: QCoreApplication.translate("Duplicates", "same name in pinyin"),
        score.SIMILAR: QCoreApplication.translate("Duplicates", "similar name"),
        score.SAME_ORG: QCoreApplication.translate("Duplicates", "same organization"),
        score.SIMILAR_AT_ORG: QCoreApplication.translate("Duplicates",
                                                         "similar name at the same organization"),
        score.SAME_ORG_NAME: QCoreApplication.translate("Duplicates", "same organization name"),
    }.get(code, code)


def reasons(codes: Iterable[str]) -> str:
    return QCoreApplication.translate("Duplicates", ", ").join(reason(c) for c in codes)


def field(name: str) -> str:
    if name.startswith("custom:"):
        return name.removeprefix("custom:")
    return {
        "display_name": QCoreApplication.translate("Duplicates", "Name"),
        "given_name": QCoreApplication.translate("Duplicates", "Given name"),
        "family_name": QCoreApplication.translate("Duplicates", "Family name"),
        "phonetic_given_name": QCoreApplication.translate("Duplicates", "Given name (phonetic)"),
        "phonetic_family_name": QCoreApplication.translate("Duplicates", "Family name (phonetic)"),
        "organization": QCoreApplication.translate("Duplicates", "Organization"),
        "title": QCoreApplication.translate("Duplicates", "Title"),
        "department": QCoreApplication.translate("Duplicates", "Department"),
        "phones": QCoreApplication.translate("Duplicates", "Phones"),
        "emails": QCoreApplication.translate("Duplicates", "E-mails"),
        "website": QCoreApplication.translate("Duplicates", "Website"),
        "birthday": QCoreApplication.translate("Duplicates", "Birthday"),
        "tier": QCoreApplication.translate("Duplicates", "Tier"),
        "owner": QCoreApplication.translate("Duplicates", "Owner"),
        "note": QCoreApplication.translate("Duplicates", "Note"),
    }.get(name, name)
