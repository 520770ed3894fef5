"""Row values to JSON and back, in the database's own representation, for audit and undo."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Table
from sqlalchemy.types import LargeBinary, TypeDecorator

BLOB_OMITTED = "<blob omitted>"


def encode_value(column_type: Any, value: Any) -> Any:
    if value is None:
        return None
    if isinstance(column_type, TypeDecorator):
        return column_type.process_bind_param(value, None)  # type: ignore[arg-type]
    if isinstance(column_type, LargeBinary):
        return BLOB_OMITTED
    return value


def decode_value(column_type: Any, value: Any) -> Any:
    if value is None:
        return None
    if isinstance(column_type, TypeDecorator):
        return column_type.process_result_value(value, None)  # type: ignore[arg-type]
    return value


def encode_row(table: Table, values: dict[str, Any]) -> dict[str, Any]:
    return {c.name: encode_value(c.type, values.get(c.name)) for c in table.columns if c.name in values}


def decode_row(table: Table, values: dict[str, Any]) -> dict[str, Any]:
    return {c.name: decode_value(c.type, values[c.name]) for c in table.columns if c.name in values}


def dumps(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))
