"""Sync cycles through a real shared folder: HQ and two outlets converge; the share's rules hold."""

from __future__ import annotations

import pytest

from aftersales_desktop.services import customers, jobs, passwords
from aftersales_desktop.services.customers import CustomerDraft
from aftersales_desktop.sync import membership
from aftersales_desktop.sync.engine import SyncError
from tests.sync.sites import Installation, copy_world, world_env


@pytest.fixture(autouse=True)
def cheap_passwords(monkeypatch):
    """Cheap scrypt for the accounts a late outlet makes (as tests.services.support.fast_passwords)."""
    monkeypatch.setattr(passwords, "_N", 2**4)


@pytest.fixture
def world(tmp_path, monkeypatch):
    """HQ with a share, and two outlets that joined and were approved."""
    made = world_env(monkeypatch, copy_world(tmp_path / "world"))
    yield made.share, made.hq, made.outlets
    made.close()


def converge(*sites: Installation) -> None:
    for _round in range(2):
        for site in sites:
            site.sync()


def test_hq_and_two_outlets_converge(world):
    _share, hq, (sh, bj) = world
    job_id = sh.job("王芳")
    bj.job("李娜")
    converge(hq, sh, bj)
    assert hq.digest() == sh.digest() == bj.digest()
    assert jobs.get_job(bj.ctx, job_id).customer_name == "王芳"
    customer_id = jobs.get_job(bj.ctx, job_id).customer_id
    customers.update_customer(hq.ctx, customer_id, CustomerDraft("王芳", "13900000001"))
    customers.update_customer(sh.ctx, customer_id, CustomerDraft("王芳", "13900000002"))
    converge(hq, sh, bj)
    assert hq.digest() == sh.digest() == bj.digest()


def test_a_cycle_reports_what_it_did_and_nothing_twice(world):
    _share, hq, (sh, _bj) = world
    sh.job("王芳")
    first = sh.sync()
    assert first.published > 0 and first.bundles_published == 1
    again = sh.sync()
    assert again.published == 0 and again.waiting == 0
    received = hq.sync()
    assert received.applied > 0 and received.bundles_applied >= 1
    assert hq.sync().applied == 0


def test_an_unreachable_share_is_a_quiet_refusal_and_changes_wait(world, tmp_path):
    share, _hq, (sh, _bj) = world
    sh.job("王芳")
    moved = tmp_path / "unmounted"
    share.rename(moved)
    with pytest.raises(SyncError) as error:
        sh.sync()
    assert error.value.code == "unreachable"
    moved.rename(share)
    assert sh.sync().published > 0


def test_an_empty_or_different_share_is_refused(world, tmp_path):
    share, _hq, (sh, _bj) = world
    moved = tmp_path / "elsewhere"
    share.rename(moved)
    share.mkdir()  # an empty folder where the share was (a drive letter mapped to the wrong place)
    with pytest.raises(SyncError) as error:
        sh.sync()
    assert error.value.code == "empty"


def test_a_new_outlet_starts_from_the_snapshot(world, tmp_path):
    share, hq, (sh, bj) = world
    for index in range(5):
        sh.job(f"客户{index}")
    converge(hq, sh, bj)
    name = membership.publish_snapshot(hq.db, hq.folder)
    late = Installation(tmp_path / "GZ01", "GZ01")
    try:
        membership.join_share(late.db, share)
        membership.approve(hq.db, late.db.site_id)
        report = late.sync()
        assert report.bundles_applied <= 2, "started from the snapshot, not from every bundle"
        converge(hq, sh, bj, late)
        assert late.digest() == hq.digest() == sh.digest()
        assert name.endswith(".snapshot")
    finally:
        late.db.dispose()
