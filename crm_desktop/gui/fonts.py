"""Load bundled fonts (resources/fonts) so Chinese renders on a machine with no CJK font."""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from .paths import fonts_dir

log = logging.getLogger(__name__)


def load_bundled_fonts(app: QApplication) -> list[str]:
    """Register every .ttf/.ttc/.otf under resources/fonts and put them after the default family
    as fallbacks; returns the families added."""
    families: list[str] = []
    folder = fonts_dir()
    if not folder.is_dir():
        return families
    for path in sorted(folder.iterdir()):
        if path.suffix.lower() not in {".ttf", ".ttc", ".otf"}:
            continue
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("could not load font %s", path.name)
            continue
        families.extend(f for f in QFontDatabase.applicationFontFamilies(font_id) if f not in families)
    if families:
        font = QFont(app.font())
        font.setFamilies([app.font().family(), *families])
        app.setFont(font)
    return families
