"""The bundle's `crm-desktop`: PyInstaller needs a script file, not an entry point."""

import sys

from crm_desktop.__main__ import main

sys.exit(main())
