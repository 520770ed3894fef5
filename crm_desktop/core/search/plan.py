"""What a typed query means for each index: folded terms, FTS5 match strings, keys, phone digits."""

from __future__ import annotations

import re
from dataclasses import dataclass

from crm_desktop.core.text.keys import CJK_CLASS, digits, fold

from .docs import key_of

MAX_QUERY = 200  # characters: a pasted page is searched by its beginning
MAX_TERMS = 8
MIN_TRIGRAM = 3
MIN_PHONE_DIGITS = 4
_TOKEN = re.compile(f"[{CJK_CLASS}]|(?:(?![{CJK_CLASS}])[^\\W_])+")
_CJK_ONE = re.compile(f"[{CJK_CLASS}]")
_PHONE_LIKE = re.compile(r"[+\d\s().\-/]+")
_LATIN_NAME = re.compile(r"[a-z][a-z .'\-]*")


def _quote(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def word_phrase(folded: str, min_prefix: int = 1) -> str | None:
    """The unicode61 phrase for a term: Chinese characters one token each, and the last Latin word
    as a prefix when it has `min_prefix` letters ('zhang.we' → '"zhang we"*'; '银行' → '"银 行"')."""
    tokens = _TOKEN.findall(folded)
    if not tokens:
        return None
    last = tokens[-1]
    star = "" if _CJK_ONE.fullmatch(last) or len(last) < min_prefix else "*"
    return _quote(" ".join(tokens)) + star


@dataclass(frozen=True)
class Term:
    text: str
    tri: str | None  # trigram match (3+ characters: any substring)
    word: str | None  # unicode61 phrase (1–2 characters, and notes)
    note: str | None  # the same for the interactions index: no prefix of 1–2 letters (too many words)
    key: str  # for key prefixes ('zhang' of 'zhang wei')
    phone: str | None  # '{digits}: …' match when the term is a phone fragment ('138-0013')


@dataclass(frozen=True)
class Plan:
    text: str  # the folded query
    terms: tuple[Term, ...]
    key: str  # the whole query as a key: 'zhang wei' → 'zhangwei'
    phone: str | None  # the whole query as a phone fragment ('138 0013 8000')
    fuzzy: bool  # Latin letters only, long enough to forgive a typo

    @property
    def needles(self) -> list[str]:
        return [t.text for t in self.terms]

    @property
    def note_match(self) -> str | None:
        """The notes index match: every term, as words (implicit AND)."""
        phrases = [t.note for t in self.terms if t.note]
        return " ".join(phrases) if phrases else None


def _phone(text: str) -> str | None:
    if not _PHONE_LIKE.fullmatch(text):
        return None
    d = digits(text)
    return f"{{digits}} : {_quote(d)}" if len(d) >= MIN_PHONE_DIGITS else None


def _term(text: str) -> Term:
    tri = _quote(text) if len(text) >= MIN_TRIGRAM else None
    phone = _phone(text) if digits(text) != text else None  # plain digits: the trigram finds them
    return Term(text, tri, word_phrase(text), word_phrase(text, MIN_TRIGRAM), key_of(text), phone)


def plan(query: str) -> Plan:
    folded = fold(query[:MAX_QUERY]).strip()
    # A term no index can answer (punctuation alone) would match nothing: it is left out.
    terms = tuple(t for t in map(_term, folded.split()) if t.word or t.tri)[:MAX_TERMS]
    key = key_of(folded)
    return Plan(folded, terms, key, _phone(folded) if len(terms) > 1 else None,
                bool(_LATIN_NAME.fullmatch(folded)) and len(key) >= MIN_TRIGRAM)
