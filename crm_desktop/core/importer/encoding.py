"""Which text encoding a file is in: UTF-8 (with or without BOM), UTF-16/32 (with BOM),
GB18030/GBK, Big5, or a Western code page — with a confidence the UI shows beside an override.

charset-normalizer alone misreads short Big5 (a few names decode "cleanly" as GBK into rare
characters), so every candidate is strictly decoded in a fixed order and scored: common CJK
characters count for it, private-use characters, kana and control characters against it.
"""

from __future__ import annotations

import codecs
import unicodedata
from dataclasses import dataclass

from charset_normalizer import from_bytes

from .cjk_common import common_chars

_BOMS = ((codecs.BOM_UTF32_LE, "utf-32", "UTF-32 LE"), (codecs.BOM_UTF32_BE, "utf-32", "UTF-32 BE"),
         (codecs.BOM_UTF8, "utf-8-sig", "UTF-8 with BOM"), (codecs.BOM_UTF16_LE, "utf-16", "UTF-16 LE"),
         (codecs.BOM_UTF16_BE, "utf-16", "UTF-16 BE"))
# Supersets first: a file declared or guessed as GBK / GB2312 is read as GB18030 (which holds
# them both); Windows' Big5 (cp950) before the Hong Kong one.
FALLBACK_ORDER = ("gb18030", "cp950", "big5hkscs")
WESTERN = "cp1252"  # Outlook on Western Windows writes its CSV in the ANSI code page
_ALIASES = {"gbk": "gb18030", "gb2312": "gb18030", "cp936": "gb18030", "gb_2312_80": "gb18030",
            "euc_cn": "gb18030", "hz": "gb18030", "big5": "cp950", "big5_tw": "cp950",
            "utf_8": "utf-8", "utf8": "utf-8", "ascii": "utf-8", "utf_8_sig": "utf-8-sig",
            "latin_1": "cp1252", "iso8859_1": "cp1252", "utf_16": "utf-16"}
LABELS = {"utf-8": "UTF-8", "utf-8-sig": "UTF-8 with BOM", "gb18030": "GB18030 (GBK)",
          "cp950": "Big5", "big5hkscs": "Big5-HKSCS", "cp1252": "Windows-1252 (Western)",
          "utf-16-le": "UTF-16 LE", "utf-16-be": "UTF-16 BE"}


@dataclass(frozen=True)
class EncodingGuess:
    encoding: str  # a Python codec name to decode with (a BOM is skipped by it)
    label: str  # for people: "GB18030 (GBK)", "Big5", "UTF-8 with BOM"
    confidence: float  # 0..1
    bom: bool = False
    alternatives: tuple[tuple[str, float], ...] = ()  # other codecs that decoded cleanly


def canonical(name: str) -> str:
    """A user's or a file's encoding name as the codec we decode with (GBK -> GB18030 ...)."""
    try:
        key = codecs.lookup(name.strip()).name
    except LookupError:
        raise ValueError(f"unknown encoding '{name}'") from None
    key = key.replace("-", "_")
    return _ALIASES.get(key, key.replace("_", "-") if key.startswith("utf") else key)


def with_bom(encoding: str, head: bytes) -> str:
    """The codec to use for a chosen encoding, so that a BOM never lands in the first value."""
    enc = canonical(encoding)
    if enc in ("utf-8", "utf-8-sig") and head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if enc.startswith("utf-16") and head[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        return "utf-16"
    return enc


def _decode(data: bytes, enc: str, final: bool) -> str | None:
    """Strict decode; when the sample is cut (not final), a character cut at its end is dropped."""
    dec = codecs.getincrementaldecoder(enc)("strict")
    try:
        return dec.decode(data, final=final)
    except UnicodeDecodeError:
        return None


_LATIN = frozenset("àáâãäåæçèéêëìíîïñòóôõöøùúûüýÿßÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜÝ")
_PUNCT = frozenset("\u00a0–—‘’“”…€£¥°·×")


def _score(text: str) -> float:
    common = common_chars()
    score = 0.0
    for i, ch in enumerate(text):
        o = ord(ch)
        if o < 0x80:
            if o < 0x20 and ch not in "\t\r\n":
                score -= 5
            continue
        if ch in _LATIN:
            # José, Müller: an accented letter between plain ones. Runs of them are Chinese bytes
            # read with a Western code page.
            near = text[max(0, i - 1):i] + text[i + 1:i + 2]
            score += 1 if all(c.isascii() for c in near) else -1
        elif ch in _PUNCT:
            continue
        elif ch in common:
            score += 2
        elif 0x3400 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF:
            score += 0.2
        elif 0xE000 <= o <= 0xF8FF or 0x3040 <= o <= 0x30FF or 0xAC00 <= o <= 0xD7AF:
            score -= 3  # private use, kana, hangul: a Chinese file read with the wrong code page
        elif unicodedata.category(ch)[0] == "C":
            score -= 5
        else:
            score -= 1  # ³, ķ ...: the letters of a code page that is not the file's
    return score


def _utf16_without_bom(data: bytes) -> str | None:
    even, odd = data[0::2].count(0), data[1::2].count(0)
    half = max(1, len(data) // 2)
    if odd > half * 0.3 and even < half * 0.05:
        return "utf-16-le"
    if even > half * 0.3 and odd < half * 0.05:
        return "utf-16-be"
    return None


def detect(data: bytes, *, final: bool = True) -> EncodingGuess | None:
    """The best encoding for `data` (the whole file when `final`, else a sample of its start);
    None when it does not look like text at all (a binary file)."""
    for bom, enc, label in _BOMS:
        if data.startswith(bom):
            return EncodingGuess(enc, label + " (BOM)" if "BOM" not in label else label, 1.0, True)
    if b"\x00" in data:
        enc16 = _utf16_without_bom(data)
        if enc16 and _decode(data, enc16, final) is not None:
            return EncodingGuess(enc16, LABELS[enc16], 0.8)
        if data.count(b"\x00") > max(2, len(data) // 100):
            return None  # binary
        data = data.replace(b"\x00", b"")  # a stray NUL in a text file: the reader reports it
    text = _decode(data, "utf-8", final)
    if text is not None:
        return EncodingGuess("utf-8", "UTF-8", 1.0 if text.isascii() else 0.99)
    scored: dict[str, float] = {}
    texts: dict[str, str] = {}
    guess = from_bytes(data[:65536]).best()
    order = [*FALLBACK_ORDER, WESTERN]
    # UTF-16/32 without a BOM or NULs is never right (it guesses so for short even-length text).
    if guess is not None and canonical(guess.encoding) not in order and not guess.encoding.startswith("utf"):
        order.append(canonical(guess.encoding))
    for enc in order:
        decoded = _decode(data, enc, final)
        if decoded is not None:
            texts[enc] = decoded
            scored[enc] = _score(decoded) + (0.5 if guess and canonical(guess.encoding) == enc else 0)
    if not scored:
        return None
    ranked = sorted(scored.items(), key=lambda kv: (-kv[1], order.index(kv[0])))
    best, top = ranked[0]
    # A superset that reads the same text (Big5-HKSCS beside Big5) is no rival.
    rivals = [s for enc, s in ranked[1:] if texts[enc] != texts[best]]
    second = rivals[0] if rivals else min(0.0, top - 10)
    margin = (top - second) / (abs(top) + 1)
    confidence = round(max(0.3, min(0.95, 0.5 + margin)), 2)
    alternatives = tuple((enc, round(s, 1)) for enc, s in ranked if enc != best)
    return EncodingGuess(best, LABELS.get(best, best), confidence, False, alternatives)


def best_decode(data: bytes, prefer: tuple[str, ...] = ()) -> tuple[str, str] | None:
    """(text, codec) for a short byte string whose label may lie (a vCard's CHARSET=gb2312 over
    GBK bytes): valid UTF-8 wins (other code pages almost never form it by chance), then the
    strict decode with the best score among the preferred codecs and the fallbacks."""
    if data.isascii():
        return data.decode("ascii"), "ascii"
    text = _decode(data, "utf-8", True)
    if text is not None:
        return text, "utf-8"
    order: list[str] = []
    for name in (*prefer, *FALLBACK_ORDER):
        try:
            enc = canonical(name)
        except ValueError:
            continue
        if enc not in order and not enc.startswith("utf"):
            order.append(enc)
    best: tuple[float, int, str, str] | None = None
    for rank, enc in enumerate(order):
        decoded = _decode(data, enc, True)
        if decoded is not None:
            key = (_score(decoded), -rank, decoded, enc)
            if best is None or key[:2] > best[:2]:
                best = key
    return None if best is None else (best[2], best[3])
