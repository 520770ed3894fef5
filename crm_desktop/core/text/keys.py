"""Text keys shared by search and the duplicate matcher.

`fold` makes text comparable across the ways people type it: full-width → half-width (NFKC),
case-folded, accents stripped, traditional → simplified Chinese (OpenCC, C++ wheel). `pinyin_keys`
romanizes Chinese names; `digits` keeps a phone's digits; `org_key` drops legal suffixes.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import opencc

# CJK ideographs (unified, extension A, compatibility) — what Chinese names and words are made of.
CJK_RANGES = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))
CJK_CLASS = "".join(f"{chr(a)}-{chr(b)}" for a, b in CJK_RANGES)
_CJK = re.compile(f"[{CJK_CLASS}]")
_CJK_RUN = re.compile(f"[{CJK_CLASS}]+")
_MARKS = re.compile("[\u0300-\u036f]")  # Latin combining accents only: kana voicing marks stay
# Latin letters with no decomposition; a regex finds them faster than str.translate scans.
_LATIN_EXTRA = {"ø": "o", "ł": "l", "đ": "d", "æ": "ae", "œ": "oe", "ı": "i", "þ": "th"}
_LATIN_EXTRA_RE = re.compile("[" + "".join(_LATIN_EXTRA) + "]")
_FULLWIDTH = re.compile("[\u3000\uff01-\uffef]")
_FULLWIDTH_MAP = {chr(c): unicodedata.normalize("NFKC", chr(c)) for c in (0x3000, *range(0xFF01, 0xFFF0))}
_WORD = re.compile(r"[0-9a-z]+")
_DIGIT = re.compile(r"[0-9]")

# Created once: building a converter loads its dictionaries (milliseconds); converting is ~1 µs.
_T2S = opencc.OpenCC("t2s")


def is_cjk(text: str) -> bool:
    """True when the text holds at least one Chinese character."""
    return _CJK.search(text) is not None


def _nfkc(text: str) -> str:
    # CPython's NFKC is slow (~0.2 µs a character) once its quick check fails, and Chinese text
    # fails it on every full-width comma: map the full-width block first, normalize only the rest.
    s = _FULLWIDTH.sub(_fullwidth_char, text)
    return s if unicodedata.is_normalized("NFKC", s) else unicodedata.normalize("NFKC", s)


def _fullwidth_char(m: re.Match[str]) -> str:
    return _FULLWIDTH_MAP[m.group()]


def fold(text: str | None) -> str:
    """The comparable form of a text: 'ＺＨＡＮＧ Zoë 張偉' → 'zhang zoe 张伟'."""
    if not text:
        return ""
    if text.isascii():
        return text.lower()  # casefold == lower on ASCII; most text takes this path
    s = _nfkc(text).casefold()
    if not s.isascii():
        decomposed = unicodedata.normalize("NFD", s)
        if _MARKS.search(decomposed):
            s = unicodedata.normalize("NFC", _MARKS.sub("", decomposed))
        if _LATIN_EXTRA_RE.search(s):
            s = _LATIN_EXTRA_RE.sub(lambda m: _LATIN_EXTRA[m.group()], s)
        if _CJK.search(s):
            s = _T2S.convert(s)
    return s


@lru_cache(maxsize=1)
def _resizing() -> re.Pattern[str]:
    """Characters whose folded form is not one character (ß, ligatures, ㈱, accents as marks)."""
    chars = [chr(c) for c in range(0x80, 0x10000) if not 0xD800 <= c <= 0xDFFF
             and len(_MARKS.sub("", unicodedata.normalize("NFKC", chr(c)).casefold())) != 1]
    return re.compile("[" + "".join(re.escape(c) for c in chars) + "]")


def fold_with_map(text: str) -> tuple[str, list[int]]:
    """`fold(text)` and, for each folded character, the index of the original it came from
    (to highlight a match in the text as shown)."""
    folded = fold(text)
    if len(folded) == len(text) and not _resizing().search(text):
        return folded, list(range(len(text)))
    # Some character expands or vanishes (ß → ss, a combining accent): fold one by one.
    out: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        f = fold(ch)
        out.append(f)
        index.extend([i] * len(f))
    return "".join(out), index


def warm() -> None:
    """Load what the first search would otherwise wait for (~0.5 s of pypinyin dictionaries):
    call it on the worker after unlocking."""
    _lazy_pinyin("张")
    _resizing()


def digits(text: str | None) -> str:
    """The ASCII digits of a text, full-width ones included: '+86 (138) ００１３-8000' → '8613800138000'."""
    if not text:
        return ""
    return "".join(_DIGIT.findall(text if text.isascii() else _nfkc(text)))


# ---------------------------------------------------------------- pinyin

# Surnames read differently from the character's everyday reading (单 is "shan", not "dan").
# Both readings become keys: people type the one they know.
_SURNAMES: dict[str, tuple[str, ...]] = {
    "尉迟": ("yu", "chi"), "万俟": ("mo", "qi"), "长孙": ("zhang", "sun"), "单于": ("chan", "yu"),
    "澹台": ("tan", "tai"), "曾": ("zeng",), "单": ("shan",), "解": ("xie",), "仇": ("qiu",),
    "朴": ("piao",), "查": ("zha",), "区": ("ou",), "乐": ("yue",), "覃": ("qin",), "翟": ("zhai",),
    "盖": ("ge",), "召": ("shao",), "缪": ("miao",), "秘": ("bi",), "繁": ("po",), "种": ("chong",),
    "员": ("yun",), "黑": ("he",), "隗": ("wei",), "牟": ("mu",), "宓": ("mi",), "冼": ("xian",),
    "贲": ("ben",), "句": ("gou",), "瞿": ("qu",), "柏": ("bai",), "薄": ("bo",), "燕": ("yan",),
    "宁": ("ning",), "纪": ("ji",), "过": ("guo",), "莘": ("shen",), "相": ("xiang",), "盛": ("sheng",),
    "颉": ("xie",), "折": ("she",), "祭": ("zhai",), "角": ("jue",), "郇": ("huan",), "重": ("chong",),
    "蔚": ("yu",), "都": ("du",), "华": ("hua",), "任": ("ren",), "沈": ("shen",), "石": ("shi",),
}


@dataclass(frozen=True)
class PinyinKeys:
    """Romanized forms of a text, most likely first: `full` ('zhangwei'), `initials` ('zw')."""

    full: tuple[str, ...]
    initials: tuple[str, ...]

    def __bool__(self) -> bool:
        return bool(self.full)


_V_TO_U = {"lv": "lu", "nv": "nu", "lve": "lue", "nve": "nue"}
_pypinyin: Any = None


def _lazy_pinyin(text: str) -> list[str]:
    global _pypinyin
    if _pypinyin is None:  # imported on first use: loading its dictionaries takes ~0.4 s
        import pypinyin

        _pypinyin = pypinyin
    return list(_pypinyin.lazy_pinyin(text, style=_pypinyin.Style.NORMAL))


@lru_cache(maxsize=65536)
def pinyin_syllables(folded: str) -> tuple[str, ...]:
    """The everyday reading of a folded text, one syllable per Chinese character; other runs
    give their words: '张伟 david' → ('zhang', 'wei', 'david')."""
    out: list[str] = []
    for part in _lazy_pinyin(folded):
        if _WORD.fullmatch(part):
            out.append(part)
        else:  # a run that is not Chinese ('david', '&'): keep its words as they are
            out.extend(_WORD.findall(part))
    return tuple(out)


@lru_cache(maxsize=65536)
def _pinyin_keys(folded: str, surname: bool) -> PinyinKeys:
    base = list(pinyin_syllables(folded))
    variants = [base]
    if surname:
        for sur in (folded[:2], folded[:1]):
            reading = _SURNAMES.get(sur)
            if reading:
                variants.insert(0, [*reading, *base[len(reading):]])
                break
    full: list[str] = []
    initials: list[str] = []
    for syl in variants:
        for form in (syl, [_V_TO_U.get(s, s) for s in syl]):  # 吕 is typed "lv" or "lu"
            f, i = "".join(form), "".join(s[0] for s in form if s)
            if f and f not in full:
                full.append(f)
            if i and i not in initials:
                initials.append(i)
    return PinyinKeys(tuple(full), tuple(initials))


def pinyin_units(folded: str, *, surname: bool = False) -> list[tuple[int, tuple[str, ...]]]:
    """For each Chinese character of a folded text: its index and its readings in context
    (a family name's reading too, with `surname`) — to show which characters a pinyin query matched."""
    out: list[tuple[int, tuple[str, ...]]] = []
    for run in _CJK_RUN.finditer(folded):
        items = _lazy_pinyin(run.group())
        if len(items) != len(run.group()):  # a character pypinyin splits differently: one by one
            items = [(_lazy_pinyin(ch) or [""])[0] for ch in run.group()]
        out.extend((run.start() + n, (syl,)) for n, syl in enumerate(items))
    if surname and out:
        for sur in (folded[:2], folded[:1]):
            reading = _SURNAMES.get(sur)
            if reading:
                for n, syl in enumerate(reading):
                    if n < len(out) and syl not in out[n][1]:
                        out[n] = (out[n][0], (syl, *out[n][1]))
                break
    return out


def pinyin_keys(text: str | None, *, surname: bool = False, folded: bool = False) -> PinyinKeys:
    """Pinyin of the Chinese in a text, without tones or spaces, and its initials:
    '张伟' → ('zhangwei',), ('zw',). With `surname`, the first character(s) are read as a family
    name too ('单雄信' → 'shanxiongxin' then 'danxiongxin'). Empty when the text has no Chinese.
    `folded`: the text is folded already (saves folding it twice)."""
    f = (text or "") if folded else fold(text)
    if not _CJK.search(f):
        return PinyinKeys((), ())
    return _pinyin_keys(f.strip(), surname)


# ---------------------------------------------------------------- organizations

_ORG_SUFFIXES_ZH = ("股份有限公司", "有限责任公司", "有限公司", "控股", "集团", "分公司", "公司",
                    "总行", "分行", "支行")
_ORG_SUFFIXES_EN = ("limited", "ltd", "company", "co", "corporation", "corp", "incorporated", "inc",
                    "llc", "llp", "lp", "plc", "gmbh", "ag", "sa", "s a", "bv", "b v", "nv", "n v",
                    "pte", "pty", "group", "holdings", "sarl", "spa", "kk")
_EN_SUFFIX = re.compile(r"(?:^|(?<=[\s\W]))(?:" + "|".join(
    re.escape(s).replace(r"\ ", r"\W*") for s in _ORG_SUFFIXES_EN) + r")$")
_TRAILING = re.compile(r"[\s.,;:_/&·。，、；：\-–—]+$")
_BRACKETED = re.compile(r"[(\[]([^()\[\]]*)[)\]]$")
_SPACES = re.compile(r"\s+")


def _strip_suffix(s: str) -> str:
    m = _BRACKETED.search(s)
    if m and (m.group(1).strip() in _ORG_SUFFIXES_ZH or _EN_SUFFIX.fullmatch(m.group(1).strip())):
        return s[:m.start()]
    for suffix in _ORG_SUFFIXES_ZH:
        if s.endswith(suffix):
            return s[:-len(suffix)]
    m = _EN_SUFFIX.search(s)
    return s[:m.start()] if m else s


def org_key(name: str | None) -> str:
    """An organization's name without legal form, for matching:
    'Acme Co., Ltd.' → 'acme'; '中國銀行股份有限公司' → '中国银行'; '招商银行深圳分行' → '招商银行深圳'."""
    s = _SPACES.sub(" ", fold(name)).strip()
    while True:
        trimmed = _TRAILING.sub("", s)
        stripped = _TRAILING.sub("", _strip_suffix(trimmed))
        if not stripped or stripped == trimmed:
            return _SPACES.sub(" ", trimmed).strip() or s
        s = stripped
