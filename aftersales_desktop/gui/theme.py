"""Look of the application: a font that shows Chinese, Qt's own translations, and a light style sheet."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QVBoxLayout, QWidget

#: Fonts with good Simplified Chinese coverage, best first (Linux, Windows, macOS, any).
CJK_FONTS = ("WenQuanYi Micro Hei", "Microsoft YaHei", "Microsoft YaHei UI", "PingFang SC",
             "Noto Sans CJK SC", "Source Han Sans SC")

ACCENT = "#1565c0"

#: Only named widgets are styled, so every view keeps the platform's look for its own controls.
STYLE_SHEET = f"""
QListWidget#navigation {{
    background: #f4f6f9;
    border: none;
    border-right: 1px solid #dde2e8;
    padding-top: 10px;
    outline: 0;
}}
QListWidget#navigation::item {{
    padding: 0px 14px;
    margin: 1px 8px;
    border-radius: 6px;
    color: #1f2933;
}}
QListWidget#navigation::item:selected {{
    background: #dce8f8;
    color: {ACCENT};
}}
QListWidget#navigation::item:hover:!selected {{
    background: #e9eef4;
}}
QHeaderView::section {{
    padding: 4px 8px;
}}
QTableView::item {{
    padding: 0px 6px;
}}
QWidget#pageHeader {{
    border-bottom: 1px solid #e4e7eb;
}}
QLabel#pageTitle {{
    font-size: 15pt;
    font-weight: 600;
    color: #1f2933;
}}
QLabel#pageSubtitle, QLabel#hint {{
    color: #616e7c;
}}
QLabel#emptyState {{
    color: #7b8794;
    padding: 24px;
}}
QLabel#dialogTitle {{
    font-size: 13pt;
    font-weight: 600;
}}
"""

_translators: list[QTranslator] = []


def outlet_title(code: str, name: str) -> str:
    """'SH01 · Pudong outlet', without repeating a code the name already starts with."""
    return name if name.startswith(code) else f"{code} · {name}"


def pick_cjk_font() -> str | None:
    """The first installed font family that shows Chinese well, or None."""
    families = set(QFontDatabase.families())
    for name in CJK_FONTS:
        if name in families:
            return name
    return None


def apply_theme(app: QApplication, language: str) -> None:
    """Set the application font, Qt's own translations (button texts) and the style sheet."""
    family = pick_cjk_font()
    if family:
        font = QFont(app.font())
        # The CJK font goes first so Chinese never falls back to boxes; Latin text looks fine in it.
        font.setFamilies([family, *[f for f in font.families() if f != family]])
        app.setFont(font)
    if language == "zh_CN":
        QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        translator = QTranslator(app)
        if translator.load("qtbase_zh_CN", folder):
            app.installTranslator(translator)
            _translators.append(translator)
    app.setStyleSheet(STYLE_SHEET)


def page_header(title: str, subtitle: str = "", trailing: QWidget | None = None
                ) -> tuple[QWidget, QLabel, QLabel]:
    """A page header (title over a grey explanation, ``trailing`` right of the title) and its labels."""
    header = QWidget()
    header.setObjectName("pageHeader")
    layout = QVBoxLayout(header)
    layout.setContentsMargins(20, 14, 20, 12)
    layout.setSpacing(2)
    title_label = QLabel(title)
    title_label.setObjectName("pageTitle")
    subtitle_label = QLabel(subtitle)
    subtitle_label.setObjectName("pageSubtitle")
    subtitle_label.setWordWrap(True)
    title_line = QHBoxLayout()
    title_line.setSpacing(12)
    title_line.addWidget(title_label, 1)
    if trailing is not None:
        title_line.addWidget(trailing)
    layout.addLayout(title_line)
    layout.addWidget(subtitle_label)
    return header, title_label, subtitle_label
