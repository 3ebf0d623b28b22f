"""Text prepared for SQLite FTS5 so that any part of a Chinese name or address can be found.

FTS5's unicode61 tokenizer keeps a run of Chinese characters as one token, so 芳 would not find
王芳. We index a copy of the text in which every CJK character stands alone, and search a CJK run
as a phrase of single characters: 浦东 becomes the phrase "浦 东", which matches 上海市浦东新区.
"""

from __future__ import annotations

import re

_CJK = re.compile(r"([\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff])")
_SUPPLEMENTARY_CJK = re.compile(r"([\U00020000-\U0002ffff])")
_TERM = re.compile(r"[^\s\"]+")
_BMP_CJK_RANGES = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))
_spaced: dict[int, str] = {}
#: The sequence of a number made on a later computer of an outlet (SH01-J202612-B0042): indexed bare
#: as well, so the digits read over the phone ("0042") find it as they find SH01-J202612-0042.
_DEVICE_SEQUENCE = re.compile(r"-[A-Z]\d{6}-[A-Z]{1,2}(\d{4,})\b")


def index_text(*parts: str | None) -> str:
    """Join the searchable fields with every CJK character spaced out."""
    joined = " ".join(p for p in parts if p)
    # str.translate with a table of the BMP's CJK characters does in C what the regex did per
    # match in Python (sync applies index thousands of jobs at a time); rare characters beyond
    # the BMP (e.g. 𠮷) still go through the regex. The output is the same.
    if not _spaced:
        _spaced.update({code: f" {chr(code)} " for low, high in _BMP_CJK_RANGES for code in range(low, high + 1)})
    spaced = joined.translate(_spaced)
    if not spaced.isascii() and _SUPPLEMENTARY_CJK.search(spaced):
        spaced = _SUPPLEMENTARY_CJK.sub(r" \1 ", spaced)
    sequences = _DEVICE_SEQUENCE.findall(joined)
    return f"{spaced} {' '.join(sequences)}" if sequences else spaced


def match_query(user_text: str) -> str | None:
    """An FTS5 MATCH expression for what the user typed, or None when nothing is searchable.

    Each whitespace-separated term becomes a phrase of its tokens (CJK characters one by one) and
    the last token of every term is a prefix, so ``1381`` finds 13812345678 and ``SH01-J2026``
    finds every job of that outlet and year. Terms are ANDed.
    """
    phrases = []
    for term in _TERM.findall(user_text):
        tokens = [t for t in re.split(r"[^\w]+", _CJK.sub(r" \1 ", term)) if t]
        if not tokens:
            continue
        phrase = " ".join(tokens)
        # A CJK character is a whole token already: no prefix, or 王 would also match 王's neighbours.
        suffix = "" if _CJK.fullmatch(tokens[-1]) else "*"
        phrases.append(f'"{phrase}"{suffix}')
    return " AND ".join(phrases) if phrases else None
