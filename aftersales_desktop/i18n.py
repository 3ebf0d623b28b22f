"""Translation without Qt: one catalogue, read from the Qt Linguist .ts source, serves every layer.

Services and the domain carry English source strings; whoever shows a string calls ``tr``. The
GUI uses the same function, so a translation is written once in ``resources/translations``.
"""

from __future__ import annotations

import locale
import os
import xml.etree.ElementTree as ET
from pathlib import Path

from aftersales_desktop.paths import resources_dir

SUPPORTED = ("zh_CN", "en")
_catalogue: dict[str, str] = {}
_language = "en"


def ts_path(language: str) -> Path:
    """The .ts file holding ``language``'s translations."""
    return resources_dir() / "translations" / f"aftersales_{language}.ts"


def load_ts(path: Path) -> dict[str, str]:
    """Source -> translation pairs of every finished or unfinished-but-filled message in a .ts file."""
    pairs: dict[str, str] = {}
    for message in ET.parse(path).getroot().iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if source is None or translation is None or not (translation.text or "").strip():
            continue
        if translation.get("type") in ("obsolete", "vanished"):
            continue
        pairs[source] = translation.text or ""
    return pairs


def system_language() -> str:
    """zh_CN on a Chinese system, English elsewhere."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var)
        if value:
            return "zh_CN" if value.lower().startswith("zh") else "en"
    try:
        code = locale.getlocale()[0] or ""
    except ValueError:
        code = ""
    return "zh_CN" if code.lower().startswith(("zh", "chinese")) else "en"


def set_language(language: str | None) -> str:
    """Switch the catalogue; ``None`` picks the system's. Returns the language in force."""
    global _catalogue, _language
    chosen = language or system_language()
    if chosen not in SUPPORTED:
        chosen = "en"
    path = ts_path(chosen)
    _catalogue = load_ts(path) if chosen != "en" and path.exists() else {}
    _language = chosen
    return chosen


def language() -> str:
    """The language in force."""
    return _language


class Marked(str):
    """An English source string marked with ``N_`` (an enum label, a step name).

    Passed as a parameter of a message ("Your role ({role}) may not do this."), it is translated
    with the message, so a Chinese sentence never carries an English label.
    """

    __slots__ = ()


def _fill(catalogue: dict[str, str], source: str, params: dict[str, object]) -> str:
    text = catalogue.get(source, source)
    if not params:
        return text
    return text.format(**{name: catalogue.get(value, value) if isinstance(value, Marked) else value
                          for name, value in params.items()})


def tr(source: str, **params: object) -> str:
    """Translate an English source string and fill in ``{name}`` parameters (marked ones translated too)."""
    return _fill(_catalogue, source, params)


_catalogues: dict[str, dict[str, str]] = {}


def translator(language: str):  # noqa: ANN201 - a plain callable like tr
    """A ``tr`` for one fixed language, whatever the interface speaks (slips print in their own)."""
    if language not in _catalogues:
        path = ts_path(language)
        _catalogues[language] = load_ts(path) if language != "en" and path.exists() else {}
    catalogue = _catalogues[language]

    def translate(source: str, **params: object) -> str:
        return _fill(catalogue, source, params)
    return translate


def N_(source: str) -> Marked:
    """Mark a string for translation where it is defined; ``tr`` it where it is shown."""
    return Marked(source)
