"""Bring a database to the newest schema with Alembic, copying it to backups/ first when needed."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import datetime, timezone
from pathlib import Path

from typing import TYPE_CHECKING

from sqlalchemy import text
from sqlalchemy.engine import Engine

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
#: The newest revision in migrations/versions. Start-up compares the database with this constant
#: so that Alembic (a fifth of the start-up time) is imported only when a migration is due; a
#: test keeps it equal to Alembic's own head.
HEAD_REVISION = "0007"


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


def backup_database(source: Path, folder: Path, reason: str) -> Path:
    """Copy the database with SQLite's online backup API into ``folder``; return the copy's path."""
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    target = folder / f"{source.stem}-{stamp}-{reason}.sqlite3"
    with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(target)) as dst:
        src.backup(dst)
    return target


def upgrade(engine: Engine, db_path: Path, backups: Path) -> Path | None:
    """Upgrade to head. A database with data is backed up first; returns the backup's path."""
    current = current_revision(engine)
    if current == HEAD_REVISION:
        return None
    from alembic import command

    backup = None
    if current is not None:
        backup = backup_database(db_path, backups, f"before-{head_revision()}")
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    return backup
