"""Export: CSV (UTF-8 with BOM for Excel, or GBK), XLSX, vCard 4.0 / 3.0, iCalendar of the
reminders, the whole vault as documented JSON (docs/json-export-schema.md), and everything
about one person. Files are written beside the target and renamed into place when complete."""

from __future__ import annotations

from .csv_export import export_csv
from .files import ExportError, ExportResult
from .ical_export import export_ical
from .json_export import export_json
from .person import export_person, write_person
from .vcard_export import export_vcard
from .xlsx_export import export_xlsx

__all__ = ["ExportError", "ExportResult", "export_csv", "export_ical", "export_json", "export_person",
           "export_vcard", "export_xlsx", "write_person"]
