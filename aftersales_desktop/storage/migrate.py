"""Bring a database to the newest schema with Alembic, copying it to backups/ first when needed."""

from __future__ import annotations

from pathlib import Path

from typing import TYPE_CHECKING

from sqlalchemy import text
from sqlalchemy.engine import Engine

from aftersales_desktop.backup import backup_before_migration

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
#: The newest revision in migrations/versions. Start-up compares the database with this constant
#: so that Alembic (a fifth of the start-up time) is imported only when a migration is due; a
#: test keeps it equal to Alembic's own head.
HEAD_REVISION = "0010"


def alembic_config() -> "Config":
    """An Alembic configuration pointing at the packaged migrations."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    """The newest revision the code knows."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()  # type: ignore[return-value]


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at (None for an empty database)."""
    with engine.connect() as connection:
        has_table = connection.scalar(text(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"))
        if not has_table:
            return None
        return connection.scalar(text("SELECT version_num FROM alembic_version"))


def upgrade(engine: Engine, db_path: Path, backups: Path) -> Path | None:
    """Upgrade to head. A database with data is backed up first; returns the backup's path."""
    current = current_revision(engine)
    if current == HEAD_REVISION:
        return None
    from alembic import command

    backup = None
    if current is not None:
        backup = backup_before_migration(db_path, backups)
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    return backup
