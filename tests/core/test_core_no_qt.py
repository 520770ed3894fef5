"""crm_desktop.core never imports Qt: every module of it imports with PySide6 made unimportable."""

from __future__ import annotations

import json

from .vault_util import run_python

SCRIPT = r'''
import importlib, json, pkgutil, sys

class NoQt:
    """Refuses PySide6 and shiboken6 as if they were not installed."""
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("PySide6", "shiboken6"):
            raise ImportError(f"Qt is blocked in this test: {name}")
        return None

sys.meta_path.insert(0, NoQt())
import crm_desktop.core as core

failed, modules = {}, []
for info in pkgutil.walk_packages(core.__path__, core.__name__ + "."):
    modules.append(info.name)
    try:
        importlib.import_module(info.name)
    except Exception as exc:
        failed[info.name] = f"{type(exc).__name__}: {exc}"
qt = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6"))
print(json.dumps({"modules": modules, "failed": failed, "qt": qt}))
'''


def test_core_imports_without_qt() -> None:
    proc = run_python(SCRIPT, timeout=120)
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout.strip().splitlines()[-1])
    assert report["failed"] == {}
    assert report["qt"] == []
    # The walk really covered the package (vault, migrations, services, models...).
    for expected in ("crm_desktop.core.vault.vault", "crm_desktop.core.vault.rekey",
                     "crm_desktop.core.migrations.runner", "crm_desktop.core.services.contacts",
                     "crm_desktop.core.models.contact"):
        assert expected in report["modules"]


def test_the_blocker_blocks() -> None:
    """The same blocker makes importing Qt fail, so the test above can fail."""
    proc = run_python(SCRIPT.split("import crm_desktop.core")[0] + "import PySide6.QtCore\n")
    assert proc.returncode != 0 and "Qt is blocked in this test" in proc.stderr
