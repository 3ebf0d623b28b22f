"""Sync throughput: publish and apply ~100,000 changes from 10 sites, beside a raw executemany baseline.

    python3 benchmarks/sync.py [--sites 10] [--changes 100000] [--runs 3]

Each outlet is a demo outlet seeded through the bulk path (customers, jobs, events, visits,
repairs, parts: every row with its outbox entry), plus edits of customers through the ORM so
that some changes are updates. Publishing turns each outlet's outbox into signed bundles on a
folder share; applying is a fresh head-office installation running sync cycles until it has
everything (reading, verifying and merging every bundle). The baseline inserts the same rows
(same tables, same columns) with sqlite3 executemany in one transaction into an empty database
of the same schema: the ceiling an apply could approach. Target: apply >= 25% of that rate.

Write authority (storage/authority.py) checks every change an outlet's bundle carries against the
owner of its row. The same apply without those checks (an Applier given no roster directory, as
before they existed) runs beside it, alternating run by run: target no more than 10% slower.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

CHANGES_PER_JOB = 9.8  # what the demo seeder writes per job on average (measured, with its customers)


def build_sites(root: Path, sites: int, changes: int) -> tuple[Path, list[Path], Path]:
    """HQ plus ``sites`` outlets that joined one share and each hold about changes/sites unpublished changes."""
    from sqlalchemy import select

    from aftersales_desktop.services.demo import seed_demo
    from aftersales_desktop.storage.database import open_database
    from aftersales_desktop.storage.models import Customer
    from aftersales_desktop.sync import membership

    share = root / "share"
    share.mkdir()
    hq_dir = root / "hq"
    seed_demo(hq_dir, jobs=0, outlet_code="HQ", outlet_name="HQ 售后服务中心")
    hq = open_database(hq_dir)
    membership.initialise_share(hq, share)
    outlets = []
    per_site = changes // sites
    for index in range(sites):
        folder = root / f"outlet{index:02d}"
        code = f"S{index:02d}"
        edits = per_site // 10
        seed_demo(folder, jobs=max(1, int((per_site - edits) / CHANGES_PER_JOB)), seed=index,
                  outlet_code=code)
        db = open_database(folder)
        try:
            membership.join_share(db, share)
            with db.transaction() as session:  # updates: one customer field each, through the capture
                for number, customer in enumerate(session.scalars(select(Customer).limit(edits))):
                    customer.note = f"回访 {number}"
        finally:
            db.dispose()
        outlets.append(folder)
    for request in membership.pending_requests(hq):
        membership.approve(hq, request.site_id)
    # HQ publishes its own set-up now, so every copy of its folder used for timing knows its chain.
    from aftersales_desktop.sync import keys
    from aftersales_desktop.sync.engine import CycleReport, SyncEngine, load_config
    from aftersales_desktop.sync.share import Share

    config = load_config(hq)
    SyncEngine(hq, hq_dir).publish(Share(share), config, keys.load_private_key(hq.site_id), CycleReport())
    hq.dispose()
    return hq_dir, outlets, share


def count_outbox(folder: Path) -> int:
    connection = sqlite3.connect(folder / "aftersales.sqlite3")
    try:
        return connection.execute("SELECT count(*) FROM outbox WHERE published = 0").fetchone()[0]
    finally:
        connection.close()


def publish_all(outlets: list[Path]) -> tuple[int, float]:
    """Publish every outlet's outbox; (changes, seconds)."""
    from aftersales_desktop.storage.database import open_database
    from aftersales_desktop.sync.engine import CycleReport, SyncEngine, load_config
    from aftersales_desktop.sync import keys
    from aftersales_desktop.sync.share import Share

    total, elapsed = 0, 0.0
    for folder in outlets:
        db = open_database(folder)
        try:
            config = load_config(db)
            engine = SyncEngine(db, folder)
            report = CycleReport()
            private = keys.load_private_key(db.site_id)
            share = Share(config.share_path)
            started = time.perf_counter()
            engine.publish(share, config, private, report)
            elapsed += time.perf_counter() - started
            total += report.published
        finally:
            db.dispose()
    return total, elapsed


class _TrustingApplier:
    """The apply of the previous version: every change trusted (no write-authority checks)."""

    def __new__(cls, connection, site_id, clock, **_options):  # noqa: ANN001, ANN204
        from aftersales_desktop.sync.apply import Applier

        return Applier(connection, site_id, clock)


def apply_all(hq_dir: Path, *, checked: bool = True) -> tuple[int, float, float]:
    """A head-office cycle applying everything: (changes, seconds applying, seconds indexing search).

    The cycle refreshes the search entries of received jobs after their apply transactions
    commit; that step is timed on its own. ``checked`` False applies without write authority.
    """
    from aftersales_desktop.storage.database import open_database
    from aftersales_desktop.sync import engine as engine_module
    from aftersales_desktop.sync.apply import Applier
    from aftersales_desktop.sync.engine import SyncEngine

    engine_module.Applier = Applier if checked else _TrustingApplier

    db = open_database(hq_dir)
    try:
        engine = SyncEngine(db, hq_dir)
        indexing = [0.0]
        index_search = engine.index_search

        def timed_index() -> int:
            began = time.perf_counter()
            try:
                return index_search()
            finally:
                indexing[0] += time.perf_counter() - began

        engine.index_search = timed_index
        started = time.perf_counter()
        report = engine.run_cycle()
        total = time.perf_counter() - started
        return report.applied + report.skipped, total - indexing[0], indexing[0]
    finally:
        db.dispose()


def raw_baseline(hq_template: Path, outlets: list[Path]) -> tuple[int, float]:
    """Insert the outlets' rows with executemany in one transaction into an empty copy of the schema."""
    from aftersales_desktop.storage.database import replicated_tables_sorted

    rows_by_table: dict[str, tuple[list[str], list[tuple]]] = {}
    for folder in outlets:
        source = sqlite3.connect(folder / "aftersales.sqlite3")
        for table in replicated_tables_sorted():
            columns = [c.name for c in table.columns]
            rows = source.execute(f"SELECT {', '.join(columns)} FROM {table.name}").fetchall()
            entry = rows_by_table.setdefault(table.name, (columns, []))
            entry[1].extend(rows)
        source.close()
    target_path = hq_template.parent / "raw.sqlite3"
    shutil.copy(hq_template, target_path)
    target = sqlite3.connect(target_path)
    target.execute("PRAGMA journal_mode=WAL")
    target.execute("PRAGMA synchronous=NORMAL")
    total = sum(len(rows) for _columns, rows in rows_by_table.values())
    started = time.perf_counter()
    with target:
        for name, (columns, rows) in rows_by_table.items():
            target.executemany(f"INSERT OR IGNORE INTO {name} ({', '.join(columns)}) "
                               f"VALUES ({', '.join('?' * len(columns))})", rows)
    elapsed = time.perf_counter() - started
    target.close()
    return total, elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sites", type=int, default=10)
    parser.add_argument("--changes", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3, help="apply and baseline runs (median)")
    parser.add_argument("--keep", type=Path, default=None, help="build in this folder and keep it")
    args = parser.parse_args()
    root = args.keep or Path(tempfile.mkdtemp(prefix="sync-bench-"))
    root.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("AFTERSALES_KEY_DIR", str(root / "keys"))
    try:
        started = time.perf_counter()
        hq_dir, outlets, _share = build_sites(root, args.sites, args.changes)
        waiting = sum(count_outbox(f) for f in outlets)
        print(f"built {args.sites} outlets with {waiting:,} unpublished changes in "
              f"{time.perf_counter() - started:.1f} s", flush=True)
        published, publish_seconds = publish_all(outlets)
        # Import what a cycle loads lazily before anything is timed (the first apply would pay it).
        import aftersales_desktop.sync.engine  # noqa: F401
        import aftersales_desktop.sync.snapshot  # noqa: F401
        # Apply several times from an untouched copy of the head-office folder.
        pristine = root / "hq-pristine"
        shutil.copytree(hq_dir, pristine)
        apply_rates, trusted_rates, index_rates, raw_rates, applied = [], [], [], [], 0
        for run in range(args.runs):
            # Alternate the three measurements run by run (and their order), so load drift spreads.
            steps = ["checked", "trusted", "raw"] if run % 2 == 0 else ["raw", "trusted", "checked"]
            for step in steps:
                if step == "raw":
                    rows, raw_seconds = raw_baseline(pristine / "aftersales.sqlite3", outlets)
                    raw_rates.append(rows / raw_seconds)
                    continue
                target = root / f"hq-run{run}-{step}"
                shutil.copytree(pristine, target)
                applied, seconds, indexing = apply_all(target, checked=step == "checked")
                if step == "checked":
                    apply_rates.append(applied / seconds)
                    index_rates.append(applied / (seconds + indexing))
                else:
                    trusted_rates.append(applied / seconds)
                shutil.rmtree(target)
        apply_rate, raw_rate = statistics.median(apply_rates), statistics.median(raw_rates)
        trusted_rate = statistics.median(trusted_rates)
        with_index = statistics.median(index_rates)
        print()
        print(f"{'figure':44} | {'this app':>16} | {'baseline':>22} | {'ratio':>6} | target")
        print(f"{'-' * 44} | {'-' * 16} | {'-' * 22} | {'-' * 6} | ------")
        print(f"{'publish ' + format(published, ',') + ' changes (' + str(args.sites) + ' sites)':44} | "
              f"{published / publish_seconds:>10,.0f} ch/s | {raw_rate:>13,.0f} rows/s raw | "
              f"{published / publish_seconds / raw_rate:>5.0%} |")
        print(f"{'apply ' + format(applied, ',') + ' changes (verify + merge)':44} | {apply_rate:>10,.0f} ch/s | "
              f"{raw_rate:>13,.0f} rows/s raw | {apply_rate / raw_rate:>5.0%} | >= 25%")
        print(f"{'apply with write authority vs without':44} | {apply_rate:>10,.0f} ch/s | "
              f"{trusted_rate:>10,.0f} ch/s trusted | {apply_rate / trusted_rate:>5.0%} | >= 90%")
        print(f"{'  ... and the search index of received jobs':44} | {with_index:>10,.0f} ch/s | "
              f"{raw_rate:>13,.0f} rows/s raw | {with_index / raw_rate:>5.0%} |")
        print(f"\nmedians of {args.runs} runs; raw = sqlite3 executemany of the same rows in one transaction")
    finally:
        if args.keep is None:
            shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
