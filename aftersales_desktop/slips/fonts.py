"""The TrueType CJK font slips are printed in: found on this computer, loaded once, checked for coverage.

reportlab embeds TrueType fonts only (its ``TTFont`` rejects OpenType/CFF fonts such as Noto Sans CJK
or Source Han), and a slip must embed its font: a PDF that leans on the viewer's fonts prints
differently on every computer. So the slip font is one of a known list of TrueType CJK fonts, or the
file the outlet chose in Settings.

A font may lack a character (a rare name character such as 𠮷, or Latin letters in Droid Sans
Fallback). Characters the chosen font lacks are taken from a Latin companion font when one covers
them, printed as a visible '?' otherwise, and reported so the user is told which ones.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import sys
import threading
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from aftersales_desktop.domain.errors import ValidationError
from aftersales_desktop.i18n import N_
from aftersales_desktop.paths import resources_dir

#: Environment variable naming the slip font file; Settings may pass the same as ``configured``.
FONT_ENV = "AFTERSALES_SLIP_FONT"
#: Folders to look for Chinese fonts in instead of the system's (the bundled font is still tried last).
FONT_PATH_ENV = "AFTERSALES_FONT_PATH"
#: Characters every slip prints: a font without them is no slip font.
CHINESE_SAMPLE = "维修单客户签名技术人员更换部件"
LATIN_SAMPLE = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-:/."
#: What a character no font covers prints as.
REPLACEMENT = "?"
#: Characters the renderer itself prints, with a stand-in when the font lacks them (not reported).
SUBSTITUTES = {"¥": ("￥", "CNY "), "×": ("x",), "—": ("-",), "–": ("-",), "…": ("...",), "·": ("-",),
               "\u00a0": (" ",)}

_WINDOWS_FONTS = Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"
#: Well-known TrueType CJK fonts, in order of preference on each system.
SYSTEM_CANDIDATES: dict[str, tuple[Path, ...]] = {
    "win32": (_WINDOWS_FONTS / "msyh.ttc", _WINDOWS_FONTS / "msyh.ttf", _WINDOWS_FONTS / "simhei.ttf",
              _WINDOWS_FONTS / "simsun.ttc"),
    "darwin": (Path("/System/Library/Fonts/STHeiti Medium.ttc"), Path("/Library/Fonts/Arial Unicode.ttf"),
               Path("/System/Library/Fonts/Supplemental/Arial Unicode.ttf")),
    "linux": (Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
              Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
              Path("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"),
              Path("/usr/share/fonts/truetype/arphic/uming.ttc")),
}
#: Latin fonts that lend their letters and digits to a CJK font without them (Droid Sans Fallback).
LATIN_COMPANIONS: dict[str, tuple[Path, ...]] = {
    "win32": (_WINDOWS_FONTS / "arial.ttf", _WINDOWS_FONTS / "segoeui.ttf"),
    "darwin": (Path("/Library/Fonts/Arial.ttf"), Path("/System/Library/Fonts/Supplemental/Arial.ttf")),
    "linux": (Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
              Path("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"),
              Path("/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf")),
}
#: Bold files that sit beside a regular one (Microsoft YaHei ships its bold as a separate file).
_BOLD_SIBLINGS = {"msyh.ttc": "msyhbd.ttc", "msyh.ttf": "msyhbd.ttf", "dejavusans.ttf": "DejaVuSans-Bold.ttf",
                  "arial.ttf": ("arialbd.ttf" if sys.platform == "win32" else "Arial Bold.ttf"),
                  "liberationsans-regular.ttf": "LiberationSans-Bold.ttf"}


@dataclass(frozen=True, eq=False)
class SlipFont:
    """A loaded, registered TrueType font for slips.

    ``name`` and ``bold_name`` are the reportlab font names (the same when no bold file was found:
    bold is never faked with a Latin-only font); ``family`` is the font's own name, for messages;
    ``code_points`` the characters it has glyphs for; ``companion`` a Latin font lending the
    characters this one lacks, or None.
    """

    name: str
    bold_name: str
    family: str
    path: Path
    code_points: frozenset[int]
    companion: SlipFont | None = None

    def has(self, char: str) -> bool:
        """Whether this font has a glyph for ``char``."""
        return ord(char) in self.code_points

    def font_for(self, char: str) -> str | None:
        """The registered name of the font that prints ``char`` (this or the companion), or None."""
        if ord(char) in self.code_points:
            return self.name
        if self.companion is not None and ord(char) in self.companion.code_points:
            return self.companion.name
        return None

    def covers(self, char: str) -> bool:
        """Whether ``char`` prints, from this font or its companion."""
        return self.font_for(char) is not None


#: Why a font file cannot be used (short tags, also listed in the "Looked in" message) -> message.
_PROBLEM_MESSAGES = {
    "missing": N_("The slip font {path} does not exist. Choose a TrueType (.ttf or .ttc) Chinese font "
                  "in Settings."),
    "unreadable": N_("The slip font {path} cannot be read. Check that the file is there and readable."),
    "OpenType/CFF": N_("The slip font {path} cannot be used: it is an OpenType/CFF font, and slips "
                       "embed TrueType fonts only. Choose a TrueType (.ttf or .ttc) Chinese font in "
                       "Settings."),
    "not TrueType": N_("The slip font {path} cannot be used: it is not a TrueType font file. Choose a "
                       "TrueType (.ttf or .ttc) Chinese font in Settings."),
    "no Chinese": N_("The slip font {path} cannot be used: it has no Chinese characters. Choose a "
                     "Chinese TrueType font in Settings."),
}
_lock = threading.Lock()
#: Loaded fonts and failures by (file, modification time, size): a replaced file is read again.
_loaded: dict[tuple[str, int, int], SlipFont] = {}
_failed: dict[tuple[str, int, int], str] = {}
#: The font the built-in search found (the search runs fc-list at worst: once per process is enough).
_default_font: SlipFont | None = None


def _remember_default(font: SlipFont) -> None:
    global _default_font
    _default_font = font


def find_font(configured: str | Path | None = None, *, candidates: Sequence[str | Path] | None = None,
              companions: Sequence[str | Path] | None = None) -> SlipFont:
    """The slip font: ``configured`` (else $AFTERSALES_SLIP_FONT) if given, else the first usable candidate.

    A configured file that cannot be used is an error naming that file (never silently replaced by
    another font). ``candidates`` and ``companions`` replace the built-in lists (tests pass their own).
    Raises ValidationError (field "font") when no usable font is found.
    """
    chosen = configured if configured not in (None, "") else os.environ.get(FONT_ENV) or None
    if chosen is not None:
        path = Path(chosen).expanduser()
        font, problem = _try_load(path)
        if font is None:
            raise ValidationError.single("font", _PROBLEM_MESSAGES[problem], path=str(path))
        return _with_companion(font, companions)
    if candidates is None and companions is None and _default_font is not None:
        return _default_font
    tried: list[Path] = []
    rejected: list[str] = []
    for path in (_default_candidates() if candidates is None else (Path(c) for c in candidates)):
        tried.append(path)
        if not path.is_file():
            continue
        font, problem = _try_load(path)
        if font is not None:
            font = _with_companion(font, companions)
            if candidates is None and companions is None:
                _remember_default(font)
            return font
        rejected.append(f"{path} ({problem})")
    places = ", ".join(dict.fromkeys(str(p.parent) for p in tried)) or "-"
    if rejected:
        places += "; unusable: " + "; ".join(rejected)
    raise ValidationError.single(
        "font", "No usable Chinese TrueType font was found, not even the one that comes with the application "
        "(resources/fonts). Looked in: {places}. Reinstall the application, install WenQuanYi Micro Hei or "
        "Droid Sans Fallback, or choose a font file in Settings.", places=places)


def missing_glyphs(font: SlipFont, texts: Iterable[str]) -> list[str]:
    """Distinct characters of ``texts`` that ``font`` (with its companion) cannot print, first seen first.

    Whitespace and control characters are ignored; so are characters the renderer replaces by a
    stand-in of its own (see SUBSTITUTES).
    """
    missing: dict[str, None] = {}
    for text in texts:
        for char in text or "":
            if char not in missing and _is_missing(font, char):
                missing[char] = None
    return list(missing)


def font_runs(font: SlipFont, text: str, missing: dict[str, None] | None = None) -> list[tuple[str, str]]:
    """``text`` split into (registered font name, printable text) runs.

    Characters the font lacks come from the companion font, a stand-in (￥ for ¥ ...), or print as
    REPLACEMENT; those are added to ``missing`` when given.
    """
    runs: list[tuple[str, str]] = []
    for char in text:
        name = font.font_for(char)
        if name is None:
            if char == "\n":  # a line break stays, in whatever font the line was in
                name = runs[-1][0] if runs else font.name
            elif char.isspace() or unicodedata.category(char).startswith("C"):
                char, name = " ", font.name
            else:
                char, name = _stand_in(font, char, missing)
        if runs and runs[-1][0] == name:
            runs[-1] = (name, runs[-1][1] + char)
        else:
            runs.append((name, char))
    return runs


def printable_text(font: SlipFont, text: str) -> str:
    """``text`` as it prints in ``font``: stand-ins and REPLACEMENT where no glyph exists."""
    return "".join(part for _, part in font_runs(font, text))


# ---- finding and loading -------------------------------------------------------------------------


def _platform_key() -> str:
    if sys.platform.startswith("win"):
        return "win32"
    return "darwin" if sys.platform == "darwin" else "linux"


def _fonts_in(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix.lower() in (".ttf", ".ttc"))


def _default_candidates() -> Iterator[Path]:
    """The system's fonts first (well-known files, then what fontconfig knows), the bundled one last.

    $AFTERSALES_FONT_PATH (folders, separated like PATH) replaces the system's places: an IT admin's
    font folder, or an empty one to see what a machine without Chinese fonts prints. The font that
    comes with the application (resources/fonts: Droid Sans Fallback) is always the last resort.
    """
    override = os.environ.get(FONT_PATH_ENV)
    if override is not None:
        for folder in filter(None, override.split(os.pathsep)):
            yield from _fonts_in(Path(folder).expanduser())
    else:
        yield from SYSTEM_CANDIDATES[_platform_key()]
        if _platform_key() == "linux":
            yield from _fontconfig_chinese_fonts()
    yield from _fonts_in(resources_dir() / "fonts")


def _fontconfig_chinese_fonts() -> list[Path]:
    """TrueType files fontconfig says cover Chinese (OpenType .otf files are left out)."""
    if shutil.which("fc-list") is None:
        return []
    try:
        result = subprocess.run(["fc-list", ":lang=zh", "file"], capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return []
    files = {line.split(":", 1)[0].strip() for line in result.stdout.splitlines()}
    return [Path(f) for f in sorted(files) if f.lower().endswith((".ttf", ".ttc"))]


def _try_load(path: Path) -> tuple[SlipFont | None, str]:
    """The font at ``path`` if it is a TrueType font with Chinese glyphs; else a _PROBLEM_MESSAGES key."""
    font, problem = _load(path)
    if font is None:
        return None, problem
    if any(not font.has(c) for c in CHINESE_SAMPLE):
        return None, "no Chinese"
    return font, ""


def _load(path: Path) -> tuple[SlipFont | None, str]:
    """Load and register ``path`` (subfont 0 of a .ttc) once per process; (font, "") or (None, problem)."""
    try:
        resolved = path.resolve()
        stat = resolved.stat()
    except FileNotFoundError:
        return None, "missing"
    except OSError:
        return None, "unreadable"
    key = (str(resolved), stat.st_mtime_ns, stat.st_size)
    with _lock:
        if key in _loaded:
            return _loaded[key], ""
        if key in _failed:
            return None, _failed[key]
        font, problem = _load_uncached(resolved)
        if font is None:
            _failed[key] = problem
        else:
            _loaded[key] = font
        return font, problem


def _load_uncached(path: Path) -> tuple[SlipFont | None, str]:
    from reportlab.pdfbase import pdfmetrics

    if not path.is_file():
        return None, "missing"
    ttfont, problem = _ttfont(path, _registered_name(path, ""))
    if ttfont is None:
        return None, problem
    pdfmetrics.registerFont(ttfont)
    bold_name = ttfont.fontName
    bold_path = _bold_sibling(path)
    if bold_path is not None:
        bold, _ = _ttfont(bold_path, _registered_name(path, "-Bold"))
        if bold is not None:
            pdfmetrics.registerFont(bold)
            bold_name = bold.fontName
    # So that <b> in a Paragraph stays in this font instead of falling back to Helvetica.
    pdfmetrics.registerFontFamily(ttfont.fontName, normal=ttfont.fontName, bold=bold_name,
                                  italic=ttfont.fontName, boldItalic=bold_name)
    face = ttfont.face
    family = _text(getattr(face, "familyName", b"")) or _text(getattr(face, "name", b"")) or path.stem
    return SlipFont(ttfont.fontName, bold_name, family, path, frozenset(face.charToGlyph)), ""


def _ttfont(path: Path, name: str):  # noqa: ANN202 - reportlab's TTFont, imported lazily
    """(TTFont, "") or (None, problem) for OpenType/CFF, broken or unreadable files."""
    from reportlab.pdfbase.ttfonts import TTFont

    try:
        if path.suffix.lower() == ".ttc":
            return TTFont(name, str(path), subfontIndex=0), ""
        return TTFont(name, str(path)), ""
    except OSError:
        return None, "unreadable"
    except Exception as exc:  # TTFError, struct.error, ...: any file that is no usable TrueType font
        text = str(exc).lower()
        if "postscript outlines" in text or "cff" in text:
            return None, "OpenType/CFF"
        return None, "not TrueType"


def _with_companion(font: SlipFont, companions: Sequence[str | Path] | None) -> SlipFont:
    """``font``, with a Latin companion when it lacks Latin letters or digits and one is installed."""
    if all(font.has(c) for c in LATIN_SAMPLE):
        return font
    paths = LATIN_COMPANIONS[_platform_key()] if companions is None else tuple(Path(c) for c in companions)
    for path in paths:
        latin, _ = _load(path)
        if latin is not None and all(latin.has(c) for c in LATIN_SAMPLE):
            return SlipFont(font.name, font.bold_name, font.family, font.path, font.code_points, latin)
    return font


def _bold_sibling(path: Path) -> Path | None:
    """A bold file of the same family beside ``path``, if there is one."""
    sibling = _BOLD_SIBLINGS.get(path.name.lower())
    if sibling is None and re.search(r"-regular\.tt[fc]$", path.name, re.IGNORECASE):
        sibling = re.sub(r"-regular(\.tt[fc])$", r"-Bold\1", path.name, flags=re.IGNORECASE)
    if sibling is None:
        return None
    candidate = path.with_name(sibling)
    return candidate if candidate.is_file() else None


def _registered_name(path: Path, suffix: str) -> str:
    """A stable reportlab name per file, unique even for equal file names in different folders."""
    stem = re.sub(r"[^A-Za-z0-9]+", "", path.stem)[:24] or "font"
    tag = hashlib.sha1(str(path).encode("utf-8")).hexdigest()[:6]
    return f"Slip-{stem}-{tag}{suffix}"


def _text(value: object) -> str:
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace").strip()
    return str(value or "").strip()


def _is_missing(font: SlipFont, char: str) -> bool:
    if char.isspace() or unicodedata.category(char).startswith("C") or font.covers(char):
        return False
    return not any(all(font.covers(c) for c in stand_in) for stand_in in SUBSTITUTES.get(char, ()))


def _stand_in(font: SlipFont, char: str, missing: dict[str, None] | None) -> tuple[str, str]:
    for stand_in in SUBSTITUTES.get(char, ()):
        names = {font.font_for(c) for c in stand_in}
        if None not in names and len(names) == 1:
            return stand_in, names.pop()  # type: ignore[return-value]
    if missing is not None:
        missing.setdefault(char, None)
    return REPLACEMENT, font.font_for(REPLACEMENT) or font.name
