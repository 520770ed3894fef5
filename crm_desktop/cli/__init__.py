"""The `crm` command line: a thin face over crm_desktop.core.services (parsing and printing only)."""

from .app import main

__all__ = ["main"]
