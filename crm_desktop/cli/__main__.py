"""`python -m crm_desktop.cli ...`, the same as the `crm` script."""

import sys

from . import main

sys.exit(main())
