"""The whole vault as one documented JSON file (docs/json-export-schema.md), written record by
record so that a vault of 100,000 contacts never sits in memory at once."""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from typing import IO, TYPE_CHECKING, Any

from crm_desktop.core.models import utcnow
from crm_desktop.core.services.uow import ReadSession

from . import data
from .files import ExportResult, atomic

if TYPE_CHECKING:
    from crm_desktop.core.vault import Vault

FORMAT = "crm-desktop"
VERSION = 1


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _section(f: IO[str], name: str, items: Iterable[Any], last: bool = False) -> int:
    f.write(f'"{name}":[')
    n = 0
    for item in items:
        f.write((",\n" if n else "\n") + dumps(item))
        n += 1
    f.write("\n]" + ("" if last else ",") + "\n")
    return n


def export_json(vault: Vault, path: str | os.PathLike[str], *, include_deleted: bool = False,
                attachments: bool = True) -> ExportResult:
    """Write everything: settings, stages, tags, custom fields, contacts (with their files when
    `attachments`), deals, interactions, reminders. Trashed records only with `include_deleted`."""
    counts: dict[str, int] = {}
    with ReadSession(vault) as s, atomic(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("{\n" + f'"format":"{FORMAT}","version":{VERSION},"exported_at":"{utcnow().isoformat()}",\n')
        f.write(f'"settings":{dumps(data.settings(s))},\n')
        counts["stages"] = _section(f, "stages", data.stages(s))
        counts["tags"] = _section(f, "tags", data.tags(s))
        counts["custom_fields"] = _section(f, "custom_fields", data.custom_field_defs(s))
        trash = include_deleted
        counts["contacts"] = _section(f, "contacts", data.contacts(s, include_deleted=trash,
                                                                   with_files=attachments))
        counts["deals"] = _section(f, "deals", data.deals(s, include_deleted=trash))
        counts["interactions"] = _section(f, "interactions", data.interactions(s, include_deleted=trash))
        counts["reminders"] = _section(f, "reminders", data.reminders(s, include_deleted=trash), last=True)
        f.write("}\n")
    return ExportResult(os.fspath(path), "json", counts)
