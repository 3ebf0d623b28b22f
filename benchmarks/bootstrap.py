"""Bootstrap of a new computer from HQ's snapshot, beside copying the same database file; database size.

    python3 benchmarks/bootstrap.py [--jobs 200000] [--runs 3] [--keep DIR]

Head office is seeded with ``--jobs`` demo jobs (about 9 changes each) through the bulk path and
sets up a folder share; it publishes its outbox as bundles, then a snapshot (sync/snapshot.py,
format 2: a signed, compressed image of the replicated tables). A newcomer joins and is approved
once; each run copies that joined folder and times finding, verifying, inflating, checking and
copying the snapshot into it (``newest_snapshot`` + ``load_snapshot``). The baseline, in the same
run and alternating with it run by run, is ``shutil.copyfile`` of head office's database file
(after a checkpoint): the least any bootstrap that moves the data can cost. Target: <= 3x.

Database size: head office's file after publishing and pruning the outbox (the retention passed),
beside the same database without an outbox (outbox and sync_published emptied, then VACUUM).
Both are measured as live pages (page_count - freelist_count) and as the file after VACUUM.
Target: <= 1.2x.
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
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

DB_NAME = "aftersales.sqlite3"


def live_bytes(path: Path) -> int:
    """Bytes of the pages in use (a pruned file keeps its free pages until VACUUM)."""
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
        free = connection.execute("PRAGMA freelist_count").fetchone()[0]
        size = connection.execute("PRAGMA page_size").fetchone()[0]
        return (pages - free) * size
    finally:
        connection.close()


def vacuumed_bytes(path: Path, work: Path, *, drop_outbox: bool = False) -> int:
    """The size of ``path`` after VACUUM INTO a copy (with the outbox emptied first when asked)."""
    copy = work / "vacuum-source.sqlite3"
    target = work / "vacuumed.sqlite3"
    shutil.copyfile(path, copy)
    target.unlink(missing_ok=True)
    connection = sqlite3.connect(copy)
    try:
        if drop_outbox:
            connection.execute("DELETE FROM outbox")
            connection.execute("DELETE FROM sync_published")
            connection.commit()
        connection.execute("VACUUM INTO ?", (str(target),))
    finally:
        connection.close()
    size = target.stat().st_size
    copy.unlink()
    target.unlink()
    return size


def checkpoint(path: Path) -> None:
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=200_000)
    parser.add_argument("--runs", type=int, default=3, help="bootstrap and copy runs (median)")
    parser.add_argument("--keep", type=Path, default=None, help="build in this folder and keep it")
    args = parser.parse_args()
    root = args.keep or Path(tempfile.mkdtemp(prefix="bootstrap-bench-"))
    root.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("AFTERSALES_KEY_DIR", str(root / "keys"))

    from aftersales_desktop.services.demo import seed_demo
    from aftersales_desktop.storage.database import open_database
    from aftersales_desktop.sync import membership
    from aftersales_desktop.sync.engine import CycleReport, SyncEngine, load_config
    from aftersales_desktop.sync.share import Share
    from aftersales_desktop.sync.snapshot import load_snapshot, newest_snapshot
    from aftersales_desktop.sync.engine import utc_now

    try:
        started = time.perf_counter()
        hq_dir, share_dir, newcomer_dir = root / "hq", root / "share", root / "newcomer"
        share_dir.mkdir()
        seed_demo(hq_dir, jobs=args.jobs, outlet_code="HQ", outlet_name="HQ 售后服务中心")
        hq = open_database(hq_dir)
        membership.initialise_share(hq, share_dir)
        with sqlite3.connect(hq_dir / DB_NAME) as connection:
            changes = connection.execute("SELECT count(*) FROM outbox").fetchone()[0]
        print(f"seeded {args.jobs:,} jobs ({changes:,} changes) in {time.perf_counter() - started:.1f} s", flush=True)
        began = time.perf_counter()
        name = membership.publish_snapshot(hq, hq_dir)
        snapshot_bytes = (Share(share_dir).base / "snapshots" / name).stat().st_size
        print(f"published the outbox and the snapshot ({snapshot_bytes / 1e6:,.0f} MB) in "
              f"{time.perf_counter() - began:.1f} s", flush=True)
        newcomer = open_database(newcomer_dir)  # a second computer of head office's outlet: nothing but its key
        membership.join_outlet(newcomer, share_dir, "HQ", "benchmark laptop")
        membership.approve(hq, newcomer.site_id)
        config = load_config(newcomer)
        newcomer.dispose()
        checkpoint(hq_dir / DB_NAME)

        boot_seconds, copy_seconds, rows = [], [], 0
        for run in range(args.runs):
            for step in (("boot", "copy") if run % 2 == 0 else ("copy", "boot")):
                if step == "copy":
                    target = root / "copy.sqlite3"
                    began = time.perf_counter()
                    shutil.copyfile(hq_dir / DB_NAME, target)
                    copy_seconds.append(time.perf_counter() - began)
                    target.unlink()
                    continue
                folder = root / f"boot{run}"
                shutil.copytree(newcomer_dir, folder)
                db = open_database(folder)
                try:
                    engine = SyncEngine(db, folder)
                    began = time.perf_counter()
                    found = newest_snapshot(Share(share_dir), config, engine._share_keys(Share(share_dir)))
                    rows = load_snapshot(db, found[1])
                    boot_seconds.append(time.perf_counter() - began)
                finally:
                    db.dispose()
                shutil.rmtree(folder)
        hq_file = (hq_dir / DB_NAME).stat().st_size

        # Size: prune the published outbox (the retention has passed), beside no outbox at all.
        later = utc_now() + timedelta(days=30)
        pruned = SyncEngine(hq, hq_dir, now=lambda: later).prune_outbox(Share(share_dir), CycleReport())
        hq.dispose()
        work = root / "size"
        work.mkdir()
        pruned_live = live_bytes(hq_dir / DB_NAME)
        pruned_vacuumed = vacuumed_bytes(hq_dir / DB_NAME, work)
        bare_vacuumed = vacuumed_bytes(hq_dir / DB_NAME, work, drop_outbox=True)

        boot, copy = statistics.median(boot_seconds), statistics.median(copy_seconds)
        print()
        print(f"{'figure':50} | {'this app':>14} | {'baseline':>22} | {'ratio':>6} | target")
        print(f"{'-' * 50} | {'-' * 14} | {'-' * 22} | {'-' * 6} | ------")
        print(f"{'bootstrap from snapshot (' + format(rows, ',') + ' rows)':50} | {boot:>12.2f} s | "
              f"{copy:>9.2f} s file copy | {boot / copy:>5.1f}x | <= 3x")
        print(f"{'  database file copied (' + format(hq_file / 1e6, ',.0f') + ' MB)':50} |")
        print(f"{'database after publish + prune (' + format(pruned, ',') + ' pruned), live':50} | "
              f"{pruned_live / 1e6:>11,.0f} MB | {bare_vacuumed / 1e6:>12,.0f} MB no outbox | "
              f"{pruned_live / bare_vacuumed:>5.2f}x | <= 1.2x")
        print(f"{'  ... the same after VACUUM':50} | {pruned_vacuumed / 1e6:>11,.0f} MB | "
              f"{bare_vacuumed / 1e6:>12,.0f} MB no outbox | {pruned_vacuumed / bare_vacuumed:>5.2f}x | <= 1.2x")
        print(f"\nmedians of {args.runs} runs, alternating; snapshot file {snapshot_bytes / 1e6:,.0f} MB")
    finally:
        if args.keep is None:
            shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
