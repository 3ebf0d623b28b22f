"""Benchmarks of the after-sales desktop, each beside a baseline measured in the same run.

    python3 benchmarks/run.py [--jobs 200000] [--runs 5] [--rebuild]

Seeds (or reuses) a demo database of ``--jobs`` jobs under benchmarks/.data/ and prints a table:
seeding rate, cold start to a ready main window, the job list's first page, and search keystrokes.
``--bootstrap`` adds benchmarks/bootstrap.py (a new computer from HQ's snapshot; database size).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from contextlib import closing
from pathlib import Path
from typing import Callable

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from aftersales_desktop.domain.text_index import match_query  # noqa: E402
from aftersales_desktop.paths import database_path  # noqa: E402

DATA = REPO / "benchmarks" / ".data"
READY_TIMEOUT_S = 90
SEED = 2026

FIRST_PAGE_SQL = """
SELECT j.id, j.number, j.status, j.priority, c.name, c.phone,
       coalesce(p.brand || ' ' || p.model, ''), j.serial_number, coalesce(u.display_name, ''),
       j.created_at, j.reply_due_at, j.done_at, j.priority_rank
FROM jobs j
JOIN customers c ON c.id = j.customer_id
LEFT JOIN products p ON p.id = j.product_id
LEFT JOIN users u ON u.id = j.assigned_to
WHERE j.deleted = 0
ORDER BY j.created_at DESC, j.id DESC
LIMIT 101
"""
FTS_SQL = "SELECT job_id FROM job_search WHERE job_search MATCH ?"


# ---- measuring -----------------------------------------------------------------------------------


def median_ms(action: Callable[[], object], runs: int, warm_up: int = 1) -> float:
    """Median wall time of ``action`` in milliseconds, after ``warm_up`` unmeasured calls."""
    for _ in range(warm_up):
        action()
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def time_to_ready(command: list[str], env: dict[str, str]) -> float | None:
    """Seconds from starting ``command`` to its ``ready`` line on stdout; None if it never comes."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env,
                               cwd=REPO, text=True)
    seen = threading.Event()
    moment: list[float] = []

    def watch() -> None:
        for line in process.stdout:  # type: ignore[union-attr]
            if line.strip() == "ready" and not seen.is_set():
                moment.append(time.perf_counter() - started)
                seen.set()

    reader = threading.Thread(target=watch, daemon=True)
    reader.start()
    seen.wait(READY_TIMEOUT_S)
    try:
        process.wait(timeout=10 if seen.is_set() else 0.1)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
    return moment[0] if moment else None


def median_ready(command: list[str], env: dict[str, str], runs: int) -> float | None:
    """Median seconds to ``ready`` over ``runs`` starts (None when any start gives no signal)."""
    times = []
    for _ in range(runs):
        elapsed = time_to_ready(command, env)
        if elapsed is None:
            return None
        times.append(elapsed)
    return statistics.median(times)


# ---- the rows ------------------------------------------------------------------------------------


def seeded_folder(jobs: int, rebuild: bool) -> tuple[Path, dict]:
    """A folder seeded with ``jobs`` demo jobs, reused between runs; and how its seeding went."""
    from aftersales_desktop.services.demo import seed_demo

    folder = DATA / f"jobs-{jobs}"
    marker = folder / "seeding.json"
    if rebuild and folder.exists():
        shutil.rmtree(folder)
    if marker.is_file():
        return folder, {**json.loads(marker.read_text()), "reused": True}
    if folder.exists():
        shutil.rmtree(folder)  # a half-built folder from an interrupted run
    print(f"Seeding {jobs} jobs into {folder} (reused by later runs) ...", flush=True)
    started = time.perf_counter()
    report = seed_demo(folder, jobs=jobs, seed=SEED,
                       progress=lambda done, total: print(f"\r  {done}/{total}", end="", flush=True))
    seconds = time.perf_counter() - started
    print(f"\n  {report}", flush=True)
    with closing(sqlite3.connect(database_path(folder))) as connection:
        tables = [r[0] for r in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'job_search_%' "
            "AND name NOT LIKE 'sqlite_%' AND name != 'alembic_version'")]
        rows = sum(connection.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables)
    facts = {"jobs": jobs, "seconds": seconds, "rows": rows}
    marker.write_text(json.dumps(facts))
    return folder, {**facts, "reused": False}


def raw_insert_rate(rows: int) -> float:
    """Rows/s of plain sqlite3 executemany of small rows in one transaction (the design's ceiling)."""
    with tempfile.TemporaryDirectory() as scratch:
        with closing(sqlite3.connect(Path(scratch) / "raw.sqlite3")) as connection:
            connection.execute("PRAGMA journal_mode=WAL")
            connection.execute("PRAGMA synchronous=NORMAL")
            connection.execute("CREATE TABLE t (id TEXT PRIMARY KEY, n INTEGER, label TEXT)")
            data = [(f"{i:012d}", i, "toner") for i in range(rows)]
            started = time.perf_counter()
            with connection:
                connection.executemany("INSERT INTO t VALUES (?, ?, ?)", data)
            return rows / (time.perf_counter() - started)


def search_terms(folder: Path) -> list[tuple[str, str]]:
    """What a clerk types: a surname, a district, a phone prefix, a job number prefix, a company word."""
    with closing(sqlite3.connect(database_path(folder))) as connection:
        numbers = [r[0] for r in connection.execute("SELECT number FROM jobs ORDER BY created_at DESC LIMIT 400")]
    number = numbers[len(numbers) // 2] if numbers else "SH01-J202601-0001"
    return [("surname, 1 char", "王"), ("district, 2 chars", "浦东"), ("phone prefix", "1381"),
            ("job number prefix", number[:-1]), ("English company word", "Acme"),
            ("surname + district", "李 浦东")]


def cold_start_row(folder: Path, runs: int) -> tuple[str, str, str]:
    """Cold start of the application on ``folder`` beside a bare Qt window."""
    env = dict(os.environ, AFTERSALES_EXIT_WHEN_READY="1", QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=str(REPO))
    baseline = median_ready([sys.executable, str(REPO / "benchmarks" / "bare_window.py")], env, runs)
    app = median_ready([sys.executable, "-m", "aftersales_desktop", "--data-dir", str(folder)], env, runs)
    base_text = f"{baseline * 1000:.0f} ms" if baseline else "n/a (no ready signal)"
    if app is None:
        return "n/a (no ready signal)", base_text, ""
    ratio = f"{app / baseline:.2f}x" if baseline else ""
    return f"{app * 1000:.0f} ms", base_text, ratio


def main(argv: list[str] | None = None) -> int:
    """Run every benchmark and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=200_000)
    parser.add_argument("--runs", type=int, default=5, help="starts per cold-start median")
    parser.add_argument("--repeat", type=int, default=15, help="calls per query median")
    parser.add_argument("--rebuild", action="store_true", help="seed a new database even if one exists")
    parser.add_argument("--skip-cold-start", action="store_true")
    parser.add_argument("--bootstrap", action="store_true",
                        help="also run benchmarks/bootstrap.py (snapshot bootstrap and database size) at --jobs")
    args = parser.parse_args(argv)

    folder, seeding = seeded_folder(args.jobs, args.rebuild)
    table: list[tuple[str, str, str, str, str]] = []

    raw_rate = statistics.median(raw_insert_rate(max(args.jobs, 10_000)) for _ in range(3))
    jobs_rate = seeding["jobs"] / seeding["seconds"]
    rows_rate = seeding["rows"] / seeding["seconds"]
    when = " (when built)" if seeding["reused"] else ""
    table.append((f"seeding{when}", f"{jobs_rate:,.0f} jobs/s = {rows_rate:,.0f} rows/s "
                  f"({seeding['seconds']:.1f} s)", f"{raw_rate:,.0f} rows/s raw sqlite3",
                  f"{rows_rate / raw_rate:.2f}x", f"{args.jobs:,} jobs < 120 s"))

    if not args.skip_cold_start:
        app, base, ratio = cold_start_row(folder, args.runs)
        table.append(("cold start to ready window", app, f"{base} bare QMainWindow", ratio, "<= 2.5x"))

    from aftersales_desktop.services.context import AppContext
    from aftersales_desktop.services.demo import demo_username
    from aftersales_desktop.services.jobs import JobQuery, list_jobs
    from aftersales_desktop.services.outlet import user_by_username
    from aftersales_desktop.storage.database import open_database

    db = open_database(folder)
    try:
        ctx = AppContext(db, user_by_username(db, demo_username(db) or "manager"))
        with closing(sqlite3.connect(database_path(folder))) as raw:
            service = median_ms(lambda: list_jobs(ctx, JobQuery(), limit=100), args.repeat)
            baseline = median_ms(lambda: raw.execute(FIRST_PAGE_SQL).fetchall(), args.repeat)
            table.append(("job list, first page (100)", f"{service:.1f} ms", f"{baseline:.1f} ms raw SQL",
                          f"{service / baseline:.2f}x", ""))
            for label, text in search_terms(folder):
                expression = match_query(text)
                matches = len(raw.execute(FTS_SQL, (expression,)).fetchall())
                service = median_ms(lambda: list_jobs(ctx, JobQuery(text=text), limit=100), args.repeat)
                baseline = median_ms(lambda: raw.execute(FTS_SQL, (expression,)).fetchall(), args.repeat)
                table.append((f"search '{text}' ({label}, {matches:,} hits)", f"{service:.1f} ms",
                              f"{baseline:.1f} ms FTS5 MATCH alone", f"{service / baseline:.2f}x",
                              "< 50 ms"))
    finally:
        db.dispose()

    print()
    print(f"Benchmarks at {args.jobs:,} jobs ({folder}); medians, ratio = app / baseline")
    headers = ("measure", "this app", "baseline", "ratio", "target")
    widths = [max(_width(r[i]) for r in [headers, *table]) for i in range(len(headers))]
    for row in [headers, tuple("-" * w for w in widths), *table]:
        print(" | ".join(_pad(cell, width) for cell, width in zip(row, widths)))
    if args.bootstrap:  # its own head office and share: several minutes at 200,000 jobs
        print(flush=True)
        return subprocess.call([sys.executable, str(Path(__file__).with_name("bootstrap.py")),
                                "--jobs", str(args.jobs)])
    return 0


def _width(text: str) -> int:
    # CJK characters take two columns in a terminal.
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))


if __name__ == "__main__":
    sys.exit(main())
