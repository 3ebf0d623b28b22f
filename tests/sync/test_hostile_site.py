"""Property: one hostile site among honest ones never changes a row it does not own, anywhere.

BJ01's installation is the attacker: with its real key it signs random forged changes (updates of
any field of other outlets' and HQ's rows, inserts of rows naming another outlet or hanging under
another outlet's job, tombstones) mixed with its own honest work, while the sites sync in random
orders. The forgeries are well-formed (the record check of sync/records.py would keep a malformed
bundle out whole; tests/sync/test_hostile_bundles.py covers that), so write authority decides. Afterwards, at HQ and SH01, every row that BJ01 does not own is exactly as it was before
the attack, BJ01's own honest jobs arrived, and the honest sites' digests are equal.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Boolean, Integer

from aftersales_desktop.domain.ids import uuid7
from aftersales_desktop.storage.authority import OwnerResolver
from aftersales_desktop.storage.database import replicated_columns, replicated_tables_sorted
from aftersales_desktop.storage.models import INSERT_ONLY, Base, write_authority
from aftersales_desktop.sync.engine import directory_of, load_config
from aftersales_desktop.sync.share import Share
from tests.sync.sites import Installation, copy_world, key_dir

LONG = int(os.environ.get("AFTERSALES_SYNC_EXAMPLES", "0") or 0)
TARGETS = ("users", "outlets", "outlet_settings", "customers", "products", "jobs", "job_events",
           "stock_movements", "stock_levels")
_KEEP = {"created_at", "reply_due_at", "at", "purchase_date", "expires_on", "password_hash"}
_MAPPERS = {m.local_table.name: m for m in Base.registry.mappers}


def _rows(site: Installation) -> dict[str, list[dict]]:
    with site.db.raw_transaction() as connection:
        return {t.name: [dict(r) for r in connection.exec_driver_sql(f"SELECT * FROM {t.name} ORDER BY id").mappings()]
                for t in replicated_tables_sorted()}


def _not_owned_by(site: Installation, outlet_id: str) -> dict[str, list[dict]]:
    """Every replicated row of ``site`` whose owner is not ``outlet_id``."""
    config = load_config(site.db)
    directory = directory_of(Share(config.share_path).roster(config.hq_public_key))
    kept = {}
    with site.db.raw_transaction() as connection:
        resolver = OwnerResolver(connection, write_authority(), directory)
        for table, rows in _rows(site).items():
            owners = resolver.stored(table, [r["id"] for r in rows])
            kept[table] = [r for r in rows if owners.get(r["id"]) != outlet_id]
    return kept


def _forge(attacker: Installation, victim_rows: dict[str, list[dict]], action: tuple) -> int:
    """One forged change by ``attacker`` into its own outbox (its engine signs it); 1 if it must be refused.

    Copies of shared master data (customers, products) are new rows the attacker itself owns: allowed.
    """
    kind, table_pick, row_pick, column_pick, value_pick = action
    table = TARGETS[table_pick % len(TARGETS)]
    rows = victim_rows.get(table) or []
    if not rows:
        return 0
    row = rows[row_pick % len(rows)]
    mapper = _MAPPERS[table]
    columns = replicated_columns(mapper)
    stamp = attacker.db.clock.now().encode()
    if table in INSERT_ONLY:
        kind = "insert"  # an update of a history row is malformed: the record check keeps the bundle out
    if kind == "update":
        column = columns[column_pick % len(columns)]
        column_type = mapper.columns[column].type
        if isinstance(column_type, Boolean):
            value = not row[column]
        elif isinstance(column_type, Integer):
            value = value_pick
        elif column == "outlet_id":
            value = attacker.outlet_id  # try to take the row over
        elif mapper.columns[column].foreign_keys or column in _KEEP:
            value = row[column]  # a reference or a time: the same value, written by the attacker
        else:
            value = f"改{value_pick}"
        fields, op, row_id = {column: value}, "update", row["id"]
        bases = json.dumps({column: "", "_row": ""})
    else:  # a copy of the victim's row under a new id: still the victim's outlet, parent or creator
        fields = {c: (bool(row[c]) if isinstance(mapper.columns[c].type, Boolean) and row[c] is not None
                      else row[c]) for c in columns}
        op, row_id, bases = "insert", uuid7(), ""
    with attacker.db.raw_transaction() as connection:
        connection.exec_driver_sql(
            "INSERT INTO outbox (table_name, row_id, op, fields, hlc, origin, actor, bases, published) "
            "VALUES (?, ?, ?, ?, ?, ?, '', ?, 0)",
            (table, row_id, op, json.dumps(fields, ensure_ascii=False, sort_keys=True, default=str), stamp,
             attacker.db.site_id, bases))
    return 0 if op == "insert" and table in ("customers", "products") else 1


action = st.tuples(st.sampled_from(["update", "update", "insert"]), st.integers(0, 50), st.integers(0, 50),
                   st.integers(0, 30), st.integers(0, 99))
step = st.one_of(st.tuples(st.just("forge"), action), st.tuples(st.just("honest"), st.integers(0, 3)),
                 st.tuples(st.just("sync"), st.integers(0, 2)))


@pytest.mark.timeout(240 + 10 * LONG)
@settings(max_examples=LONG or 5, deadline=None, derandomize=not LONG, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(steps=st.lists(step, min_size=6, max_size=30))
def test_a_hostile_site_changes_nothing_it_does_not_own_and_honest_sites_converge(steps):
    with tempfile.TemporaryDirectory() as folder:
        world = copy_world(Path(folder) / "world", synced=True)
        try:
            with key_dir(world.keys):
                hq, (sh, bj) = world.hq, world.outlets
                sh.job("王芳")
                hq.job("总部客户")
                world.converge()
                before = _not_owned_by(hq, bj.outlet_id)
                honest_jobs, forged = [], 0
                for kind, detail in steps:
                    if kind == "forge":
                        forged += _forge(bj, before, detail)
                    elif kind == "honest":
                        honest_jobs.append(bj.job(f"北京客户{len(honest_jobs)}"))
                    else:
                        world.sites[detail].sync()
                for _round in range(3):
                    for site in world.sites:
                        site.sync()
                for site in (hq, sh):
                    assert _not_owned_by(site, bj.outlet_id) == before, site
                    assert all(site.has_job(job_id) for job_id in honest_jobs)
                    assert not site.quarantined()
                assert hq.digest() == sh.digest()
                with hq.db.raw_transaction() as connection:
                    assert connection.exec_driver_sql("SELECT count(*) FROM sync_refused").scalar_one() == forged
        finally:
            world.close()
