"""crm report: a real PDF, read back, with the figures and names the vault holds."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from tests.cli.conftest import Run


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


def test_pipeline_report_in_chinese(crm: Run, new_vault: Path, tmp_path: Path) -> None:
    assert crm("deal", "add", "--name", "光伏电站融资", "--client", "中国银行", "--amount", "120000000",
               "--currency", "CNY").code == 0
    pdf = tmp_path / "pipeline.pdf"
    done = crm("report", "pipeline", "--out", str(pdf), "--lang", "zh_CN", "--json")
    assert done.code == 0, done.err
    assert done.json()["pages"] >= 1
    text = _text(pdf)
    assert "交易管道" in text and "第 1 页" in text  # the Chinese labels, page x of y
    assert "120,000,000" in text and "CNY" in text


def test_dossier_needs_a_contact_and_names_the_field(crm: Run, new_vault: Path, tmp_path: Path) -> None:
    missing = crm("report", "dossier", "--out", str(tmp_path / "d.pdf"))
    assert missing.code == 5 and "contact" in missing.err
    assert not (tmp_path / "d.pdf").exists()
    assert crm("contact", "add", "--name", "张伟", "--org", "中国银行").code == 0
    pdf = tmp_path / "d.pdf"
    assert crm("report", "dossier", "--contact", "1", "--out", str(pdf)).code == 0
    assert "张伟" in _text(pdf)


def test_unknown_contact_and_bad_date_exit_5(crm: Run, new_vault: Path, tmp_path: Path) -> None:
    assert crm("report", "dossier", "--contact", "99", "--out", str(tmp_path / "x.pdf")).code == 5
    bad = crm("report", "activity", "--from", "2026-13-40", "--out", str(tmp_path / "a.pdf"))
    assert bad.code == 5
