"""Fill unfinished entries of the .ts files (run from the repository root, after lupdate).

    .venv/bin/python resources/translations/ts_fill.py todo zh_CN > todo.jsonl
    .venv/bin/python resources/translations/ts_fill.py apply zh_CN done.jsonl
    .venv/bin/python resources/translations/ts_fill.py tw      # zh_TW from finished zh_CN entries
    .venv/bin/python resources/translations/ts_fill.py en      # English plural forms

`todo` prints one JSON list per unfinished entry: [context, source, current text, numerus];
`apply` reads lines [context, source, translation] (a list of forms for numerus entries) and
sets them, finished or not; `tw` and `en` fill only unfinished entries, so hand corrections stay.
Run lupdate again afterwards: it writes the files back in its own layout.
"""

from __future__ import annotations

import json
import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent

# s2twp gets the script and most Taiwan wording right; these are the words it leaves in
# mainland usage, or where this window's own terms differ (the README's notes).
TW_FIXES = [
    ("口令", "密碼"), ("回收站", "垃圾桶"), ("撤銷", "復原"), ("幫助", "說明"), ("演示", "示範"),
    ("示例", "範例"), ("新建", "新增"), ("型別", "類型"), ("這臺", "這台"), ("每 %1 周", "每 %1 週"),
    ("本周", "本週"), ("下周", "下週"), ("每周", "每週"), ("周一", "週一"), ("字段", "欄位"),
    (" U 盤", "隨身碟"), ("文件夾", "資料夾"), ("質量", "品質"), ("查詢重複", "尋找重複"),
    ("查詢", "尋找"), ("文本", "文字"), ("自定義", "自訂"), ("日曆", "行事曆"), ("當前", "目前"),
    ("國家程式碼", "國碼"), ("只讀", "唯讀"), ("空閒", "閒置"), ("生成", "產生"), ("常規", "一般"),
    ("替換", "取代"),
    ("拼寫", "拼字"), ("匹配", "相符"), ("郵政編碼", "郵遞區號"), ("對映", "對應"),
    ("“", "「"), ("”", "」"), ("‘", "『"), ("’", "』"),
]

# Entries of English whose source has no "(s)" to expand: singular and plural by hand.
EN_FORMS = {
    "(and %n more)": ["(and %n more)", "(and %n more)"],
    "%n more marked right as it is": ["%n more marked right as it is", "%n more marked right as it is"],
    "<b>%n</b> new": ["<b>%n</b> new", "<b>%n</b> new"],
    "<b>%n</b> to update": ["<b>%n</b> to update", "<b>%n</b> to update"],
    "<b>%n</b> to merge into a contact": ["<b>%n</b> to merge into a contact",
                                          "<b>%n</b> to merge into a contact"],
    "Possible duplicates (%n)": ["Possible duplicates (%n)", "Possible duplicates (%n)"],
    "Problems (%n)": ["Problems (%n)", "Problems (%n)"],
    "The first %n problems are listed.": ["The first problem is listed.",
                                          "The first %n problems are listed."],
    "%n more in the list…": ["%n more in the list…", "%n more in the list…"],
    "The best %n matches; type more to narrow": ["The best match; type more to narrow",
                                                 "The best %n matches; type more to narrow"],
}


def ts_path(language: str) -> Path:
    return HERE / f"crm_desktop_{language}.ts"


def messages(root: ET.Element) -> Iterator[tuple[str, ET.Element]]:
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def is_numerus(message: ET.Element) -> bool:
    return message.get("numerus") == "yes"


def text_of(message: ET.Element) -> str | list[str]:
    tr = message.find("translation")
    assert tr is not None
    if is_numerus(message):
        return [form.text or "" for form in tr.findall("numerusform")]
    return tr.text or ""


def set_text(message: ET.Element, text: str | list[str]) -> None:
    tr = message.find("translation")
    assert tr is not None
    if is_numerus(message):
        forms = [text] if isinstance(text, str) else text
        for old in tr.findall("numerusform"):
            tr.remove(old)
        for form in forms:
            ET.SubElement(tr, "numerusform").text = form
        tr.text = None
    else:
        assert isinstance(text, str)
        tr.text = text
    tr.attrib.pop("type", None)


def unfinished(message: ET.Element) -> bool:
    tr = message.find("translation")
    return tr is not None and tr.get("type") == "unfinished"


def load(language: str) -> ET.ElementTree:
    return ET.parse(ts_path(language))


def save(tree: ET.ElementTree, language: str) -> None:
    # ElementTree drops the doctype; lupdate restores its own layout on the next run anyway.
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts_path(language).write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                                 encoding="utf-8")


def fill(language: str, choose: Callable[[str, str, ET.Element], str | list[str] | None],
         *, only_unfinished: bool = True) -> int:
    tree = load(language)
    count = 0
    for context, message in messages(tree.getroot()):
        if only_unfinished and not unfinished(message):
            continue
        text = choose(context, message.findtext("source") or "", message)
        if text is not None:
            set_text(message, text)
            count += 1
    save(tree, language)
    return count


def todo(language: str) -> None:
    for context, message in messages(load(language).getroot()):
        if unfinished(message):
            row = [context, message.findtext("source"), text_of(message), is_numerus(message)]
            print(json.dumps(row, ensure_ascii=False))


def apply(language: str, source_file: str) -> int:
    table = {}
    for line in Path(source_file).read_text(encoding="utf-8").splitlines():
        if line.strip():
            context, source, text = json.loads(line)
            table[(context, source)] = text
    # what is named in the file wins, finished or not: it is a correction by hand
    return fill(language, lambda c, s, _m: table.get((c, s)), only_unfinished=False)


def to_taiwan(text: str) -> str:
    import opencc  # only this command needs it

    converted = opencc.OpenCC("s2twp").convert(text)
    for mainland, taiwan in TW_FIXES:
        converted = converted.replace(mainland, taiwan)
    return converted


def taiwan() -> int:
    simplified = {(c, m.findtext("source")): text_of(m) for c, m in messages(load("zh_CN").getroot())
                  if not unfinished(m)}

    def choose(context: str, source: str, _message: ET.Element) -> str | list[str] | None:
        text = simplified.get((context, source))
        if text is None:
            return None
        return [to_taiwan(t) for t in text] if isinstance(text, list) else to_taiwan(text)

    return fill("zh_TW", choose)


def english() -> int:
    def choose(_context: str, source: str, message: ET.Element) -> list[str] | None:
        if not is_numerus(message):
            return None  # the source text is shown as it is
        if source in EN_FORMS:
            return EN_FORMS[source]
        if "(s)" not in source:
            print(f"no plural rule for {source!r}", file=sys.stderr)
            return None
        plural = source.replace("(s)", "s")
        # "all 1 contact" reads wrong: the singular names the one thing
        singular = re.sub(r"\ball (%L?n) ", r"the \1 ", source.replace("(s)", ""))
        return [singular, plural]

    return fill("en", choose)


def main(argv: list[str]) -> None:
    match argv:
        case ["todo", language]:
            todo(language)
        case ["apply", language, source_file]:
            print(f"{apply(language, source_file)} entries filled", file=sys.stderr)
        case ["tw"]:
            print(f"{taiwan()} entries filled", file=sys.stderr)
        case ["en"]:
            print(f"{english()} entries filled", file=sys.stderr)
        case _:
            sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
