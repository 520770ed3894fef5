"""The core's error messages in the window's language: every message shape the core raises has a
translation, values pass through, unknown text stays English, and a user who switched to 简体中文 sees
Chinese beside the field."""

from __future__ import annotations

import ast
import importlib.util
import itertools
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QApplication

import crm_desktop
from crm_desktop.core.errors import (
    NotFound,
    NothingToUndo,
    ValidationError,
    VaultBusy,
    VaultExists,
    VaultWriteError,
)
from crm_desktop.core.importer.errors import ImportCancelled, ImportFileError, ImportRefused
from crm_desktop.core.normalize.emails import normalize_email
from crm_desktop.core.reports.fonts import FontMissing
from crm_desktop.core.vault.migrate import MigrationFailed, VaultTooNew
from crm_desktop.gui.controller import AppController
from crm_desktop.gui.dialogs.quick_add import QuickAddDialog
from crm_desktop.gui.error_words import VALIDATION_RULES, error_words, validation_words
from crm_desktop.gui.error_words_base import Rule, apply_rules
from crm_desktop.gui.error_words_fields import EMAIL_PROBLEMS
from crm_desktop.gui.error_words_files import IMPORT_FILE_RULES
from crm_desktop.gui.error_words_other import OTHER_RULES
from crm_desktop.gui.errors import describe

from .helpers import TIMEOUT, press, top_level

PACKAGE = Path(crm_desktop.__file__).resolve().parent
ROOT = PACKAGE.parent
TRANSLATIONS = ROOT / "resources" / "translations"
PENDING = TRANSLATIONS / "pending" / "core_errors.jsonl"
BIN = Path(sys.executable).parent


# ---------------------------------------------------------------- every shape the core raises

def _calls(name: str, under: Path, index: int = 1) -> Iterator[tuple[str, ast.expr | None]]:
    """(where, message node) of every `name(...)` call in the core's source."""
    for path in sorted(under.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            if getattr(node.func, "id", getattr(node.func, "attr", "")) == name:
                message = node.args[index] if len(node.args) > index else next(
                    (k.value for k in node.keywords if k.arg == "message"), None)
                yield f"{path.relative_to(ROOT)}:{node.lineno}", message


def _samples(message: ast.expr) -> list[str]:
    """Texts the call can raise: each value in an f-string tried as a number and as nothing (an
    optional part such as " (2 in the trash)" is empty when it does not apply)."""
    if isinstance(message, ast.Constant) and isinstance(message.value, str):
        return [message.value]
    assert isinstance(message, ast.JoinedStr)
    holes = sum(1 for v in message.values if isinstance(v, ast.FormattedValue))
    samples = []
    for fill in itertools.product(("7", ""), repeat=holes):
        values = iter(fill)
        samples.append("".join(v.value if isinstance(v, ast.Constant) else next(values)
                               for v in message.values))
    return samples


def _literal_samples(name: str, under: Path, *, literal_only: bool,
                     index: int = 1) -> Iterator[tuple[str, list[str]]]:
    for where, message in _calls(name, under, index):
        if isinstance(message, ast.Constant | ast.JoinedStr):
            yield f"{where}: {ast.unparse(message)}", _samples(message)
        elif literal_only:
            yield f"{where}: the message is not a literal, so it cannot be translated", []
        # else str(exc): the words of a library, covered where they are known


def _uncovered(name: str, under: Path, rules: list[Rule], *, literal_only: bool,
               index: int = 1) -> list[str]:
    missing = []
    for where, samples in _literal_samples(name, under, literal_only=literal_only, index=index):
        if not any(apply_rules(rules, s) is not None for s in samples):
            missing.append(where)
        # a broad pattern must not swallow another shape's message (its words would be wrong)
        for s in samples:
            hits = [p.pattern for p, _ in rules if p.fullmatch(s)]
            assert len(hits) <= 1, f"{where}: {s!r} matches {hits}"
    return missing


def test_every_validation_message_the_core_raises_has_a_translation() -> None:
    assert len(list(_calls("ValidationError", PACKAGE / "core"))) > 90  # the walk finds the raise sites
    # the window's own worker jobs (settings, passphrase) raise a few as well
    missing = [where for under in (PACKAGE / "core", PACKAGE / "gui")
               for where in _uncovered("ValidationError", under, VALIDATION_RULES, literal_only=True)]
    assert not missing, "add a rule to crm_desktop/gui/error_words_*.py for:\n" + "\n".join(missing)


def test_every_import_file_message_has_a_translation() -> None:
    missing = _uncovered("ImportFileError", PACKAGE / "core" / "importer", IMPORT_FILE_RULES,
                         literal_only=False)
    assert not missing, "add a rule to crm_desktop/gui/error_words_files.py for:\n" + "\n".join(missing)


def test_every_backup_and_export_failure_has_a_translation() -> None:
    missing = [where for name in ("BackupFailed", "ExportError")
               for where in _uncovered(name, PACKAGE / "core", OTHER_RULES, literal_only=True, index=0)]
    assert not missing, "add a rule to crm_desktop/gui/error_words_other.py for:\n" + "\n".join(missing)


def test_the_email_reasons_a_typing_slip_meets_are_known() -> None:
    """email-validator words the reason in the message; a new wording after an upgrade shows here."""
    for typed in ("bad@@mail", "abc", "@x.com", "a@", "a@b", "a..b@x.com", "a b@x.com", "a@-x.com",
                  ".a@x.com", "a.@x.com", "a@x.com."):
        problem = normalize_email(typed).problem
        assert problem is not None and apply_rules(EMAIL_PROBLEMS, problem) is not None, (typed, problem)


def test_in_english_the_words_are_the_cores_own(qapp: QApplication) -> None:
    """The CLI and the tests read the core's English: the English window shows the same text."""
    for _where, samples in _literal_samples("ValidationError", PACKAGE / "core", literal_only=True):
        for s in samples:
            assert validation_words(s) == s
    errors = [NotFound("contact", 7), NotFound("deal in the trash", 9), NotFound("import preset", "Bank"),
              NotFound("contact in the backup", 3), NotFound("backup", "/b/x.crmbak"),
              NothingToUndo("redo"), ImportFileError("a.csv", "the file is empty"),
              ImportFileError("a.csv", "the CSV cannot be read (bad quote)", line=3, row=2, column="Name"),
              VaultTooNew("/v/a.crm", "abc123"),
              MigrationFailed("/v/a.crm", "abc", "/v/b.bak", "KeyError: x"),
              FontMissing([Path("/a/f.ttc"), Path("/b/f.ttc")]), VaultWriteError("/v/a.crm", "disk on fire"),
              ImportRefused("a.csv", 2, "row 3: bad"), ImportCancelled("a.csv"), VaultBusy("/v/a.crm"),
              VaultExists("/v/a.crm")]
    for error in errors:
        assert error_words(error) == str(error)


def test_unknown_text_comes_back_as_it_is() -> None:
    assert validation_words("zzz: something new") == "zzz: something new"
    assert validation_words("") == ""
    assert error_words(ImportFileError("a.csv", "a reason nobody wrote yet")) == (
        "a.csv: a reason nobody wrote yet. Nothing was imported.")


# ---------------------------------------------------------------- 简体中文 from the pending file

def _ts_fill() -> ModuleType:
    spec = importlib.util.spec_from_file_location("ts_fill", TRANSLATIONS / "ts_fill.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _chinese_texts(ts_fill: ModuleType) -> tuple[dict[tuple[str, str], str], set[tuple[str, str]]]:
    """简体中文 for CoreErrors: the shipped .ts once merged, the pending file (newer) until then;
    and the keys the pending file names."""
    shipped = ET.parse(TRANSLATIONS / "crm_desktop_zh_CN.ts").getroot()
    table = {(c, m.findtext("source") or ""): ts_fill.text_of(m) for c, m in ts_fill.messages(shipped)
             if c == "CoreErrors" and not ts_fill.unfinished(m)}
    pending = {}
    if PENDING.exists():
        pending = {(row[0], row[1]): row[2] for row in map(json.loads, PENDING.read_text(encoding="utf-8")
                                                          .splitlines())}
    return {**table, **pending}, set(pending)


@pytest.fixture(scope="module")
def core_errors_qm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The CoreErrors texts as lupdate finds them in our code, filled with ts_fill's own functions
    from the 简体中文 we have (so a text without a translation fails here), compiled with lrelease."""
    folder = tmp_path_factory.mktemp("core_errors")
    ts, qm = folder / "core_errors_zh_CN.ts", folder / "core_errors_zh_CN.qm"
    sources = sorted(str(p) for p in (PACKAGE / "gui").glob("error_words*.py"))
    subprocess.run([str(BIN / "pyside6-lupdate"), *sources, "-target-language", "zh_CN", "-ts", str(ts)],
                   check=True, capture_output=True)
    ts_fill = _ts_fill()
    table, pending = _chinese_texts(ts_fill)
    tree = ET.parse(ts)
    found = set()
    for context, message in ts_fill.messages(tree.getroot()):
        key = (context, message.findtext("source") or "")
        found.add(key)
        assert key in table, f"no 简体中文 for {key}: add a line to {PENDING}"
        ts_fill.set_text(message, table[key])
    assert pending <= found, f"{PENDING.name} has lines for texts the code no longer has: {pending - found}"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    subprocess.run([str(BIN / "pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True)
    return qm


@pytest.fixture
def chinese(qapp: QApplication, core_errors_qm: Path) -> Iterator[QTranslator]:
    translator = QTranslator()
    assert translator.load(str(core_errors_qm))
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


def test_validation_messages_in_chinese_keep_what_the_user_typed(chinese: QTranslator) -> None:
    typed = "2024-13-45"
    assert validation_words(f"'{typed}' is not a date (use YYYY-MM-DD)") == (
        f"“{typed}”不是日期（请按 YYYY-MM-DD 填写）")
    assert validation_words("is too long (320 characters; at most 300)") == (
        "太长了（320 个字符，最多 300 个）")
    assert validation_words("3 deal(s) are in stage 'Lead 线索' (1 in the trash); "
                            "move them to another stage first") == (
        "阶段“Lead 线索”中有 3 笔交易（其中 1 笔在回收站中）；请先将它们移到其他阶段")
    assert validation_words("no deal with id 42") == "没有 ID 为 42 的交易"
    assert validation_words("must not be empty") == "不能为空"


def test_other_errors_in_chinese(chinese: QTranslator) -> None:
    assert describe(ValidationError("emails[0]", "'x@' is not a valid e-mail address "
                                    "(There must be something after the @-sign.)")) == (
        "“x@”不是有效的电子邮件地址（@ 后面必须有内容。）")
    assert describe(NotFound("contact", 7)) == "没有 ID 为 7 的联系人。"
    assert describe(NotFound("deal in the trash", 9)) == "回收站中没有 ID 为 9 的交易。"
    assert describe(NothingToUndo("redo")) == "没有可重做的操作。"
    assert describe(ImportFileError("客户.csv", "the file is empty")) == (
        "客户.csv：文件是空的。未导入任何内容。")
    assert describe(ImportFileError("客户.csv", "the text after this line is not valid GBK; choose another "
                                    "encoding", line=12)) == (
        "客户.csv（第 12 行）：此行之后的文本不是有效的 GBK 编码；请选择其他编码。未导入任何内容。")
    assert describe(VaultWriteError("/v/a.crm", "it is open read-only; open it for writing to restore a "
                                    "backup")) == (
        "无法写入 /v/a.crm：它以只读方式打开；要恢复备份，请以可写方式打开。未做任何更改。")
    assert describe(VaultTooNew("/v/a.crm", "abc123")) == (
        "保险库 /v/a.crm 由更新版本的 crm-desktop 写入（数据结构 abc123）。请更新 crm-desktop 后再打开；"
        "文件未做任何更改。")


# ---------------------------------------------------------------- the window in 简体中文

def _ensure_chinese(qapp: QApplication, qm: Path) -> QTranslator | None:
    """The shipped .qm has these texts once the pending file is merged; until then, ours."""
    if QCoreApplication.translate("CoreErrors", "must not be empty") != "must not be empty":
        return None
    translator = QTranslator()
    assert translator.load(str(qm))
    qapp.installTranslator(translator)
    return translator


def test_quick_add_shows_a_bad_email_in_chinese_beside_the_field(
        qtbot: Any, qapp: QApplication, unlocked: AppController, core_errors_qm: Path) -> None:
    unlocked.set_language("zh_CN", remember=False)
    extra = _ensure_chinese(qapp, core_errors_qm)
    try:
        assert unlocked.window is not None
        press(qtbot, unlocked.window, "Ctrl+N")
        dialog = top_level(QuickAddDialog)
        assert dialog is not None
        qtbot.keyClicks(dialog.rows["display_name"].editor, "Bad Mail")
        qtbot.keyClicks(dialog.rows["emails"].editor, "bad@@mail")
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
        message = dialog.rows["emails"].message
        qtbot.waitUntil(lambda: message.isVisible() and "不是有效的电子邮件地址" in message.text(),
                        timeout=TIMEOUT)
        assert message.text() == "“bad@@mail”不是有效的电子邮件地址（@ 后面的部分包含无效字符：'@'。）"
        assert dialog.isVisible()
    finally:
        if extra is not None:
            qapp.removeTranslator(extra)
