"""A4 table documents, read back the way a printer and a storekeeper see them: with poppler."""

from __future__ import annotations

import dataclasses
import re
import subprocess
from pathlib import Path

import pytest

from aftersales_desktop.slips.documents import MIN_ROW_HEIGHT, Column, TableDocument, render_document
from aftersales_desktop.slips.fonts import find_font
from tests.slips.test_render import needs_poppler

COLUMNS = [Column("#", 0.4, "right"), Column("编码 Code", 1.2), Column("名称 Name", 3.2),
           Column("单位", 0.6, "center"), Column("账面数", 0.9, "right"), Column("实盘数", 0.9, "right")]
LONG_NAME = "HP LaserJet Pro M402 定影组件 Fuser assembly 220V，含压力辊与定影膜，原装正品"


def count_sheet(rows: int = 120, **changes: object) -> TableDocument:
    """A stocktake count sheet in Chinese and Latin text, with an empty column to count into."""
    lines = [[str(i), f"CF{i:03d}A", LONG_NAME if i == 7 else f"硒鼓 toner {i}", "个", str(i * 3 % 17), ""]
             for i in range(1, rows + 1)]
    values = dict(title="盘点表", number="SH01-P202611-0001", organisation="上海浦东服务网点",
                  fields=[("盘点日期", "2026-11-27"), ("仓库 Store", "浦东主仓 A-01"), ("盘点人", "赵库管"),
                          ("监盘人", "")],
                  columns=COLUMNS, rows=lines, notes=["实盘数请用黑色笔填写 (black ink)，涂改处请签名。"],
                  signatures=["盘点人", "监盘人", "审核 Approved"], footer="打印于 2026-11-27 14:03")
    values.update(changes)
    return TableDocument(**values)  # type: ignore[arg-type]


def _layout_text(pdf: Path, page: int | None = None, layout: bool = True) -> str:
    """The text of ``pdf`` (or one page), laid out as on the page unless ``layout`` is False."""
    options = (["-layout"] if layout else []) + ([] if page is None else ["-f", str(page), "-l", str(page)])
    return subprocess.run(["pdftotext", *options, str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout


def _page_size(pdf: Path) -> tuple[float, float]:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    match = re.search(r"Page size:\s*([\d.]+) x ([\d.]+) pts", info)
    assert match, info
    return float(match[1]), float(match[2])


@pytest.fixture(scope="module")
def rendered_sheet(tmp_path_factory):
    rendered = render_document(count_sheet())
    path = tmp_path_factory.mktemp("documents") / "count.pdf"
    path.write_bytes(rendered.pdf)
    return rendered, path


@needs_poppler
def test_every_text_of_a_long_count_sheet_prints_as_text(rendered_sheet):
    rendered, pdf = rendered_sheet
    text = _layout_text(pdf)
    # Cell by cell (not across the page): a wrapped cell's lines follow one another.
    squeezed = re.sub(r"\s+", "", _layout_text(pdf, layout=False))
    assert rendered.missing_glyphs == ()
    for expected in ("盘点表", "SH01-P202611-0001", "上海浦东服务网点", "2026-11-27", "浦东主仓 A-01", "赵库管",
                     "打印于 2026-11-27 14:03"):
        assert expected in text, expected
    for label in ("盘点日期", "仓库 Store", "监盘人"):
        assert label in text
    for column in COLUMNS:
        assert column.title in text, column.title
    for i in range(1, 121):
        assert f"CF{i:03d}A" in text
        if i != 7:
            assert f"硒鼓 toner {i} " in text
    # A long name wraps inside its cell: every character is there, in order.
    assert re.sub(r"\s+", "", LONG_NAME) in squeezed
    assert "实盘数请用黑色笔填写(blackink)，涂改处请签名。" in squeezed
    for label in ("盘点人：", "监盘人：", "审核 Approved："):
        assert label in text
    assert len(re.findall(r"(?<!盘点)日期：", text)) == 3  # a date line under each signature


@needs_poppler
def test_pages_are_numbered_and_the_table_header_repeats(rendered_sheet):
    rendered, pdf = rendered_sheet
    pages = rendered.page_count
    assert pages >= 3  # 120 rows of at least 8 mm
    for page in range(1, pages + 1):
        text = _layout_text(pdf, page)
        assert re.search(rf"第\s*{page}\s*/\s*{pages}\s*页", text)
        assert "SH01-P202611-0001 · 打印于 2026-11-27 14:03" in re.sub(r" +", " ", text)
    second = _layout_text(pdf, 2).splitlines()
    header = next(index for index, line in enumerate(second) if "名称 Name" in line)
    first_row = next(index for index, line in enumerate(second) if re.search(r"CF\d{3}A", line))
    assert header < first_row
    assert re.search(r"#\s+编码 Code\s+名称 Name\s+单位\s+账面数\s+实盘数", second[header])
    # The rows go on where page 1 stopped, none twice.
    first_on_2 = int(re.search(r"CF(\d{3})A", second[first_row])[1])
    assert f"CF{first_on_2 - 1:03d}A" in _layout_text(pdf, 1)
    assert f"CF{first_on_2:03d}A" not in _layout_text(pdf, 1)


@needs_poppler
def test_rows_are_tall_enough_to_write_in_and_no_taller(rendered_sheet):
    rendered, pdf = rendered_sheet
    full_page = len(re.findall(r"CF\d{3}A", _layout_text(pdf, 2)))
    usable_mm = 297 - 2 * 15  # A4 less the margins: a page holds no more rows of 8 mm than this
    assert full_page <= usable_mm / (MIN_ROW_HEIGHT * 25.4 / 72)
    assert full_page >= 25 and rendered.page_count <= 5


@needs_poppler
def test_only_subset_truetype_fonts_are_embedded(rendered_sheet, tmp_path):
    _, pdf = rendered_sheet
    lines = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout.splitlines()
    header = lines[0]
    fonts = [line for line in lines[2:] if line.strip()]
    assert fonts
    for line in fonts:
        name = line.split()[0]
        assert re.match(r"^[A-Z]{6}\+", name), line  # a subset
        assert "TrueType" in line[header.index("type"):header.index("encoding")], line
        assert line[header.index("emb"):header.index("emb") + 3].strip() == "yes", line


@needs_poppler
def test_landscape_is_wider_than_tall_and_speaks_the_chosen_language(tmp_path):
    rendered = render_document(count_sheet(10), landscape=True, language="en")
    pdf = tmp_path / "landscape.pdf"
    pdf.write_bytes(rendered.pdf)
    width, height = _page_size(pdf)
    assert width > height and rendered.page_size_pt[0] > rendered.page_size_pt[1]
    assert round(width) == 842 and round(height) == 595
    text = _layout_text(pdf)
    assert re.search(rf"Page\s*1\s*/\s*{rendered.page_count}", text) and "Date:" in text


@needs_poppler
def test_a_character_the_font_lacks_is_reported_and_prints_as_a_question_mark(tmp_path):
    font = find_font()
    without_drum = dataclasses.replace(font, code_points=font.code_points - {ord("鼓")})
    rendered = render_document(count_sheet(3), font=without_drum)
    assert rendered.missing_glyphs == ("鼓",)
    assert rendered.font_name == font.family
    pdf = tmp_path / "missing.pdf"
    pdf.write_bytes(rendered.pdf)
    text = _layout_text(pdf)
    assert "硒? toner 1" in text and "鼓" not in text


def test_rows_must_match_the_columns_and_alignments_are_known():
    with pytest.raises(ValueError, match="row 0 has 2 cells for 6 columns"):
        TableDocument("盘点表", "N", "O", [], COLUMNS, [["1", "2"]])
    with pytest.raises(ValueError, match="align"):
        Column("数量", 1, "justify")
