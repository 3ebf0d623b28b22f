"""The visit sheet (外出工作单) as real PDFs: Chinese text, the embedded font, A4 pages and roll lengths."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from aftersales_desktop.slips.fonts import find_font
from aftersales_desktop.slips.visit_sheet import SheetVisit, VisitSheet, render_visit_sheet

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")


def visit(n: int) -> SheetVisit:
    return SheetVisit(f"{9 + n % 8:02d}:00–{10 + n % 8:02d}:30", f"SH01-J202603-{n:04d}", "王芳", "13812345678",
                      "上海市浦东新区张江路88号3号楼1203室", "HP CF283A", "打印有黑色条纹，第二页开始出现",
                      "万用表", "CF283A 硒鼓", history=(f"SH01-J202602-{n:04d} 2026-02-03 卡纸 (已完成)",))


def sheet(visits: int = 2) -> VisitSheet:
    return VisitSheet("上海浦东网点", "王师傅", "2026-03-16", "2026-03-16 08:30",
                      [visit(n) for n in range(1, visits + 1)], [("HP CF283A 83A 黑色硒鼓", "2 个")])


def text_of(tmp_path, pdf: bytes) -> str:
    path = tmp_path / "sheet.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def fonts_of(tmp_path, pdf: bytes) -> str:
    path = tmp_path / "sheet.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout


@pytest.mark.parametrize("fmt", ["a4", "80mm", "58mm"])
def test_the_sheet_prints_chinese_text_in_the_embedded_font(tmp_path, fmt):
    rendered = render_visit_sheet(sheet(), fmt)
    text = text_of(tmp_path, rendered.pdf)
    for expected in ("王芳", "13812345678", "SH01-J202603-0002", "黑色硒鼓", "SH01-J202602-0001"):
        assert expected in text.replace(" ", "").replace("\n", "") or expected in text
    fonts = [line.split() for line in fonts_of(tmp_path, rendered.pdf).splitlines()[2:]]
    assert fonts and all(row[-5] == "yes" for row in fonts), fonts  # every font embedded
    assert any(find_font().family.replace(" ", "") in row[0] for row in fonts)
    assert rendered.missing_glyphs == ()


def test_a_roll_is_as_long_as_its_content_and_stays_one_page():
    short, long = render_visit_sheet(sheet(1), "80mm"), render_visit_sheet(sheet(12), "80mm")
    assert short.page_count == long.page_count == 1
    assert short.page_size_pt[0] == pytest.approx(80 * 72 / 25.4)
    assert long.page_size_pt[1] > 5 * short.page_size_pt[1] / 2


def test_many_visits_flow_over_a4_pages_with_page_numbers(tmp_path):
    rendered = render_visit_sheet(sheet(12), "a4")
    assert rendered.page_count >= 2
    assert "SH01-J202603-0012" in text_of(tmp_path, rendered.pdf)


def test_a_day_without_visits_still_prints_the_parts(tmp_path):
    text = text_of(tmp_path, render_visit_sheet(sheet(0), "58mm").pdf)
    assert "No visits" in text or "没有" in text
    assert "黑色硒鼓" in text


def test_a5_is_not_a_visit_sheet_paper():
    with pytest.raises(ValueError):
        render_visit_sheet(sheet(), "a5")
