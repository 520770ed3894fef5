"""Alembic environment: always runs on the connection the vault hands over (never a URL),
so migrations see the keyed SQLCipher connection and run inside its transaction."""

from __future__ import annotations

from typing import Any

from alembic import context

from crm_desktop.core.models import Base

# The search module's FTS5 tables (search_tri, search_word, search_note) and their shadow tables
# (_data, _idx, _docsize, _config) are created by hand in 0002 and are not in the models.
SEARCH_PREFIX = "search_"


def include_object(obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any) -> bool:
    """Autogenerate compares the models with the file: without this, every revision it writes
    would drop the full-text indexes. Only tables the models do not know are skipped, so a
    change to search_doc or search_key (models/search.py) is still seen."""
    return not (type_ == "table" and reflected and compare_to is None
                and (name or "").startswith(SEARCH_PREFIX))


def run_migrations() -> None:
    connection = context.config.attributes["connection"]
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,  # SQLite alters tables by copy; batch mode does that portably
        transactional_ddl=True,
        include_object=include_object,
    )
    with context.begin_transaction():
        context.run_migrations()


# Alembic executes this file with its context set up; a plain import (a tool walking every
# module of crm_desktop.core) must not fail.
if getattr(context, "config", None) is not None:
    run_migrations()
