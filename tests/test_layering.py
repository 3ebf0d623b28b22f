"""Only the gui package may touch Qt: domain, storage, services, sync, slips and cli import without it."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parents[1] / "aftersales_desktop"

# Walks the package without importing aftersales_desktop.gui (pkgutil.walk_packages would import
# every package to look inside it), imports each module, then reports what was loaded.
_PROBE = r"""
import importlib, json, pkgutil, sys
import aftersales_desktop

SKIP = ("aftersales_desktop.gui", "aftersales_desktop.storage.migrations.env")

def walk(path, prefix):
    for info in pkgutil.iter_modules(path, prefix):
        if info.name.startswith(SKIP):
            continue
        module = importlib.import_module(info.name)
        yield info.name
        if info.ispkg:
            yield from walk(module.__path__, info.name + ".")

imported = list(walk(aftersales_desktop.__path__, "aftersales_desktop."))
qt = sorted(m for m in sys.modules if m == "PySide6" or m.startswith("PySide6."))
print(json.dumps({"imported": imported, "qt": qt}))
"""


def test_importing_every_non_gui_module_leaves_pyside6_unloaded():
    result = subprocess.run([sys.executable, "-c", _PROBE], cwd=PACKAGE_DIR.parent,
                            capture_output=True, text=True, timeout=120,
                            env=dict(os.environ, PYTHONPATH=str(PACKAGE_DIR.parent)))
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    # The probe really imported the layers (a walk that found nothing would prove nothing).
    for expected in ("aftersales_desktop.cli", "aftersales_desktop.domain.jobs",
                     "aftersales_desktop.storage.database", "aftersales_desktop.services.jobs"):
        assert expected in report["imported"]
    assert not any(name.startswith("aftersales_desktop.gui") for name in report["imported"])
    assert report["qt"] == [], f"PySide6 was imported by a non-GUI module: {report['qt']}"


_QT_IMPORT = re.compile(r"^\s*(?:from\s+PySide6\b|import\s+PySide6\b)|import_module\(\s*['\"]PySide6",
                        re.MULTILINE)


def test_no_source_file_outside_gui_imports_pyside6():
    offenders = []
    for path in sorted(PACKAGE_DIR.rglob("*.py")):
        relative = path.relative_to(PACKAGE_DIR)
        if relative.parts[0] == "gui":
            continue
        if _QT_IMPORT.search(path.read_text(encoding="utf-8")):
            offenders.append(str(relative))
    assert offenders == []


def test_the_source_scan_recognises_qt_imports():
    assert _QT_IMPORT.search("from PySide6.QtWidgets import QWidget")
    assert _QT_IMPORT.search("def f():\n    import PySide6.QtCore\n")
    assert not _QT_IMPORT.search("from aftersales_desktop.gui.app import run  # PySide6 lives there")
