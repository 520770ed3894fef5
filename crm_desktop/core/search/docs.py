"""Search documents built from source rows: folded text for the FTS5 indexes, keys for the B-tree.

A contact's document id is the contact's id; a deal's is DEAL_BASE + the deal's id: replaced without
a look-up, and each type is one range of FTS5 rowids, which FTS5 seeks to without reading the
other's postings. An interaction's FTS row is keyed by the interaction's own id (ids follow time,
so "newest first" is "highest rowid first").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from crm_desktop.core.text.keys import (
    CJK_CLASS,
    CJK_RANGES,
    digits,
    fold,
    is_cjk,
    org_key,
    pinyin_keys,
    pinyin_syllables,
)

from .sources import ContactSource, DealSource, InteractionSource

DEAL_BASE = 1 << 40
RANGES = {"contact": (0, DEAL_BASE), "deal": (DEAL_BASE, 2 * DEAL_BASE)}  # [lo, hi) of doc ids
MAX_KEY = 100
_CJK_CHAR = re.compile(f"[{CJK_CLASS}]")
_NOT_KEY = re.compile(r"[\W_]+")


def doc_id(entity: str, entity_id: int) -> int:
    return RANGES[entity][0] + entity_id


def split_doc_id(ident: int) -> tuple[str, int]:
    return ("deal", ident - DEAL_BASE) if ident >= DEAL_BASE else ("contact", ident)


@lru_cache(maxsize=1)
def _spacing() -> dict[int, str]:
    return {c: f" {chr(c)} " for a, b in CJK_RANGES for c in range(a, b + 1)}


def spaced(folded: str) -> str:
    """Chinese characters as single words, for the unicode61 index: '张伟 bank' → ' 张  伟  bank'."""
    # str.translate with a table of every ideograph: 5x faster than a regex substitution.
    return folded.translate(_spacing()) if is_cjk(folded) else folded


def key_of(folded: str) -> str:
    """A key compares names whatever their spacing and punctuation: "o'brien-smith" → 'obriensmith'."""
    return _NOT_KEY.sub("", folded)[:MAX_KEY]


@dataclass
class Doc:
    id: int
    entity: str
    entity_id: int
    name: str = ""
    info: str = ""
    digits: str = ""
    body: str = ""
    activity: str | None = None
    kind: str | None = None
    tier: str | None = None
    owner: str | None = None
    stage_id: int | None = None
    stamp: str | None = None
    keys: set[tuple[str, str]] = field(default_factory=set)

    def row(self) -> tuple[object, ...]:
        """search_doc: id, entity, entity_id, activity, kind, tier, owner, stage_id, stamp."""
        return (self.id, self.entity, self.entity_id, self.activity or "", self.kind, self.tier,
                self.owner, self.stage_id, self.stamp)

    def tri_row(self) -> tuple[int, str, str, str]:
        return (self.id, self.name, self.info, self.digits)

    def word_row(self) -> tuple[int, str, str, str]:
        return (self.id, spaced(self.name), spaced(self.info), spaced(self.body))


@lru_cache(maxsize=4096)  # ~1 KB an entry; the hits are the forms of one contact and common names
def _name_keys(folded: str, person: bool) -> frozenset[tuple[str, str]]:
    """Keys of one folded name (cached: names repeat, pinyin is the slow part of indexing)."""
    whole = key_of(folded)
    if not whole:
        return frozenset()
    keys = {(whole, "n")}
    words = folded.split()
    if len(words) > 1:
        keys.update((key_of(w), "w") for w in words if key_of(w))
    if not is_cjk(folded):
        return frozenset(keys)
    py = pinyin_keys(folded, surname=person, folded=True)
    keys.update((f[:MAX_KEY], "p") for f in py.full)
    keys.update((i[:MAX_KEY], "i") for i in py.initials)
    # Parts after the family name ('伟', 'wei' of 张伟) find the person as prefix matches.
    chars = _CJK_CHAR.findall(folded)
    syllables = pinyin_syllables(folded.strip())
    if person and 2 <= len(chars) <= 4 and len(chars) == len(whole) == len(syllables):
        for start in range(1, len(chars)):
            keys.add(("".join(chars[start:]), "w"))
            keys.add(("".join(syllables[start:]), "q"))
    return frozenset(keys)


_fold_cached = lru_cache(maxsize=16384)(fold)


def _fold_detail(text: str) -> str:
    """fold(text): organizations, titles, tags and custom values repeat across contacts, and folding
    each distinct one once saves a quarter of building an import's documents (ASCII, as e-mails
    are, folds to lower case: cheaper than a cache look-up)."""
    return text.lower() if text.isascii() else _fold_cached(text)


def _part_keys(folded: str) -> set[tuple[str, str]]:
    key = key_of(folded)
    if not key:
        return set()
    out = {(key, "w")}
    if is_cjk(folded):
        out.update((f, "q") for f in pinyin_keys(folded, folded=True).full[:1])
    return out


def contact_doc(c: ContactSource) -> Doc:
    person = c.kind == "person"
    display, given, family = fold(c.display_name), fold(c.given_name), fold(c.family_name)
    others = [fold(n) for n in c.other_names]
    p_given, p_family = fold(c.phonetic_given_name), fold(c.phonetic_family_name)
    phonetic = " ".join(p for p in (p_family, p_given) if p)
    d = Doc(doc_id("contact", c.id), "contact", c.id, activity=c.activity, kind=c.kind,
            tier=c.tier, owner=c.owner, stamp=c.stamp)
    # The pinyin of Chinese names as words ('zhou yun jie'): "zhou jie" finds 周云杰 as two terms.
    romanized = [" ".join(pinyin_syllables(n.strip())) for n in (display, *others) if is_cjk(n)]
    d.name = "\n".join(x for x in (display, *others, family, given, phonetic, *romanized) if x)
    d.info = "\n".join(_fold_detail(x) for x in (*c.organizations, c.title, c.department, *c.emails,
                                                *c.tags, *c.custom) if x)
    d.digits = " ".join(dict.fromkeys(
        x for raw, e164 in c.phones for x in (digits(raw), digits(e164)) if x))
    d.body = fold(c.note)
    reversed_phonetic = " ".join(p for p in (p_given, p_family) if p)
    for name in (display, *others, phonetic, reversed_phonetic):
        d.keys |= _name_keys(name, person)
    for part in (given, family, p_given, p_family):
        d.keys |= _part_keys(part)
    if person and family and given:
        d.keys |= _name_keys(family + given, True)
    if not person:
        short = key_of(org_key(c.display_name))
        if short:
            d.keys.add((short, "n"))
    return d


def deal_doc(s: DealSource) -> Doc:
    d = Doc(doc_id("deal", s.id), "deal", s.id, activity=s.stamp, owner=s.owner, stage_id=s.stage_id,
            stamp=s.stamp)
    d.name = fold(s.name)
    d.info = "\n".join(fold(x) for x in (s.client, *s.custom) if x)
    d.body = "\n".join(fold(x) for x in (s.description, *s.notes) if x)
    d.keys |= _name_keys(d.name, False)
    return d


def interaction_row(s: InteractionSource) -> tuple[int, str, str]:
    """(rowid, subject, body) for the notes index."""
    body = "\n".join(x for x in (s.body, *s.custom) if x)
    return (s.id, spaced(fold(s.subject)), spaced(fold(body)))
