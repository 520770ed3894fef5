"""The importer package loads its parts on first use (the window's start does not pay for the
readers), and its functions stay functions when the submodules of the same name load."""

from __future__ import annotations

import subprocess
import sys


def test_names_load_lazily_and_functions_stay_functions() -> None:
    code = """
import sys
import crm_desktop.core.importer as importer
from crm_desktop.core.importer.errors import ImportFileError
assert "openpyxl" not in sys.modules and "crm_desktop.core.importer.commit" not in sys.modules
import crm_desktop.core.importer.commit  # loads the automap and preview submodules' neighbours
import crm_desktop.core.importer.preview
assert callable(importer.automap) and callable(importer.preview), (importer.automap, importer.preview)
assert importer.automap.__module__ == "crm_desktop.core.importer.automap"
assert importer.ImportFileError is ImportFileError
from crm_desktop.core.importer import Preview, run_import
assert Preview.__name__ == "Preview" and callable(run_import)
try:
    importer.no_such_name
except AttributeError:
    pass
else:
    raise AssertionError("unknown names must raise AttributeError")
print("ok")
"""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and done.stdout.strip() == "ok", done.stderr
