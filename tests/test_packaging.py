"""The packaging inputs agree with the tree and with each other (no build: that is
packaging/build.sh + packaging/check_bundle.py, too slow for every run)."""

from __future__ import annotations

import configparser
import glob
import importlib.util
import re
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from importlib.metadata import version
from pathlib import Path
from types import ModuleType

import pytest

import crm_desktop
from crm_desktop import resources_path

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
LINUX = PACKAGING / "linux"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"


def _load_inputs() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bundle_inputs", PACKAGING / "bundle_inputs.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


inputs = _load_inputs()
APP_ID = inputs.APP_ID


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(LINUX / f"{APP_ID}.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def _mime_type() -> str:
    root = ET.parse(LINUX / "crm-desktop-mime.xml").getroot()
    (mime,) = root.findall(f"{MIME_NS}mime-type")
    assert mime.find(f"{MIME_NS}glob").get("pattern") == "*.crm"
    return mime.get("type")


def test_every_data_source_of_the_spec_exists() -> None:
    for source, dest in inputs.our_datas(ROOT):
        assert glob.glob(source), f"{source} (for {dest}) matches nothing"
    # The files the spec names itself (PACKAGING / "launchers" / "crm_cli.py", ...); the Windows
    # and macOS icons are not made yet (README).
    spec = (PACKAGING / "crm-desktop.spec").read_text(encoding="utf-8")
    named = [re.findall(r'"([^"]+)"', chain) for chain in re.findall(r'PACKAGING((?:\s*/\s*"[^"]+")+)', spec)]
    assert ["launchers", "crm_cli.py"] in named and ["hooks"] in named
    for parts in named:
        if Path(parts[-1]).suffix not in {".ico", ".icns"}:
            assert PACKAGING.joinpath(*parts).exists(), parts
    for hook in (PACKAGING / "hooks").glob("hook-*.py"):
        compile(hook.read_text(encoding="utf-8"), str(hook), "exec")


def test_the_bundle_carries_what_the_app_looks_up() -> None:
    from crm_desktop.core.reports.fmt import LOCALES as REPORT_LOCALES
    from crm_desktop.gui.formatting import _LOCALES as WINDOW_LOCALES
    from crm_desktop.gui.settings import LANGUAGES

    assert set(inputs.LANGUAGES) == set(LANGUAGES)
    for locale in {*REPORT_LOCALES.values(), *WINDOW_LOCALES.values()}:
        assert locale in inputs.BABEL_LOCALES
    bundled = {(Path(s).name, d) for source, d in inputs.our_datas(ROOT) for s in glob.glob(source)}
    for lang in LANGUAGES:
        assert (f"crm_desktop_{lang}.qm", "resources/translations") in bundled
    assert ("wqy-microhei.ttc", "resources/fonts") in bundled
    assert ("crm-desktop.png", "resources/icons") in bundled  # the window and notification icon
    versions = ROOT / "crm_desktop" / "core" / "migrations" / "versions"
    for revision in versions.glob("[0-9]*.py"):
        assert (revision.name, "crm_desktop/core/migrations/versions") in bundled


def test_the_filter_keeps_what_runs_and_drops_the_rest() -> None:
    keep = ["PySide6/Qt/translations/qtbase_zh_CN.qm", "PySide6/Qt/translations/qtbase_zh_TW.qm",
            "PySide6/Qt/plugins/platforms/libqxcb.so", "PySide6/Qt/plugins/platforms/libqwayland.so",
            "PySide6/Qt/plugins/platforms/libqoffscreen.so", "PySide6/plugins/platforms/qwindows.dll",
            "PySide6/Qt/plugins/imageformats/libqjpeg.so", "babel/locale-data/zh_Hant_TW.dat",
            "babel/locale-data/root.dat", "babel/global.dat", "resources/fonts/wqy-microhei.ttc",
            "opencc/clib/share/opencc/t2s.json"]
    drop = ["PySide6/Qt/translations/qtbase_de.qm", "PySide6/Qt/plugins/platforms/libqvnc.so",
            "PySide6/Qt/plugins/platforms/libqeglfs.so", "PySide6/Qt/plugins/sqldrivers/libqsqlite.so",
            "PySide6/Qt/qml/QtQuick/qmldir", "babel/locale-data/de.dat"]
    assert [d for d in keep if not inputs.kept(d)] == []
    assert [d for d in drop if inputs.kept(d)] == []


def test_excluded_modules_are_not_imported_by_the_app() -> None:
    excluded = [m for m in inputs.EXCLUDES if m.startswith(("PySide6.", "phonenumbers.", "pygments"))]
    for path in (ROOT / "crm_desktop").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for module in excluded:
            pattern = rf"^\s*(from|import)\s+{re.escape(module)}\b"
            assert not re.search(pattern, text, re.M), f"{path} imports {module}, left out of the bundle"
            package, _, name = module.rpartition(".")
            assert not re.search(rf"^\s*from\s+{re.escape(package)}\s+import\s+.*\b{name}\b", text,
                                 re.M), f"{path} imports {module}, left out of the bundle"


def test_the_desktop_entry() -> None:
    entry = _desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Exec"].split()[0] == "crm-desktop"
    assert entry["Exec"].split()[1:] == ["%f"]  # a .crm file opened from a file manager
    assert entry["Icon"] == APP_ID
    assert entry["Name[zh_CN]"] and entry["Name[zh_TW]"] and entry["Name"]
    for key in ("Comment", "Comment[zh_CN]", "Comment[zh_TW]"):
        assert entry[key]
    assert entry["Categories"].split(";")[:2] == ["Office", "ContactManagement"]
    assert entry["MimeType"].rstrip(";").split(";") == [_mime_type()]


def test_the_appstream_metainfo() -> None:
    root = ET.parse(LINUX / f"{APP_ID}.metainfo.xml").getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == f"{APP_ID}.desktop"
    assert (LINUX / root.findtext("launchable")).is_file()
    assert root.findtext("provides/mediatype") == _mime_type()
    assert {b.text for b in root.findall("provides/binary")} == {"crm-desktop", "crm"}
    releases = [r.get("version") for r in root.findall("releases/release")]
    assert crm_desktop.__version__ in releases  # a release note for the version being shipped


def test_every_icon_size_is_a_png_of_that_size() -> None:
    for size in inputs.ICON_SIZES:
        path = PACKAGING / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        data = path.read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n", path
        assert struct.unpack(">II", data[16:24]) == (size, size), path
    assert (PACKAGING / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()


def test_crm_desktop_version_prints_the_package_version() -> None:
    done = subprocess.run([sys.executable, "-m", "crm_desktop", "--version"], capture_output=True,
                          text=True, timeout=60, check=True)
    assert done.stdout.strip() == f"crm-desktop {version('crm-desktop')}"
    assert crm_desktop.__version__ == version("crm-desktop")


def test_resources_found_in_a_checkout() -> None:
    assert resources_path.resources_dir() == ROOT / "resources"


@pytest.mark.parametrize("where", ["env", "bundle"])
def test_resources_found_in_a_bundle_or_where_a_packager_says(
        where: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "resources" if where == "bundle" else tmp_path / "share"
    (folder / "fonts").mkdir(parents=True)
    (folder / "fonts" / "wqy-microhei.ttc").write_bytes(b"")
    if where == "bundle":
        monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    else:
        monkeypatch.setenv(resources_path.ENV_VAR, str(folder))
    assert resources_path.resources_dir() == folder
    assert resources_path.candidates()[0] == folder


def test_an_empty_folder_named_resources_is_not_taken(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "resources" / "fonts").mkdir(parents=True)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources_path.resources_dir() == ROOT / "resources"
