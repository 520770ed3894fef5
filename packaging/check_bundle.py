"""Check a built bundle as a user would run it: both programs start, the window draws Chinese with
only the bundled font, and the CLI exercises every library that hides data files or lazy imports
(Alembic scripts, OpenCC tables, pypinyin, phonenumbers metadata, charset detection, reportlab
with the CJK font, Babel's zh locales).

Usage: .venv/bin/python packaging/check_bundle.py [BUNDLE_DIR] [--tarball]
Exit 0 when every check passes; prints what failed otherwise.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PASSPHRASE = "check-bundle-passphrase"
# No font directories at all: Chinese on the screenshot can only come from the bundled font.
FONTS_CONF = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig><dir>{empty}</dir><cachedir>{cache}</cachedir></fontconfig>
"""


class CheckFailed(Exception):
    pass


def package_version() -> str:
    text = (ROOT / "crm_desktop" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'__version__ = "([^"]+)"', text)
    assert match, "no __version__ in crm_desktop/__init__.py"
    return match.group(1)


class Runner:
    """Runs the bundle's programs in a throw-away home, so no real vault or setting is touched."""

    def __init__(self, bundle: Path, work: Path) -> None:
        self.bundle = bundle
        self.work = work
        home = work / "home"
        (work / "fonts-empty").mkdir()
        (work / "fonts.conf").write_text(FONTS_CONF.format(empty=work / "fonts-empty",
                                                           cache=work / "fontcache"))
        self.env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(home),
            "XDG_DATA_HOME": str(home / ".local" / "share"),
            "XDG_CONFIG_HOME": str(home / ".config"),
            "XDG_CACHE_HOME": str(home / ".cache"),
            "XDG_RUNTIME_DIR": str(work / "runtime"),
            "FONTCONFIG_FILE": str(work / "fonts.conf"),
            "QT_QPA_PLATFORM": "offscreen",
            "CRM_PASSPHRASE": PASSPHRASE,
            "LANG": "C.UTF-8",
        }
        (work / "runtime").mkdir(mode=0o700)

    def run(self, program: str, *args: str, timeout: float = 180) -> tuple[str, float]:
        started = time.perf_counter()
        done = subprocess.run([str(self.bundle / program), *args], env=self.env, cwd=self.work,
                              capture_output=True, text=True, timeout=timeout)
        elapsed = time.perf_counter() - started
        if done.returncode != 0:
            raise CheckFailed(f"{program} {' '.join(args)} exited {done.returncode}:\n"
                              f"{done.stdout[-2000:]}\n{done.stderr[-2000:]}")
        return done.stdout, elapsed

    def crm(self, *args: str) -> tuple[str, float]:
        return self.run("crm", "--vault", str(self.work / "check.crm"), *args)


def check_screenshot(path: Path) -> str:
    """Not blank: many colours, and a good share of pixels differ from the background."""
    from PIL import Image

    if not path.is_file():
        raise CheckFailed(f"no screenshot at {path}")
    with Image.open(path) as img:
        rgb = img.convert("RGB")
        width, height = rgb.size
        colours = rgb.getcolors(maxcolors=1 << 20) or []
    background = max(colours)[0] if colours else width * height
    drawn = 1 - background / (width * height)
    if width < 640 or height < 400 or len(colours) < 50 or drawn < 0.05:
        raise CheckFailed(f"screenshot looks blank: {width}x{height}, {len(colours)} colours, "
                          f"{drawn:.0%} drawn")
    return f"{width}x{height}, {len(colours)} colours, {drawn:.0%} of pixels off the background"


def contact_hits(output: str) -> list[int]:
    groups = json.loads(output)["groups"]
    return [hit["id"] for group in groups if group["entity"] == "contact" for hit in group["hits"]]


def check_cli(r: Runner) -> list[str]:
    notes = []
    out, t = r.run("crm", "--help")
    if "COMMAND" not in out:
        raise CheckFailed("crm --help printed no command list")
    notes.append(f"crm --help ({t:.1f} s)")
    _, t = r.crm("init")
    notes.append(f"init: a vault created through the Alembic scripts ({t:.1f} s)")
    out, t = r.crm("--json", "contact", "add", "--name", "張偉", "--org", "華潤資本",
                   "--phone", "+86 138 0013 8000", "--email", "zhang.wei@example.cn")
    contact = json.loads(out)
    if contact["phones"][0]["number"] != "+8613800138000":
        raise CheckFailed(f"phone not normalized by phonenumbers: {contact['phones']}")
    notes.append(f"contact 張偉 added, phone in E.164 ({t:.1f} s)")
    for query, what in (("zhangwei", "pinyin (pypinyin)"), ("zw", "initials"),
                        ("张伟", "simplified to traditional (OpenCC)")):
        out, t = r.crm("--json", "search", query)
        if contact["id"] not in contact_hits(out):
            raise CheckFailed(f"search {query!r} did not find 張偉: {out[:500]}")
        notes.append(f"search {query!r} finds it by {what} ({t:.1f} s)")
    csv = r.work / "gbk.csv"
    csv.write_bytes("姓名,电话,公司\n李娜,13912345678,招商银行\n王芳,021-6234 5678,中信证券\n".encode("gbk"))
    out, t = r.crm("--json", "import", "run", csv.name, "--region", "CN")
    out, _ = r.crm("--json", "search", "lina")
    if not contact_hits(out):
        raise CheckFailed("the GBK CSV's 李娜 was not found after import (charset detection?)")
    notes.append(f"GBK CSV imported, encoding detected, 李娜 found by pinyin ({t:.1f} s)")
    for report, args in (("dossier", ("--contact", str(contact["id"]))), ("pipeline", ())):
        pdf = r.work / f"{report}.pdf"
        _, t = r.crm("report", report, *args, "--lang", "zh_CN", "--out", str(pdf))
        notes.append(f"report {report}: {check_pdf(pdf, '張偉' if report == 'dossier' else '交易')} "
                     f"({t:.1f} s)")
    return notes


def check_pdf(pdf: Path, expected: str) -> str:
    data = pdf.read_bytes()
    if not data.startswith(b"%PDF") or b"WenQuanYi" not in data:
        raise CheckFailed(f"{pdf.name}: not a PDF with the embedded CJK font")
    from pypdf import PdfReader

    text = "".join(page.extract_text() or "" for page in PdfReader(pdf).pages)
    if expected not in text:
        raise CheckFailed(f"{pdf.name}: {expected!r} not in its text: {text[:300]!r}")
    return f"{len(data) // 1024} KB, font embedded, text has {expected}"


def folder_size(folder: Path) -> tuple[int, int]:
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files), len(files)


def tarball_size(folder: Path, work: Path) -> int:
    target = work / "bundle.tar.gz"
    with tarfile.open(target, "w:gz") as tar:
        tar.add(folder, arcname=folder.name)
    return target.stat().st_size


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", nargs="?", default=str(HERE / "dist" / "crm-desktop"))
    parser.add_argument("--tarball", action="store_true", help="also measure the .tar.gz size")
    parser.add_argument("--screenshot", default="/tmp/crm-desktop-bundle.png",
                        help="where to keep the screenshot (to look at it)")
    args = parser.parse_args()
    bundle = Path(args.bundle).resolve()
    for program in ("crm-desktop", "crm"):
        if not (bundle / program).is_file():
            print(f"FAIL: {bundle / program} missing: build with packaging/build.sh")
            return 1
    info = bundle.parent / "build-info.txt"
    if info.is_file():
        print(info.read_text(encoding="utf-8").strip())
    size, files = folder_size(bundle)
    print(f"bundle: {bundle} — {size / 2**20:.0f} MiB in {files} files")
    work = Path(tempfile.mkdtemp(prefix="crm-bundle-check-"))
    try:
        r = Runner(bundle, work)
        out, t = r.run("crm-desktop", "--version")
        if package_version() not in out:
            raise CheckFailed(f"crm-desktop --version printed {out!r}, not {package_version()}")
        print(f"ok   crm-desktop --version: {out.strip()} ({t:.1f} s)")
        shot = Path(args.screenshot)
        shot.unlink(missing_ok=True)
        _, t = r.run("crm-desktop", "--demo", "--screenshot", str(shot), "--page", "dashboard",
                     "--lang", "zh_CN")
        print(f"ok   demo dashboard in 简体中文, bundled font only: {check_screenshot(shot)} "
              f"({t:.1f} s) -> {shot}")
        for note in check_cli(r):
            print(f"ok   {note}")
        if args.tarball:
            print(f"tar.gz: {tarball_size(bundle, work) / 2**20:.0f} MiB")
    except (CheckFailed, subprocess.TimeoutExpired) as error:
        print(f"FAIL {error}")
        return 1
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
