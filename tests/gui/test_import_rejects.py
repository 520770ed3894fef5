"""The rows an import could not take are saved as a CSV to fix in Excel and import again: the file's
own columns as they were, with the row, the line and why."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from crm_desktop.gui.dialogs.import_wizard import PREVIEW
from crm_desktop.gui.worker import DbWorker

from .test_import_wizard import go_to, open_wizard, run_import, vault_worker  # noqa: F401 - a fixture

DEALS = ("Deal name,Client,Amount,Currency,Stage\n"
         "Solar 200MW senior debt,中国银行,120000000,CNY,Lead\n"
         "Wind farm refinancing,华夏资本,lots of money,,Lead\n"
         ",华夏资本,5000000,USD,Lead\n")


def test_rows_not_imported_are_saved_with_why(qtbot: Any, vault_worker: DbWorker,  # noqa: F811
                                              tmp_path: Path) -> None:
    source = tmp_path / "pipeline.csv"
    source.write_text(DEALS, encoding="utf-8")
    wizard = open_wizard(qtbot, vault_worker, source)
    go_to(qtbot, wizard, PREVIEW)
    qtbot.waitUntil(lambda: wizard.state.preview is not None, timeout=15_000)
    result = run_import(qtbot, wizard)
    assert (result.created, result.errors) == (1, 2)
    page = wizard.summary_page
    assert page.rejects_button.isVisible()
    out = tmp_path / "not imported.csv"
    page.save_rejects(str(out))
    qtbot.waitUntil(lambda: "saved to" in page.message.text(), timeout=15_000)
    assert page.message.text().startswith("2 row")
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # a BOM: Excel reads the Chinese right
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0] == ["Row", "Line", "Deal name", "Client", "Amount", "Currency", "Stage",
                       "Why not imported"]
    assert rows[1][:7] == ["2", "3", "Wind farm refinancing", "华夏资本", "lots of money", "", "Lead"]
    assert "not an amount" in rows[1][7]
    assert rows[2][2] == "" and "needs a name" in rows[2][7]
    assert len(rows) == 3
    assert not list(tmp_path.glob(".rejects-*"))  # no temp file left beside it
