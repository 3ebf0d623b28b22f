"""Where data, resources and generated files live, in development and in a frozen build."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "AfterSalesDesktop"
DATA_DIR_ENV = "AFTERSALES_DATA_DIR"


def resources_dir() -> Path:
    """The resources/ folder: beside the package in a checkout, under _MEIPASS when frozen."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def default_data_dir() -> Path:
    """The user's outlet data folder: the environment variable, else the platform's user data dir."""
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def demo_data_dir() -> Path:
    """The demo outlet's own folder, apart from real data."""
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False)) / "demo-outlet"


def database_path(data_dir: Path) -> Path:
    """The outlet's SQLite database inside its data folder."""
    return data_dir / "aftersales.sqlite3"


def backups_dir(data_dir: Path) -> Path:
    """Where copies are kept before migrations (and, later, daily)."""
    return data_dir / "backups"
