"""Readers and encodings on the sample exports: exact values, no BOM, no mojibake; bad files
give a clear message naming the file."""

from __future__ import annotations

import csv
import io
import tracemalloc
import zipfile
from pathlib import Path

import pytest

from crm_desktop.core.importer import ImportFileError, detect, open_table
from crm_desktop.core.importer.encoding import best_decode

FIX = Path(__file__).parents[1] / "fixtures" / "import"


def rows(path: Path | bytes, **kw: object) -> list[dict[str, str]]:
    with open_table(path, **kw) as t:  # type: ignore[arg-type]
        return [{k: v for k, v in r.values.items() if v} for r in t.rows()]


def no_bom_or_mojibake(values: list[dict[str, str]]) -> None:
    for row in values:
        for k, v in row.items():
            for text in (k, v):
                assert "\ufeff" not in text and "\ufffd" not in text and "Ã" not in text


@pytest.mark.parametrize(("text", "codec", "expected"), [
    ("陳大文", "cp950", "cp950"), ("龍", "cp950", "cp950"), ("客戶名單", "cp950", "cp950"),
    ("陳大文", "gbk", "gb18030"), ("张伟,王芳", "gbk", "gb18030"), ("朱镕基", "gbk", "gb18030"),
    ("José Müller", "cp1252", "cp1252"), ("Straße", "cp1252", "cp1252"), ("张伟", "utf-8", "utf-8"),
])
def test_short_chinese_and_western_text_is_detected(text: str, codec: str, expected: str) -> None:
    guess = detect(text.encode(codec))
    assert guess is not None and guess.encoding == expected
    assert text.encode(codec).decode(guess.encoding) == text
    assert 0 < guess.confidence <= 1


def test_bom_variants_are_detected_and_stripped() -> None:
    for data, label in ((b"\xef\xbb\xbf" + "姓名\n".encode(), "UTF-8 with BOM"),
                        (b"\xff\xfe" + "姓名\n".encode("utf-16-le"), "UTF-16 LE (BOM)"),
                        (b"\xfe\xff" + "姓名\n".encode("utf-16-be"), "UTF-16 BE (BOM)")):
        guess = detect(data)
        assert guess is not None and guess.bom and guess.label == label
        assert data.decode(guess.encoding) == "姓名\n"


def test_lying_charset_is_read_by_what_the_bytes_are() -> None:
    assert best_decode("朱镕基".encode("gbk"), ("gb2312",)) == ("朱镕基", "gb18030")  # 镕 is not GB2312
    assert best_decode("张伟".encode(), ("gb2312",))[0] == "张伟"  # declared GB2312, really UTF-8


def test_google_csv_with_bom() -> None:
    with open_table(FIX / "google_contacts.csv") as t:
        assert t.encoding is not None and t.encoding.bom and t.columns[0] == "First Name"
    data = rows(FIX / "google_contacts.csv")
    no_bom_or_mojibake(data)
    assert data[0]["First Name"] == "伟" and data[0]["Notes"] == "Met at the 2023 forum.\r\nLikes golf."
    assert data[1]["Phone 1 - Value"] == "+1 212 555 0100 ::: +1 212 555 0101"


def test_outlook_csvs_in_three_code_pages() -> None:
    en = rows(FIX / "outlook_en.csv")
    assert en[0]["First Name"] == "José" and en[0]["Last Name"] == "Müller"
    assert en[0]["Company"] == "Banco Ibérico S.A."
    zh = rows(FIX / "outlook_zh_gbk.csv")
    assert zh[0]["姓"] + zh[0]["名"] == "朱镕基" and zh[0]["附注"] == "喜欢喝龙井。\r\n下次拜访带项目资料。"
    big5 = rows(FIX / "big5_contacts.csv")
    assert big5[0] == {"名": "大文", "姓": "陳", "公司": "臺灣銀行", "職稱": "副總經理",
                       "行動電話": "0912-345-678", "電子郵件地址": "tw.chen@bot.example.tw",
                       "記事": "客戶名單"}
    no_bom_or_mojibake(en + zh + big5)
    with open_table(FIX / "big5_contacts.csv") as t:
        assert t.encoding is not None and t.encoding.label == "Big5" and t.encoding.confidence >= 0.9


def test_encoding_override() -> None:
    with open_table(FIX / "outlook_zh_gbk.csv", encoding="GBK") as t:
        assert t.encoding is not None and t.encoding.encoding == "gb18030"
    with pytest.raises(ImportFileError, match="not valid UTF-8"):
        rows(FIX / "outlook_zh_gbk.csv", encoding="utf-8")


def test_linkedin_preamble_is_skipped() -> None:
    with open_table(FIX / "linkedin_connections.csv") as t:
        assert t.columns == ["First Name", "Last Name", "URL", "Email Address", "Company", "Position",
                             "Connected On"]
        data = list(t.rows())
    assert data[0].line == 5 and data[0].values["Position"] == "Executive Director, Infrastructure"
    assert len(data) == 2


def test_delimiters_are_sniffed() -> None:
    semi = rows(FIX / "interactions.csv")
    assert semi[0]["内容"] == "讨论融资需求；\n对方希望年底前完成。" and semi[0]["联系人"] == "张伟"
    tab = rows(FIX / "deals_utf16.txt")
    assert tab[0]["金额"] == "¥1,200万" and tab[2]["项目名称"] == "香港機場擴建"


def test_xlsx_title_row_merged_cells_dates_numbers_and_formulas() -> None:
    with open_table(FIX / "contacts.xlsx", sheet="客户") as t:
        assert t.sheets == ["说明", "客户"] and t.header_line == 3
        assert t.columns == ["姓名", "公司", "职位", "手机", "邮箱", "生日", "客户等级", "备注", "微信"]
        data = list(t.rows())
    assert data[0].values["生日"] == "1985-03-15" and data[0].kinds["生日"] == "date"
    assert data[1].values["手机"] == "8618621234567" and data[1].kinds["手机"] == "number"
    assert data[2].values["备注"] == "王芳-新客户"  # a formula's result as Excel stored it
    assert [r.line for r in data] == [4, 5, 6]


def test_xlsx_unknown_sheet_names_the_sheets() -> None:
    with pytest.raises(ImportFileError, match="说明, 客户"):
        open_table(FIX / "contacts.xlsx", sheet="Deals")


def test_iphone_vcard() -> None:
    cards = rows(FIX / "iphone.vcf")
    li = cards[0]
    assert li["FN"] == "李娜" and li["N.family"] == "李" and li["ORG"] == "招商银行"
    assert li["TEL 2"] == "+86 755 8319 8888" and li["TEL 2 label"] == "助理"  # item group label
    assert li["X-ABRELATEDNAMES (assistant)"] == "王助理" and li["X-WECHAT"] == "lina_cmb"
    assert li["PHOTO"].startswith("data:image/jpeg;base64,/9j/")
    assert li["NOTE"].startswith("First met at the Shenzhen forum, 2023.\nFollow up on the toll road")
    assert "X-ABADR" not in li and "PRODID" not in li
    assert cards[1]["KIND"] == "org" and cards[2]["KIND"] == "group"


def test_android_vcard_quoted_printable_and_lying_charset() -> None:
    cards = rows(FIX / "android.vcf")
    assert cards[0]["FN"] == "刘洋" and cards[0]["ORG"] == "中国国际金融股份有限公司"
    # Quoted-printable over soft line breaks:
    assert cards[0]["NOTE"] == "第一次见面在2023年深圳论坛。对收费公路项目很感兴趣，希望尽快安排尽职调查。"
    assert cards[0]["TEL 1 label"] == "mobile" and cards[0]["TEL 2 label"] == "work"
    assert cards[1]["FN"] == "朱镕基" and cards[1]["TITLE"] == "基金经理"  # GBK bytes declared gb2312
    assert cards[1]["ADR 1 street"] == "金融大街33号"
    no_bom_or_mojibake(cards)


def test_vcard4_data_uri_photo_and_kinds() -> None:
    cards = rows(FIX / "vcard4.vcf")
    assert cards[0]["KIND"] == "org" and cards[0]["PHOTO"].startswith("data:image/jpeg;base64,")
    assert cards[0]["TEL 1"] == "+86-10-8358-0000"
    assert cards[2]["MEMBER"] == "urn:uuid:7a8b9c0d-1e2f-4a3b-9c5d-6e7f8a9b0c1d"


@pytest.mark.parametrize(("name", "data", "message"), [
    ("empty.csv", b"", "empty"),
    ("blank.csv", b"\xef\xbb\xbf\r\n\r\n", "empty"),
    ("junk.csv", bytes(range(256)) * 40, "binary"),
    ("old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), ".xls"),
    ("fake.xlsx", b"PK\x03\x04" + b"\x00" * 50, "Excel workbook"),
    ("notes.xlsx", b"just some text", "not an Excel workbook"),
    ("cut.vcf", b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:A\r\n", "truncated"),
])
def test_bad_files_give_clear_messages(tmp_path: Path, name: str, data: bytes, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(ImportFileError, match=message) as err:
        rows(path)
    assert name in str(err.value) and "Nothing was imported" in str(err.value)


def test_truncated_xlsx_and_zip_of_something_else(tmp_path: Path) -> None:
    good = (FIX / "contacts.xlsx").read_bytes()
    (tmp_path / "cut.xlsx").write_bytes(good[: len(good) // 2])
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("readme.txt", "not a workbook")
    (tmp_path / "other.xlsx").write_bytes(buf.getvalue())
    for name in ("cut.xlsx", "other.xlsx"):
        with pytest.raises(ImportFileError, match="cannot be read as an Excel workbook"):
            rows(tmp_path / name)


def test_unclosed_quote_does_not_swallow_rows_silently(tmp_path: Path) -> None:
    text = "Name,Phone,Email\n" + 'Alice,"138 0013 8000,a@x.com\n' + "".join(
        f"Person {i},139{i:08d},p{i}@x.com\n" for i in range(5))
    (tmp_path / "q.csv").write_text(text, encoding="utf-8")
    with open_table(tmp_path / "q.csv") as t:
        data = list(t.rows())
    bad = [p for r in data for p in r.problems if p.level == "error"]
    assert bad and "quote" in bad[0].message and "lines 2–7" in bad[0].message


def test_ragged_rows_nul_bytes_and_long_fields(tmp_path: Path) -> None:
    long_note = "长" * 100_000
    text = f"Name,Note\nA,x\x00y,extra\nB,{long_note}\n"
    (tmp_path / "r.csv").write_text(text, encoding="utf-8")
    with open_table(tmp_path / "r.csv") as t:
        data = list(t.rows())
    assert data[0].values == {"Name": "A", "Note": "xy", "Column 3": "extra"}
    assert {p.message.split(" ")[0] for p in data[0].problems} == {"NUL", "the"}
    assert data[1].values["Note"] == long_note


def test_200k_row_csv_streams_in_bounded_memory(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["姓名", "手机", "邮箱", "备注"])
        for i in range(200_000):
            w.writerow([f"客户{i}", f"139{i:08d}", f"c{i}@example.com", "备注" * 10])
    assert path.stat().st_size > 10_000_000
    tracemalloc.start()
    with open_table(path) as t:
        n = sum(1 for _ in t.rows())
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert n == 200_000
    assert peak < 5_000_000  # never the whole file (over 10 MB) in memory
