"""Backups with SQLite's online backup API: taking, pruning, checking and restoring, on real files."""

from __future__ import annotations

import shutil
import sqlite3
import threading
from contextlib import closing
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from aftersales_desktop import backup
from aftersales_desktop.domain.enums import Channel, FaultCategory, Priority
from aftersales_desktop.domain.errors import Problem
from aftersales_desktop.paths import backups_dir, database_path
from aftersales_desktop.services import jobs
from aftersales_desktop.services.customers import CustomerDraft
from aftersales_desktop.services.jobs import JobDraft
from aftersales_desktop.storage import migrate
from aftersales_desktop.storage.database import open_database
from tests.services.support import _outlet_template, fast_passwords, outlet_copy  # noqa: F401  (fixtures)
from tests.storage.newer_revision import add_newer_revision

NOON = datetime(2026, 11, 27, 12, 0, tzinfo=timezone.utc)


def new_job(ctx, name: str) -> str:
    """A job for a new customer ``name``; returns its number."""
    return jobs.create_job(ctx, JobDraft(channel=Channel.HOTLINE, fault_category=FaultCategory.PRINT_QUALITY,
                                         priority=Priority.NORMAL, description="打印有黑色条纹",
                                         new_customer=CustomerDraft(name, "13812345678"),
                                         product_model="CF283A")).number


def job_numbers(path: Path) -> set[str]:
    with closing(sqlite3.connect(path)) as connection:
        return {row[0] for row in connection.execute("SELECT number FROM jobs")}


def integrity(path: Path) -> str:
    with closing(sqlite3.connect(path)) as connection:
        return connection.execute("PRAGMA integrity_check").fetchone()[0]


def test_backup_and_restore_round_trip(outlet):
    kept = new_job(outlet.clerk, "王芳")
    copy = backup.backup_now(outlet.data_dir, backup.MANUAL)
    assert copy.parent == backups_dir(outlet.data_dir) and copy.name.endswith("-manual.sqlite3")
    assert not Path(str(copy) + "-wal").exists(), "a backup is one self-contained file"
    lost = new_job(outlet.clerk, "李娜")
    outlet.db.dispose()

    result = backup.restore_backup(copy, outlet.data_dir, confirmed=True)

    assert job_numbers(database_path(outlet.data_dir)) == {kept}
    assert result.outlet_code == "SH01" and not result.migrated
    assert result.pre_restore_backup is not None and result.pre_restore_backup.name.endswith("-pre-restore.sqlite3")
    assert job_numbers(result.pre_restore_backup) == {kept, lost}, "the replaced database was saved first"
    reasons = {info.reason for info in backup.list_backups(backups_dir(outlet.data_dir))}
    assert reasons == {backup.MANUAL, backup.PRE_RESTORE}
    # The restored database opens and works.
    db = open_database(outlet.data_dir)
    try:
        db.load_identity()
        assert db.site_id == outlet.db.site_id
    finally:
        db.dispose()


def test_restore_needs_a_confirmation(outlet):
    copy = backup.backup_now(outlet.data_dir)
    later = new_job(outlet.clerk, "李娜")
    outlet.db.dispose()
    with pytest.raises(Problem) as refused:
        backup.restore_backup(copy, outlet.data_dir, confirmed=False)
    assert refused.value.code == "not-confirmed"
    assert later in job_numbers(database_path(outlet.data_dir))
    assert [info.reason for info in backup.list_backups(backups_dir(outlet.data_dir))] == [backup.MANUAL]


@pytest.mark.parametrize("damage", ["truncated", "text", "empty", "zeroed page"])
def test_a_damaged_file_is_refused_and_nothing_changes(outlet, tmp_path, damage):
    copy = backup.backup_now(outlet.data_dir)
    later = new_job(outlet.clerk, "李娜")
    outlet.db.dispose()
    bad = tmp_path / f"bad-{damage.replace(' ', '-')}.sqlite3"
    data = copy.read_bytes()
    if damage == "truncated":
        bad.write_bytes(data[: len(data) // 2])
    elif damage == "text":
        bad.write_text("这不是数据库 not a database\n" * 100, encoding="utf-8")
    elif damage == "empty":
        bad.write_bytes(b"")
    else:  # a page in the middle overwritten with zeros, the size unchanged
        page = 4096
        middle = (len(data) // page // 2) * page
        bad.write_bytes(data[:middle] + bytes(page) + data[middle + page:])

    check = backup.check_backup(bad)
    assert not check.ok
    message = check.error().args[0]
    assert bad.name in message
    assert ("damaged" in message) or ("not a database backup" in message), message

    with pytest.raises(Problem) as refused:
        backup.restore_backup(bad, outlet.data_dir, confirmed=True)
    assert refused.value.code == "bad-backup"
    assert later in job_numbers(database_path(outlet.data_dir)), "the database was not touched"
    assert [info.reason for info in backup.list_backups(backups_dir(outlet.data_dir))] == [backup.MANUAL]


def test_check_names_what_a_sound_backup_holds_and_refuses_foreign_files(outlet, tmp_path):
    new_job(outlet.clerk, "王芳")
    check = backup.check_backup(backup.backup_now(outlet.data_dir))
    assert check.ok and check.outlet_code == "SH01" and check.outlet == "SH01 上海浦东网点"
    assert check.revision == migrate.HEAD_REVISION and check.jobs == 1

    other = tmp_path / "other.sqlite3"
    with closing(sqlite3.connect(other)) as connection:
        connection.execute("CREATE TABLE notes (text)")
        connection.commit()
    assert "not an after-sales database" in backup.check_backup(other).error().args[0]
    assert "cannot be read" in backup.check_backup(tmp_path / "missing.sqlite3").error().args[0]

    newer = tmp_path / "newer.sqlite3"
    shutil.copyfile(check.path, newer)
    with closing(sqlite3.connect(newer)) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
        connection.commit()
    assert "newer version" in backup.check_backup(newer).error().args[0]


def test_check_leaves_no_files_beside_the_checked_one(outlet, tmp_path):
    # A raw copy of a live database (WAL mode in its header) is checked without making -wal/-shm.
    folder = tmp_path / "copy"
    folder.mkdir()
    raw = folder / "aftersales.sqlite3"
    shutil.copyfile(outlet.db.path, raw)
    assert backup.check_backup(raw).ok
    assert sorted(p.name for p in folder.iterdir()) == ["aftersales.sqlite3"]


def test_a_stale_wal_beside_the_database_is_not_replayed_into_the_restored_one(outlet, tmp_path):
    # A plain copy of a database file (WAL mode in its header), as someone might keep one.
    outlet.db.dispose()  # checkpoints the WAL into the file
    copy = tmp_path / "copied.sqlite3"
    shutil.copyfile(outlet.db.path, copy)
    wal = Path(str(outlet.db.path) + "-wal")
    # Frames of later writes to the current database, as a crash would leave them.
    with closing(sqlite3.connect(outlet.db.path)) as connection:
        connection.execute("PRAGMA wal_autocheckpoint=0")
        new_job(outlet.clerk, "李娜")
        stale = wal.read_bytes()
    outlet.db.dispose()
    assert len(stale) > 0
    # The database file lost, its -wal left behind (a damaged disk, someone deleting one file).
    outlet.db.path.unlink()
    wal.write_bytes(stale)

    backup.restore_backup(copy, outlet.data_dir, confirmed=True)

    target = database_path(outlet.data_dir)
    assert integrity(target) == "ok"
    assert job_numbers(target) == set()


def test_restore_into_an_empty_folder_sets_up_a_new_machine(outlet, tmp_path):
    number = new_job(outlet.clerk, "王芳")
    copy = backup.backup_now(outlet.data_dir)
    fresh = tmp_path / "new-laptop"
    result = backup.restore_backup(copy, fresh, confirmed=True)
    assert result.pre_restore_backup is None
    assert job_numbers(database_path(fresh)) == {number}


def test_a_backup_of_an_older_schema_is_migrated_after_the_restore(outlet, tmp_path, monkeypatch):
    number = new_job(outlet.clerk, "王芳")
    copy = backup.backup_now(outlet.data_dir)
    outlet.db.dispose()
    head = add_newer_revision(tmp_path, monkeypatch)

    result = backup.restore_backup(copy, outlet.data_dir, confirmed=True)

    assert result.migrated and result.revision_before_migration == head
    target = database_path(outlet.data_dir)
    with closing(sqlite3.connect(target)) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "9001"
        assert connection.execute("SELECT count(*) FROM test_extra").fetchone()[0] == 0
    assert job_numbers(target) == {number}
    reasons = sorted(info.reason for info in backup.list_backups(backups_dir(outlet.data_dir)))
    assert reasons == [backup.MANUAL, backup.PRE_MIGRATION, backup.PRE_RESTORE]


def test_retention_keeps_the_newest_automatic_backups_of_each_kind_and_every_manual_one(outlet):
    backup.set_backup_settings(outlet.data_dir, None, 3)
    manual = [backup.backup_now(outlet.data_dir, backup.MANUAL, now=NOON - timedelta(days=30 + n))
              for n in range(5)]
    pre_migration = backup.backup_now(outlet.data_dir, backup.PRE_MIGRATION, now=NOON - timedelta(days=40))
    dailies = [backup.daily_backup_if_due(outlet.data_dir, NOON + timedelta(days=n)) for n in range(6)]

    left = backup.list_backups(backups_dir(outlet.data_dir))
    assert [info.path for info in left if info.reason == backup.DAILY] == dailies[:2:-1], "the newest 3, newest first"
    assert sorted(info.path for info in left if info.reason == backup.MANUAL) == sorted(manual)
    assert [info.path for info in left if info.reason == backup.PRE_MIGRATION] == [pre_migration]
    assert all(not path.exists() for path in dailies[:3])


def test_the_daily_backup_is_taken_once_per_local_calendar_day(outlet):
    first = backup.daily_backup_if_due(outlet.data_dir, NOON)
    assert first is not None and first.name.endswith("-daily.sqlite3")
    assert backup.daily_backup_if_due(outlet.data_dir, NOON + timedelta(minutes=30)) is None
    assert backup.daily_backup_if_due(outlet.data_dir, NOON + timedelta(hours=1)) is None
    # A manual backup does not count as the day's automatic one, nor does it prevent it.
    backup.backup_now(outlet.data_dir, backup.MANUAL, now=NOON + timedelta(days=1, minutes=-60))
    second = backup.daily_backup_if_due(outlet.data_dir, NOON + timedelta(days=1))
    assert second is not None and second != first
    assert len([i for i in backup.list_backups(backups_dir(outlet.data_dir)) if i.reason == backup.DAILY]) == 2


def test_two_backups_in_the_same_second_are_both_kept(outlet):
    first = backup.backup_now(outlet.data_dir, now=NOON)
    second = backup.backup_now(outlet.data_dir, now=NOON)
    assert first != second and first.exists() and second.exists()
    assert [info.path for info in backup.list_backups(backups_dir(outlet.data_dir))] == [second, first]


def test_settings_are_stored_in_the_database_and_move_backups(outlet, tmp_path):
    assert backup.get_backup_settings(outlet.data_dir) == backup.BackupSettings(
        backups_dir(outlet.data_dir), backup.DEFAULT_KEEP, False)
    elsewhere = tmp_path / "usb" / "备份"
    backup.set_backup_settings(outlet.data_dir, elsewhere, 7)
    assert backup.get_backup_settings(outlet.data_dir) == backup.BackupSettings(elsewhere, 7, True)
    with closing(sqlite3.connect(outlet.db.path)) as connection:
        stored = dict(connection.execute("SELECT key, value FROM local_state WHERE key LIKE 'backup.%'"))
    assert stored == {backup.FOLDER_KEY: str(elsewhere), backup.KEEP_KEY: "7"}
    assert backup.daily_backup_if_due(outlet.data_dir, NOON).parent == elsewhere
    assert backup.backup_now(outlet.data_dir).parent == elsewhere
    with pytest.raises(Problem):
        backup.set_backup_settings(outlet.data_dir, None, 0)
    backup.set_backup_settings(outlet.data_dir, backups_dir(outlet.data_dir), 14)
    assert not backup.get_backup_settings(outlet.data_dir).custom_folder


def test_a_backup_taken_while_another_connection_writes_is_consistent(outlet):
    """Each job is written in one transaction with its outbox entries: a copy holds both or neither."""
    stop = threading.Event()
    errors: list[BaseException] = []

    def write() -> None:
        n = 0
        try:
            while not stop.is_set():
                n += 1
                new_job(outlet.clerk, f"客户{n}")
        except BaseException as error:  # noqa: BLE001 - reported by the test
            errors.append(error)

    writer = threading.Thread(target=write)
    writer.start()
    copies = []
    try:
        for _ in range(6):
            copies.append(backup.backup_now(outlet.data_dir))
    finally:
        stop.set()
        writer.join(60)
    assert not errors, errors
    counts = []
    for copy in copies:
        assert integrity(copy) == "ok"
        with closing(sqlite3.connect(copy)) as connection:
            jobs_count = connection.execute("SELECT count(*) FROM jobs").fetchone()[0]
            outboxed = connection.execute(
                "SELECT count(*) FROM outbox WHERE table_name = 'jobs' AND op = 'insert'").fetchone()[0]
        assert jobs_count == outboxed
        counts.append(jobs_count)
    assert counts == sorted(counts)
    assert counts[-1] > 0, "the writer wrote while backups were taken"


def test_migrations_still_back_up_first_into_the_configured_folder(outlet, tmp_path, monkeypatch):
    elsewhere = tmp_path / "elsewhere"
    backup.set_backup_settings(outlet.data_dir, elsewhere, 14)
    outlet.db.dispose()
    add_newer_revision(tmp_path, monkeypatch)
    open_database(outlet.data_dir).dispose()
    assert [info.reason for info in backup.list_backups(elsewhere)] == [backup.PRE_MIGRATION]
