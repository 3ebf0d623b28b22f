"""Computers of one outlet number documents while apart: after sync no number repeats anywhere.

The property test lets two to four computers of SH01 (the counter PC and laptops joined through
``join_outlet``) make jobs, signed slips, requisitions, returns and stocktakes offline in a random
interleaving, then syncs everything and checks every number of every kind at every site.
"""

from __future__ import annotations

import random
from collections import Counter
from datetime import date, timedelta

import pytest

from aftersales_desktop.domain.enums import Channel, FaultCategory, Priority, RepairOutcome
from aftersales_desktop.domain.numbering import NUMBER, DEVICE_STATE_KEY, device_code, format_number, NumberKind
from aftersales_desktop.domain.signatures import Point, SignatureInput, Strokes
from aftersales_desktop.services import jobs, passwords, quality, requisitions, slips, stocktakes
from aftersales_desktop.services.context import AppContext
from aftersales_desktop.services.customers import CustomerDraft
from aftersales_desktop.services.outlet import user_by_username
from aftersales_desktop.storage.database import open_database
from aftersales_desktop.sync import membership
from aftersales_desktop.sync.engine import SyncEngine
from aftersales_desktop.sync.share import Share, with_devices
from tests.sync.sites import copy_world, world_env

#: (table, number column) of every numbered document.
NUMBERED = (("jobs", "number"), ("slips", "number"), ("requisitions", "number"), ("return_cases", "number"),
            ("stocktakes", "number"))


@pytest.fixture(autouse=True)
def cheap_passwords(monkeypatch):
    monkeypatch.setattr(passwords, "_N", 2**4)


@pytest.fixture
def world(tmp_path, monkeypatch):
    made = world_env(monkeypatch, copy_world(tmp_path / "world", synced=True))
    yield made
    made.close()


class Computer:
    """One computer of SH01: its database and the contexts of the outlet's manager, technician and storekeeper."""

    def __init__(self, name: str, db, folder, product_id: str) -> None:
        self.name, self.db, self.folder, self.product_id = name, db, folder, product_id

    def ctx(self, username: str) -> AppContext:
        return AppContext(self.db, user_by_username(self.db, username))

    def sync(self):
        return SyncEngine(self.db, self.folder).run_cycle()


def _laptop(world, folder, name: str, product_id: str) -> Computer:
    db = open_database(folder)
    membership.join_outlet(db, world.share, "SH01", name)
    membership.approve(world.hq.db, db.site_id)
    computer = Computer(name, db, folder, product_id)
    computer.sync()
    assert membership.join_progress(db).ready
    return computer


def _signature(name: str) -> SignatureInput:
    return SignatureInput(name, strokes=Strokes(((*(Point(i / 10, 0.5, i * 10) for i in range(10)),),)))


def _job(computer: Computer, rng: random.Random) -> str:
    return jobs.create_job(computer.ctx("mSH01"), jobs.JobDraft(
        Channel.HOTLINE, FaultCategory.LEAK, Priority.NORMAL, "漏粉",
        new_customer=CustomerDraft(f"客户{rng.randrange(10**6)}", f"138{rng.randrange(10**8):08d}"),
        product_id=computer.product_id)).id


def _slip(computer: Computer, rng: random.Random) -> None:
    technician = computer.ctx("tSH01")
    job_id = _job(computer, rng)
    repair = jobs.record_repair(technician, job_id, jobs.RepairDraft(
        fault_confirmed=True, symptom="漏粉", diagnosis="密封条老化", work_done="更换硒鼓", labour_minutes=20,
        test_performed="打印十页", test_passed=True, outcome=RepairOutcome.FIXED, technician_id=technician.user.id))
    slips.issue_slip(technician, repair.id, _signature("王芳"), _signature("师傅"))


def _requisition(computer: Computer, _rng: random.Random) -> None:
    requisitions.create_requisition(computer.ctx("tSH01"), requisitions.RequisitionDraft(
        "上门用", [requisitions.LineDraft(computer.product_id, 1)]))


def _return(computer: Computer, rng: random.Random) -> None:
    manager = computer.ctx("mSH01")
    customer_id = jobs.get_job(manager, _job(computer, rng)).customer_id
    quality.request_return(manager, quality.ReturnDraft(
        customer_id, computer.product_id, "L1", 1, "exchange", True, "漏粉", date.today() - timedelta(days=10),
        "FP-1", "268.00"))


def _stocktake(computer: Computer, _rng: random.Random) -> None:
    keeper = computer.ctx("mSH01")
    for found in stocktakes.list_stocktakes(keeper):
        if found.status.is_open:
            stocktakes.cancel_stocktake(keeper, found.id, "重来")
    stocktakes.start_stocktake(keeper, None)


ACTIONS = ((_job, 12), (_slip, 3), (_requisition, 2), (_return, 2), (_stocktake, 1))


def _numbers(db) -> list[str]:
    with db.raw_transaction() as connection:
        return [number for table, column in NUMBERED
                for (number,) in connection.exec_driver_sql(f"SELECT {column} FROM {table}")]


@pytest.mark.parametrize(("devices", "seed", "documents"), [(2, 1, 260), (3, 2, 330), (4, 3, 400)])
def test_computers_of_one_outlet_working_apart_never_give_the_same_number(world, tmp_path, devices, seed,
                                                                        documents):
    rng = random.Random(seed)
    counter = world.outlets[0]
    computers = [Computer("前台电脑", counter.db, counter.folder, counter.product_id)]
    computers += [_laptop(world, tmp_path / f"laptop{index}", f"笔记本{index}", counter.product_id)
                  for index in range(1, devices)]
    letters = [c.db.local_value(DEVICE_STATE_KEY) or "" for c in computers]
    assert letters[0] == "" and len(set(letters)) == devices, letters

    actions, weights = zip(*ACTIONS)
    made = Counter()
    for _step in range(documents):  # everyone offline: nothing syncs while they work
        computer = rng.choice(computers)
        action = rng.choices(actions, weights)[0]
        action(computer, rng)
        made[action.__name__] += 1
    assert all(made[a.__name__] for a in actions), made

    for _round in range(3):
        for computer in computers:
            computer.sync()
        world.converge(1)
    every = _numbers(world.hq.db)
    assert len(every) >= documents
    repeated = [number for number, count in Counter(every).items() if count > 1]
    assert not repeated, repeated[:10]
    for computer in computers:
        assert sorted(_numbers(computer.db)) == sorted(every), f"{computer.name} sees another set of numbers"
    for number in every:
        match = NUMBER.match(number)
        assert match and match["outlet"] in ("SH01", "BJ01", "HQ"), number
        assert match["device"] in letters
    for computer in computers[1:]:
        computer.db.dispose()


def test_the_first_computer_keeps_its_numbers_and_later_ones_carry_a_letter(world, tmp_path):
    counter = world.outlets[0]
    before = jobs.get_job(counter.ctx, counter.job("老客户")).number
    assert NUMBER.match(before)["device"] == ""
    laptop = _laptop(world, tmp_path / "laptop", "李伟的笔记本", counter.product_id)
    try:
        entry = membership.current_roster(laptop.db, Share(world.share), _config(laptop.db))[0].sites[laptop.db.site_id]
        assert entry.device == "B"
        on_laptop = jobs.get_job(laptop.ctx("mSH01"), _job(laptop, random.Random(1))).number
        after = jobs.get_job(counter.ctx, counter.job("新客户")).number
        assert NUMBER.match(after)["device"] == "" and NUMBER.match(on_laptop)["device"] == "B"
        period = NUMBER.match(on_laptop)["period"]
        assert on_laptop == format_number("SH01", NumberKind.JOB, period, 1, "B")
        assert int(NUMBER.match(after)["seq"]) == int(NUMBER.match(before)["seq"]) + 1
        assert jobs.find_job_by_number(counter.ctx, on_laptop) is None  # not synced yet
        laptop.sync()
        counter.sync()
        assert jobs.find_job_by_number(counter.ctx, on_laptop) is not None, "the counter PC finds it by number"
        digits = NUMBER.match(on_laptop)["seq"]  # "0001", as read over the phone
        found = jobs.list_jobs(counter.ctx, jobs.JobQuery(text=digits)).rows
        assert on_laptop in [row.number for row in found]
    finally:
        laptop.db.dispose()


def _config(db):
    from aftersales_desktop.sync.engine import load_config

    return load_config(db)


def test_a_letter_is_never_given_again_in_an_outlet_even_after_a_revoke(world, tmp_path):
    first = _laptop(world, tmp_path / "first", "丢失的笔记本", world.outlets[0].product_id)
    first_site = first.db.site_id
    first.db.dispose()
    membership.revoke(world.hq.db, first_site)
    second = _laptop(world, tmp_path / "second", "新笔记本", world.outlets[0].product_id)
    try:
        roster = membership.current_roster(second.db, Share(world.share), _config(second.db))[0]
        assert roster.sites[first_site].device == "B" and roster.sites[second.db.site_id].device == "C"
        other_outlet = [e.device for e in roster.sites.values() if e.outlet_code == "BJ01"]
        assert other_outlet == [""], "each outlet has its own letters"
    finally:
        second.db.dispose()


def test_an_older_roster_gets_letters_oldest_first_and_keeps_them():
    from aftersales_desktop.sync.share import Roster, RosterEntry

    def entry(site, added, device=None, outlet="o1"):
        return RosterEntry(site, site, b"k" * 32, "outlet", added, outlet_id=outlet, outlet_code="SH01",
                           device=device)

    roster = Roster(share_id="s", version=3, revoked={"c": "2026"}, sites={
        "b": entry("b", "2026-02"), "a": entry("a", "2026-01"), "c": entry("c", "2026-03"),
        "x": entry("x", "2026-04", outlet="o2"), "u": entry("u", "2026-05", outlet="")})
    given = with_devices(roster)
    assert {s: e.device for s, e in given.sites.items()} == {"a": "", "b": "B", "c": "C", "x": "", "u": None}
    later = with_devices(type(roster)(**{**given.__dict__, "sites": {**given.sites, "d": entry("d", "2026-06")}}))
    assert later.sites["d"].device == "D" and later.sites["a"].device == ""
    document = later.to_document()
    assert Roster.from_document(document).sites["d"].device == "D"
    assert device_code(1) == "B" and device_code(26) == "AA"
