"""The return inspection report's PDF, checked the way a printer and a reader see it: poppler and a QR scanner."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from dataclasses import replace
from datetime import date, datetime, timezone
from pathlib import Path

import pytest

from aftersales_desktop.domain.quality import RequestType, Verdict
from aftersales_desktop.domain.signatures import Point, Strokes
from aftersales_desktop.i18n import translator
from aftersales_desktop.slips.inspection_report import InspectionReport, render_inspection_report
from tests.slips.test_render import _info, _scan_qr, _text

needs_poppler = pytest.mark.skipif(not all(shutil.which(t) for t in ("pdftotext", "pdffonts", "pdfimages",
                                                                      "pdftoppm")),
                                   reason="poppler-utils is not installed (scripts/system-packages.sh)")
DIGEST = "7b3575a057ca66c221145f7388db4c0b2cfb12b35d58ed9d17a53d71682c88ad"
PAYLOAD = f"AINSP1|SH01-T202603-0001|{DIGEST}"


def photo(colour: tuple[int, int, int], size: tuple[int, int] = (800, 600)) -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, "JPEG", quality=85)
    return out.getvalue()


def sample(**changes) -> InspectionReport:
    values = dict(
        outlet_name="上海浦东服务网点", outlet_address="上海市浦东新区张江路88号", outlet_phone="021-58881234",
        case_number="SH01-T202603-0001", customer_name="欧阳娜娜", customer_phone="13812345678",
        product="HP CF283A", product_name="83A 黑色硒鼓", specification="1500 页", quantity=2,
        request_type=RequestType.EXCHANGE, quality_problem=True, reason="打印有竖条纹，漏粉", batch="L7",
        supplier_name="广州华彩耗材有限公司", purchase_date=date(2026, 2, 21), proof_number="FP-20260224-118",
        received_on=date(2026, 3, 16),
        checklist=(("Packaging intact", True), ("Seal intact", False), ("Signs of use", True), ("Leaks", True),
                   ("Chip recognised", True), ("Physical damage", False)),
        test_result="打印 20 张测试页：左侧有竖条纹，底部漏粉", verdict=Verdict.DEFECT_CONFIRMED,
        note="密封条破损", photos=(photo((180, 60, 60)), photo((60, 140, 60), (600, 800))),
        inspector_name="王师傅",
        signature=Strokes(((*(Point(i / 30, 0.3 + (i % 4) / 8, i * 10) for i in range(30)),),)),
        typed_signature=False, inspected_at=datetime(2026, 3, 16, 2, 0, tzinfo=timezone.utc),
        content_hash=DIGEST, qr_payload=PAYLOAD)
    values.update(changes)
    return InspectionReport(**values)


def _save(pdf: bytes, folder: Path, name: str = "inspection") -> Path:
    path = folder / f"{name}.pdf"
    path.write_bytes(pdf)
    return path


def _fonts(pdf: Path) -> list[dict[str, str]]:
    """Every font of the PDF as pdffonts lists it: name, type, emb, sub."""
    lines = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout.splitlines()
    header = lines[0]
    at = {column: header.index(column) for column in ("type", "encoding", "emb", "sub")}
    return [{"name": line.split()[0], "type": line[at["type"]:at["encoding"]].strip(),
             "emb": line[at["emb"]:at["emb"] + 3].strip(), "sub": line[at["sub"]:at["sub"] + 3].strip()}
            for line in lines[2:] if line.strip()]


def _images(pdf: Path) -> list[list[str]]:
    """The rows of ``pdfimages -list``: page, num, type, width, height, ..."""
    lines = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True,
                           check=True).stdout.splitlines()
    return [line.split() for line in lines[2:] if line.strip()]


@needs_poppler
def test_the_chinese_report_prints_the_case_checklist_verdict_and_signature_in_embedded_fonts(tmp_path):
    rendered = render_inspection_report(sample(), language="zh_CN")
    pdf = _save(rendered.pdf, tmp_path)
    text = _text(pdf)
    t = translator("zh_CN")
    for expected in ("上海浦东服务网点", "SH01-T202603-0001", "欧阳娜娜", "HPCF283A83A黑色硒鼓", "1500页", "L7",
                     "广州华彩耗材有限公司", "2026-02-21", "FP-20260224-118", "2026-03-16",
                     "打印20张测试页：左侧有竖条纹，底部漏粉", "密封条破损", "王师傅",
                     "客户", "批次", "供应商", "规格", "数量", "原因"):
        assert expected in text, expected
    for label in ("Return inspection report", "Defect confirmed", "Leaks", "Test result", "Verdict"):
        assert re.sub(r"\s+", "", t(label)) in text, label
    # The checklist: Yes / No columns with a tick in one of them, six rows.
    assert "是" in text and "否" in text and text.count("✓") == 6
    assert "第1/1页" in text and int(_info(pdf)["Pages"]) == rendered.page_count == 1
    fonts = _fonts(pdf)
    assert fonts, "no fonts at all: the text would be missing"
    assert all(f["emb"] == "yes" and f["sub"] == "yes" and "TrueType" in f["type"] for f in fonts), fonts
    assert rendered.missing_glyphs == ()


@needs_poppler
def test_the_english_report_uses_english_labels(tmp_path):
    pdf = _save(render_inspection_report(sample(typed_signature=True, signature=None), language="en").pdf,
                tmp_path)
    text = _text(pdf)
    for expected in ("Returninspectionreport", "Casenumber:", "Customer:", "Conditiononreceipt", "Packagingintact",
                     "Sealintact", "Signsofuse", "Chiprecognised", "Physicaldamage", "Testresult", "Verdict",
                     "Defectconfirmed", "Exchange·Qualityproblem", "Inspectorsignature", "Inspector:王师傅",
                     "Typedname,confirmedbytheinspector", "Page1/1"):
        assert expected in text, expected
    assert "客户" not in text and "批次" not in text


@needs_poppler
def test_a_checklist_tick_falls_back_to_the_word_when_the_font_has_no_tick(tmp_path, monkeypatch):
    from aftersales_desktop.slips import inspection_report

    monkeypatch.setattr(inspection_report, "_TICKS", ("\U0001F5F8",))  # a tick no CJK font has
    pdf = _save(render_inspection_report(sample(), language="en").pdf, tmp_path)
    rows = re.findall(r"(Packaging intact|Seal intact)\s+(Yes|No)", subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout)
    assert rows == [("Packaging intact", "Yes"), ("Seal intact", "No")]


@needs_poppler
def test_the_photos_are_embedded_as_images(tmp_path):
    pdf = _save(render_inspection_report(sample()).pdf, tmp_path)
    images = _images(pdf)
    assert len(images) == 2
    # Thumbnails keep their proportions: the first is landscape, the second portrait.
    (_, _, _, w1, h1, *_), (_, _, _, w2, h2, *_) = images
    assert int(w1) > int(h1) and int(w2) < int(h2)
    no_photos = _save(render_inspection_report(sample(photos=())).pdf, tmp_path, "no_photos")
    assert _images(no_photos) == [] and "Photos" not in _text(no_photos)


@needs_poppler
def test_a_photo_that_cannot_be_read_prints_a_note_instead(tmp_path):
    pdf = _save(render_inspection_report(sample(photos=(b"\xff\xd8\xff broken",)), language="en").pdf, tmp_path)
    assert "(thisphotocannotbeshown)" in _text(pdf) and _images(pdf) == []


@needs_poppler
@pytest.mark.skipif(shutil.which("zbarimg") is None, reason="zbar-tools is not installed")
def test_the_qr_code_scans_as_the_case_number_and_hash(tmp_path):
    pdf = _save(render_inspection_report(sample()).pdf, tmp_path)
    assert _scan_qr(pdf, 1, tmp_path) == PAYLOAD


@needs_poppler
def test_six_photos_flow_onto_a_second_page_with_the_page_count(tmp_path):
    report = replace(sample(), photos=tuple(photo((40 * i, 90, 120)) for i in range(6)))
    rendered = render_inspection_report(report, language="en")
    pdf = _save(rendered.pdf, tmp_path)
    assert len(_images(pdf)) == 6
    assert f"Page{rendered.page_count}/{rendered.page_count}" in _text(pdf)


def test_the_same_report_renders_to_the_same_bytes():
    assert render_inspection_report(sample()).pdf == render_inspection_report(sample()).pdf
