"""Grab screenshots of the main views (offscreen) into a folder: python3 scripts/screenshots.py OUT [--lang zh_CN]."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    """Seed a demo outlet, open the main window, grab each page and a job's detail."""
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--lang", default="en")
    parser.add_argument("--data-dir", type=Path, default=None)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    from aftersales_desktop.services.demo import seed_demo
    from aftersales_desktop.services.jobs import JobQuery, list_jobs
    from aftersales_desktop.gui.app import application, demo_user
    from aftersales_desktop.gui.main_window import MainWindow
    from aftersales_desktop.services.context import AppContext
    from aftersales_desktop.storage.database import open_database
    from PySide6.QtWidgets import QApplication

    data_dir = args.data_dir or Path(tempfile.mkdtemp()) / "demo"
    app = application(args.lang)
    db = open_database(data_dir)
    if db.local_value("outlet_id") is None:
        db.dispose()
        seed_demo(data_dir, jobs=400)
        db = open_database(data_dir)
    ctx = AppContext(db, demo_user(db))
    window = MainWindow(ctx)
    window.resize(1440, 900)
    window.show()
    for key in window.page_keys():
        window.show_page(key)
        app.processEvents()
        window.grab().save(str(args.out / f"{args.lang}-{key}.png"))
    window.show_page(window.page_keys()[0])
    first = list_jobs(ctx, JobQuery(), limit=5).rows
    if first:
        window.show_job(first[1].id if len(first) > 1 else first[0].id)
        app.processEvents()
        window.grab().save(str(args.out / f"{args.lang}-job-detail.png"))
    window.new_job()
    app.processEvents()
    dialog = window.page(window.page_keys()[0]).current_dialog
    if dialog is not None:
        dialog.grab().save(str(args.out / f"{args.lang}-intake.png"))
        dialog.close()
    print("\n".join(sorted(str(p) for p in args.out.glob(f"{args.lang}-*.png"))))
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
