"""A machine with no Chinese system font: the font that comes with the application prints every document.

The system's font places are replaced by an empty folder ($AFTERSALES_FONT_PATH), in a subprocess so
the process-wide default font of the other tests stays as it is.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from aftersales_desktop.paths import resources_dir

BUNDLED = resources_dir() / "fonts" / "DroidSansFallbackFull.ttf"

RENDER_EVERY_DOCUMENT = r'''
import sys, tempfile
from pathlib import Path
from aftersales_desktop.slips import fonts
font = fonts.find_font()
print("font", font.path)
from aftersales_desktop.domain.slips import SlipFormat
from aftersales_desktop.services import field, inspections, requisitions, slips, stocktakes
from aftersales_desktop.services.context import AppContext
from aftersales_desktop.services.demo import seed_demo
from aftersales_desktop.gui.app import demo_user
from aftersales_desktop.storage.database import open_database
from aftersales_desktop.storage.models import Requisition, Slip
from sqlalchemy import select
folder = Path(tempfile.mkdtemp())
seed_demo(folder, jobs=60)
db = open_database(folder)
ctx = AppContext(db, demo_user(db))
out = Path(sys.argv[1])
with db.reader() as session:
    slip_id = session.scalar(select(Slip.id).limit(1))
    requisition_id = session.scalar(select(Requisition.id).limit(1))
document = slips.get_slip(ctx, slip_id)
for fmt in (SlipFormat.A4, SlipFormat.ROLL_80, SlipFormat.ROLL_58):
    (out / f"slip-{fmt.value}.pdf").write_bytes(slips.render_document(document, fmt).pdf)
if requisition_id is not None:
    (out / "requisition.pdf").write_bytes(requisitions.requisition_document(ctx, requisition_id))
(out / "visit-sheet.pdf").write_bytes(field.visit_sheet(ctx, "a4").pdf)
print("customer", document.content["customer"]["name"])
db.dispose()
'''


def _fontless(tmp_path: Path) -> dict:
    empty = tmp_path / "no-fonts"
    empty.mkdir()
    env = dict(os.environ, AFTERSALES_FONT_PATH=str(empty), QT_QPA_PLATFORM="offscreen")
    env.pop("AFTERSALES_SLIP_FONT", None)
    return env


def test_the_application_ships_a_chinese_font_with_its_licence():
    assert BUNDLED.is_file() and BUNDLED.stat().st_size > 1_000_000
    licence = (BUNDLED.parent / "DroidSansFallback-LICENSE.txt").read_text(encoding="utf-8")
    assert "Apache License" in licence and "Google" in licence


def test_every_document_prints_in_the_bundled_font_on_a_machine_without_chinese_fonts(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    result = subprocess.run([sys.executable, "-c", RENDER_EVERY_DOCUMENT, str(out)], env=_fontless(tmp_path),
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr[-2000:]
    assert f"font {BUNDLED}" in result.stdout, result.stdout
    customer = next(line.split(" ", 1)[1] for line in result.stdout.splitlines() if line.startswith("customer "))
    pdfs = sorted(out.glob("*.pdf"))
    assert len(pdfs) >= 4
    for pdf in pdfs:
        fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
        assert "DroidSans" in fonts and " yes " in fonts, fonts  # embedded
    text = subprocess.run(["pdftotext", str(out / "slip-a4.pdf"), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert customer in text and "维修" in text


def test_self_test_passes_on_a_machine_without_chinese_fonts(tmp_path):
    result = subprocess.run([sys.executable, "-m", "aftersales_desktop", "self-test"], env=_fontless(tmp_path),
                            capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, (result.stdout[-2000:], result.stderr[-2000:])
    assert "self-test passed" in result.stdout
    assert "DroidSans" in result.stdout or "Droid" in result.stdout, result.stdout[-1500:]


def test_self_test_names_the_font_problem_instead_of_a_traceback(tmp_path):
    env = _fontless(tmp_path)
    env["AFTERSALES_SLIP_FONT"] = str(tmp_path / "gone.ttf")  # an outlet's configured font that is missing
    result = subprocess.run([sys.executable, "-m", "aftersales_desktop", "self-test"], env=env,
                            capture_output=True, text=True, timeout=900)
    assert result.returncode == 1
    assert "self-test FAILED:" in result.stdout and "gone.ttf" in result.stdout, result.stdout[-1500:]
    assert "Traceback" not in result.stderr


def test_a_system_chinese_font_still_comes_before_the_bundled_one(tmp_path):
    system = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
    if not system.is_file():
        pytest.skip("WenQuanYi Micro Hei is not installed here (scripts/system-packages.sh installs it)")
    env = _fontless(tmp_path)
    env["AFTERSALES_FONT_PATH"] = str(system.parent)  # a machine whose only Chinese font is the system's
    result = subprocess.run([sys.executable, "-c", "from aftersales_desktop.slips import fonts; "
                             "print(fonts.find_font().path)"], env=env, capture_output=True, text=True, timeout=120)
    assert result.stdout.strip() == str(system), result.stderr
