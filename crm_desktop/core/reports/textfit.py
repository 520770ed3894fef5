"""Line breaking for report text, fast and CJK-aware, and a flowable of pre-broken lines.

reportlab's Paragraph measures every character through a pure-Python path for TrueType fonts
(without the optional rl_accel extension) and is re-measured on every table split: a 5,000-row
table of wrapped cells took ~11 s. Measuring here with one cached width table per size, and
handing reportlab plain lines, keeps it to a few seconds.
"""

from __future__ import annotations

import re
from functools import lru_cache

from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable

from . import fonts

_CJK_CLASS = "\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f"
# A token: one CJK character (lines may break between any two), a run of spaces, or a word.
_TOKEN = re.compile(rf"[{_CJK_CLASS}]|[^\S\n]+|[^\s{_CJK_CLASS}]+")
# Never at the start of a line (Chinese line-breaking rules, simplified).
_NO_START = set("，。、；：？！）」』》〉】〕…—,.;:!?)]}%")
MAX_LINES = 40  # per table cell: a row must fit on a page


class Measure:
    """String widths in points for the report font at one size."""

    def __init__(self, size: float) -> None:
        face = pdfmetrics.getFont(fonts.register()).face
        self._widths = face.charWidths
        self._default = face.defaultWidth
        self.size = size
        self._cache: dict[str, float] = {}

    def width(self, text: str) -> float:
        w = self._cache.get(text)
        if w is None:
            get, default = self._widths.get, self._default
            w = sum([get(o, default) for o in map(ord, text)]) * self.size / 1000
            if len(text) < 40:  # words and single characters repeat; long strings do not
                self._cache[text] = w
        return w


@lru_cache(maxsize=8)
def measure(size: float) -> Measure:
    return Measure(size)


def wrap_lines(text: str, width: float, size: float) -> list[str]:
    """Break `text` into lines no wider than `width` points (newlines kept)."""
    m = measure(size)
    tok_width = m.width
    min_char = size * 0.2  # no glyph of the font is narrower: a longer line cannot fit whole
    out: list[str] = []
    for para in text.split("\n"):
        if len(para) * min_char <= width and tok_width(para) <= width:
            out.append(para.rstrip())
            continue
        line: list[str] = []
        line_w = 0.0
        for tok in _TOKEN.findall(para):
            w = tok_width(tok)
            if tok[0].isspace():
                if line:
                    line.append(tok)
                    line_w += w
                continue
            if line_w + w <= width or (tok in _NO_START and line):
                line.append(tok)
                line_w += w
                continue
            while line and line[-1][0].isspace():
                line_w -= tok_width(line.pop())
            if line:
                out.append("".join(line))
                line, line_w = [], 0.0
            if w <= width:
                line, line_w = [tok], w
                continue
            for ch in tok:  # a word longer than the line (a URL, a long number): cut it
                cw = tok_width(ch)
                if line_w + cw > width and line:
                    out.append("".join(line))
                    line, line_w = [], 0.0
                line.append(ch)
                line_w += cw
        out.append("".join(line).rstrip())
    return out


def cell_text(text: str, width: float, size: float) -> str:
    lines = wrap_lines(text, width, size)
    if len(lines) > MAX_LINES:
        lines = [*lines[:MAX_LINES - 1], lines[MAX_LINES - 1].rstrip() + " …"]
    return "\n".join(lines)


class TextBlock(Flowable):
    """Plain text as pre-broken lines that split between any two lines across pages (minutes)."""

    def __init__(self, text: str, size: float, leading: float, color: object,
                 space_after: float = 3) -> None:
        super().__init__()
        self.text, self.size, self.leading, self.color = text, size, leading, color
        self.space_after = space_after
        self._lines: tuple[float, list[str]] | None = None

    def _layout(self, width: float) -> list[str]:
        if self._lines is None or self._lines[0] != width:
            self._lines = (width, wrap_lines(self.text, width, self.size))
        return self._lines[1]

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self.width = aw
        self.height = len(self._layout(aw)) * self.leading + self.space_after
        return self.width, self.height

    def split(self, aw: float, ah: float) -> list[Flowable]:
        lines = self._layout(aw)
        # At least two lines on each side: no orphan at a page's foot, no widow at the next head.
        n = min(int(ah // self.leading), len(lines) - 2)
        if n < 2:
            return []
        # Each part is re-broken at the same width into the same lines (each already fits).
        return [TextBlock("\n".join(lines[:n]), self.size, self.leading, self.color, 0),
                TextBlock("\n".join(lines[n:]), self.size, self.leading, self.color, self.space_after)]

    def draw(self) -> None:
        t = self.canv.beginText(0, self.height - self.space_after - self.size)
        t.setFont(fonts.register(), self.size, self.leading)
        t.setFillColor(self.color)
        for line in self._layout(self.width):
            t.textLine(line)
        self.canv.drawText(t)
