"""`python -m crm_desktop` and the `crm-desktop` command: the desktop window."""

from __future__ import annotations

import sys


def main() -> int:
    from crm_desktop.gui.app import main as gui_main

    return gui_main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
