"""Pages of the desktop window, in navigation order."""

PAGES = ("contacts", "deals", "reminders", "dashboard", "trash")
