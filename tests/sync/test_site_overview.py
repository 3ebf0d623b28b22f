"""The Sites tab's data: per roster site, when it last published and how many of its changes wait here."""

from __future__ import annotations

import pytest

from aftersales_desktop.sync import membership
from tests.sync.sites import copy_world, world_env


@pytest.fixture
def world(tmp_path, monkeypatch):
    made = world_env(monkeypatch, copy_world(tmp_path / "world", synced=True))
    yield made
    made.close()


def test_the_overview_counts_what_waits_from_each_site(world, monkeypatch):
    hq, (sh, bj) = world.hq, world.outlets
    for name in ("王芳", "李娜", "赵六"):
        sh.job(name)
        sh.sync()  # one bundle each
    waiting = {site.site_id: site for site in membership.roster_overview(hq.db)}[sh.site_id]
    assert waiting.waiting > 0 and not waiting.waiting_more and waiting.last_seen is not None
    monkeypatch.setattr(membership, "OVERVIEW_HEADERS", 1)
    first = {site.site_id: site for site in membership.roster_overview(hq.db)}[sh.site_id]
    assert first.waiting_more and 0 < first.waiting < waiting.waiting
    hq.sync()
    done = {site.site_id: site for site in membership.roster_overview(hq.db)}[sh.site_id]
    assert (done.waiting, done.waiting_more, done.last_seen) == (0, False, waiting.last_seen)
    own = {site.site_id: site for site in membership.roster_overview(sh.db)}[sh.site_id]
    assert own.is_self and own.waiting == 0 and own.last_seen is not None
