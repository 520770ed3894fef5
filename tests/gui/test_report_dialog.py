"""The report dialog: a report written from the window reads back right (Chinese included), Cancel
leaves no file, a target that cannot be written is said in words, a dossier for a given contact."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QPushButton

from crm_desktop.core.models import Deal, Stage
from crm_desktop.core.reports.periods import default_file_name
from crm_desktop.core.services import contacts, deals, interactions
from crm_desktop.core.services.uow import UnitOfWork
from crm_desktop.core.vault import Vault
from crm_desktop.gui.dialogs.report_dialog import ReportDialog
from crm_desktop.gui.saved_file import documents_dir
from crm_desktop.gui.worker import DbWorker

from .helpers import PASSPHRASE, TIMEOUT, Waiter


@pytest.fixture
def zh_worker(qtbot: Any, worker: DbWorker, tmp_path: Path) -> Iterator[DbWorker]:
    """A worker over a new vault created in Simplified Chinese (its pipeline's stages in Chinese)."""
    done: list[object] = []
    worker.create_vault(str(tmp_path / "zh.crm"), PASSPHRASE, language="zh_CN", on_done=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=TIMEOUT)
    yield worker


def text_of(path: Path) -> str:
    """The PDF's words without white space: wrapped Chinese joins up again."""
    return re.sub(r"\s+", "", "".join(p.extract_text() for p in PdfReader(path).pages))


def dialog(qtbot: Any, worker: DbWorker, **kw: Any) -> ReportDialog:
    d = ReportDialog(worker, **kw)
    qtbot.addWidget(d)
    d.show()
    return d


def type_path(qtbot: Any, d: ReportDialog, path: Path) -> None:
    d.target.edit.clear()
    qtbot.keyClicks(d.target.edit, str(path))


def write(qtbot: Any, d: ReportDialog) -> None:
    qtbot.mouseClick(d.write_button, Qt.MouseButton.LeftButton)


def test_pipeline_written_in_chinese_reads_back(qtbot: Any, zh_worker: DbWorker, tmp_path: Path) -> None:
    run = Waiter(qtbot, zh_worker)
    run(deals.add, name="港湾基建项目融资", amount="12000000", currency="CNY", stage="尽职调查")
    won = run(deals.add, name="Harbour Wind Farm", amount="3500000", currency="USD", stage="条款清单")
    run(deals.close, won.id, "won", "Best terms")
    d = dialog(qtbot, zh_worker, report="pipeline", language="zh_CN")
    assert d.language.currentText() == "简体中文" and d.current_kind() == "pipeline"
    assert d.period.isVisible() and not d.picker.isVisible()
    out = tmp_path / "out" / "pipeline"  # no suffix typed: the dialog adds .pdf
    out.parent.mkdir()
    type_path(qtbot, d, out)
    with qtbot.waitSignal(d.saved, timeout=TIMEOUT) as saved:
        write(qtbot, d)
    pdf = out.with_suffix(".pdf")
    assert saved.args == [str(pdf)] and pdf.exists()
    text = text_of(pdf)
    assert "尽职调查" in text and "条款清单" in text  # the stages, in the vault's Chinese
    assert "HarbourWindFarm" in text  # won in this quarter: listed by name
    assert "交易管道" in text and "期间内成交" in text  # the report's own words in Chinese
    assert d.open_button.isEnabled() and d.folder_button.isEnabled()
    assert d.done_label.isVisible() and pdf.name in d.done_label.text()
    assert sorted(p.name for p in pdf.parent.iterdir()) == [pdf.name]  # no .part left beside it


def _many_won_deals(vault: Vault, n: int) -> None:
    """Enough deals won today for a report of many pages (bulk: the test needs bulk, not audit)."""
    now = datetime.now(UTC)
    with UnitOfWork(vault, "test.seed", undoable=False) as uow:
        stage = uow.session.query(Stage).filter(Stage.is_won.is_(True)).first()
        assert stage is not None
        uow.session.execute(Deal.__table__.insert(), [
            {"uid": f"won-{i}", "name": f"Won deal number {i}", "amount": Decimal(1000 + i),
             "currency": "CNY", "stage_id": stage.id, "status": "won",
             "closed_at": now - timedelta(minutes=i), "created_at": now - timedelta(days=1),
             "updated_at": now} for i in range(n)])


def test_cancel_mid_way_leaves_no_file(qtbot: Any, zh_worker: DbWorker, tmp_path: Path) -> None:
    Waiter(qtbot, zh_worker)(_many_won_deals, 4000)
    d = dialog(qtbot, zh_worker, report="pipeline", language="en")
    out = tmp_path / "big.pdf"
    type_path(qtbot, d, out)
    write(qtbot, d)
    progress = d.findChild(QProgressDialog, "reportProgress")
    assert progress is not None
    # Mid-way: the pages are being laid out (the vault has been read, some pages exist).
    qtbot.waitUntil(lambda: progress.isVisible() and 0 < progress.value() < progress.maximum(),
                    timeout=TIMEOUT)
    cancel = progress.findChild(QPushButton)
    assert cancel is not None
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Cancelled" in d.message.text(), timeout=TIMEOUT)
    assert not out.exists() and list(tmp_path.glob("*.part")) == []
    assert d.write_button.isEnabled() and not d.open_button.isEnabled()
    assert d.isVisible()  # the user can change something and write again


def test_unwritable_target_is_said_in_words(qtbot: Any, zh_worker: DbWorker, tmp_path: Path) -> None:
    d = dialog(qtbot, zh_worker, report="followups")
    fired: list[str] = []
    d.saved.connect(fired.append)
    # /sys refuses new files even to root (a chmod'ed folder would not stop root).
    type_path(qtbot, d, Path("/sys/followups.pdf"))
    write(qtbot, d)
    qtbot.waitUntil(lambda: d.message.isVisible() and d.write_button.isEnabled(), timeout=TIMEOUT)
    assert "may not write to the folder /sys" in d.message.text()
    type_path(qtbot, d, tmp_path / "no such folder" / "r.pdf")
    write(qtbot, d)
    assert "does not exist" in d.message.text()
    assert fired == [] and d.isVisible() and not d.open_button.isEnabled()
    type_path(qtbot, d, tmp_path / "r.pdf")  # and then a good place works
    with qtbot.waitSignal(d.saved, timeout=TIMEOUT):
        write(qtbot, d)
    assert not d.message.isVisible() and (tmp_path / "r.pdf").exists()


def test_dossier_for_the_contact_given(qtbot: Any, zh_worker: DbWorker, tmp_path: Path) -> None:
    run = Waiter(qtbot, zh_worker)
    li = run(contacts.add, display_name="Li Wei", tier="A")
    run(interactions.add, kind="meeting", occurred_at=datetime.now(UTC) - timedelta(days=3),
        participants=[li.id], subject="Term sheet for the toll road")
    d = dialog(qtbot, zh_worker, report="dossier", contact_id=li.id)
    assert d.picker.isVisible() and not d.period.isVisible()
    qtbot.waitUntil(lambda: d.picker.contact_id() == li.id, timeout=TIMEOUT)
    # The default name says whose dossier it is, in the user's Documents folder.
    assert d.target.path() == documents_dir() / default_file_name("dossier", date.today(), "Li Wei")
    type_path(qtbot, d, tmp_path / "li.pdf")
    with qtbot.waitSignal(d.saved, timeout=TIMEOUT):
        write(qtbot, d)
    text = text_of(tmp_path / "li.pdf")
    assert "LiWei" in text and "Termsheetforthetollroad" in text


def test_dossier_needs_a_contact_and_picks_one_by_typing(qtbot: Any, zh_worker: DbWorker,
                                                          tmp_path: Path) -> None:
    run = Waiter(qtbot, zh_worker)
    acme = run(contacts.add, display_name="Acme Harbour Capital", kind="organization")
    d = dialog(qtbot, zh_worker, report="dossier")
    type_path(qtbot, d, tmp_path / "d.pdf")
    write(qtbot, d)
    assert "Find the contact" in d.message.text() and not (tmp_path / "d.pdf").exists()
    qtbot.keyClicks(d.picker.search, "Acme")
    qtbot.waitUntil(lambda: d.picker.contact_id() == acme.id, timeout=TIMEOUT)
    with qtbot.waitSignal(d.saved, timeout=TIMEOUT):
        write(qtbot, d)
    assert "AcmeHarbourCapital" in text_of(tmp_path / "d.pdf")


def test_periods_fill_the_dates_and_custom_dates_are_checked(qtbot: Any, zh_worker: DbWorker,
                                                             tmp_path: Path) -> None:
    d = dialog(qtbot, zh_worker, report="activity")
    today = date.today()
    d.period.setCurrentIndex(d.period.findData("this_year"))
    assert d.dates() == (date(today.year, 1, 1), today) and not d.date_from.isEnabled()
    d.period.setCurrentIndex(d.period.findData("custom"))
    assert d.date_from.isEnabled() and d.date_to.isEnabled()
    d.date_from.setDate(date(2026, 5, 1))
    d.date_to.setDate(date(2026, 4, 1))
    type_path(qtbot, d, tmp_path / "a.pdf")
    write(qtbot, d)
    assert "starts after it ends" in d.message.text() and not (tmp_path / "a.pdf").exists()
    d.date_to.setDate(date(2026, 5, 31))
    with qtbot.waitSignal(d.saved, timeout=TIMEOUT):
        write(qtbot, d)
    assert "2026" in text_of(tmp_path / "a.pdf")
    # Reports of today hide the period; a chosen file name survives a change of report.
    d.kind.setCurrentIndex(d.kind.findData("health"))
    assert not d.period.isVisible() and d.period_note.isVisible()
    assert d.target.path() == tmp_path / "a.pdf"
