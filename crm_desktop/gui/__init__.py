"""The PySide6 face of crm-desktop: bootstrap, one DB worker, lazy models, pages, dialogs."""
