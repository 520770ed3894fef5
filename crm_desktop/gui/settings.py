"""The app's own settings (per user, not per vault), typed, over QSettings.

Vault-wide settings (phone region, pipeline) live in the vault; these are about this machine:
which vault to open, the language of the window, when to lock.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

from .paths import APP_NAME

LANGUAGES = ("en", "zh_CN", "zh_TW")
DEFAULT_AUTOLOCK_MINUTES = 10


class Settings:
    def __init__(self, qsettings: QSettings) -> None:
        self._q = qsettings

    @classmethod
    def default(cls) -> Settings:
        return cls(QSettings(APP_NAME, APP_NAME))

    @classmethod
    def at(cls, ini_path: str) -> Settings:
        """Settings in one INI file (tests, portable installs)."""
        return cls(QSettings(ini_path, QSettings.Format.IniFormat))

    @property
    def last_vault(self) -> str | None:
        value = self._q.value("vault/last", None)
        return str(value) if value else None

    @last_vault.setter
    def last_vault(self, path: str | None) -> None:
        self._q.setValue("vault/last", path or "")
        self._q.sync()

    @property
    def language(self) -> str:
        value = str(self._q.value("ui/language", "en"))
        return value if value in LANGUAGES else "en"

    @language.setter
    def language(self, lang: str) -> None:
        self._q.setValue("ui/language", lang if lang in LANGUAGES else "en")
        self._q.sync()

    @property
    def autolock_minutes(self) -> int:
        """0 turns auto-lock off."""
        try:
            return max(0, int(self._q.value("security/autolock_minutes", DEFAULT_AUTOLOCK_MINUTES)))
        except (TypeError, ValueError):
            return DEFAULT_AUTOLOCK_MINUTES

    @autolock_minutes.setter
    def autolock_minutes(self, minutes: int) -> None:
        self._q.setValue("security/autolock_minutes", max(0, int(minutes)))
        self._q.sync()

    @property
    def tour_seen(self) -> bool:
        """The first-run tour was finished, skipped or turned off: do not show it by itself again."""
        value = self._q.value("ui/tour_seen", False)
        return value is True or str(value).lower() in ("true", "1")  # INI files give strings back

    @tour_seen.setter
    def tour_seen(self, seen: bool) -> None:
        self._q.setValue("ui/tour_seen", bool(seen))
        self._q.sync()
