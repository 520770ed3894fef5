"""Reports built from a vault with known data, read back from the PDF (pypdf): the right figures
and names, Chinese included; page furniture; the CJK font embedded; long tables; progress."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from crm_desktop.core.errors import NotFound, ValidationError
from crm_desktop.core.models import Reminder
from crm_desktop.core.reports import (
    REPORTS,
    build_activity,
    build_cold,
    build_dossier,
    build_followups,
    build_health,
    build_pipeline,
    fonts,
)
from crm_desktop.core.services import contacts
from crm_desktop.core.services.uow import UnitOfWork
from crm_desktop.core.vault import Vault

from ..conftest import PASSPHRASE
from .test_reports_data import FROM, MINUTES, TO, TODAY, Known, build_known


@pytest.fixture(scope="module")
def known(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Vault, Known]]:
    """One vault with the known data for the read-only tests of this module."""
    v = Vault.create(tmp_path_factory.mktemp("reports") / "known.crm", PASSPHRASE)
    try:
        yield v, build_known(v)
    finally:
        v.close()


def pages(path: Path) -> list[str]:
    return [p.extract_text() for p in PdfReader(path).pages]


def flat(text: str) -> str:
    """Text without any white space: wrapped lines of Chinese join up again."""
    return re.sub(r"\s+", "", text)


def row(*cells: str) -> str:
    """A table row as pypdf extracts it: one cell per line."""
    return "\n".join(cells)


def fonts_used(path: Path) -> set[tuple[str, str, bool]]:
    found = set()
    for page in PdfReader(path).pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            descriptor = font.get("/FontDescriptor")
            embedded = descriptor is not None and "/FontFile2" in descriptor.get_object()
            found.add((str(font["/Subtype"]), str(font["/BaseFont"]), embedded))
    return found


# ---------------------------------------------------------------- pipeline

def test_pipeline_figures_per_currency_exact_never_summed(known: tuple[Vault, Known], tmp_path: Path) -> None:
    vault, _ = known
    out = tmp_path / "pipeline.pdf"
    summary = build_pipeline(vault, out, lang="en", date_from=FROM, date_to=TO, today=TODAY)
    text = "\n".join(pages(out))
    assert summary.pages == len(pages(out)) and summary.kind == "pipeline"
    assert "Pipeline" in text and "Period: Jan 1, 2024 – Jun 30, 2024" in text and "Vault: 测试 Vault" in text
    # stage lines: stage, probability, currency, deals, total, weighted, fees if closed, expected fees
    assert row("Due diligence", "40%", "CNY", "1", "10,000,000.00", "4,000,000.00", "200,000.00",
               "110,000.00") in text
    assert row("USD", "1", "2,500,000.50", "1,375,000.28", "30,000.00", "16,500.00") in text  # 55 % override
    # totals per currency, each on its own line; the deal without an amount counted apart
    assert row("All stages", "CNY", "2", "13,333,333.35", "6,000,000.01", "200,000.00", "110,000.00") in text
    assert row("EUR", "1", "800,000.00", "80,000.00", "0.00", "0.00") in text
    assert row("USD", "1", "2,500,000.50", "1,375,000.28", "30,000.00", "16,500.00") in text
    assert "5 open deals" in text
    for cross_currency_sum in ("16,633,333.85", "15,833,333.85", "14,133,333.35", "3,300,000.50"):
        assert cross_currency_sum not in text
    # forecast by month, won and lost in the period with reasons; nothing outside it or deleted
    assert row("Jul 2024", "CNY", "1", "10,000,000.00", "4,000,000.00") in text
    assert row("No date", "EUR", "1", "800,000.00", "80,000.00") in text
    assert "数据中心融资" in text and "中国银行" in text and "条款最优 best terms" in text
    assert "Solar ABS" in text and "Lender withdrew / 贷款人撤回" in text
    assert "Old win 2023" not in text and "Deleted deal" not in text and "99,999" not in text
    # time in stage: two Lead stays of 10 and 20 days ended in the period; two deals now in DD
    assert row("Lead", "2", "15.0", "15.0", "0", "—") in text
    assert row("Due diligence", "0", "—", "—", "2", "58.5") in text
    assert "Totals by stage — CNY" in text and "Totals by stage — USD" in text  # one chart per currency


def test_pipeline_in_chinese(known: tuple[Vault, Known], tmp_path: Path) -> None:
    vault, _ = known
    out = tmp_path / "pipeline-zh.pdf"
    summary = build_pipeline(vault, out, lang="zh_CN", date_from=FROM, date_to=TO, today=TODAY)
    text = pages(out)
    assert text[0].startswith("交易管道")
    assert f"第 1 页，共 {summary.pages} 页" in text[0] and "机密" in text[0]
    assert f"第 {summary.pages} 页，共 {summary.pages} 页" in text[-1]
    joined = "\n".join(text)
    assert row("全部阶段", "CNY", "2", "13,333,333.35", "6,000,000.01") in joined
    assert "期间：2024年1月1日 – 2024年6月30日" in joined and "2024年7月" in joined


# ---------------------------------------------------------------- follow-ups, cold, activity

def test_followups_by_bucket_in_traditional_chinese(known: tuple[Vault, Known], tmp_path: Path) -> None:
    vault, _ = known
    out = tmp_path / "followups.pdf"
    summary = build_followups(vault, out, lang="zh_TW", today=TODAY)
    text = "\n".join(pages(out))
    assert summary.rows == 4 and text.startswith("跟進事項") and "第 1 頁，共 1 頁" in text
    assert "已逾期：2 · 今天到期：1 · 本週稍後：1" in text
    assert row("2024年5月31日 09:00", "12", "Acme Capital Ltd", "Wind farm refinancing",
               "Call Acme CFO") in text
    assert row("2024年6月5日 09:00", "7", "张伟", "光伏电站融资", "发送条款清单 Send term sheet") in text
    # a reminder on a deal only: shown with the deal's client
    assert row("2024年6月12日 15:00", "陳大文", "港口項目融資", "准备尽职调查清单") in text
    assert "Board meeting prep （重複）" in text and "6月13日 – 6月16日" in text
    for absent in ("Next week thing", "Done already", "In the trash"):
        assert absent not in text


def test_cold_clients_by_tier_with_last_interaction(known: tuple[Vault, Known], tmp_path: Path) -> None:
    vault, _ = known
    out = tmp_path / "cold.pdf"
    build_cold(vault, out, lang="en", today=TODAY)
    text = "\n".join(pages(out))
    assert "Tier A: 30 days · Tier B: 90 days · Tier C: 180 days" in text
    # Acme Capital's own last e-mail is 72 days old, but its person 王芳 was met recently: an
    # organization is cold only when it and all its people are.
    assert "Tier A — silent more than 30 days: 0" in text
    assert "Acme Capital Ltd" not in text
    assert row("赵强", "163", "Never") in text
    assert row("李娜", "149", "Jan 15, 2024", "Call") in text
    assert "年度回顾—讨论了2024年融资计划，客户暂无新需求。" in flat(text)
    assert text.index("赵强") < text.index("李娜")  # most silent first
    assert "Tier C — silent more than 180 days: 0" in text
    assert "张伟" not in text and "王芳" not in text and "陳大文" not in text


def test_activity_per_week_and_kind(known: tuple[Vault, Known], tmp_path: Path) -> None:
    vault, _ = known
    out = tmp_path / "activity.pdf"
    summary = build_activity(vault, out, lang="en", date_from="2024-05-27", date_to=TODAY, today=TODAY)
    text = "\n".join(pages(out))
    assert summary.rows == 3 and "4 interactions in the period." in text
    # week, meeting, call, e-mail, note, site visit, other, total
    assert row("2024-W22 · May 27", "·", "·", "·", "·", "·", "·", "0") in text
    assert row("2024-W23 · Jun 3", "·", "·", "1", "·", "·", "·", "1") in text
    assert row("2024-W24 · Jun 10", "1", "2", "·", "·", "·", "·", "3") in text
    assert row("Total", "1", "2", "1", "0", "0", "0", "4") in text


# ---------------------------------------------------------------- dossier, health

def test_dossier_of_an_organization(known: tuple[Vault, Known], tmp_path: Path) -> None:
    vault, k = known
    out = tmp_path / "dossier.pdf"
    summary = build_dossier(vault, out, contact_id=k.ids["boc"], lang="en", today=TODAY)
    text = "\n".join(pages(out))
    assert summary.kind == "dossier" and text.startswith("Client dossier\n中国银行")
    assert row("张伟", "董事 · 信贷部总经理", "+8613800138000", "zhang.wei@boc.example") in text
    assert row("李娜", "12345") in text
    assert row("光伏电站融资", "Client", "Due diligence", "Open", "40%", "CNY", "10,000,000.00",
               "Jul 15, 2024") in text
    assert "数据中心融资" in text and "Interactions (4)" in text
    assert "Jun 10, 2024 06:00 · Meeting · 条款讨论 Term sheet review" in text
    assert flat(MINUTES) in flat(text)  # the full minutes
    assert "Deleted note" not in text
    assert row("Jun 5, 2024 09:00", "Open", "发送条款清单 Send term sheet", "光伏电站融资") in text
    assert "Done already" in text and "In the trash" not in text


def test_dossier_of_a_lender_and_missing_contact(known: tuple[Vault, Known], tmp_path: Path) -> None:
    vault, k = known
    out = tmp_path / "acme.pdf"
    build_dossier(vault, out, contact_id=k.ids["acme"], lang="zh_CN", today=TODAY)
    text = "\n".join(pages(out))
    assert row("光伏电站融资", "贷款人") in text and row("Solar ABS", "客户") in text
    assert "王芳" in text and "info@acme.example" in text
    with pytest.raises(NotFound):
        build_dossier(vault, tmp_path / "none.pdf", contact_id=999_999)
    assert not (tmp_path / "none.pdf").exists()


def test_health_figures_and_records(known: tuple[Vault, Known], tmp_path: Path) -> None:
    vault, _ = known
    out = tmp_path / "health.pdf"
    build_health(vault, out, lang="zh_CN", today=TODAY)
    text = "\n".join(pages(out))
    assert "联系人 8 个（个人 6，机构 2）。" in text
    for check, count, share in (("缺少电话", "5", "62.5%"), ("缺少电子邮件", "3", "37.5%"),
                                ("个人未关联机构", "3", "50.0%"), ("未设级别", "2", "25.0%"),
                                ("无效电话", "1", "12.5%"), ("无效电子邮件", "1", "12.5%")):
        assert row(check, count, share) in text
    assert row("已过预计完成日的进行中交易", "1") in text and row("逾期提醒", "2") in text
    assert row("李娜", "个人", "B", "12345") in text
    assert row("John Smith", "个人", "—", "john@@example") in text
    assert row("Wind farm refinancing", "Acme Capital Ltd", "2024年5月31日", "12") in text
    assert row("赵强", "B", "163", "从未") in text


# ---------------------------------------------------------------- every report: furniture and font

@pytest.mark.parametrize("lang", ["en", "zh_CN", "zh_TW"])
def test_every_report_embeds_only_the_cjk_font(known: tuple[Vault, Known], tmp_path: Path, lang: str) -> None:
    vault, k = known
    for kind, build in REPORTS.items():
        out = tmp_path / f"{kind}.pdf"
        extra = {"contact_id": k.ids["zhang"]} if kind == "dossier" else {}
        summary = build(vault, out, lang=lang, today=TODAY, **extra)
        used = fonts_used(out)
        # one TrueType subset (or more, 256 glyphs each) of WenQuanYi Micro Hei, embedded; nothing else
        assert used and all(sub == "/TrueType" and embedded and re.fullmatch(
            r"/[A-Z]{6}\+WenQuanYiMicroHei-\d+", name) for sub, name, embedded in used), (kind, used)
        first = pages(out)[0]
        confidential, page_1 = {"en": ("Confidential", f"Page 1 of {summary.pages}"),
                                "zh_CN": ("机密", f"第 1 页，共 {summary.pages} 页"),
                                "zh_TW": ("機密", f"第 1 頁，共 {summary.pages} 頁")}[lang]
        assert confidential in first and page_1 in first and "测试 Vault" in first, kind


def test_font_covers_latin_digits_and_both_scripts() -> None:
    assert fonts.covers("0123456789 ABCxyz ,.%-—·… 张伟 中国银行 融資 陳大文 港灣 （）：，。")
    assert fonts.font_path().name == "wqy-microhei.ttc"


# ---------------------------------------------------------------- long tables, progress, errors

def test_long_table_repeats_header_on_each_page(vault: Vault, tmp_path: Path) -> None:
    zw = contacts.add(vault, display_name="张伟")
    start = datetime(2024, 6, 11, 9, tzinfo=UTC)
    with UnitOfWork(vault, "test.seed") as uow:
        for i in range(150):
            uow.session.add(Reminder(text=f"跟进事项 follow-up number {i:03d}",
                                     due_at=start - timedelta(hours=i), contact_id=zw.id))
    out = tmp_path / "long.pdf"
    summary = build_followups(vault, out, lang="en", today=TODAY)
    text = pages(out)
    assert summary.rows == 150 and summary.pages == len(text) >= 3
    header = row("Due", "Days late", "Contact", "Deal", "Reminder")
    for n, page in enumerate(text, start=1):
        assert f"Page {n} of {summary.pages}" in page
        if n < len(text):
            assert header in page, f"no header row on page {n}"
    assert text[1].index(header) < text[1].index("跟进事项 follow-up number")  # header above the rows
    joined = "\n".join(text)
    assert all(joined.count(f"follow-up number {i:03d}") == 1 for i in range(150))  # none lost or doubled


def test_progress_reported_and_cancel_leaves_no_file(known: tuple[Vault, Known], tmp_path: Path) -> None:
    vault, k = known
    calls: list[tuple[int, int, str]] = []
    build_dossier(vault, tmp_path / "d.pdf", contact_id=k.ids["boc"], today=TODAY,
                  progress=lambda done, total, what: calls.append((done, total, what)))
    assert calls and calls[-1][0] == calls[-1][1] and calls[-1][2] == "done"
    assert any(what == "layout" for _, _, what in calls)

    class Cancelled(Exception):
        pass

    def cancel(done: int, total: int, what: str) -> None:
        if what == "layout":
            raise Cancelled

    out = tmp_path / "cancelled.pdf"
    with pytest.raises(Cancelled):
        build_pipeline(vault, out, today=TODAY, progress=cancel)
    assert list(tmp_path.glob("cancelled*")) == []

    def cancel_last(done: int, total: int, what: str) -> None:  # the click that comes at the very end
        if what == "done":
            raise Cancelled

    with pytest.raises(Cancelled):  # "Cancelled: no file was written" must then be true
        build_pipeline(vault, out, today=TODAY, progress=cancel_last)
    assert list(tmp_path.glob("cancelled*")) == []


def test_user_errors_are_validation_errors(known: tuple[Vault, Known], tmp_path: Path) -> None:
    vault, _ = known
    with pytest.raises(ValidationError) as err:
        build_health(vault, tmp_path / "x.pdf", lang="fr")
    assert err.value.field == "lang"
    with pytest.raises(ValidationError) as err:
        build_activity(vault, tmp_path / "x.pdf", date_from="2024-06-30", date_to="2024-06-01")
    assert err.value.field == "date_from"
    with pytest.raises(ValidationError):
        build_pipeline(vault, tmp_path / "x.pdf", date_from="31/12/2024")


def test_names_with_markup_characters_print_verbatim(vault: Vault, tmp_path: Path) -> None:
    c = contacts.add(vault, display_name="A&B <Partners> 合伙", kind="organization",
                     note="R&D <b>not bold</b>")
    out = tmp_path / "d.pdf"
    build_dossier(vault, out, contact_id=c.id, today=TODAY)
    text = "\n".join(pages(out))
    assert "A&B <Partners> 合伙" in text and "R&D <b>not bold</b>" in text
