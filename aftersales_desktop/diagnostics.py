"""A zip for support: log files, versions, settings without secrets, the sync log's tail, the backups.

What never goes in: password hashes, keys (private, public or any other key material), signature
strokes, customer data. Settings are read from two tables only (outlet_settings, local_state) and
any entry whose key names a secret is replaced by "<withheld>"; no other table is read except the
sync log (site ids, counts, paths) and the schema revision.
"""

from __future__ import annotations

import json
import os
import platform
import re
import sqlite3
import sys
import tempfile
import zipfile
from contextlib import closing
from datetime import datetime, timezone
from importlib import metadata
from pathlib import Path

from aftersales_desktop import __version__
from aftersales_desktop.backup import get_backup_settings, list_backups
from aftersales_desktop.logs import log_files
from aftersales_desktop.paths import database_path

SYNC_LOG_LINES = 200
WITHHELD = "<withheld>"
#: Setting keys that name (or may hold) a secret, key material, a signature or an image.
_SECRET_KEY = re.compile(r"pass|hash|secret|private|key|token|sign|stroke|credential|logo|salt", re.IGNORECASE)
#: Longer values are summarised: settings are short texts; a long one is not needed for support.
MAX_VALUE_CHARS = 2000
_PACKAGES = ("PySide6", "PySide6-Essentials", "PySide6-Addons", "shiboken6", "SQLAlchemy", "alembic", "reportlab", "cryptography", "keyring",
             "platformdirs", "qrcode", "Pillow")


def _package_version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return ""


def _connect(data_dir: Path) -> sqlite3.Connection | None:
    path = database_path(data_dir)
    if not path.is_file():
        return None
    return sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True, timeout=15)


def _query(connection: sqlite3.Connection | None, sql: str, params: tuple = ()) -> list[tuple]:
    if connection is None:
        return []
    try:
        return connection.execute(sql, params).fetchall()
    except sqlite3.DatabaseError:  # an older schema, a damaged file: say less, still export
        return []


def versions(data_dir: Path, extra: dict | None = None) -> dict:
    """The versions that matter for support; ``extra`` adds what only the caller knows (Qt at run time)."""
    with closing(_connect(data_dir) or sqlite3.connect(":memory:")) as connection:
        revision = _query(connection, "SELECT version_num FROM alembic_version")
    result = {
        "app": __version__,
        "python": sys.version,
        "platform": platform.platform(),
        "machine": platform.machine(),
        "frozen": bool(getattr(sys, "frozen", False)),
        "sqlite": sqlite3.sqlite_version,
        "schema_revision": revision[0][0] if revision else None,
        "packages": {name: version for name in _PACKAGES if (version := _package_version(name))},
    }
    result.update(extra or {})
    return result


def _clean(key: str, value: str) -> str:
    if _SECRET_KEY.search(key):
        return WITHHELD
    if len(value) > MAX_VALUE_CHARS:
        return f"<{len(value)} characters>"
    return value


def settings(data_dir: Path) -> dict:
    """Outlet settings and this machine's local_state, with every secret-looking entry withheld."""
    with closing(_connect(data_dir) or sqlite3.connect(":memory:")) as connection:
        outlet_rows = _query(connection, "SELECT o.code, s.key, s.value FROM outlet_settings s "
                                         "JOIN outlets o ON o.id = s.outlet_id WHERE s.deleted = 0 "
                                         "ORDER BY o.code, s.key")
        local_rows = _query(connection, "SELECT key, value FROM local_state ORDER BY key")
    outlets: dict[str, dict[str, str]] = {}
    for code, key, value in outlet_rows:
        outlets.setdefault(code, {})[key] = _clean(key, value or "")
    backup = get_backup_settings(data_dir)
    return {
        "outlet_settings": outlets,
        "local_state": {key: _clean(key, value or "") for key, value in local_rows},
        "backup": {"folder": str(backup.folder), "keep": backup.keep},
        "environment": {name: os.environ[name] for name in ("AFTERSALES_DATA_DIR", "AFTERSALES_KEY_DIR",
                                                             "LANG", "LC_ALL", "QT_QPA_PLATFORM")
                        if name in os.environ},
    }


def sync_log_lines(data_dir: Path, limit: int = SYNC_LOG_LINES) -> list[str]:
    """The newest ``limit`` sync log lines, oldest first, as 'time level message'."""
    with closing(_connect(data_dir) or sqlite3.connect(":memory:")) as connection:
        rows = _query(connection, "SELECT at, level, message, params FROM sync_log ORDER BY id DESC LIMIT ?",
                      (limit,))
    lines = []
    for at, level, message, params in reversed(rows):
        try:
            text = message.format(**json.loads(params or "{}"))
        except (ValueError, KeyError, IndexError, TypeError):
            text = f"{message} {params}"
        lines.append(f"{at} {level} {text}")
    return lines


def backups_listing(data_dir: Path) -> list[dict]:
    """The backups in this machine's backup folder, newest first."""
    return [{"file": info.path.name, "taken_at": info.taken_at.isoformat(), "reason": info.reason,
             "bytes": info.size} for info in list_backups(get_backup_settings(data_dir).folder)]


def export_diagnostics(data_dir: Path, target_zip: Path, extra: dict | None = None) -> Path:
    """Write the support zip to ``target_zip`` (replaced when complete); returns its path."""
    data_dir = Path(data_dir)
    target = Path(target_zip).expanduser()
    target.parent.mkdir(parents=True, exist_ok=True)
    created = datetime.now(timezone.utc).isoformat(timespec="seconds")
    handle, temporary = tempfile.mkstemp(prefix=".diagnostics-", suffix=".zip", dir=target.parent)
    os.close(handle)
    try:
        with zipfile.ZipFile(temporary, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("README.txt", f"After-sales desktop diagnostics, {created}, data folder {data_dir}\n")
            archive.writestr("versions.json", _json(versions(data_dir, extra)))
            archive.writestr("settings.json", _json(settings(data_dir)))
            archive.writestr("sync-log.txt", "\n".join(sync_log_lines(data_dir)) + "\n")
            archive.writestr("backups.json", _json(backups_listing(data_dir)))
            for path in log_files(data_dir):
                archive.write(path, f"logs/{path.name}")
        os.replace(temporary, target)
    finally:
        Path(temporary).unlink(missing_ok=True)
    return target


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2, default=str) + "\n"
