"""Alembic migrations, run on open (after an encrypted backup) by `runner.upgrade`."""
