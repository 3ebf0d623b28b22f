"""A new computer of an existing outlet (a technician's laptop) joins it, by function and by command line."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from aftersales_desktop.services import passwords
from aftersales_desktop.services.context import AppContext
from aftersales_desktop.services.outlet import is_set_up, log_in
from aftersales_desktop.storage.database import OUTLET_KEY, open_database
from aftersales_desktop.sync import membership
from aftersales_desktop.sync.engine import SyncEngine, SyncError
from tests.sync.sites import copy_world, world_env

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def cheap_passwords(monkeypatch):
    monkeypatch.setattr(passwords, "_N", 2**4)


@pytest.fixture
def world(tmp_path, monkeypatch):
    made = world_env(monkeypatch, copy_world(tmp_path / "world", synced=True))
    yield made
    made.close()


def _laptop(tmp_path, world, name: str = "李伟的笔记本"):
    db = open_database(tmp_path / "laptop")
    membership.join_outlet(db, world.share, " sh01 ", name)
    return db


def test_a_laptop_joins_its_outlet_works_and_its_work_reaches_the_counter_pc(world, tmp_path):
    hq, (sh, _bj) = world.hq, world.outlets
    job_before = sh.job("老客户")
    sh.sync()
    db = _laptop(tmp_path, world)
    try:
        progress = membership.join_progress(db)
        assert (progress.outlet_code, progress.approved, progress.ready) == ("SH01", False, False)
        assert not is_set_up(db)
        request, = membership.pending_requests(hq.db)
        assert (request.outlet_code, request.outlet_id, request.name) == ("SH01", "", "SH01 李伟的笔记本")
        assert request.fingerprint == progress.fingerprint

        membership.approve(hq.db, db.site_id)
        assert membership.join_progress(db).approved
        entry = membership.current_roster(db, *_share_and_config(db))[0].sites[db.site_id]
        assert (entry.outlet_id, entry.admin) == (sh.outlet_id, False), "a later computer is not an admin device"

        SyncEngine(db, tmp_path / "laptop").run_cycle()
        assert db.local_value(OUTLET_KEY) == sh.outlet_id and is_set_up(db)
        assert membership.join_progress(db).ready
        technician = log_in(db, "tSH01", "secret1")  # an existing staff account of the outlet
        assert technician.outlet_id == sh.outlet_id
        with db.raw_transaction() as connection:
            assert connection.exec_driver_sql("SELECT 1 FROM jobs WHERE id = ?", (job_before,)).first()

        from tests.sync.sites import Installation  # noqa: PLC0415 - the laptop, seen as a site of the world

        laptop = Installation.__new__(Installation)
        laptop.folder, laptop.db = tmp_path / "laptop", db
        laptop.ctx = AppContext(db, log_in(db, "mSH01", "secret1"))
        laptop.product_id = sh.product_id
        made_on_laptop = laptop.job("现场客户")
        laptop.sync()
        world.converge()
        assert sh.has_job(made_on_laptop) and hq.has_job(made_on_laptop)
        assert laptop.digest() == sh.digest() == hq.digest()
    finally:
        db.dispose()


def _share_and_config(db):
    from aftersales_desktop.sync.engine import load_config
    from aftersales_desktop.sync.share import Share

    config = load_config(db)
    return Share(config.share_path), config


def test_head_office_refuses_a_request_for_an_outlet_it_does_not_know(world, tmp_path):
    db = open_database(tmp_path / "laptop")
    try:
        membership.join_outlet(db, world.share, "GZ09", "笔记本")
        with pytest.raises(SyncError) as caught:
            membership.approve(world.hq.db, db.site_id)
        assert caught.value.code == "no_outlet"
    finally:
        db.dispose()


@pytest.mark.parametrize(("code", "name", "error"), [("s", "笔记本", "outlet_code"), ("SH01", "  ", "device_name")])
def test_a_join_needs_an_outlet_code_and_a_device_name(world, tmp_path, code, name, error):
    db = open_database(tmp_path / "laptop")
    try:
        with pytest.raises(SyncError) as caught:
            membership.join_outlet(db, world.share, code, name)
        assert caught.value.code == error
        assert membership.join_progress(db) is None
    finally:
        db.dispose()


def test_a_computer_with_an_outlet_cannot_join_another(world):
    with pytest.raises(SyncError) as caught:
        membership.join_outlet(world.outlets[0].db, world.share, "BJ01", "笔记本")
    assert caught.value.code in ("has_outlet", "joined")


def _cli(*args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO))
    return subprocess.run([sys.executable, "-m", "aftersales_desktop", *args], capture_output=True, text=True,
                          encoding="utf-8", timeout=120, cwd=REPO, env=env)


def test_an_it_admin_joins_a_laptop_from_the_command_line(world, tmp_path):
    laptop_dir = tmp_path / "laptop"
    world.hq.close()
    world.outlets[0].close()
    joined = _cli("share", "join", str(world.share), "--outlet", "SH01", "--name", "李伟的笔记本",
                  "--data-dir", str(laptop_dir))
    assert joined.returncode == 0, joined.stderr
    assert "for outlet SH01" in joined.stdout and "SH01 李伟的笔记本" in joined.stdout
    listed = _cli("share", "requests", "--data-dir", str(world.hq.folder))
    assert listed.returncode == 0, listed.stderr
    line, = [text for text in listed.stdout.splitlines() if "outlet SH01" in text]
    site_id = line.split()[0]
    approved = _cli("share", "approve", site_id[:12], "--data-dir", str(world.hq.folder))
    assert approved.returncode == 0, approved.stderr
    synced = _cli("sync", "--data-dir", str(laptop_dir))
    assert synced.returncode == 0, synced.stderr
    status = _cli("share", "status", "--data-dir", str(laptop_dir))
    assert "李伟的笔记本" in status.stdout
    db = open_database(laptop_dir)
    try:
        assert db.local_value(OUTLET_KEY) and log_in(db, "tSH01", "secret1").username == "tSH01"
    finally:
        db.dispose()
    again = _cli("share", "join", str(world.share), "--outlet", "SH01", "--name", "x", "--data-dir", str(laptop_dir))
    assert again.returncode == 1 and again.stderr.strip()
