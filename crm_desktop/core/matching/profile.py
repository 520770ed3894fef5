"""What the matcher knows of one contact (or one typed or imported row): its name forms, phones,
e-mails and organizations; and the blocking keys stored for it (table match_key).

Key kinds: t phone (E.164), h phone kept as typed (its digits), e e-mail, n name (exact form),
o organization name (an organization's own keys), m organization + name form (a person, per
organization), s organization + Latin word of the name (similar names at one organization).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from crm_desktop.core.text import digits, fold

from .names import MAX_KEY, NameForms, org_forms, person_forms

MIN_LOOSE_DIGITS = 7  # shorter numbers kept as typed (extensions, typos) are no evidence
MIN_WORD = 2


@dataclass
class Profile:
    id: int | None  # the contact; None for a row not saved yet
    kind: str
    display_name: str
    names: NameForms
    phones: set[str] = field(default_factory=set)  # E.164
    loose: set[str] = field(default_factory=set)  # digits of phones that did not parse
    emails: set[str] = field(default_factory=set)  # folded (lower-case, half-width)
    orgs: set[str] = field(default_factory=set)  # keys of every name of its organizations (or its own)
    org_main: set[str] = field(default_factory=set)  # the key of each organization's display name


def email_key(address: str | None) -> str:
    return fold(address).strip()[:MAX_KEY] if address else ""


def loose_key(raw: str | None) -> str:
    d = digits(raw)
    return d[:MAX_KEY] if len(d) >= MIN_LOOSE_DIGITS else ""


def make_profile(ident: int | None, kind: str, display_name: str, other_names: list[str], *,
                 given: str | None = None, family: str | None = None, phonetic_given: str | None = None,
                 phonetic_family: str | None = None, phones: list[tuple[str | None, str | None]] = (),  # type: ignore[assignment]
                 emails: list[str] = (), orgs: list[tuple[str, list[str]]] = ()) -> Profile:  # type: ignore[assignment]
    """`phones`: (E.164 or None, as typed); `orgs`: (display name, other names) of each organization
    a person belongs to (an organization's own names come from display_name and other_names)."""
    if kind == "organization":
        names = NameForms()
        p = Profile(ident, kind, display_name, names, orgs=set(org_forms(display_name, other_names)))
    else:
        names = person_forms(display_name, other_names, given, family, phonetic_given, phonetic_family)
        p = Profile(ident, kind, display_name, names)
        for name, others in orgs:
            p.orgs |= org_forms(name, others)
            p.org_main |= org_forms(name)
    for e164, raw in phones:
        if e164:
            p.phones.add(e164)
        elif key := loose_key(raw):
            p.loose.add(key)
    p.emails = {k for k in (email_key(e) for e in emails) if k}
    return p


def blocking_keys(p: Profile) -> set[tuple[str, str]]:
    keys: set[tuple[str, str]] = {("t", x) for x in p.phones}
    keys |= {("h", x) for x in p.loose}
    keys |= {("e", x) for x in p.emails}
    if p.kind == "organization":
        keys |= {("o", x) for x in p.orgs}
        return keys
    exact = p.names.exact()
    keys |= {("n", x) for x in exact}
    forms = exact | p.names.roman
    words = {w for ws in p.names.words for w in ws if len(w) >= MIN_WORD}
    for org in p.org_main:
        keys |= {("m", f"{org}|{x}"[:MAX_KEY]) for x in forms}
        keys |= {("s", f"{org}|{w}"[:MAX_KEY]) for w in words}
    return keys
