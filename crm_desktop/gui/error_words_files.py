"""Why a file could not be imported or written, in the window's language: the `message` of an
ImportFileError and the `detail` of a VaultWriteError (the file names in them pass through)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from .error_words_base import Rule, rule

IMPORT_FILE_RULES: list[Rule] = [
    rule(r"the file is empty", lambda g: QCoreApplication.translate("CoreErrors", "the file is empty")),
    rule(r"cannot be opened \((?P<detail>.*)\)",
         lambda g: QCoreApplication.translate("CoreErrors", "cannot be opened ({detail})").format(**g)),
    rule(r"this looks like a binary file, not text \(CSV\)",
         lambda g: QCoreApplication.translate("CoreErrors", "this looks like a binary file, not text (CSV)")),
    rule(r"no header row was found",
         lambda g: QCoreApplication.translate("CoreErrors", "no header row was found")),
    rule(r"the text after this line is not valid (?P<encoding>.+); choose another encoding",
         lambda g: QCoreApplication.translate(
             "CoreErrors", "the text after this line is not valid {encoding}; choose another encoding")
         .format(**g)),
    rule(r"unknown encoding '(?P<name>.*)'",
         lambda g: QCoreApplication.translate("CoreErrors", "unknown encoding '{name}'").format(**g)),
    rule(r"the CSV cannot be read \((?P<detail>.*)\)",
         lambda g: QCoreApplication.translate("CoreErrors", "the CSV cannot be read ({detail})").format(**g)),
    rule(r"this is an old Excel \.xls workbook; save it as \.xlsx or CSV in Excel and import that",
         lambda g: QCoreApplication.translate(
             "CoreErrors",
             "this is an old Excel .xls workbook; save it as .xlsx or CSV in Excel and import that")),
    rule(r"this is not an Excel workbook \(\.xlsx is a zip archive; the file may be damaged or truncated\)",
         lambda g: QCoreApplication.translate(
             "CoreErrors",
             "this is not an Excel workbook (.xlsx is a zip archive; the file may be damaged or truncated)")),
    rule(r"it cannot be read as an Excel workbook \(damaged, truncated, or another kind of zip file\)",
         lambda g: QCoreApplication.translate(
             "CoreErrors",
             "it cannot be read as an Excel workbook (damaged, truncated, or another kind of zip file)")),
    rule(r"there is no sheet number (?P<number>\d+)",
         lambda g: QCoreApplication.translate("CoreErrors", "there is no sheet number {number}").format(**g)),
    rule(r"there is no sheet '(?P<sheet>.*)' \(sheets: (?P<sheets>.*)\)",
         lambda g: QCoreApplication.translate("CoreErrors", "there is no sheet '{sheet}' (sheets: {sheets})")
         .format(**g)),
    rule(r"the sheet '(?P<sheet>.*)' is empty",
         lambda g: QCoreApplication.translate("CoreErrors", "the sheet '{sheet}' is empty").format(**g)),
    rule(r"a (?P<format>\w+) file is not read as a table \(use the JSON restore\)",
         lambda g: QCoreApplication.translate(
             "CoreErrors", "a {format} file is not read as a table (use the JSON restore)").format(**g)),
    rule(r"this is not valid JSON \((?P<detail>.*)\)",
         lambda g: QCoreApplication.translate("CoreErrors", "this is not valid JSON ({detail})").format(**g)),
    rule(r"this JSON is not a crm-desktop export",
         lambda g: QCoreApplication.translate("CoreErrors", "this JSON is not a crm-desktop export")),
    rule(r"export version (?P<version>.+) is newer than this program reads",
         lambda g: QCoreApplication.translate(
             "CoreErrors", "export version {version} is newer than this program reads").format(**g)),
    rule(r"the last card has no END:VCARD \(the file is truncated\)",
         lambda g: QCoreApplication.translate(
             "CoreErrors", "the last card has no END:VCARD (the file is truncated)")),
    rule(r"this is not a vCard file \(no BEGIN:VCARD\)",
         lambda g: QCoreApplication.translate("CoreErrors", "this is not a vCard file (no BEGIN:VCARD)")),
]

WRITE_DETAIL_RULES: list[Rule] = [
    rule(r"it is open read-only; open it for writing to change the passphrase",
         lambda g: QCoreApplication.translate(
             "CoreErrors", "it is open read-only; open it for writing to change the passphrase")),
    rule(r"it is open read-only; open it for writing to restore a backup",
         lambda g: QCoreApplication.translate(
             "CoreErrors", "it is open read-only; open it for writing to restore a backup")),
    rule(r"it is open read-only; open it for writing to copy a record back",
         lambda g: QCoreApplication.translate(
             "CoreErrors", "it is open read-only; open it for writing to copy a record back")),
    rule(r"the file or its folder is read-only \(open the vault read-only instead\)",
         lambda g: QCoreApplication.translate(
             "CoreErrors", "the file or its folder is read-only (open the vault read-only instead)")),
    # damage.unwritable_detail: plain words, then SQLite's own text for support
    rule(r"the disk is full (?P<raw>\[.*\])",
         lambda g: QCoreApplication.translate("CoreErrors", "the disk is full {raw}").format(**g)),
    rule(r"the file or its folder is read-only (?P<raw>\[.*\])",
         lambda g: QCoreApplication.translate("CoreErrors", "the file or its folder is read-only {raw}")
         .format(**g)),
    rule(r"the file cannot be opened for writing (?P<raw>\[.*\])",
         lambda g: QCoreApplication.translate("CoreErrors", "the file cannot be opened for writing {raw}")
         .format(**g)),
    rule(r"it cannot be opened \((?P<detail>.*)\)",
         lambda g: QCoreApplication.translate("CoreErrors", "it cannot be opened ({detail})").format(**g)),
    rule(r"the backup folder cannot be created \((?P<detail>.*)\)",
         lambda g: QCoreApplication.translate("CoreErrors", "the backup folder cannot be created ({detail})")
         .format(**g)),
    rule(r"the folder cannot be created \((?P<detail>.*)\)",
         lambda g: QCoreApplication.translate("CoreErrors", "the folder cannot be created ({detail})")
         .format(**g)),
    rule(r"the backup folder is read-only or not accessible \((?P<detail>.*)\)",
         lambda g: QCoreApplication.translate(
             "CoreErrors", "the backup folder is read-only or not accessible ({detail})").format(**g)),
]
