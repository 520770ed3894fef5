"""Alembic migrations, run on open (after an encrypted backup) by `runner.upgrade`."""

# The newest revision, known without loading Alembic and every migration script (~0.3 s at each
# open and launch); tests/core/test_vault_migrations.py checks it is Alembic's head.
HEAD = "0004"
