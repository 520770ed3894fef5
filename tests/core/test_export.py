"""Exports: CSV (BOM for Excel, GBK), XLSX, vCard 4.0/3.0, iCalendar, JSON of everything,
one person's data; every format read back by our import gives the same records."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import icalendar
import openpyxl
import pytest

from crm_desktop.core.exporter import (
    ExportError,
    export_csv,
    export_ical,
    export_json,
    export_person,
    export_vcard,
    export_xlsx,
)
from crm_desktop.core.importer import run_import
from crm_desktop.core.services import attachments, contact_read, contacts, custom_fields, deals, reminders
from crm_desktop.core.vault import Vault
from tests.conftest import PASSPHRASE

FIX = Path(__file__).parents[1] / "fixtures" / "import"


@pytest.fixture
def full(vault: Vault) -> Vault:
    """A vault with contacts (a photo, labels, tags, custom fields, organizations), deals with
    parties and notes, interactions, reminders, and a contact in the trash."""
    for name in ("google_contacts.csv", "iphone.vcf", "deals_utf16.txt", "interactions.csv"):
        run_import(vault, FIX / name)
    custom_fields.define(vault, "contact", "AUM", "number")
    zw = next(c for c in contact_read.list_contacts(vault).contacts if c.display_name == "张伟")
    contacts.edit(vault, zw.id, custom_fields={"AUM": "1200000.50"}, other_names=["Zhang Wei, Jr.", "張偉"])
    d = next(x for x in deals.list_deals(vault).deals if x.name == "深圳地铁12号线PPP项目")
    deals.add_party(vault, d.id, zw.id, "lender")
    deals.add_note(vault, d.id, "第二条备注", at="2024-06-01T10:00+08:00")
    deals.edit(vault, d.id, fee_success_percent="1.5", probability=55)
    reminders.add(vault, "周会", "2024-06-03T09:00", tz="Asia/Shanghai", rrule="FREQ=WEEKLY;BYDAY=MO",
                  contact_id=zw.id)
    done = reminders.add(vault, "寄材料", "2024-05-20T15:00", tz="Europe/London", deal_id=d.id)
    reminders.done(vault, done.id)
    gone = contacts.add(vault, display_name="已删除的人")
    contacts.delete(vault, [gone.id])
    return vault


def snapshot(vault: Vault) -> dict[str, dict[str, Any]]:
    """Contacts by uid, without what differs between two vaults by nature (ids, times, source)."""
    out = {}
    for c in contact_read.list_contacts(vault, limit=1000).contacts:
        d = c.to_json()
        for key in ("id", "organization_id", "links", "created_at", "updated_at", "source",
                    "last_interaction_at", "deleted_at"):
            d.pop(key)
        out[c.uid] = d
    return out


def fresh(tmp_path: Path, name: str) -> Vault:
    return Vault.create(tmp_path / f"{name}.crm", PASSPHRASE)


def test_csv_with_bom_round_trips(full: Vault, tmp_path: Path) -> None:
    r = export_csv(full, tmp_path / "c.csv")
    raw = (tmp_path / "c.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and "张伟".encode() in raw  # Excel opens UTF-8 with a BOM right
    assert r.counts == {"contact": len(snapshot(full))}
    other = fresh(tmp_path, "csv")
    back = run_import(other, tmp_path / "c.csv")
    assert back.errors == 0 and snapshot(other) == snapshot(full)
    other.close()


def test_gbk_csv(full: Vault, tmp_path: Path) -> None:
    export_csv(full, tmp_path / "g.csv", encoding="gbk")
    assert "张伟".encode("gbk") in (tmp_path / "g.csv").read_bytes()
    other = fresh(tmp_path, "gbk")
    assert run_import(other, tmp_path / "g.csv").encoding == "gb18030"
    assert snapshot(other) == snapshot(full)
    other.close()


def test_deal_and_interaction_csv_round_trip(full: Vault, tmp_path: Path) -> None:
    export_csv(full, tmp_path / "d.csv", entity="deal")
    other = fresh(tmp_path, "deals")
    r = run_import(other, tmp_path / "d.csv")
    assert (r.entity, r.errors) == ("deal", 0)
    keys = ("name", "client", "amount", "currency", "stage", "probability_override", "expected_close",
            "status", "owner", "fee_success_percent")
    want = sorted(tuple(getattr(d, k) for k in keys) for d in deals.list_deals(full).deals)
    assert sorted(tuple(getattr(d, k) for k in keys) for d in deals.list_deals(other).deals) == want
    other.close()


def test_xlsx_sheets_round_trip(full: Vault, tmp_path: Path) -> None:
    r = export_xlsx(full, tmp_path / "all.xlsx")
    assert set(r.counts) == {"contact", "deal", "interaction"}
    wb = openpyxl.load_workbook(tmp_path / "all.xlsx", read_only=True)
    assert wb.sheetnames == ["Contacts", "Deals", "Interactions"]
    other = fresh(tmp_path, "xlsx")
    run_import(other, tmp_path / "all.xlsx", sheet="Contacts")
    assert snapshot(other) == snapshot(full)
    run_import(other, tmp_path / "all.xlsx", sheet="Deals")
    amounts = {d.name: (d.amount, d.currency) for d in deals.list_deals(other).deals}
    assert amounts == {d.name: (d.amount, d.currency) for d in deals.list_deals(full).deals}
    other.close()


@pytest.mark.parametrize("version", ["4.0", "3.0"])
def test_vcard_round_trip_with_photo(full: Vault, tmp_path: Path, version: str) -> None:
    export_vcard(full, tmp_path / "c.vcf", version=version)
    text = (tmp_path / "c.vcf").read_bytes().decode("utf-8")
    assert text.startswith(f"BEGIN:VCARD\r\nVERSION:{version}\r\n")
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    other = fresh(tmp_path, f"v{version}")
    run_import(other, tmp_path / "c.vcf")
    assert snapshot(other) == snapshot(full)
    li = next(c for c in contact_read.list_contacts(other).contacts if c.display_name == "李娜")
    photo = attachments.list_for(other, "contact", li.id)[0]
    assert attachments.read(other, photo.id).startswith(b"\xff\xd8\xff")
    other.close()


def test_ical_reminders_keep_their_zone(full: Vault, tmp_path: Path) -> None:
    assert export_ical(full, tmp_path / "r.ics").counts == {"reminder": 2}
    cal = icalendar.Calendar.from_ical((tmp_path / "r.ics").read_bytes())
    todos = {str(t["summary"]): t for t in cal.walk("VTODO")}
    weekly = todos["周会"]
    assert str(weekly.decoded("due").tzinfo) == "Asia/Shanghai" and weekly.decoded("due").hour == 9
    assert weekly["rrule"].to_ical() == b"FREQ=WEEKLY;BYDAY=MO" and "张伟" in str(weekly["description"])
    assert str(todos["寄材料"]["status"]) == "COMPLETED"
    assert {str(z["tzid"]) for z in cal.walk("VTIMEZONE")} == {"Asia/Shanghai", "Europe/London"}
    export_ical(full, tmp_path / "e.ics", component="VEVENT")
    events = icalendar.Calendar.from_ical((tmp_path / "e.ics").read_bytes()).walk("VEVENT")
    assert len(events) == 2 and all("dtend" in e for e in events)


def _without_ids(x: Any) -> Any:
    if isinstance(x, dict):
        return {k: _without_ids(v) for k, v in x.items() if k != "id" and not k.endswith("_id")
                and k != "exported_at"}
    if isinstance(x, list):
        return [_without_ids(v) for v in x]
    return x


def test_json_round_trip_keeps_every_field(full: Vault, tmp_path: Path) -> None:
    r = export_json(full, tmp_path / "a.json")
    doc = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))
    assert set(doc) == {"format", "version", "exported_at", "settings", "stages", "tags", "custom_fields",
                        "contacts", "deals", "interactions", "reminders"}
    assert doc["format"] == "crm-desktop" and r.counts["contacts"] == len(doc["contacts"])
    assert "已删除的人" not in {c["display_name"] for c in doc["contacts"]}  # the trash only on request
    deal = next(d for d in doc["deals"] if d["name"] == "深圳地铁12号线PPP项目")
    assert deal["amount"] == "12000000"
    assert [n["text"] for n in deal["notes"]] == ["需要补充环评材料", "第二条备注"]  # newest first
    assert deal["parties"][0]["role"] == "lender" and deal["parties"][0]["contact_uid"]
    other = fresh(tmp_path, "json")
    run_import(other, tmp_path / "a.json")
    export_json(other, tmp_path / "b.json")
    again = json.loads((tmp_path / "b.json").read_text(encoding="utf-8"))
    assert _without_ids(again) == _without_ids(doc)
    assert run_import(other, tmp_path / "a.json").created == 0  # restoring twice adds nothing
    other.close()


def test_export_person(full: Vault) -> None:
    zw = next(c for c in contact_read.list_contacts(full).contacts if c.display_name == "张伟")
    doc = export_person(full, zw.id)
    assert doc["contact"]["uid"] == zw.uid and doc["contact"]["custom_fields"]["AUM"] == "1200000.50"
    assert {i["subject"] for i in doc["interactions"]} == {"首次拜访", "跟进"}
    assert [d["name"] for d in doc["deals"]] == ["深圳地铁12号线PPP项目"]
    assert [r["text"] for r in doc["reminders"]] == ["周会"]
    tables = {e["table"] for e in doc["audit"]}
    assert {"contact", "contact_phone", "contact_email"} <= tables
    assert all(e["table"] != "contact" or e["changes"] for e in doc["audit"])
    json.dumps(doc, ensure_ascii=False)  # a plain JSON document


def test_export_errors(full: Vault, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="vCard version"):
        export_vcard(full, tmp_path / "x.vcf", version="2.1")
    with pytest.raises(ExportError, match="encoding"):
        export_csv(full, tmp_path / "x.csv", encoding="latin-9")
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(ExportError, match="Cannot write"):
        export_json(full, blocker / "inside.json")
    assert not list(tmp_path.glob("*.part"))
