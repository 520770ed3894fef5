"""The PySide6 face of crm-desktop: bootstrap, one DB worker, lazy models, pages, dialogs."""

from .pyside_fixes import keep_none_alive

keep_none_alive()
