"""The one font every report uses: WenQuanYi Micro Hei, embedded as a TrueType subset.

One font for Latin, digits and Chinese (simplified and traditional) keeps widths and baselines
consistent and means a PDF never shows boxes for a client's name. reportlab embeds only TrueType
outlines (not CFF/OTF such as Noto CJK), which is why this font is bundled under resources/fonts.
"""

from __future__ import annotations

import threading
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from crm_desktop import resources_path
from crm_desktop.core.errors import CrmError

FONT_NAME = "WenQuanYiMicroHei"
FONT_FILE = "wqy-microhei.ttc"
_SUBFONT = 0  # face 0 of the collection: proportional "Micro Hei" (1 is the Mono face)
_lock = threading.Lock()
_registered = False


class FontMissing(CrmError):
    def __init__(self, searched: list[Path]) -> None:
        where = ", ".join(str(p) for p in searched)
        super().__init__(f"The report font {FONT_FILE} is missing (looked in {where}); "
                         "reinstall crm-desktop.")


def _candidates() -> list[Path]:
    # A checkout, a wheel and a PyInstaller bundle keep resources in different places.
    return [d / "fonts" / FONT_FILE for d in resources_path.candidates()]


def font_path() -> Path:
    candidates = _candidates()
    for path in candidates:
        if path.is_file():
            return path
    raise FontMissing(candidates)


def register() -> str:
    """Register the font with reportlab (once per process); returns its name."""
    global _registered
    with _lock:
        if not _registered:
            pdfmetrics.registerFont(TTFont(FONT_NAME, str(font_path()), subfontIndex=_SUBFONT))
            # Map bold/italic to the same face: the font has no bold, and markup like <b> must not
            # fall back to Helvetica (which has no Chinese).
            from reportlab.lib.fonts import addMapping

            for bold in (0, 1):
                for italic in (0, 1):
                    addMapping(FONT_NAME, bold, italic, FONT_NAME)
            _registered = True
    return FONT_NAME


def covers(text: str) -> bool:
    """True when every character of `text` has a glyph in the font (else it would show a box)."""
    face = pdfmetrics.getFont(register()).face
    widths = face.charWidths
    return all(ord(ch) in widths or ch.isspace() for ch in text)
