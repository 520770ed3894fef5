"""A name's comparable forms, built on crm_desktop.core.text (fold, pinyin_keys, org_key).

A person's name gives: exact forms (folded, spacing and word order ignored: '张伟' for 張偉,
'smithjohn' for 'John Smith' and 'SMITH, John'), romanized forms (pinyin of a Chinese name in both
orders, or a Latin name that reads as pinyin: 'zhangwei', 'weizhang'), and Latin words for fuzzy
comparison. An organization's name gives its key without the legal form ('bankofchina').
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from crm_desktop.core.text import fold, is_cjk, org_key, pinyin_keys

MAX_KEY = 200
_CJK_CHARS = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_JOINERS = re.compile(r"['’‘`\-‐]")  # Jia'en, O'Brien, Au-Yeung: one word each
_WORD = re.compile(r"[^\W_]+")
_NOT_KEY = re.compile(r"[\W_]+")
_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "jr", "sr", "phd",
                         "先生", "女士", "小姐", "博士", "教授"})
# Two-character family names (after folding): the rest of the name is the given name.
_COMPOUND = frozenset(("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙",
                       "夏侯", "令狐", "澹台", "宇文", "司徒", "轩辕", "端木", "万俟", "单于", "呼延",
                       "南宫", "西门", "独孤", "申屠", "闻人", "钟离", "宗政", "濮阳", "太史", "百里"))
_SYLLABLE = (r"(?:[zcs]h|[bpmfdtnlgkhjqxrzcsyw])?"
             r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|van|ai|ei|ao|ou|an|en|in|un|vn|ia|ie"
             r"|iu|ua|uo|ue|ve|ui|er|a|o|e|i|u|v)")
_PINYIN_WORD = re.compile(f"(?:{_SYLLABLE})+")


@dataclass
class NameForms:
    cjk: dict[str, str] = field(default_factory=dict)  # folded Chinese form -> a name as typed
    latin: set[str] = field(default_factory=set)  # Latin words, sorted and joined
    roman: set[str] = field(default_factory=set)  # romanized forms in both orders
    words: list[tuple[str, ...]] = field(default_factory=list)  # Latin words of each Latin name

    def exact(self) -> set[str]:
        return set(self.cjk) | self.latin


def compact(folded: str) -> str:
    return _NOT_KEY.sub("", folded)[:MAX_KEY]


def org_name_key(name: str | None) -> str:
    """'Bank of China Ltd' and 'Bank of China Limited' → 'bankofchina'; 中國銀行 → '中国银行'."""
    return compact(org_key(name)) if name else ""


def _split_chinese(folded: str) -> tuple[str, str] | None:
    if not 2 <= len(folded) <= 4:
        return None
    family = folded[:2] if folded[:2] in _COMPOUND and len(folded) > 2 else folded[:1]
    return family, folded[len(family):]


@lru_cache(maxsize=65536)  # family and given names repeat: most look-ups are answered here
def _readings(text: str, surname: bool) -> tuple[str, ...]:
    return pinyin_keys(text, surname=surname).full[:2]


def _add_chinese(forms: NameForms, raw: str, folded: str, split: tuple[str, str] | None) -> None:
    key = compact(folded)
    if not key:
        return
    forms.cjk.setdefault(key, raw)
    if len(_CJK_CHARS.findall(key)) != len(key):
        forms.roman.update(r[:MAX_KEY] for r in _readings(key, False))  # mixed scripts: as written
        return
    split = split or _split_chinese(key)
    if split is None:
        forms.roman.update(_readings(key, True))
        return
    for fam in _readings(split[0], True):
        for giv in _readings(split[1], False):
            forms.roman.update((fam + giv, giv + fam))


def latin_words(folded: str) -> tuple[str, ...]:
    return tuple(w for w in _WORD.findall(_JOINERS.sub("", folded)) if w not in _HONORIFICS)


def _add_latin(forms: NameForms, folded: str, *, phonetic: bool = False) -> None:
    words = latin_words(folded)
    if not words:
        return
    if not phonetic:
        forms.latin.add("".join(sorted(words))[:MAX_KEY])
        forms.words.append(words)
    if all(_PINYIN_WORD.fullmatch(w) for w in words):
        forms.roman.update("".join(words[i:] + words[:i])[:MAX_KEY] for i in range(len(words)))


def person_forms(display_name: str | None, other_names: list[str] | tuple[str, ...] = (),
                 given: str | None = None, family: str | None = None,
                 phonetic_given: str | None = None, phonetic_family: str | None = None) -> NameForms:
    """Every form a person's name takes: display name, other names, given + family, phonetic.
    Shared between callers (cached): read it, never change it."""
    return _person_forms(display_name, tuple(other_names), given, family, phonetic_given, phonetic_family)


# An imported row's name is formed for the duplicate check, then again when its keys are written
# (and for the vault's contacts it is compared with): pinyin and folding once. 4,096 holds a chunk's
# rows and their matches (~1.3 KB each: 8,192 kept 6 MB more at 100,000 rows, for no speed).
@lru_cache(maxsize=4096)
def _person_forms(display_name: str | None, other_names: tuple[str, ...], given: str | None,
                  family: str | None, phonetic_given: str | None, phonetic_family: str | None) -> NameForms:
    forms = NameForms()
    split = None
    if given and family and is_cjk(given + family):
        split = (compact(fold(family)), compact(fold(given)))
    names = [display_name, *other_names]
    if given and family:
        names.append(family + given if split else f"{given} {family}")
    # Once each: family + given is usually the display name again.
    for raw in dict.fromkeys(n.strip() for n in names if n and n.strip()):
        folded = fold(raw)
        if is_cjk(folded):
            key = compact(folded)
            _add_chinese(forms, raw, folded, split if split and key == split[0] + split[1] else None)
        else:
            _add_latin(forms, folded)
    phonetic = " ".join(p for p in (phonetic_given, phonetic_family) if p)
    if phonetic and not is_cjk(phonetic):
        _add_latin(forms, fold(phonetic), phonetic=True)
    return forms


def org_forms(display_name: str | None, other_names: list[str] | tuple[str, ...] = ()) -> frozenset[str]:
    """An organization's keys: its name and other names without legal forms."""
    return _org_forms(display_name, tuple(other_names))


@lru_cache(maxsize=16384)  # one organization's people all ask for its keys
def _org_forms(display_name: str | None, other_names: tuple[str, ...]) -> frozenset[str]:
    return frozenset(k for k in (org_name_key(n) for n in (display_name, *other_names)) if k)
