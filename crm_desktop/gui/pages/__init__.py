"""Pages of the desktop window."""
