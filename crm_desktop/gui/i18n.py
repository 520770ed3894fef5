"""The window's language: our .qm files and Qt's own, switched at run time.

Widgets re-read their texts on QEvent.LanguageChange (each has a `retranslate()`), so switching
needs no restart.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from .paths import translations_dir

LANGUAGE_NAMES = {"en": "English", "zh_CN": "简体中文", "zh_TW": "繁體中文"}


class Translations:
    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []
        self.language = "en"

    def uninstall(self) -> None:
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed = []

    def install(self, language: str) -> bool:
        """Switch to `language`; False when our translation file for it is missing."""
        self.uninstall()
        self.language = language if language in LANGUAGE_NAMES else "en"
        QLocale.setDefault(QLocale(self.language if self.language != "en" else "en_US"))
        ours = QTranslator(self._app)  # English too: it carries the plural forms
        found = ours.load(f"crm_desktop_{self.language}", str(translations_dir()))
        if found:
            self._app.installTranslator(ours)
            self._installed.append(ours)
        if self.language == "en":
            return found
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt = QTranslator(self._app)
        if qt.load(f"qtbase_{self.language}", qt_dir):
            self._app.installTranslator(qt)
            self._installed.append(qt)
        return found
