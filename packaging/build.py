"""Build the one-folder application with PyInstaller, then run the built executable's self-test.

    python3 packaging/build.py [--clean] [--distpath DIR] [--workpath DIR]

Installs nothing: PyInstaller and Pillow come from the ``build`` extra
(``pip install -e '.[build]'``). Exits 0 when the build succeeded and the built application's
``self-test`` passed offscreen; prints the folder's size and the time taken. Runs unchanged on
Windows, macOS and Linux.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import time
from pathlib import Path

PACKAGING = Path(__file__).resolve().parent
ROOT = PACKAGING.parent
SPEC = PACKAGING / "aftersales.spec"
APP_NAME = "aftersales"
CLI_NAME = "aftersales-cli"
MAC_BUNDLE = "Aftersales.app"
SELF_TEST_TIMEOUT_S = 600


def package_version() -> str:
    """aftersales_desktop.__version__, read without importing the package."""
    text = (ROOT / "aftersales_desktop" / "__init__.py").read_text(encoding="utf-8")
    return re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE).group(1)


def shipped_folder(distpath: Path) -> Path:
    """What users get: the .app bundle on macOS, the one folder elsewhere."""
    return distpath / MAC_BUNDLE if sys.platform == "darwin" else distpath / APP_NAME


def executable(distpath: Path, name: str = CLI_NAME) -> Path:
    """The path of one of the built executables (the console twin by default: it has a stdout)."""
    if sys.platform == "darwin":
        return distpath / MAC_BUNDLE / "Contents" / "MacOS" / name
    suffix = ".exe" if sys.platform.startswith("win") else ""
    return distpath / APP_NAME / f"{name}{suffix}"


def folder_size(folder: Path) -> int:
    """Bytes in all files under ``folder`` (symbolic links not followed, as a copy would be)."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def megabytes(size: int) -> str:
    """A size as '123.4 MB'."""
    return f"{size / 1_000_000:.1f} MB"


def run_pyinstaller(distpath: Path, workpath: Path, clean: bool) -> int:
    """PyInstaller on the spec; its exit code."""
    try:
        import PyInstaller  # noqa: F401 - only checking that the build extra is installed
    except ImportError:
        print("PyInstaller is not installed: pip install -e '.[build]'", file=sys.stderr)
        return 2
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
               "--distpath", str(distpath), "--workpath", str(workpath)]
    if clean:
        command.append("--clean")
    command.append(str(SPEC))
    return subprocess.run(command, cwd=ROOT).returncode


def run_built(distpath: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    """Run the built console executable offscreen, from a neutral folder, capturing its output."""
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    # Run from the dist folder, not the checkout: the bundle must not find files through the
    # working directory.
    return subprocess.run([str(executable(distpath)), *arguments], cwd=distpath, env=environment,
                          capture_output=True, text=True, encoding="utf-8", errors="replace",
                          timeout=SELF_TEST_TIMEOUT_S)


def check_built(distpath: Path) -> bool:
    """``--version`` names this version and ``self-test`` passes; prints what it ran."""
    expected = f"{APP_NAME} {package_version()}"
    version = run_built(distpath, "--version")
    shown = version.stdout.strip()
    print(f"{executable(distpath).name} --version: {shown or version.stderr.strip()}")
    if version.returncode != 0 or shown != expected:
        print(f"expected {expected!r}", file=sys.stderr)
        return False
    started = time.monotonic()
    test = run_built(distpath, "self-test")
    print(test.stdout, end="")
    print(test.stderr, end="", file=sys.stderr)
    passed = test.returncode == 0 and "self-test passed" in test.stdout
    print(f"self-test {'passed' if passed else 'FAILED'} (exit {test.returncode}, "
          f"{time.monotonic() - started:.0f} s)")
    return passed


def main(argv: list[str] | None = None) -> int:
    """Build, test the build, report size and time; the exit code says whether all went well."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's cache and work folder first")
    parser.add_argument("--distpath", type=Path, default=ROOT / "dist", help="where the application goes")
    parser.add_argument("--workpath", type=Path, default=ROOT / "build", help="PyInstaller's work folder")
    args = parser.parse_args(argv)
    distpath, workpath = args.distpath.resolve(), args.workpath.resolve()

    started = time.monotonic()
    code = run_pyinstaller(distpath, workpath, args.clean)
    built = time.monotonic() - started
    if code != 0:
        print(f"build FAILED (PyInstaller exit {code}) after {built:.0f} s", file=sys.stderr)
        return code
    print(f"built {shipped_folder(distpath)} in {built:.0f} s: {megabytes(folder_size(shipped_folder(distpath)))}")
    passed = check_built(distpath)
    print(f"total {time.monotonic() - started:.0f} s")
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())
