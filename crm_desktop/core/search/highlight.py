"""Where a query matched, in the text as shown: spans for the title, snippets for notes."""

from __future__ import annotations

from crm_desktop.core.text.keys import fold, fold_with_map, pinyin_units

from .results import Snippet

Spans = tuple[tuple[int, int], ...]
SNIPPET_WIDTH = 90
SNIPPET_SCAN = 20_000  # long minutes: look for the match in their first pages only


def _merge(spans: list[tuple[int, int]]) -> Spans:
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(e, out[-1][1]))
        else:
            out.append((s, e))
    return tuple(out)


def find_spans(text: str, needles: list[str]) -> Spans:
    """Every occurrence of the (folded) needles in `text`, as (start, end) in the original."""
    if not text:
        return ()
    folded, index = fold_with_map(text)
    found = []
    for n in needles:
        start = folded.find(n) if n else -1
        while start >= 0:
            found.append((index[start], index[start + len(n) - 1] + 1))
            start = folded.find(n, start + len(n))
    return _merge(found)


def contains_all(text: str | None, needles: list[str]) -> bool:
    folded = fold(text)
    return bool(folded) and all(n in folded for n in needles)


def contains_any(text: str | None, needles: list[str]) -> bool:
    folded = fold(text)
    return bool(folded) and any(n in folded for n in needles)


def _walk(key: str, units: list[tuple[int, tuple[str, ...]]], pos: int, j: int) -> int | None:
    """Index past the last unit that spells key[pos:] from unit j (full syllables, initials,
    and a partly typed last syllable), or None."""
    if pos == len(key):
        return j
    if j == len(units):
        return None
    for syl in units[j][1]:
        if not syl:
            continue
        if key.startswith(syl, pos):
            end = _walk(key, units, pos + len(syl), j + 1)
            if end is not None:
                return end
        if syl.startswith(key[pos:]):
            return j + 1
        if key[pos] == syl[0]:
            end = _walk(key, units, pos + 1, j + 1)
            if end is not None:
                return end
    return None


def pinyin_spans(text: str, key: str, *, surname: bool = False) -> Spans:
    """The Chinese characters of `text` a pinyin query spells: 'zhangw' or 'zw' on 张伟 → (0, 2)."""
    if not key or not key.isascii():
        return ()
    folded, index = fold_with_map(text)
    units = pinyin_units(folded[:40], surname=surname)
    for start in range(len(units)):
        end = _walk(key, units, 0, start)
        if end is not None:
            return _merge([(index[units[k][0]], index[units[k][0]] + 1) for k in range(start, end)])
    return ()


def snippet(text: str, needles: list[str], width: int = SNIPPET_WIDTH) -> Snippet:
    """A window of `text` around its first match, on one line, with the matches' spans."""
    spans = find_spans(text[:SNIPPET_SCAN], needles)
    first = spans[0][0] if spans else 0
    begin = max(0, min(first - width // 3, len(text) - width))
    end = min(len(text), begin + width)
    prefix = "…" if begin > 0 else ""
    body = prefix + text[begin:end].replace("\n", " ").replace("\r", " ") + ("…" if end < len(text) else "")
    shift = len(prefix) - begin
    inside = tuple((max(s, begin) + shift, min(e, end) + shift) for s, e in spans if s < end and e > begin)
    return Snippet(body, inside)
