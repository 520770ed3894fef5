"""Search documents built from source rows: folded text for the FTS5 indexes, keys for the B-tree.

A contact or deal document has an id derived from (entity, entity_id) so that it can be replaced
without a look-up; an interaction's FTS row is keyed by the interaction's own id (ids follow time,
so "newest first" is "highest rowid first").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from crm_desktop.core.text.keys import CJK_CLASS, digits, fold, is_cjk, org_key, pinyin_keys

from .sources import ContactSource, DealSource, InteractionSource

CODES = {"contact": 0, "deal": 1}
ENTITIES = ("contact", "deal")
MAX_KEY = 100
_CJK_CHAR = re.compile(f"[{CJK_CLASS}]")
_NOT_KEY = re.compile(r"[\W_]+")


def doc_id(entity: str, entity_id: int) -> int:
    return entity_id * 2 + CODES[entity]


def split_doc_id(ident: int) -> tuple[str, int]:
    return ENTITIES[ident % 2], ident // 2


def spaced(folded: str) -> str:
    """Chinese characters as single words, for the unicode61 index: '张伟 bank' → ' 张  伟  bank'."""
    return _CJK_CHAR.sub(r" \g<0> ", folded) if is_cjk(folded) else folded


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
    stamp: str | None = None
    keys: set[tuple[str, str]] = field(default_factory=set)

    def row(self) -> tuple[int, str, int, str, str, str, str | None]:
        return (self.id, self.entity, self.entity_id, self.name, self.info, self.digits, self.stamp)

    def word_row(self) -> tuple[int, str, str, str]:
        return (self.id, spaced(self.name), spaced(self.info), spaced(self.body))


def _lines(*values: str | None) -> str:
    return "\n".join(fold(v) for v in values if v)


def _name_keys(keys: set[tuple[str, str]], name: str, *, person: bool) -> None:
    folded = fold(name)
    whole = key_of(folded)
    if not whole:
        return
    keys.add((whole, "n"))
    words = folded.split()
    if len(words) > 1:
        keys.update((key_of(w), "w") for w in words if key_of(w))
    if not is_cjk(folded):
        return
    py = pinyin_keys(folded, surname=person)
    keys.update((f[:MAX_KEY], "n") for f in py.full)
    keys.update((i[:MAX_KEY], "i") for i in py.initials)
    # Parts after the family name ('伟', 'wei' of 张伟) find the person as prefix matches.
    chars = _CJK_CHAR.findall(folded)
    if person and 2 <= len(chars) <= 4 and len(chars) == len(whole):
        for start in range(1, len(chars)):
            rest = "".join(chars[start:])
            keys.add((rest, "w"))
            keys.update((f, "w") for f in pinyin_keys(rest).full[:1])


def contact_doc(c: ContactSource) -> Doc:
    person = c.kind == "person"
    phonetic = " ".join(p for p in (c.phonetic_family_name, c.phonetic_given_name) if p)
    phonetic_rev = " ".join(p for p in (c.phonetic_given_name, c.phonetic_family_name) if p)
    d = Doc(doc_id("contact", c.id), "contact", c.id, stamp=c.stamp)
    d.name = _lines(c.display_name, *c.other_names, c.family_name, c.given_name, phonetic)
    d.info = _lines(*c.organizations, c.title, c.department, *c.emails, *c.tags, *c.custom)
    d.digits = " ".join(dict.fromkeys(
        x for raw, e164 in c.phones for x in (digits(raw), digits(e164)) if x))
    d.body = fold(c.note)
    for name in (c.display_name, *c.other_names, phonetic, phonetic_rev):
        _name_keys(d.keys, name, person=person)
    for part in (c.given_name, c.family_name, c.phonetic_given_name, c.phonetic_family_name):
        if part and key_of(fold(part)):
            d.keys.add((key_of(fold(part)), "w"))
            d.keys.update((f, "w") for f in pinyin_keys(part).full[:1])
    if c.family_name and c.given_name and person:
        _name_keys(d.keys, c.family_name + c.given_name, person=True)
    if not person:
        short = key_of(org_key(c.display_name))
        if short:
            d.keys.add((short, "n"))
    return d


def deal_doc(s: DealSource) -> Doc:
    d = Doc(doc_id("deal", s.id), "deal", s.id, stamp=s.stamp)
    d.name = fold(s.name)
    d.info = _lines(s.client, *s.custom)
    d.body = _lines(s.description, *s.notes)
    _name_keys(d.keys, s.name, person=False)
    return d


def interaction_row(s: InteractionSource) -> tuple[int, str, str]:
    """(rowid, subject, body) for the notes index."""
    body = "\n".join(x for x in (s.body, *s.custom) if x)
    return (s.id, spaced(fold(s.subject)), spaced(fold(body)))
