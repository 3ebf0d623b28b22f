"""The one-folder build: packaging/build.py builds the application, whose own self-test passes.

Slow (about a minute on two cores), and never skipped: CI installs the ``build`` extra, so a
missing PyInstaller is a broken set-up, reported as a failure.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUILD_SCRIPT = ROOT / "packaging" / "build.py"
BUILD_TIMEOUT_S = 900

pytestmark = [pytest.mark.slow, pytest.mark.timeout(BUILD_TIMEOUT_S + 60)]


@pytest.fixture(scope="module")
def build() -> tuple[subprocess.CompletedProcess[str], Path]:
    """Run packaging/build.py once into a temporary folder; (its result, the dist folder)."""
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        pytest.fail("PyInstaller is not installed: install the build extra (pip install -e '.[build]'; "
                    "scripts/run-tests.sh does) - the build check must run, not be skipped")
    folder = Path(tempfile.mkdtemp(prefix="aftersales-build-"))
    dist = folder / "dist"
    result = subprocess.run(
        [sys.executable, str(BUILD_SCRIPT), "--distpath", str(dist), "--workpath", str(folder / "work")],
        cwd=folder, capture_output=True, text=True, encoding="utf-8", errors="replace",
        timeout=BUILD_TIMEOUT_S, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    yield result, dist
    shutil.rmtree(folder, ignore_errors=True)  # about 200 MB: not left for pytest's basetemp


def bundled(dist: Path) -> Path:
    """The folder holding the application's libraries and data (PyInstaller 6: _internal)."""
    return dist / "aftersales" / "_internal"


def test_build_succeeds_and_the_built_self_test_passes(build):
    result, dist = build
    output = f"{result.stdout}\n{result.stderr}"
    assert result.returncode == 0, output[-6000:]
    assert "self-test passed (exit 0" in result.stdout, output[-6000:]
    assert re.search(r"aftersales-cli(\.exe)? --version: aftersales \d", result.stdout), output[-3000:]
    assert re.search(r"built .* in \d+ s: [\d.]+ MB", result.stdout)


def test_translations_and_migrations_are_inside_the_bundle(build):
    _, dist = build
    internal = bundled(dist)
    sources = ROOT / "resources" / "translations"
    expected = sorted(p.name for p in sources.iterdir() if p.suffix in (".ts", ".qm"))
    assert "aftersales_zh_CN.ts" in expected
    assert sorted(p.name for p in (internal / "resources" / "translations").iterdir()) == expected

    migrations = ROOT / "aftersales_desktop" / "storage" / "migrations"
    shipped = internal / "aftersales_desktop" / "storage" / "migrations"
    for script in [migrations / "env.py", migrations / "script.py.mako", *migrations.glob("versions/*.py")]:
        copy = shipped / script.relative_to(migrations)
        assert copy.is_file(), f"{copy} missing: Alembic loads migration scripts by path"
        assert copy.read_bytes() == script.read_bytes()


def test_qt_is_pruned_to_what_the_application_uses(build):
    _, dist = build
    internal = bundled(dist)
    qt_translations = sorted(p.name for p in internal.rglob("*.qm") if "translations" in p.parts
                             and "PySide6" in p.parts)
    assert "qtbase_zh_CN.qm" in qt_translations  # gui/theme.py loads it for Qt's own buttons
    assert all(re.fullmatch(r"(qt|qtbase)_(zh_CN|en)\.qm", name) for name in qt_translations), qt_translations
    names = [p.name for p in internal.rglob("*")]
    assert any("Qt6Pdf" in name or "QtPdf" in name for name in names)  # slips rasterised for printers
    assert any(p.name.startswith(("libqoffscreen", "qoffscreen")) for p in internal.rglob("*")
               if "platforms" in p.parts)
    unused = [name for name in names if re.search(r"Qt6?(Quick|Qml|WebEngine|3D|Multimedia|Charts|Sql)", name)]
    assert not unused, unused


def test_keyring_backends_and_barcode_modules_are_frozen_in(build):
    """keyring finds backends by entry point and reportlab barcodes by name: analysis sees neither."""
    from PyInstaller.archive.readers import pkg_archive_contents

    _, dist = build
    executable = dist / "aftersales" / ("aftersales-cli.exe" if sys.platform.startswith("win") else "aftersales-cli")
    modules = set(pkg_archive_contents(str(executable)))
    for backend in ("SecretService", "Windows", "macOS", "kwallet", "libsecret", "chainer", "fail"):
        assert f"keyring.backends.{backend}" in modules
    assert {"reportlab.graphics.barcode.code128", "reportlab.graphics.barcode.qr"} <= modules
    entry_points = list(bundled(dist).glob("keyring-*.dist-info/entry_points.txt"))
    assert entry_points and "keyring.backends" in entry_points[0].read_text(encoding="utf-8")
