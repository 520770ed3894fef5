"""The user guide's pictures, made by the app itself: the real window and dialogs over a fresh demo
vault, rendered offscreen, saved as PNG in docs/guide/images/<lang>/ for each language.

    .venv/bin/python docs/tools/shots.py                 # every language
    .venv/bin/python docs/tools/shots.py --lang zh_TW    # one language
    .venv/bin/python docs/tools/shots.py --only deals    # one picture (every language)

The demo vault and the app's settings live in a temp folder (your own vault, settings and demo
vault are not touched). Pictures are shrunk with pngquant/optipng when they are installed.
"""

from __future__ import annotations

import argparse
import csv
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QLineEdit, QWidget

from crm_desktop.gui.controller import AppController
from crm_desktop.gui.fonts import load_bundled_fonts
from crm_desktop.gui.main_window import MainWindow
from crm_desktop.gui.paths import APP_NAME, Paths
from crm_desktop.gui.settings import LANGUAGES, Settings

IMAGES = Path(__file__).resolve().parents[1] / "guide" / "images"
TIMEOUT_S = 180.0
SHOTS = ("start", "new-vault", "contacts", "import-mapping", "import-preview", "deals", "reminders",
         "dashboard", "reports", "backups", "settings-pipeline", "duplicates")

# An Outlook contact export as each language's Outlook writes it (Chinese Outlook in Chinese
# headers, in the legacy encoding a Chinese Excel saves): the wizard reads all of them.
OUTLOOK = {
    "en": (["First Name", "Last Name", "Company", "Job Title", "Business Phone", "E-mail Address",
            "Categories", "Notes"], "utf-8-sig",
           [["Olivia", "Grant", "Harbour Infrastructure Fund", "Investment Director", "020 7946 0321",
             "olivia.grant@harbour.example.com", "Investors", "Met at the Singapore conference"],
            ["Daniel", "Okafor", "Westlake Renewables", "CFO", "+44 161 496 0754",
             "d.okafor@westlake.example.com", "Sponsors", ""]]),
    "zh_CN": (["名", "姓", "公司", "职务", "商务电话", "电子邮件地址", "类别", "备注"], "gbk",
              [["晓明", "陈", "华润电力", "投资总监", "021 5888 1234", "chenxm@crp.example.cn", "投资人",
                "在上海的项目融资论坛上认识"],
               ["静", "刘", "国家开发银行", "副处长", "010 6830 6688", "liujing@cdb.example.cn", "贷款方",
                ""]]),
    "zh_TW": (["名", "姓", "公司", "職務", "商務電話", "電子郵件地址", "類別", "備註"], "big5",
              [["志明", "林", "台灣電力公司", "財務長", "02 2366 1234", "lin.cm@taipower.example.tw", "業主",
                "在台北的專案融資研討會上認識"],
               ["淑芬", "黃", "兆豐國際商業銀行", "協理", "02 2563 3156", "huang.sf@mega.example.tw",
                "貸款方", ""]]),
}


class Shooter:
    def __init__(self, app: QApplication, work: Path, lang: str, only: set[str], out: Path) -> None:
        self.app = app
        self.work = work / lang  # a demo vault per language: its stages are named in that language
        self.only = only
        self.out = out
        settings = Settings.at(str(self.work / "settings.ini"))
        settings.tour_seen = True
        self.c = AppController(app, settings, Paths(self.work / "data"), quit_app=lambda _code: None)
        self.saved: list[Path] = []

    # ---------------------------------------------------------------- waiting
    def wait(self, ready: Callable[[], bool], what: str, timeout: float = TIMEOUT_S) -> None:
        end = time.monotonic() + timeout
        calm = 0
        while calm < 4:  # ready for a few ticks in a row: item views lay out on a timer
            QTest.qWait(50)
            calm = calm + 1 if ready() else 0
            if time.monotonic() > end:
                raise TimeoutError(f"waited too long for {what}")

    def idle(self, also: Callable[[], bool] = lambda: True, what: str = "the worker") -> None:
        self.wait(lambda: self.c.worker.is_idle() and also(), what)

    @property
    def window(self) -> MainWindow:
        assert self.c.window is not None
        return self.c.window

    # ---------------------------------------------------------------- saving
    def wanted(self, name: str) -> bool:
        return not self.only or name in self.only

    def save(self, widget: QWidget, lang: str, name: str) -> None:
        path = self.out / lang / f"{name}.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        self.tidy_paths(widget)
        QTest.qWait(100)
        if not widget.grab().save(str(path)):
            raise OSError(f"could not write {path}")
        self.saved.append(path)
        print(f"shots: {path}", file=sys.stderr)

    def tidy_paths(self, widget: QWidget) -> None:
        """Show the folders a user has (the data folder, the home folder), not this script's temp
        folder: only the text of labels and fields changes, never what the app does."""
        swaps = [(str(self.work / "data"), "~/.local/share/crm-desktop"), (str(Path.home()), "~")]
        for child in [widget, *widget.findChildren(QLabel), *widget.findChildren(QLineEdit)]:
            if isinstance(child, QLabel | QLineEdit):
                text = child.text()
                for real, shown in swaps:
                    text = text.replace(real, shown)
                if text != child.text():
                    child.setText(text)

    # ---------------------------------------------------------------- the pictures
    def run(self, lang: str) -> None:
        self.c.set_language(lang, remember=False)
        self.start_dialog(lang)
        if not self.only or self.only - {"start", "new-vault"}:
            self.c.open_demo()  # built in this language (its stages, its reports' language)
            self.wait(lambda: self.c.window is not None and not self.window.is_locked(), "the demo vault")
            self.window.set_language(lang)
            self.back_up()
            self.pages(lang)
            self.import_wizard(lang)
            self.tool_dialogs(lang)

    def start_dialog(self, lang: str) -> None:
        if not (self.wanted("start") or self.wanted("new-vault")):
            return
        dialog = self.c.show_start()
        dialog.set_location(Path("~/.local/share") / APP_NAME / "vault.crm")
        if self.wanted("start"):
            self.save(dialog, lang, "start")
        dialog.show_create()
        dialog.passphrase_edit.setText("harbour lantern copper violin")
        dialog.repeat_edit.setText("harbour lantern copper violin")
        dialog.adjustSize()
        if self.wanted("new-vault"):
            self.save(dialog, lang, "new-vault")
        dialog.reject()

    def pages(self, lang: str) -> None:
        w = self.window
        for page in ("contacts", "deals", "reminders", "dashboard"):
            if not self.wanted(page) and not (page == "contacts" and self.importing()):
                continue  # the import's sample holds the contact on screen: it needs the page
            w.show_page(page)
            self.idle(lambda: (p := w.current_page()) is None or p.is_settled(), f"the {page} page")
            if page == "contacts" and w.contacts.current_contact_id() is None:
                w.contacts.table.selectRow(0)  # a contact beside the list, as a user sees it
                self.idle(what="the contact")
            if page == "reminders" and w.reminders.tabs.count() > 1:
                w.reminders.tabs.setCurrentIndex(1)  # Overdue: the tab that asks for action
                self.idle(lambda: w.reminders.is_settled(), "the overdue reminders")
                w.reminders.table.selectRow(0)  # Done and Snooze then show as a user meets them
            if self.wanted(page):
                self.save(w, lang, page)
        w.show_page("contacts")

    def importing(self) -> bool:
        """The import runs for its own pictures, and for a duplicate to find."""
        return any(self.wanted(name) for name in ("import-mapping", "import-preview", "duplicates"))

    def import_wizard(self, lang: str) -> None:
        if not self.importing():
            return
        sample = self.outlook_csv(lang)
        wizard = self.window.tools.show("import", path=str(sample))
        wizard.resize(900, 640)  # every column of the sample in view
        self.idle(what="the import history")
        wizard.next()  # reads the file on the worker, then goes on by itself
        self.wait(lambda: wizard.currentId() == 1, "the file to be read")
        self.idle(what="the detected file")
        wizard.next()
        self.wait(lambda: wizard.currentId() == 2, "the mapping page")
        self.idle(what="the presets")
        if self.wanted("import-mapping"):
            self.save(wizard, lang, "import-mapping")
        wizard.next()
        self.wait(lambda: wizard.currentId() == 3, "the preview page")
        self.idle(lambda: wizard.preview_page.isComplete(), "the preview")
        if self.wanted("import-preview"):
            self.save(wizard, lang, "import-preview")
        # Import the duplicate too: Find duplicates then has a group to show, and Backups the
        # automatic backup made before the import.
        dup = wizard.preview_page.duplicates
        dup.setCurrentIndex(max(dup.findData("create"), 0))
        dup.activated.emit(dup.currentIndex())  # as a user's choice: the preview is read again
        self.idle(lambda: wizard.preview_page.isComplete(), "the preview again")
        wizard.next()
        self.wait(lambda: wizard.currentId() == 4, "the import")
        self.idle(what="the pages after the import")
        wizard.close()

    def outlook_csv(self, lang: str) -> Path:
        """Two new people and one already in the vault (the contact on screen): a likely duplicate."""
        headers, encoding, rows = OUTLOOK[lang]
        shown = self.window.contacts.detail.contact
        if shown is not None and shown.emails:
            given, _, family = shown.display_name.partition(" ")
            rows = [*rows, [given, family, shown.organization or "", shown.title or "",
                            shown.phones[0].number if shown.phones else "", shown.emails[0].address, "", ""]]
        path = self.work / f"outlook-{lang}.csv"
        with open(path, "w", encoding=encoding, newline="", errors="replace") as fh:
            csv.writer(fh).writerows([headers, *rows])
        return path

    def tool_dialogs(self, lang: str) -> None:
        tools = self.window.tools
        if self.wanted("reports"):
            dialog = tools.show("reports", language=lang)
            self.idle(what="the report dialog")
            self.save(dialog, lang, "reports")
            dialog.close()
        if self.wanted("backups"):
            dialog = tools.show("backups")
            self.idle(lambda: dialog.table.rowCount() > 0, "the list of backups")
            self.save(dialog, lang, "backups")
            dialog.close()
        if self.wanted("settings-pipeline"):
            settings = self.c.show_settings()
            assert isinstance(settings, QDialog)
            settings.tabs.setCurrentIndex(1)
            self.idle(what="the pipeline's stages")
            self.save(settings, lang, "settings-pipeline")
            settings.close()
        if self.wanted("duplicates"):
            dialog = tools.show("duplicates")
            dialog.resize(1000, 640)
            self.idle(lambda: not dialog.searching(), "the duplicate groups")
            self.save(dialog, lang, "duplicates")
            dialog.close()
        QTest.qWait(100)

    def back_up(self) -> None:
        """Back up now, as by hand: the Backups list then shows it beside the import's backup."""
        from crm_desktop.core.backup import create_backup

        self.c.worker.run(lambda vault: create_backup(vault, "manual"), on_done=lambda _r: None,
                          on_error=lambda e: print(f"shots: no backup: {e}", file=sys.stderr))
        self.idle(what="the backup")

    def close(self) -> None:
        for widget in QApplication.topLevelWidgets():
            widget.close()
        self.c.shutdown()
        if self.c.window is not None:
            self.c.window.deleteLater()
        self.c.deleteLater()
        QTest.qWait(100)


def optimize(paths: list[Path]) -> None:
    """Fewer colours (pngquant keeps text crisp at this quality), then lossless recompression."""
    for path in paths:
        if shutil.which("pngquant"):
            subprocess.run(["pngquant", "--force", "--skip-if-larger", "--quality", "70-95", "--strip",
                            "--output", str(path), str(path)], check=False)
        if shutil.which("optipng"):
            subprocess.run(["optipng", "-quiet", "-o2", str(path)], check=False)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--lang", action="append", choices=LANGUAGES, help="only this language (repeatable)")
    p.add_argument("--only", action="append", choices=SHOTS, help="only this picture (repeatable)")
    p.add_argument("--out", type=Path, default=IMAGES, help="the images folder (default: %(default)s)")
    args = p.parse_args(argv)
    qInstallMessageHandler(_quiet_offscreen)
    app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    load_bundled_fonts(app)
    saved: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="crm-shots-") as tmp:
        for lang in args.lang or LANGUAGES:
            shooter = Shooter(app, Path(tmp), lang, set(args.only or ()), args.out)
            try:
                shooter.run(lang)
            finally:
                shooter.close()
                saved += shooter.saved
    optimize(saved)
    return 0


def _quiet_offscreen(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """The offscreen platform warns about window features it lacks (raise, size hints): noise."""
    if "This plugin does not support" not in message:
        print(message, file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
