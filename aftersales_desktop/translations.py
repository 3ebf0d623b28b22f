"""Keep the .ts translation sources in step with the code: ``python -m aftersales_desktop.translations``.

Every ``tr("...")`` and ``N_("...")`` call with a literal English string is a source message, and so
is the message argument of the error helpers services use (``Collector.check/add``,
``ValidationError.single``, ``PermissionDenied``, ``NotFound``): those are translated where shown.
The command adds new messages (empty, to be translated), keeps existing translations, and marks
messages the code no longer uses as vanished, in Qt Linguist's .ts format.
"""

from __future__ import annotations

import ast
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from aftersales_desktop.i18n import ts_path

PACKAGE_DIR = Path(__file__).resolve().parent
CONTEXT = "aftersales"
#: Call name -> index of the positional argument holding the English source message.
_MARKERS = {"tr": 0, "t": 0, "N_": 0, "check": 2, "add": 1, "single": 1, "PermissionDenied": 0,
            "NotFound": 0}
_PLACEHOLDER = re.compile(r"\{(\w+)\}")


def extract_messages(root: Path = PACKAGE_DIR) -> dict[str, list[str]]:
    """Source strings marked for translation, each with the places ('file:line') it is used."""
    found: dict[str, list[str]] = {}
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else (
                node.func.attr if isinstance(node.func, ast.Attribute) else None)
            index = _MARKERS.get(name)  # type: ignore[arg-type]
            if index is None or len(node.args) <= index:
                continue
            first = node.args[index]
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                where = f"{path.relative_to(root.parent).as_posix()}:{node.lineno}"
                found.setdefault(first.value, []).append(where)
    return found


def placeholders(text: str) -> set[str]:
    """The ``{name}`` parameters a message uses."""
    return set(_PLACEHOLDER.findall(text))


def update_ts(path: Path, language: str, messages: dict[str, list[str]]) -> tuple[int, int]:
    """Merge ``messages`` into the .ts file; returns (new messages, still untranslated)."""
    existing: dict[str, str] = {}
    if path.exists():
        for message in ET.parse(path).getroot().iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is not None and translation is not None and (translation.text or "").strip():
                existing[source] = translation.text or ""
    root = ET.Element("TS", version="2.1", language=language)
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CONTEXT
    new = untranslated = 0
    for source in sorted(messages):
        message = ET.SubElement(context, "message")
        for where in messages[source][:3]:
            file_name, line = where.rsplit(":", 1)
            ET.SubElement(message, "location", filename=file_name, line=line)
        ET.SubElement(message, "source").text = source
        translation = ET.SubElement(message, "translation")
        if source in existing:
            translation.text = existing[source]
        else:
            new += 1
            untranslated += 1
            translation.set("type", "unfinished")
    for source in sorted(set(existing) - set(messages)):
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = source
        ET.SubElement(message, "translation", type="vanished").text = existing[source]
    ET.indent(root)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as handle:
        handle.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        handle.write(ET.tostring(root, encoding="unicode"))
        handle.write("\n")
    return new, untranslated


def main() -> int:
    """Update the zh_CN catalogue from the code and say what is left to translate."""
    messages = extract_messages()
    new, untranslated = update_ts(ts_path("zh_CN"), "zh_CN", messages)
    print(f"{len(messages)} messages, {new} new, {untranslated} to translate -> {ts_path('zh_CN')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
