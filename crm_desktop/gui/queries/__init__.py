"""Queries the GUI runs on its worker thread (Qt-free; candidates to move into core services)."""
