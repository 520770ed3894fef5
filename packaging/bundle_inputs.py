"""What goes into the bundle and what is left out, as plain data: the spec builds from it and
tests/test_packaging.py checks it against the tree (without PyInstaller or a build)."""

from __future__ import annotations

from pathlib import Path

APP_ID = "io.github.crm_desktop.CrmDesktop"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
# The languages the window offers (crm_desktop/gui/settings.py LANGUAGES); only their data is kept.
LANGUAGES = ("en", "zh_CN", "zh_TW")
# Babel locales the reports and pages format with (core/reports/fmt.py LOCALES,
# gui/formatting.py _LOCALES) and the parents Babel merges them over.
BABEL_LOCALES = frozenset({"root", "en", "zh", "zh_Hans", "zh_Hans_CN", "zh_Hant", "zh_Hant_TW"})
# Linux platform plugins kept: a desktop's (X11, Wayland) and the headless ones (tests, --screenshot).
QT_PLATFORMS = frozenset({"libqxcb.so", "libqoffscreen.so", "libqminimal.so"})
# Qt plugin groups never used: QML, SQL drivers, TLS, printing, embedded devices.
QT_DROPPED_PLUGINS = frozenset({
    "qmltooling", "qmllint", "sqldrivers", "tls", "designer", "generic", "networkinformation",
    "printsupport", "egldeviceintegrations", "wayland-graphics-integration-server",
})

HIDDEN_IMPORTS = [
    # What alembic revisions import when they are loaded from files (crm_desktop's own modules are
    # all collected by the spec; phonenumbers' lazy metadata by hooks/hook-phonenumbers.py).
    "alembic.op", "alembic.context", "sqlalchemy.dialects.sqlite",
]

EXCLUDES = [
    # Qt we do not use: the app is QtCore/QtGui/QtWidgets, and QtDBus to hear the screen lock.
    "PySide6.QtNetwork", "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtQuickWidgets",
    "PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets", "PySide6.QtWebChannel",
    "PySide6.QtMultimedia", "PySide6.QtPdf", "PySide6.QtSql", "PySide6.QtTest", "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets", "PySide6.QtSvg", "PySide6.QtPrintSupport",
    "PySide6.QtUiTools", "PySide6.QtXml", "PySide6.QtDesigner", "PySide6.QtHelp",
    # phonenumbers' place names, carriers and time zones (40 MB): we only parse and format.
    "phonenumbers.geocoder", "phonenumbers.carrier", "phonenumbers.timezone",
    # Tools and tests, not the app.
    "tkinter", "pytest", "pytestqt", "_pytest", "ruff", "pip", "setuptools", "PyInstaller",
    "IPython", "numpy", "matplotlib",
    # Only mako's syntax-highlighting plugin wants it; alembic renders no templates at run time.
    "pygments", "mako.ext.pygmentplugin",
]


def our_datas(root: Path) -> list[tuple[str, str]]:
    """(source file or glob, folder in the bundle) for the files of this repository."""
    resources = root / "resources"
    migrations = root / "crm_desktop" / "core" / "migrations"
    datas = [
        # Found at run time under sys._MEIPASS/resources (crm_desktop/resources_path.py).
        (resources / "fonts" / "wqy-microhei.ttc", "resources/fonts"),
        (resources / "fonts" / "LICENSE-Apache-2.0.txt", "resources/fonts"),
        (resources / "icons" / "crm-desktop.png", "resources/icons"),
        (resources / "icons" / "crm-desktop.svg", "resources/icons"),
        # Alembic reads env.py, the template and the revisions as files from script_location
        # (migrations/runner.py HERE), not from the archive of compiled modules.
        (migrations / "env.py", "crm_desktop/core/migrations"),
        (migrations / "script.py.mako", "crm_desktop/core/migrations"),
        (migrations / "versions" / "*.py", "crm_desktop/core/migrations/versions"),
    ]
    datas += [(resources / "translations" / f"crm_desktop_{lang}.qm", "resources/translations")
              for lang in LANGUAGES]
    # Help → User guide reads it from resources/guide (resources_path.guide_dir).
    guide = root / "docs" / "guide"
    datas += [(guide / f"{lang}.md", "resources/guide") for lang in LANGUAGES]
    datas += [(guide / "images" / lang / "*.png", f"resources/guide/images/{lang}") for lang in LANGUAGES]
    return [(str(source), dest) for source, dest in datas]


def kept(dest: str) -> bool:
    """False for collected files the app never reads: Qt's catalogs for other languages, Babel's
    other locales, Qt plugins it cannot use, QML."""
    parts = Path(dest).parts
    name = Path(dest).name
    if parts[:1] != ("PySide6",):
        if parts[:2] == ("babel", "locale-data"):
            return Path(name).stem in BABEL_LOCALES
        return True
    if "translations" in parts:
        return name in {f"qtbase_{lang}.qm" for lang in LANGUAGES}
    if "qml" in parts:
        return False
    if "plugins" in parts and len(parts) > parts.index("plugins") + 2:
        group = parts[parts.index("plugins") + 1]
        if group == "platforms":
            return (name in QT_PLATFORMS
                    or name.startswith("libqwayland")  # Qt < 6.8: -egl and -generic; one file since
                    or not name.endswith(".so"))  # Windows and macOS: qwindows.dll, libqcocoa.dylib
        return group not in QT_DROPPED_PLUGINS
    return True
