"""A rough passphrase strength hint (Qt-free): length and variety, with common patterns punished.

A hint, not a policy: a long passphrase of plain words is strong, a short mix of symbols is not.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

MIN_LENGTH = 8
_COMMON = ("password", "passwort", "123456", "qwerty", "letmein", "admin", "welcome", "iloveyou",
           "abc123", "111111", "000000", "crm", "demo")


@dataclass(frozen=True)
class Strength:
    score: int  # 0 too short, 1 weak, 2 fair, 3 strong
    bits: float


def estimate(text: str) -> Strength:
    if len(text) < MIN_LENGTH:
        return Strength(0, 0.0)
    pool = 0
    if re.search(r"[a-z]", text):
        pool += 26
    if re.search(r"[A-Z]", text):
        pool += 26
    if re.search(r"\d", text):
        pool += 10
    if re.search(r"[^\w\s]|_", text):
        pool += 33
    if re.search(r"\s", text):
        pool += 1
    if re.search(r"[^\x00-\x7f]", text):  # CJK and other scripts: a large alphabet
        pool += 1000
    length = len(set(text)) if len(set(text)) < len(text) / 2 else len(text)  # "aaaaaaaa" is short
    bits = length * math.log2(max(pool, 2))
    lowered = text.lower()
    if any(word in lowered for word in _COMMON):
        bits /= 2
    score = 1 if bits < 45 else 2 if bits < 70 else 3
    return Strength(score, bits)
