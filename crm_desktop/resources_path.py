"""Where the app's read-only resources (fonts, translations, icons) are, however it was installed.

Qt-free so the core (reports' font) and the GUI share one answer. The places, first found wins:
- `CRM_DESKTOP_RESOURCES`: a distribution package that puts them elsewhere (e.g. /usr/share);
- a PyInstaller bundle: `resources/` inside the unpacked folder (`sys._MEIPASS`);
- `crm_desktop/resources/`: if the resources are ever shipped inside the package;
- `resources/` beside the package: a source checkout or an editable install;
- `<prefix>/share/crm-desktop/resources`: a wheel installed into a venv, pipx, the system or
  `pip install --user` (the wheel's data files land under the scheme's prefix).
"""

from __future__ import annotations

import os
import site
import sys
from pathlib import Path

ENV_VAR = "CRM_DESKTOP_RESOURCES"
_PACKAGE = Path(__file__).resolve().parent
# Each candidate must hold this file, so a stray empty folder named "resources" is not taken.
_MARKER = Path("fonts") / "wqy-microhei.ttc"


def candidates() -> list[Path]:
    """Every folder looked at, in order (for an error message that says where we looked)."""
    found: list[Path] = []
    if os.environ.get(ENV_VAR):
        found.append(Path(os.environ[ENV_VAR]))
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        found.append(Path(bundle) / "resources")
    found.append(_PACKAGE / "resources")
    found.append(_PACKAGE.parent / "resources")
    for prefix in (sys.prefix, sys.base_prefix, site.getuserbase()):
        found.append(Path(prefix) / "share" / "crm-desktop" / "resources")
    unique: list[Path] = []
    for path in found:
        if path not in unique:
            unique.append(path)
    return unique


def resources_dir() -> Path:
    """The first candidate that holds the resources; the checkout's folder when none does (so a
    caller's own "missing" message names a sensible place)."""
    for path in candidates():
        if (path / _MARKER).is_file():
            return path
    return _PACKAGE.parent / "resources"


def guide_dir() -> Path:
    """The user guide (docs/guide: a page per language and its pictures): `guide/` among the
    resources of a bundle or a wheel, else the checkout's docs/guide."""
    bundled = resources_dir() / "guide"
    if (bundled / "en.md").is_file():
        return bundled
    return _PACKAGE.parent / "docs" / "guide"
