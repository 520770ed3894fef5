"""Attachments on a real vault: bytes round trip, size limit, Chinese names, trash."""

from __future__ import annotations

import hashlib
import os
import tracemalloc
from pathlib import Path

import pytest

from crm_desktop.core.errors import NotFound, ValidationError
from crm_desktop.core.models import MAX_ATTACHMENT_BYTES
from crm_desktop.core.services import attachments, contacts, deals, interactions
from crm_desktop.core.vault import Vault

MB = 1024 * 1024


def test_round_trip_from_a_path_with_a_chinese_name(vault: Vault, tmp_path: Path) -> None:
    c = contacts.add(vault, display_name="张伟")
    data = os.urandom(3 * MB + 17)  # more than one read chunk
    src = tmp_path / "尽职调查报告 2025.pdf"
    src.write_bytes(data)
    a = attachments.add(vault, src, contact_id=c.id)
    assert a.filename == "尽职调查报告 2025.pdf" and a.mime_type == "application/pdf"
    assert a.size == len(data) and a.sha256 == hashlib.sha256(data).hexdigest()
    assert attachments.read(vault, a.id) == data
    listed = attachments.list_for(vault, "contact", c.id)
    assert [x.filename for x in listed] == ["尽职调查报告 2025.pdf"]
    assert not hasattr(listed[0], "data")


def test_bytes_on_deal_and_interaction_and_mime_guess(vault: Vault) -> None:
    c = contacts.add(vault, display_name="Li Na")
    d = deals.add(vault, name="Port expansion 港口扩建")
    i = interactions.add(vault, kind="meeting", occurred_at="2025-05-01T09:00+08:00",
                         subject="Kick-off", participants=[c.id])
    png = b"\x89PNG\r\n\x1a\n" + b"\0" * 40
    on_deal = attachments.add(vault, ("site photo", png), deal_id=d.id)
    sheet = attachments.add(vault, ("C:\\Users\\li\\模型.xlsx", b"PK\x03\x04xlsx"), interaction_id=i.id)
    assert on_deal.mime_type == "image/png"
    assert sheet.filename == "模型.xlsx" and sheet.mime_type.endswith("spreadsheetml.sheet")
    assert attachments.read(vault, on_deal.id) == png
    assert [a.id for a in attachments.list_for(vault, "deal", d.id)] == [on_deal.id]
    assert [a.id for a in attachments.list_for(vault, "interaction", i.id)] == [sheet.id]
    empty = attachments.add(vault, ("empty.txt", b""), contact_id=c.id)
    assert empty.size == 0 and attachments.read(vault, empty.id) == b""


def test_a_file_over_the_limit_is_refused_without_being_read(vault: Vault, tmp_path: Path) -> None:
    c = contacts.add(vault, display_name="Big File Sender")
    big = tmp_path / "model.xlsx"
    with big.open("wb") as f:
        f.truncate(int(62.3 * MB))  # sparse: no disk used
    tracemalloc.start()
    try:
        with pytest.raises(ValidationError) as err:
            attachments.add(vault, big, contact_id=c.id)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert err.value.field == "file"
    assert err.value.message == "model.xlsx is 62.3 MB; the limit is 50 MB"
    assert peak < 5 * MB
    with pytest.raises(ValidationError) as err:
        attachments.add(vault, ("a.bin", b"\0" * (MAX_ATTACHMENT_BYTES + 1)), contact_id=c.id)
    assert "the limit is 50 MB" in err.value.message
    assert attachments.list_for(vault, "contact", c.id) == []


def test_bad_input_names_the_field(vault: Vault, tmp_path: Path) -> None:
    c = contacts.add(vault, display_name="X")
    cases = [
        (lambda: attachments.add(vault, ("a.txt", b"x")), "owner"),
        (lambda: attachments.add(vault, tmp_path / "missing.pdf", contact_id=c.id), "file"),
        (lambda: attachments.add(vault, tmp_path, contact_id=c.id), "file"),
        (lambda: attachments.add(vault, ("", b"x"), contact_id=c.id), "file"),
        (lambda: attachments.add(vault, ("a.txt", b"x"), deal_id=999), "deal_id"),
        (lambda: attachments.list_for(vault, "stage", 1), "entity"),
    ]
    for call, field in cases:
        with pytest.raises(ValidationError) as err:
            call()
        assert err.value.field == field


def test_delete_moves_to_trash(vault: Vault) -> None:
    c = contacts.add(vault, display_name="Y")
    a = attachments.add(vault, ("note.txt", "你好".encode()), contact_id=c.id)
    assert a.mime_type == "text/plain"
    attachments.delete(vault, a.id)
    assert attachments.list_for(vault, "contact", c.id) == []
    with pytest.raises(NotFound):
        attachments.read(vault, a.id)
    assert attachments.read(vault, a.id, include_deleted=True) == "你好".encode()
    assert attachments.get(vault, a.id, include_deleted=True).deleted_at is not None
