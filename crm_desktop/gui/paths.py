"""Where things live: the user's data folder (platformdirs) and the app's resources."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import platformdirs

from crm_desktop.resources_path import resources_dir

APP_NAME = "crm-desktop"
DEMO_PASSPHRASE = "demo"
# A checkout, a wheel and a PyInstaller bundle keep resources in different places: see resources_path.
RESOURCES = resources_dir()


@dataclass(frozen=True)
class Paths:
    data_dir: Path

    @classmethod
    def default(cls) -> Paths:
        return cls(Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)))

    @property
    def default_vault(self) -> Path:
        return self.data_dir / "vault.crm"

    @property
    def demo_vault(self) -> Path:
        return self.data_dir / "demo.crm"


def translations_dir() -> Path:
    return RESOURCES / "translations"


def fonts_dir() -> Path:
    return RESOURCES / "fonts"


def icons_dir() -> Path:
    return RESOURCES / "icons"
