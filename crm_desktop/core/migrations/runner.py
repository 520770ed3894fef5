"""Run Alembic programmatically on an open connection.

`extra_versions` adds folders of revision files after ours (a test's throw-away revisions,
later perhaps a plug-in's); env.py and the template stay ours."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlalchemy.engine import Connection

HERE = Path(__file__).parent


def _config(connection: Connection | None = None, extra_versions: Sequence[str] = ()) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(HERE))
    if extra_versions:
        # Folders are joined with os.pathsep, so a space in a path is harmless. Both names:
        # alembic >= 1.16 reads path_separator, older ones version_path_separator.
        cfg.set_main_option("path_separator", "os")
        cfg.set_main_option("version_path_separator", "os")
        cfg.set_main_option("version_locations",
                            os.pathsep.join([str(HERE / "versions"), *map(str, extra_versions)]))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def head_revision(extra_versions: Sequence[str] = ()) -> str:
    head = ScriptDirectory.from_config(_config(extra_versions=extra_versions)).get_current_head()
    assert head is not None
    return head


def is_known(revision: str, extra_versions: Sequence[str] = ()) -> bool:
    """False for a revision written by a newer crm-desktop than this one."""
    try:
        return ScriptDirectory.from_config(_config(extra_versions=extra_versions)).get_revision(
            revision) is not None
    except CommandError:
        return False


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def upgrade(connection: Connection, target: str = "head", extra_versions: Sequence[str] = ()) -> None:
    command.upgrade(_config(connection, extra_versions), target)


def autogenerate(connection: Connection, message: str) -> None:
    """Developer helper: write a new revision from the models (see docs/dev)."""
    command.revision(_config(connection), message=message, autogenerate=True)
