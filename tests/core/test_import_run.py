"""Imports of every sample export into real vaults: exact values, problems with row and column,
one batch and one undo, duplicates, re-import, cancel and refuse writing nothing."""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from crm_desktop.core.importer import (
    ImportCancelled,
    ImportFileError,
    ImportRefused,
    list_batches,
    preview,
    run_import,
    undo_batch,
)
from crm_desktop.core.importer.presets import delete_preset, list_presets, load_preset, save_preset
from crm_desktop.core.models import Attachment, Contact, CustomFieldDef, ImportBatch, Operation, Tag
from crm_desktop.core.services import attachments, contact_read, contacts, deals, interactions, undo
from crm_desktop.core.services.uow import ReadSession
from crm_desktop.core.vault import Vault

FIX = Path(__file__).parents[1] / "fixtures" / "import"


def people(vault: Vault) -> dict[str, object]:
    return {c.display_name: c for c in contact_read.list_contacts(vault, limit=500).contacts}


def counts(vault: Vault) -> tuple[int, ...]:
    with ReadSession(vault) as s:
        return tuple(s.scalar(select(func.count()).select_from(m)) or 0
                     for m in (Contact, Tag, CustomFieldDef, ImportBatch, Attachment))


def test_google_contacts(vault: Vault) -> None:
    r = run_import(vault, FIX / "google_contacts.csv")
    assert (r.format, r.entity, r.encoding, r.created, r.errors) == ("csv", "contact", "utf-8-sig", 3, 0)
    got = people(vault)
    zw = got["张伟"]
    names = (zw.given_name, zw.family_name, zw.phonetic_given_name, zw.phonetic_family_name)
    assert names == ("伟", "张", "Wei", "Zhang")
    assert [(p.label, p.number) for p in zw.phones] == [("mobile", "+8613800138000"),
                                                        ("work", "+861066596688")]
    assert [(e.label, e.address) for e in zw.emails] == [("work", "zhang.wei@boc.example.cn")]
    assert (zw.organization, zw.title, zw.department) == ("中国银行", "投资总监", "投资部")
    assert zw.tags == ["VIP"] and zw.custom_fields == {"WeChat": "zhangwei_bj"} and zw.source == "import"
    assert str(zw.birthday) == "1985-03-15" and zw.note == "Met at the 2023 forum.\nLikes golf."
    a = zw.addresses[0]
    assert (a.label, a.street, a.city, a.region, a.postcode, a.country) == (
        "work", "复兴门内大街1号", "北京", "北京市", "100818", "中国")
    js = got["John Smith"]
    assert [p.number for p in js.phones] == ["+12125550100", "+12125550101"] and js.other_names == ["Johnny"]
    assert js.custom_fields == {"Middle name": "Q", "Name prefix": "Dr.", "Name suffix": "Jr.",
                                "Birthday": "--03-15"}
    nameless = got["+86 139 1000 2000"]
    assert nameless.emails[0].address == "not-an-email" and not nameless.emails[0].valid
    said = {(p.row, p.column, p.field, p.level) for p in r.problems}
    assert (3, "E-mail 1 - Value", "email", "warning") in said
    assert (2, "Birthday", "birthday", "warning") in said


def test_outlook_english_drops_program_defaults_and_reports_the_excel_phone(vault: Vault) -> None:
    r = run_import(vault, FIX / "outlook_en.csv")
    assert (r.encoding, r.created, r.errors) == ("cp1252", 1, 1)
    err = next(p for p in r.problems if p.level == "error")
    assert (err.row, err.line, err.column, err.field) == (2, 4, "Mobile Phone", "phone")
    assert "8.61862E+12" in err.message
    jm = people(vault)["José Müller"]
    assert jm.organization == "Banco Ibérico S.A." and jm.title == "Managing Director"
    assert jm.custom_fields == {"Name prefix": "Mr."}  # no Gender/Priority/Sensitivity/Private/0/0/00
    assert str(jm.birthday) == "1975-04-23" and jm.tags == ["Lenders", "Spain"]
    assert jm.addresses[0].street == "Calle de Alcalá 45\nPlanta 3" and jm.addresses[0].label == "work"
    assert jm.note == "Prefers calls after 16:00 CET.\nCo-lender on the A7."
    assert "Anna Berg" not in people(vault)  # the row with the lost phone was not imported
    assert next(o for o in r.outcomes if o.row == 2).action == "error"


def test_outlook_chinese_gbk(vault: Vault) -> None:
    r = run_import(vault, FIX / "outlook_zh_gbk.csv")
    assert (r.encoding, r.created, r.errors) == ("gb18030", 2, 0)
    zhu = people(vault)["朱镕基"]
    assert (zhu.organization, zhu.department, zhu.title) == ("华夏基金管理有限公司", "固定收益部", "基金经理")
    assert [p.number for p in zhu.phones] == ["+861088068888", "+8613912345678"]
    assert zhu.tags == ["基金", "重点"] and zhu.custom_fields == {}
    assert zhu.note == "喜欢喝龙井。\n下次拜访带项目资料。"
    assert str(people(vault)["王芳"].birthday) == "1979-08-08"


def test_big5_traditional(vault: Vault) -> None:
    r = run_import(vault, FIX / "big5_contacts.csv", region="TW")
    assert (r.encoding, r.created) == ("cp950", 2)
    chen = people(vault)["陳大文"]
    assert chen.organization == "臺灣銀行" and chen.title == "副總經理" and chen.note == "客戶名單"
    assert [p.number for p in chen.phones] == ["+886912345678"]


def test_linkedin(vault: Vault) -> None:
    run_import(vault, FIX / "linkedin_connections.csv")
    mei = people(vault)["Mei Lin"]
    assert mei.website == "https://www.linkedin.com/in/meilin" and mei.organization == "Morgan Stanley Asia"
    assert mei.title == "Executive Director, Infrastructure"
    assert mei.custom_fields == {"Connected On": "15 Mar 2024"}


def test_iphone_vcard_groups_photo_and_labels(vault: Vault) -> None:
    r = run_import(vault, FIX / "iphone.vcf")
    assert (r.created, r.skipped, r.errors) == (2, 1, 0)  # the group card is a tag, not a contact
    got = people(vault)
    li = got["李娜"]
    assert li.uid == "5c2a8f0e-1b7d-4c41-9a52-2f7f0c1d9e01"
    assert (li.phonetic_given_name, li.phonetic_family_name) == ("Na", "Li")
    # 助理 is a known label, kept as its code (the window shows it in the user's language).
    assert [(p.label, p.number) for p in li.phones] == [("mobile", "+8613812345678"),
                                                        ("assistant", "+8675583198888")]
    assert li.tags == ["Bankers", "VIP", "重点客户"] and li.website == "https://www.cmbchina.com"
    assert li.custom_fields == {"X-ABRELATEDNAMES (assistant)": "王助理", "X-WECHAT": "lina_cmb"}
    assert li.note == ("First met at the Shenzhen forum, 2023.\nFollow up on the toll road deal: they want a "
                       "15-year tenor and a CNY tranche.")
    photo = attachments.list_for(vault, "contact", li.id)
    assert [(a.filename, a.mime_type) for a in photo] == [("photo.jpg", "image/jpeg")]
    assert attachments.read(vault, photo[0].id).startswith(b"\xff\xd8\xff")
    assert got["深圳地铁集团"].kind == "organization"


def test_android_vcard(vault: Vault) -> None:
    run_import(vault, FIX / "android.vcf")
    got = people(vault)
    liu = got["刘洋"]
    assert liu.note == "第一次见面在2023年深圳论坛。对收费公路项目很感兴趣，希望尽快安排尽职调查。"
    assert (liu.organization, liu.department) == ("中国国际金融股份有限公司", "投资银行部")
    assert [(p.label, p.number) for p in liu.phones] == [("mobile", "+8613800138000"),
                                                         ("work", "+861088886666")]
    zhu = got["朱镕基"]
    assert zhu.title == "基金经理" and zhu.addresses[0].street == "金融大街33号"


def test_vcard4_org_photo_group_and_uids(vault: Vault) -> None:
    run_import(vault, FIX / "vcard4.vcf")
    got = people(vault)
    aiib = got["亚洲基础设施投资银行"]
    assert aiib.kind == "organization" and aiib.uid == "3f1b2c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d"
    assert len(attachments.list_for(vault, "contact", aiib.id)) == 1
    sarah = got["Sarah O'Neil"]
    assert sarah.tier == "B" and sarah.tags == ["Lenders"] and sarah.custom_fields == {"BDAY": "--0704"}


def test_xlsx_sheet_with_title_row(vault: Vault) -> None:
    r = run_import(vault, FIX / "contacts.xlsx", sheet="客户")
    assert (r.created, r.errors) == (2, 1)
    err = next(p for p in r.problems if p.level == "error")
    assert (err.row, err.line, err.column, err.field) == (2, 5, "手机", "phone")
    got = people(vault)
    assert "李娜" not in got
    zw = got["张伟"]
    assert zw.tier == "A" and str(zw.birthday) == "1985-03-15" and zw.custom_fields == {"微信": "zhangwei_bj"}
    assert got["王芳"].note == "王芳-新客户"


def test_deals_with_amounts_as_people_write_them(vault: Vault) -> None:
    r = run_import(vault, FIX / "deals_utf16.txt")
    assert (r.entity, r.encoding, r.created, r.errors) == ("deal", "utf-16", 5, 2)
    errors = {(p.row, p.column, p.field) for p in r.problems if p.level == "error"}
    assert errors == {(6, "阶段", "stage"), (7, None, "currency")}
    got = {d.name: d for d in deals.list_deals(vault).deals}
    sz = got["深圳地铁12号线PPP项目"]
    assert (sz.amount, sz.currency) == (Decimal(12_000_000), "CNY")
    assert sz.stage == "Due diligence"  # 尽职调查 in an English vault
    jk = got["Jakarta Toll Road"]
    assert (jk.amount, jk.currency) == (Decimal(5_000_000), "USD")
    assert (got["香港機場擴建"].amount, got["香港機場擴建"].currency, got["香港機場擴建"].stage) == (
        Decimal(350_000_000), "HKD", "Term sheet")
    assert str(got["香港機場擴建"].expected_close) == "2025-06-30"
    eb = got["Eurobond refinancing"]
    assert (eb.amount, eb.currency) == (Decimal(2_500_000), "EUR")
    assert (got["城投债发行"].amount, got["城投债发行"].client) == (Decimal(120_000_000), "某市城投公司")
    detail = deals.get(vault, got["深圳地铁12号线PPP项目"].id)
    assert [n.text for n in detail.notes] == ["需要补充环评材料"] and detail.owner == "王经理"


def test_interactions_link_to_contacts_and_deals(vault: Vault) -> None:
    run_import(vault, FIX / "google_contacts.csv")
    run_import(vault, FIX / "deals_utf16.txt")
    mapping = preview(vault, FIX / "interactions.csv", limit=1).mapping
    mapping.timezone = "Asia/Shanghai"  # times without an offset are on this clock
    r = run_import(vault, FIX / "interactions.csv", mapping)
    assert (r.entity, r.created, r.errors) == ("interaction", 3, 1)
    zw = people(vault)["张伟"]
    mine = interactions.list_interactions(vault, contact_id=zw.id).interactions
    # Found by e-mail and by name:
    assert [(i.kind, i.subject) for i in mine] == [("call", "跟进"), ("meeting", "首次拜访")]
    assert mine[1].deal == "深圳地铁12号线PPP项目" and mine[1].body == "讨论融资需求；\n对方希望年底前完成。"
    assert mine[1].occurred_at.isoformat() == "2024-05-01T01:30:00+00:00"  # 09:30 in Shanghai
    assert contact_read.get(vault, zw.id).last_interaction_at == mine[0].occurred_at
    assert any("新朋友" in p.message for p in r.problems)


def test_preview_writes_nothing_and_shows_duplicates(vault: Vault) -> None:
    run_import(vault, FIX / "google_contacts.csv")
    before = counts(vault)
    p = preview(vault, FIX / "contacts.xlsx", sheet="客户", limit=1)
    assert not p.complete and len(p.rows) == 1 and p.sheets == ["说明", "客户"] and p.header_line == 3
    full = preview(vault, FIX / "contacts.xlsx", sheet="客户")
    assert full.complete and full.counts == {"merge": 1, "error": 1, "create": 1}
    zw = full.rows[0]
    assert zw.action == "merge" and zw.matches[0].display_name == "张伟"  # same phone: merged by default
    assert "same phone +8613800138000" in zw.matches[0].reason
    assert counts(vault) == before


def test_undo_removes_the_whole_import_and_redo_brings_it_back(vault: Vault) -> None:
    before = counts(vault)
    r = run_import(vault, FIX / "iphone.vcf")  # contacts, an organization, tags, fields, a photo
    assert counts(vault) != before and list_batches(vault)[0].id == r.batch_id
    undo.undo(vault)
    assert counts(vault) == before
    # Redo replays audit entries, which do not hold blobs (services/rowcodec): redo a file without photos.
    run_import(vault, FIX / "outlook_zh_gbk.csv")
    undo.undo(vault)
    assert counts(vault) == before
    undo.redo(vault)
    assert people(vault)["朱镕基"].tags == ["基金", "重点"]


def test_undo_batch_of_an_older_import(vault: Vault) -> None:
    first = run_import(vault, FIX / "outlook_zh_gbk.csv")
    typed = contacts.add(vault, display_name="手工录入")
    message = undo_batch(vault, first.batch_id)
    assert "trash" in message
    got = people(vault)
    assert "朱镕基" not in got and "王芳" not in got and "手工录入" in got
    assert contact_read.get(vault, typed.id).display_name == "手工录入"
    assert next(b for b in list_batches(vault) if b.id == first.batch_id).status == "undone"
    undo.undo(vault)  # the undo of the batch is itself undoable
    assert "朱镕基" in people(vault)


def test_reimport_is_detected_and_its_rows_merge_into_what_it_made(vault: Vault) -> None:
    first = run_import(vault, FIX / "outlook_zh_gbk.csv")
    before = people(vault)
    again = run_import(vault, FIX / "outlook_zh_gbk.csv")
    assert [b.id for b in again.earlier_imports] == [first.batch_id]
    assert (again.created, again.merged, again.skipped) == (0, 2, 0)
    assert people(vault) == before  # the rows add nothing: the contacts are as they were


def test_update_existing_contacts_and_undo_restores_old_values(vault: Vault, tmp_path: Path) -> None:
    old = contacts.add(vault, display_name="张伟", phones=["13800138000"], title="经理")
    path = tmp_path / "update.csv"
    path.write_text("姓名,手机,职位,邮箱\n张伟,138 0013 8000,总经理,zw@example.com\n", encoding="utf-8")
    r = run_import(vault, path, duplicates="update")
    assert (r.created, r.updated) == (0, 1)
    now = contact_read.get(vault, old.id)
    assert now.title == "总经理" and [e.address for e in now.emails] == ["zw@example.com"]
    contacts.add(vault, display_name="later")
    undo_batch(vault, r.batch_id)
    back = contact_read.get(vault, old.id)
    assert back.title == "经理" and back.emails == [] and back.deleted_at is None


def test_cancel_and_refuse_write_nothing(vault: Vault) -> None:
    before = counts(vault)
    with ReadSession(vault) as s:
        ops = s.scalar(select(func.count()).select_from(Operation))
    with pytest.raises(ImportCancelled):
        run_import(vault, FIX / "google_contacts.csv", cancel=lambda: True)
    with pytest.raises(ImportRefused, match="row 2, line 4, column 'Mobile Phone'"):
        run_import(vault, FIX / "outlook_en.csv", on_error="refuse")
    assert counts(vault) == before
    with ReadSession(vault) as s:
        assert s.scalar(select(func.count()).select_from(Operation)) == ops


@pytest.mark.parametrize(("data", "message"), [(b"", "empty"), (bytes(range(256)) * 8, "binary")])
def test_bad_files_write_nothing(vault: Vault, tmp_path: Path, data: bytes, message: str) -> None:
    before = counts(vault)
    path = tmp_path / "bad.csv"
    path.write_bytes(data)
    with pytest.raises(ImportFileError, match=message):
        run_import(vault, path)
    assert counts(vault) == before


def test_large_file_previews_fast_and_cancel_writes_nothing(vault: Vault, tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["姓名", "手机", "邮箱"])
        for i in range(200_000):
            w.writerow([f"客户{i}", f"139{i:08d}", f"c{i}@example.com"])
    p = preview(vault, path, limit=50)
    assert len(p.rows) == 50 and not p.complete and p.rows[49].display_name == "客户49"
    seen: list[int] = []
    before = counts(vault)
    with pytest.raises(ImportCancelled):
        run_import(vault, path, progress=lambda pr: seen.append(pr.rows), cancel=lambda: len(seen) >= 2)
    assert seen == [500, 1000] and counts(vault) == before


def test_presets(vault: Vault) -> None:
    m = preview(vault, FIX / "big5_contacts.csv").mapping
    save_preset(vault, "台湾 Outlook", m)
    assert list_presets(vault) == ["台湾 Outlook"]
    assert load_preset(vault, "台湾 Outlook").to_json() == m.to_json()
    delete_preset(vault, "台湾 Outlook")
    assert list_presets(vault) == []
