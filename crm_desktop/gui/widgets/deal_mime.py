"""What a dragged deal card carries: the deal's id and the stage it was dragged from."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QMimeData

MIME_TYPE = "application/x-crm-desktop-deal"


def deal_mime(deal_id: int, stage_id: int) -> QMimeData:
    mime = QMimeData()
    mime.setData(MIME_TYPE, QByteArray(f"{deal_id}:{stage_id}".encode()))
    return mime


def read_mime(mime: QMimeData) -> tuple[int, int] | None:
    """(deal id, the stage it was dragged from), or None for anything else."""
    if not mime.hasFormat(MIME_TYPE):
        return None
    try:
        deal, stage = bytes(mime.data(MIME_TYPE).data()).decode().split(":")
        return int(deal), int(stage)
    except ValueError:
        return None
