"""The slip font: found on this computer, refused with a clear message when unusable, gaps reported."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest

from aftersales_desktop.domain.errors import ValidationError
from aftersales_desktop.slips import fonts
from aftersales_desktop.slips.fonts import find_font, font_runs, missing_glyphs, printable_text

WQY = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
DROID = Path("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf")
DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


@pytest.fixture(autouse=True)
def no_configured_font(monkeypatch):
    monkeypatch.delenv(fonts.FONT_ENV, raising=False)


def _require(path: Path) -> Path:
    if not path.is_file():
        pytest.skip(f"{path} is not installed (scripts/system-packages.sh installs it)")
    return path


def test_the_built_in_search_finds_a_font_with_chinese_and_latin():
    font = find_font()
    assert font.family
    assert all(font.covers(ch) for ch in "维修单客户签名欧阳娜娜王芳0123456789ABCxyz¥")
    assert find_font() is font  # found once per process


def test_a_configured_font_is_used_and_loaded_once():
    first = find_font(_require(WQY))
    assert first.family == "WenQuanYi Micro Hei"
    assert find_font(str(WQY)) is first


def test_the_environment_variable_names_the_font(monkeypatch):
    monkeypatch.setenv(fonts.FONT_ENV, str(_require(DROID)))
    assert find_font().family == "Droid Sans Fallback"


def test_a_configured_file_that_is_no_font_is_refused_naming_the_file(tmp_path):
    garbage = tmp_path / "slip-font.ttf"
    garbage.write_bytes(b"this is not a font" * 100)
    with pytest.raises(ValidationError) as caught:
        find_font(garbage)
    message = caught.value.errors["font"].format(**caught.value.params)
    assert str(garbage) in message
    assert "not a TrueType font" in message


def test_an_environment_variable_pointing_at_garbage_is_refused(tmp_path, monkeypatch):
    garbage = tmp_path / "garbage.ttc"
    garbage.write_bytes(b"\0" * 64)
    monkeypatch.setenv(fonts.FONT_ENV, str(garbage))
    with pytest.raises(ValidationError) as caught:
        find_font()
    assert caught.value.params["path"] == str(garbage)


def test_a_missing_configured_file_says_so(tmp_path):
    with pytest.raises(ValidationError) as caught:
        find_font(tmp_path / "nowhere.ttf")
    assert "does not exist" in caught.value.errors["font"]


def test_an_opentype_cff_font_is_refused_with_the_reason(tmp_path):
    # The header of an OpenType font with PostScript (CFF) outlines, such as Noto Sans CJK.
    otf = tmp_path / "NotoSansCJK-Regular.otf"
    otf.write_bytes(b"OTTO" + struct.pack(">HHHH", 1, 16, 0, 0) + b"CFF " + struct.pack(">III", 0, 28, 4)
                    + b"\0" * 8)
    with pytest.raises(ValidationError) as caught:
        find_font(otf)
    assert "OpenType/CFF" in caught.value.errors["font"]


def test_a_font_without_chinese_is_refused():
    with pytest.raises(ValidationError) as caught:
        find_font(_require(DEJAVU))
    assert "no Chinese characters" in caught.value.errors["font"]


def test_no_usable_candidate_lists_where_it_looked(tmp_path):
    garbage = tmp_path / "fonts" / "broken.ttf"
    garbage.parent.mkdir()
    garbage.write_bytes(b"not a font")
    with pytest.raises(ValidationError) as caught:
        find_font(candidates=[garbage, tmp_path / "other" / "missing.ttc"])
    error = caught.value
    assert error.errors["font"].startswith("No usable Chinese TrueType font was found")
    places = error.params["places"]
    from aftersales_desktop.domain.errors import user_message

    message = user_message(error)  # what a dialog or the command line shows: formatted, with what to do
    assert "{places}" not in message and str(garbage.parent) in message and "Settings" in message
    assert str(garbage.parent) in places and str(tmp_path / "other") in places
    assert f"{garbage} (not TrueType)" in places


def test_the_first_usable_candidate_wins(tmp_path):
    garbage = tmp_path / "broken.ttf"
    garbage.write_bytes(b"not a font")
    font = find_font(candidates=[garbage, tmp_path / "missing.ttf", _require(DROID), _require(WQY)])
    assert font.family == "Droid Sans Fallback"


def test_missing_glyphs_lists_rare_characters_once_in_order():
    font = find_font(_require(WQY))
    assert not font.has("𠮷")  # U+20BB7, a surname character outside the Basic Multilingual Plane
    assert missing_glyphs(font, ["吉𠮷 王芳\n", "\t𠮷 欧阳娜娜 ¥12.00"]) == ["𠮷"]
    assert missing_glyphs(font, ["王芳", "CF283A 13812345678"]) == []


def test_a_missing_character_prints_as_a_question_mark_and_is_recorded():
    font = find_font(_require(WQY))
    seen: dict[str, None] = {}
    runs = font_runs(font, "吉𠮷先生", seen)
    assert "".join(text for _, text in runs) == "吉?先生"
    assert list(seen) == ["𠮷"]
    assert printable_text(font, "第一行\n第二行") == "第一行\n第二行"


def test_a_cjk_font_without_latin_letters_borrows_them_from_a_companion():
    font = find_font(_require(DROID), companions=[_require(DEJAVU)])
    assert not font.has("A") and font.covers("A") and font.covers("7")
    assert missing_glyphs(font, ["王芳 CF283A ¥1,234.50"]) == []
    names = {name for name, _ in font_runs(font, "王芳 CF283A")}
    assert names == {font.name, font.companion.name}


def test_without_a_companion_latin_letters_are_reported_missing():
    font = find_font(_require(DROID), companions=[])
    assert missing_glyphs(font, ["王芳 A1"]) == ["A", "1"]
