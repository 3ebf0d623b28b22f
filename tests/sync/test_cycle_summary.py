"""Back at the outlet: a cycle says what went out and what came in, by kind."""

from __future__ import annotations

import pytest

from aftersales_desktop.services import passwords
from aftersales_desktop.services.field import exchange_summary
from tests.sync.sites import copy_world, world_env


@pytest.fixture(autouse=True)
def cheap_passwords(monkeypatch):
    monkeypatch.setattr(passwords, "_N", 2**4)


@pytest.fixture
def world(tmp_path, monkeypatch):
    made = world_env(monkeypatch, copy_world(tmp_path / "world"))
    yield made.share, made.hq, made.outlets
    made.close()


def test_a_cycle_counts_sent_and_received_changes_by_kind(world):
    _share, hq, (sh, _bj) = world
    sh.job("王芳")
    sent = sh.sync()
    assert sent.sent_by_table["jobs"] == 1 and sent.sent_by_table["customers"] == 1
    assert sum(sent.sent_by_table.values()) == sent.published
    went_out = {line.key: line for line in exchange_summary(sent)}
    assert went_out["jobs"].sent == 1 and went_out["customers"].sent == 1 and went_out["jobs"].received == 0

    came_in = hq.sync()
    assert came_in.received_by_table["jobs"] == 1
    assert {line.key: line.received for line in exchange_summary(came_in)}["customers"] == 1
    # The outlet's own job does not come back to it; HQ's own bookkeeping is "other".
    assert {line.key for line in exchange_summary(sh.sync())} <= {"other"}
