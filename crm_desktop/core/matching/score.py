"""How alike two profiles are: a score from 0 to 1 and the reasons, in words.

Each piece of evidence is a chance that the two are one person; they combine as independent
chances (1 - (1-a)(1-b)...), and evidence against (both have phones, none shared) scales the result
down. A shared name alone stays below the thresholds: two 王芳 are two people until a phone, an
e-mail or an organization says otherwise.
"""

from __future__ import annotations

from rapidfuzz import fuzz

from .profile import Profile

DEFAULT_THRESHOLD = 0.6  # the finder proposes pairs from here
ENTRY_THRESHOLD = 0.5  # on entry and import, weaker hints are shown too (a phone already on file)
NAME_ONLY = 0.45  # the most a shared name scores alone: above it, bare name keys find nothing
SIMILAR_RATIO = 85  # rapidfuzz token_sort_ratio for "similar" Latin names

SAME_PHONE = "same phone"
SAME_EMAIL = "same e-mail"
SAME_NAME = "same name"
OTHER_SCRIPT = "same name in another script"
PINYIN = "same name in pinyin"
SIMILAR = "similar name"
SAME_ORG = "same organization"
SIMILAR_AT_ORG = "similar name at the same organization"
SAME_ORG_NAME = "same organization name"

# name relation -> (chance from the name alone, from the name and a shared organization, strong)
_NAME = {SAME_NAME: (0.45, 0.7, True), OTHER_SCRIPT: (0.45, 0.7, True), PINYIN: (0.4, 0.6, True),
         "homophone": (0.3, 0.4, False), SIMILAR: (0.3, 0.65, True)}
_PHONE = (0.9, 0.55)  # chance from a shared phone: names alike, names unrelated
_EMAIL = (0.9, 0.55)
_AGAINST_PERSON = {"phone": 0.6, "email": 0.6, "org": 0.8}
_AGAINST_ORG = {"phone": 0.9, "email": 0.9, "org": 1.0}


def _name_relation(a: Profile, b: Profile) -> str | None:
    na, nb = a.names, b.names
    shared = set(na.cjk) & set(nb.cjk)
    if shared:
        return OTHER_SCRIPT if any(na.cjk[k] != nb.cjk[k] for k in shared) else SAME_NAME
    if na.latin & nb.latin:
        return SAME_NAME
    if na.roman & nb.roman:
        # Both written in Chinese with one pinyin: different characters that sound alike (张伟 / 张玮).
        return "homophone" if na.cjk and nb.cjk and not (na.latin or nb.latin) else PINYIN
    if na.words and nb.words:
        best = max(fuzz.token_sort_ratio(" ".join(x), " ".join(y)) for x in na.words for y in nb.words)
        if best >= SIMILAR_RATIO:
            return SIMILAR
    return None


def against(a: Profile, b: Profile) -> bool:
    """Evidence that two are different: both have phones and share none, or e-mails likewise."""
    shared_phone = a.phones & b.phones or a.loose & b.loose
    phones = (a.phones or a.loose) and (b.phones or b.loose) and not shared_phone
    return bool(phones or (a.emails and b.emails and not a.emails & b.emails))


def likeness(a: Profile, b: Profile) -> float:
    """How alike the names look as typed (0..100): breaks ties between equal scores (a name in
    the same script before one in the other)."""
    return fuzz.ratio(a.display_name, b.display_name)


def score(a: Profile, b: Profile) -> tuple[float, list[str]]:
    if a.kind != b.kind:
        return 0.0, []
    reasons: list[str] = []
    chances: list[float] = []
    same_phone = bool(a.phones & b.phones or a.loose & b.loose)
    same_email = bool(a.emails & b.emails)
    same_org = bool(a.orgs & b.orgs)
    if a.kind == "organization":
        name_ok = same_org
        if same_org:
            chances.append(0.7)
            reasons.append(SAME_ORG_NAME)
        against = _AGAINST_ORG
    else:
        relation = _name_relation(a, b)
        name_ok = relation is not None and _NAME[relation][2]
        if relation is not None:
            alone, with_org, _ = _NAME[relation]
            chances.append(with_org if same_org else alone)
            if same_org and relation in (SIMILAR, "homophone"):
                reasons.append(SIMILAR_AT_ORG)
            else:
                reasons.append(PINYIN if relation == "homophone" else relation)
                if same_org:
                    reasons.append(SAME_ORG)
        against = _AGAINST_PERSON
    if same_phone:
        chances.append(_PHONE[0] if name_ok else _PHONE[1])
        reasons.append(SAME_PHONE)
    if same_email:
        chances.append(_EMAIL[0] if name_ok else _EMAIL[1])
        reasons.append(SAME_EMAIL)
    if not chances:
        return 0.0, []
    miss = 1.0
    for c in chances:
        miss *= 1.0 - c
    result = 1.0 - miss
    if not same_phone and (a.phones or a.loose) and (b.phones or b.loose):
        result *= against["phone"]
    if not same_email and a.emails and b.emails:
        result *= against["email"]
    if not same_org and a.orgs and b.orgs:
        result *= against["org"]
    return round(result, 3), reasons
