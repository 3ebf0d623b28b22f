"""``aftersales slip``: render a stored slip from the command line, as a batch reprint would."""

from __future__ import annotations

import sqlite3
import subprocess

import pytest

from aftersales_desktop.services.demo import seed_demo
from tests.cli.test_cli import _run


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory):
    """A demo outlet with signed slips."""
    folder = tmp_path_factory.mktemp("slips") / "outlet"
    seed_demo(folder, jobs=120, seed=7)
    return folder


def _numbers(folder) -> list[str]:
    connection = sqlite3.connect(folder / "aftersales.sqlite3")
    try:
        return [row[0] for row in connection.execute("SELECT number FROM slips ORDER BY number")]
    finally:
        connection.close()


def _page_width(pdf) -> float:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    size = next(line for line in info.splitlines() if line.startswith("Page size:"))
    return float(size.split()[2])


def test_the_demo_has_signed_slips(demo_folder):
    assert len(_numbers(demo_folder)) >= 5


@pytest.mark.parametrize("fmt, width", [("a4", 595.28), ("58mm", 164.41)])
def test_a_stored_slip_renders_to_the_asked_format_and_reprints_are_counted(demo_folder, tmp_path, fmt, width):
    number = _numbers(demo_folder)[0]
    out = tmp_path / "out" / f"{number}.pdf"
    result = _run("slip", number, "--format", fmt, "--out", str(out), "--data-dir", str(demo_folder))
    assert result.returncode == 0, result.stderr
    assert number in result.stdout and "copy" in result.stdout  # the demo printed each slip once already
    assert abs(_page_width(out) - width) < 0.5
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert number in text.replace(" ", "")


def test_an_unknown_slip_or_folder_is_a_clear_error(demo_folder, tmp_path):
    result = _run("slip", "SH01-R209901-0001", "--out", str(tmp_path / "x.pdf"), "--data-dir", str(demo_folder))
    assert result.returncode == 1 and "SH01-R209901-0001" in result.stderr
    assert not (tmp_path / "x.pdf").exists()
    result = _run("slip", "SH01-R209901-0001", "--out", str(tmp_path / "x.pdf"), "--data-dir", str(tmp_path / "none"))
    assert result.returncode == 1 and "No outlet database" in result.stderr
    assert not (tmp_path / "none").exists()


def test_a_bad_format_is_refused_by_the_parser(demo_folder, tmp_path):
    result = _run("slip", "X", "--format", "a3", "--out", str(tmp_path / "x.pdf"))
    assert result.returncode == 2 and "--format" in result.stderr
