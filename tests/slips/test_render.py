"""Rendered slips, checked the way a printer and a customer see them: with poppler and a QR scanner."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from aftersales_desktop.domain.errors import ValidationError
from aftersales_desktop.domain.slips import SlipFormat, qr_payload
from aftersales_desktop.slips.render import RenderedSlip, render_slip
from tests.slips.sample import CUSTOMER_NAME, LONG_ADDRESS, sample_content, sample_strokes, signed_sample

PAGE_WIDTH_PT = {SlipFormat.A4: 595.28, SlipFormat.A5: 419.53, SlipFormat.ROLL_80: 226.77,
                 SlipFormat.ROLL_58: 164.41}
ONE_METRE_PT = 1000 / 25.4 * 72

needs_poppler = pytest.mark.skipif(not all(shutil.which(t) for t in ("pdftotext", "pdffonts", "pdfinfo",
                                                                      "pdftoppm")),
                                   reason="poppler-utils is not installed (scripts/system-packages.sh)")


def _save(slip: RenderedSlip, folder: Path, name: str = "slip") -> Path:
    path = folder / f"{name}.pdf"
    path.write_bytes(slip.pdf)
    return path


def _text(pdf: Path, first: int | None = None, last: int | None = None) -> str:
    """The PDF's text with all whitespace removed (pdftotext breaks lines where the layout does)."""
    pages = ([] if first is None else ["-f", str(first)]) + ([] if last is None else ["-l", str(last)])
    out = subprocess.run(["pdftotext", *pages, str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return re.sub(r"\s+", "", out)


def _info(pdf: Path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return dict(line.split(":", 1) for line in out.splitlines() if ":" in line)


def _page_size(pdf: Path) -> tuple[float, float]:
    match = re.match(r"\s*([\d.]+) x ([\d.]+) pts", _info(pdf)["Page size"])
    assert match, _info(pdf)
    return float(match[1]), float(match[2])


def _fonts(pdf: Path) -> list[tuple[str, str]]:
    """(font name, 'yes'/'no' embedded) of every font the PDF uses."""
    lines = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout.splitlines()
    header = lines[0]
    emb = header.index("emb")
    return [(line.split()[0], line[emb:emb + 3].strip()) for line in lines[2:] if line.strip()]


def _scan_qr(pdf: Path, page: int, folder: Path) -> str:
    """What a QR scanner reads from ``page`` printed at 300 dpi ('' when it finds no code)."""
    image = folder / f"page{page}"
    subprocess.run(["pdftoppm", "-r", "300", "-png", "-f", str(page), "-l", str(page), "-singlefile",
                    str(pdf), str(image)], check=True)
    result = subprocess.run(["zbarimg", "--raw", "-q", f"{image}.png"], capture_output=True, text=True)
    return result.stdout.strip()


@needs_poppler
@pytest.mark.parametrize("fmt", list(SlipFormat))
def test_every_format_prints_chinese_text_embedded_at_the_paper_width(fmt, tmp_path):
    content, strokes, digest = signed_sample(15)
    slip = render_slip(content, fmt, signatures=strokes, digest=digest)
    pdf = _save(slip, tmp_path)

    text = _text(pdf)
    assert CUSTOMER_NAME in text
    assert re.sub(r"\s+", "", LONG_ADDRESS) in text
    assert "维修单" in text and "客户签名" in text and "更换部件" in text
    assert "¥" in text and text.count("定影组件") >= 1
    fonts = _fonts(pdf)
    assert fonts, "no fonts at all: the text would be missing"
    assert all(embedded == "yes" for _, embedded in fonts), fonts  # no Helvetica or other viewer font
    width, height = _page_size(pdf)
    assert width == pytest.approx(PAGE_WIDTH_PT[fmt], abs=0.5)
    assert slip.page_size_pt == pytest.approx((width, height), abs=0.5)
    assert slip.missing_glyphs == ()
    assert slip.font_name
    assert int(_info(pdf)["Pages"]) == slip.page_count
    if fmt.is_roll:
        assert slip.page_count == 1
        assert height < ONE_METRE_PT / 2
    else:
        assert slip.page_count >= 1
        assert f"{slip.page_count}/{slip.page_count}" in text.replace("第", "").replace("页", "")


@needs_poppler
@pytest.mark.parametrize("fmt", [SlipFormat.ROLL_80, SlipFormat.ROLL_58])
def test_a_roll_is_one_page_as_long_as_its_content(fmt, tmp_path):
    heights = []
    for parts in (1, 15, 40):
        content, strokes, digest = signed_sample(parts)
        slip = render_slip(content, fmt, signatures=strokes, digest=digest)
        pdf = _save(slip, tmp_path, f"parts{parts}")
        assert int(_info(pdf)["Pages"]) == 1
        heights.append(_page_size(pdf)[1])
    assert heights[0] < heights[1] < heights[2]
    # About two lines per part: the length follows the content, with no blank tail.
    assert 2 * 7 * 1.2 < (heights[2] - heights[1]) / 25 < 3 * 9 * 1.4


@needs_poppler
def test_the_parts_header_is_repeated_on_the_next_sheet(tmp_path):
    content, strokes, digest = signed_sample(60)
    slip = render_slip(content, SlipFormat.A5, signatures=strokes, digest=digest)
    pdf = _save(slip, tmp_path)
    assert slip.page_count >= 3
    second = _text(pdf, 2, 2)
    assert "型号" in second and "单价" in second and "金额" in second
    assert "SH01-R202611-0007" in second  # the slip number is in every footer
    assert f"2/{slip.page_count}" in second.replace("第", "").replace("页", "")


@needs_poppler
@pytest.mark.skipif(shutil.which("zbarimg") is None, reason="zbar-tools is not installed")
@pytest.mark.parametrize("fmt", list(SlipFormat))
def test_the_qr_code_scans_as_number_revision_and_hash(fmt, tmp_path):
    content, strokes, digest = signed_sample(15)
    slip = render_slip(content, fmt, signatures=strokes, digest=digest)
    pdf = _save(slip, tmp_path)
    assert _scan_qr(pdf, slip.page_count, tmp_path) == qr_payload("SH01-R202611-0007", 1, digest)
    assert digest[:4] in _text(pdf)  # the short hash is printed under the code


@pytest.mark.parametrize("missing", ["customer", "technician"])
def test_a_slip_without_a_signature_is_refused(missing):
    content, strokes, digest = signed_sample(2)
    del content["signatures"][missing]
    with pytest.raises(ValidationError) as caught:
        render_slip(content, SlipFormat.A4, signatures=strokes, digest=digest)
    assert caught.value.errors["signatures"].startswith("This slip is not signed")


@pytest.mark.parametrize("strokes", [None, "empty"])
def test_a_drawn_signature_needs_its_strokes(strokes):
    content, signatures, digest = signed_sample(2)
    signatures["customer"] = None if strokes is None else type(signatures["customer"])()
    with pytest.raises(ValidationError):
        render_slip(content, SlipFormat.ROLL_80, signatures=signatures, digest=digest)


def test_a_final_slip_needs_its_hash():
    content, strokes, _ = signed_sample(2)
    with pytest.raises(ValidationError):
        render_slip(content, SlipFormat.A5, signatures=strokes, digest=None)
    with pytest.raises(ValueError):
        render_slip(content, SlipFormat.A5, signatures=strokes, digest="not-a-hash")


def test_strokes_that_are_not_the_recorded_signature_are_refused():
    content, strokes, digest = signed_sample(2)
    strokes["customer"] = sample_strokes(seed=7)
    with pytest.raises(ValidationError) as caught:
        render_slip(content, SlipFormat.A4, signatures=strokes, digest=digest)
    assert "does not match" in caught.value.errors["signatures"]


@needs_poppler
@pytest.mark.parametrize("fmt", [SlipFormat.A4, SlipFormat.ROLL_58])
def test_a_draft_is_marked_unsigned_and_has_no_qr_code(fmt, tmp_path):
    content = sample_content(3)
    del content["signatures"]
    slip = render_slip(content, fmt, draft=True)
    pdf = _save(slip, tmp_path)
    text = _text(pdf)
    assert "草稿未签名" in text
    assert "签名时间" not in text and "校验码" not in text
    if shutil.which("zbarimg"):
        assert _scan_qr(pdf, 1, tmp_path) == ""


@needs_poppler
@pytest.mark.parametrize("fmt", [SlipFormat.A5, SlipFormat.ROLL_80])
def test_a_copy_is_marked_with_its_number(fmt, tmp_path):
    content, strokes, digest = signed_sample(3)
    original = _text(_save(render_slip(content, fmt, signatures=strokes, digest=digest), tmp_path, "o"))
    copy = _text(_save(render_slip(content, fmt, signatures=strokes, digest=digest, copy_number=2), tmp_path))
    assert "副本" not in original
    assert "副本2" in copy


@needs_poppler
def test_a_correction_says_what_it_replaces_and_why(tmp_path):
    content, strokes, digest = signed_sample(3, revision=2)
    text = _text(_save(render_slip(content, SlipFormat.A4, signatures=strokes, digest=digest), tmp_path))
    assert "第2版—取代第1版（校验值ab12cd34…）—更正原因：更正备件数量" in text


@needs_poppler
def test_a_character_the_font_lacks_is_reported_and_prints_as_a_question_mark(tmp_path):
    content, strokes, digest = signed_sample(2, customer_name="吉𠮷")
    slip = render_slip(content, SlipFormat.ROLL_58, signatures=strokes, digest=digest,
                       font_path="/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
                       if Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc").is_file() else None)
    if "𠮷" not in slip.missing_glyphs:
        pytest.skip(f"{slip.font_name} has 𠮷")
    assert slip.missing_glyphs == ("𠮷",)
    text = _text(_save(slip, tmp_path))
    assert "吉?" in text and "𠮷" not in text


@needs_poppler
def test_an_english_slip_uses_english_labels(tmp_path):
    content, strokes, digest = signed_sample(3)
    text = _text(_save(render_slip(content, SlipFormat.A4, language="en", signatures=strokes, digest=digest),
                       tmp_path))
    assert "Repairslip" in text and "Customersignature" in text and "Serviceterms" in text
    assert "Replacedpartscarrya90-daywarranty" in text  # the English terms, not the Chinese
    assert "保修" not in text
    assert CUSTOMER_NAME in text


@needs_poppler
def test_a_typed_signature_prints_the_name_and_says_it_was_typed(tmp_path):
    content, strokes, digest = signed_sample(2, technician_method="typed")
    del strokes["technician"]
    text = _text(_save(render_slip(content, SlipFormat.A5, signatures=strokes, digest=digest), tmp_path))
    assert "键入姓名，经技术维修人员确认" in text


def test_a_logo_is_printed_and_a_broken_one_is_refused():
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (120, 60), (20, 90, 160)).save(buffer, "PNG")
    content, strokes, digest = signed_sample(1)
    plain = render_slip(content, SlipFormat.A4, signatures=strokes, digest=digest)
    with_logo = render_slip(content, SlipFormat.A4, signatures=strokes, digest=digest, logo=buffer.getvalue())
    assert b"/Subtype /Image" in with_logo.pdf and b"/Subtype /Image" not in plain.pdf
    with pytest.raises(ValidationError) as caught:
        render_slip(content, SlipFormat.A4, signatures=strokes, digest=digest, logo=b"not an image")
    assert "logo" in caught.value.errors


def test_the_same_slip_renders_to_the_same_bytes():
    content, strokes, digest = signed_sample(4)
    first = render_slip(content, SlipFormat.ROLL_80, signatures=strokes, digest=digest)
    again = render_slip(content, SlipFormat.ROLL_80, signatures=strokes, digest=digest)
    assert first.pdf == again.pdf
