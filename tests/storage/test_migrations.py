"""Schema migrations: an empty file becomes the full schema; an older database is copied first."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect as sa_inspect

from aftersales_desktop.paths import backups_dir, database_path
from aftersales_desktop.services.outlet import AccountDraft, OutletDraft, set_up_outlet
from aftersales_desktop.storage import migrate
from aftersales_desktop.storage.database import Database, open_database
from aftersales_desktop.backup import backup_database
from aftersales_desktop.storage.migrate import current_revision, head_revision, upgrade
from aftersales_desktop.storage.models import Base
from tests.services.support import fast_passwords  # noqa: F401  (autouse)
from tests.storage.newer_revision import add_newer_revision

FTS_SHADOW = ("job_search_data", "job_search_idx", "job_search_content", "job_search_docsize",
              "job_search_config")


def sqlite_tables(path: Path) -> set[str]:
    with closing(sqlite3.connect(path)) as connection:
        return {r[0] for r in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")}


def count(path: Path, table: str) -> int:
    with closing(sqlite3.connect(path)) as connection:
        return connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_an_empty_folder_gets_every_model_table_and_the_search_index(tmp_path):
    db = open_database(tmp_path)
    try:
        tables = sqlite_tables(db.path)
        expected = set(Base.metadata.tables) | {"job_search", "alembic_version", *FTS_SHADOW}
        assert tables == expected
        assert current_revision(db.engine) == head_revision()
        inspector = sa_inspect(db.engine)
        for name, table in Base.metadata.tables.items():
            columns = {c["name"]: c for c in inspector.get_columns(name)}
            assert set(columns) == {c.name for c in table.columns}, name
            for column in table.columns:
                assert columns[column.name]["nullable"] == column.nullable, f"{name}.{column.name}"
            assert ({i["name"] for i in inspector.get_indexes(name)}
                    == {i.name for i in table.indexes}), name
    finally:
        db.dispose()


def test_the_migrated_schema_matches_the_models_exactly(tmp_path):
    db = open_database(tmp_path)
    try:
        with db.engine.connect() as connection:
            diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
        # The FTS5 table is made by raw SQL in the migration and has no model, on purpose.
        diff = [d for d in diff if not (d[0] == "remove_table" and d[1].name.startswith("job_search"))]
        assert diff == []
    finally:
        db.dispose()


def test_a_new_installation_makes_no_backup(tmp_path):
    db = open_database(tmp_path)
    db.dispose()
    assert not backups_dir(tmp_path).exists() or not any(backups_dir(tmp_path).iterdir())


def test_reopening_a_database_at_head_makes_no_backup_and_keeps_its_data(tmp_path):
    db = open_database(tmp_path)
    set_up_outlet(db, OutletDraft("SH01", "上海浦东网点"), AccountDraft("admin", "李经理", "secret1"))
    db.dispose()
    again = open_database(tmp_path)
    try:
        assert upgrade(again.engine, again.path, backups_dir(tmp_path)) is None
        assert not backups_dir(tmp_path).exists() or not any(backups_dir(tmp_path).iterdir())
        assert again.site_id  # the identity made at set-up is loaded again
        assert count(again.path, "users") == 1
    finally:
        again.dispose()


def test_backup_copies_committed_rows_still_in_the_wal(tmp_path):
    db = open_database(tmp_path / "outlet")
    try:
        set_up_outlet(db, OutletDraft("SH01", "上海浦东网点"), AccountDraft("admin", "李经理", "secret1"))
        assert Path(str(db.path) + "-wal").exists()
        copy = backup_database(db.path, tmp_path / "copies", "manual")
        assert copy.parent == tmp_path / "copies"
        with closing(sqlite3.connect(copy)) as connection:
            assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        for table in ("outlets", "users", "outlet_settings", "outbox", "local_state"):
            assert count(copy, table) == count(db.path, table) > 0, table
    finally:
        db.dispose()


def test_a_database_at_an_older_revision_is_backed_up_before_the_upgrade(tmp_path, monkeypatch):
    data_dir = tmp_path / "outlet"
    db = open_database(data_dir)
    set_up_outlet(db, OutletDraft("SH01", "上海浦东网点"), AccountDraft("admin", "李经理", "secret1"))
    users_before = count(db.path, "users")
    db.dispose()
    # The code now knows a newer revision than the database is at.
    head = add_newer_revision(tmp_path, monkeypatch)
    assert head_revision() == "9001"

    upgraded = open_database(data_dir)
    try:
        backups = list(backups_dir(data_dir).iterdir())
        assert len(backups) == 1
        with closing(sqlite3.connect(backups[0])) as connection:
            assert connection.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head
        assert count(backups[0], "users") == users_before
        assert "test_extra" not in sqlite_tables(backups[0])
        assert current_revision(upgraded.engine) == "9001"
        assert "test_extra" in sqlite_tables(upgraded.path)
        assert count(upgraded.path, "users") == users_before
    finally:
        upgraded.dispose()

    # Opened again at the new head: no second copy.
    again = open_database(data_dir)
    again.dispose()
    assert len(list(backups_dir(data_dir).iterdir())) == 1


def test_wal_and_foreign_keys_are_on_for_every_connection(db: Database):
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    with closing(sqlite3.connect(database_path(db.path.parent))) as raw:
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"  # persisted in the file


def test_a_row_pointing_at_a_missing_parent_is_refused(db: Database):
    import pytest
    from sqlalchemy import text
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError, match="FOREIGN KEY"):
        with db.engine.begin() as connection:
            connection.execute(text(
                "INSERT INTO users (id, outlet_id, username, display_name, role, password_hash, phone, "
                "active, origin, hlc, deleted) VALUES ('u1', 'no-such-outlet', 'x', 'x', 'manager', '', '', "
                "1, '', '', 0)"))
    assert count(db.path, "users") == 0


def test_the_start_up_head_constant_matches_alembics_head():
    # Start-up skips importing Alembic when the database is at HEAD_REVISION: it must be the real head.
    assert migrate.HEAD_REVISION == head_revision()


def test_every_insert_only_table_refuses_deletes_in_the_database_itself(tmp_path):
    """A rebuilt table (SQLite batch migrations copy it) loses its triggers; 0007 once did."""
    from aftersales_desktop.storage.models import INSERT_ONLY

    db = open_database(tmp_path)
    try:
        with closing(sqlite3.connect(db.path)) as connection:
            triggers = {r[0] for r in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'trigger'")}
        assert {f"{table}_no_delete" for table in INSERT_ONLY} <= triggers
    finally:
        db.dispose()
