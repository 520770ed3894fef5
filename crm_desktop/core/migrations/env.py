"""Alembic environment: always runs on the connection the vault hands over (never a URL),
so migrations see the keyed SQLCipher connection and run inside its transaction."""

from __future__ import annotations

from alembic import context

from crm_desktop.core.models import Base


def run_migrations() -> None:
    connection = context.config.attributes["connection"]
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,  # SQLite alters tables by copy; batch mode does that portably
        transactional_ddl=True,
    )
    with context.begin_transaction():
        context.run_migrations()


# Alembic executes this file with its context set up; a plain import (a tool walking every
# module of crm_desktop.core) must not fail.
if getattr(context, "config", None) is not None:
    run_migrations()
