"""The bundle's `crm`: the command line, which never loads Qt."""

import sys

from crm_desktop.cli import main

sys.exit(main())
