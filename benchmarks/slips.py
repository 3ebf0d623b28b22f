"""Slip rendering speed: each paper format beside a minimal reportlab document in the same font.

    python3 benchmarks/slips.py [--runs 15] [--parts 15]

Renders the test sample slip (15 parts, Chinese names and a long address, two drawn signatures, QR)
on A4, A5, 80 mm and 58 mm paper and prints the median time of each beside two baselines measured
in the same run with the same registered TrueType CJK font (so font embedding is in every figure):
a one-page SimpleDocTemplate with one short Paragraph, and one with a single Paragraph holding all
of the slip's text (the same glyphs to subset and embed, without the layout).
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from aftersales_desktop.domain.slips import SlipFormat  # noqa: E402
from aftersales_desktop.slips import flowables  # noqa: E402
from aftersales_desktop.slips.fonts import find_font  # noqa: E402
from aftersales_desktop.slips.render import render_slip  # noqa: E402
from tests.slips.sample import signed_sample  # noqa: E402

TARGET = 3.0


def interleaved_medians(actions: list[Callable[[], object]], runs: int) -> list[float]:
    """Median wall time in ms of each action, the actions taking turns so that the machine's other
    load weighs on all of them alike; one unmeasured warm-up call each first."""
    for action in actions:
        action()
    times: list[list[float]] = [[] for _ in actions]
    for _ in range(runs):
        for action, series in zip(actions, times):
            started = time.perf_counter()
            action()
            series.append((time.perf_counter() - started) * 1000)
    return [statistics.median(series) for series in times]


def minimal_document(font_name: str, text: str) -> bytes:
    """The baseline: one A4 page, one Paragraph in the slip font, built by SimpleDocTemplate."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from reportlab import rl_config

    buffer = io.BytesIO()
    style = ParagraphStyle("baseline", fontName=font_name, fontSize=9, leading=12, wordWrap="CJK")
    saved, rl_config.useA85 = rl_config.useA85, 0  # streams written as the slips write them
    try:
        SimpleDocTemplate(buffer, initialFontName=font_name, invariant=1).build([Paragraph(text, style)])
    finally:
        rl_config.useA85 = saved
    return buffer.getvalue()


def all_text(value: object) -> list[str]:
    """Every string in the slip content, depth first."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [t for v in value.values() for t in all_text(v)]
    if isinstance(value, (list, tuple)):
        return [t for v in value for t in all_text(v)]
    return [str(value)] if value is not None else []


def main(argv: list[str] | None = None) -> int:
    """Measure every format and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="renders per median")
    parser.add_argument("--parts", type=int, default=15, help="parts on the sample slip")
    args = parser.parse_args(argv)

    started = time.perf_counter()
    font = find_font()  # loaded and registered once, before any timing
    load_ms = (time.perf_counter() - started) * 1000
    content, strokes, digest = signed_sample(args.parts)
    short = "维修单 SH01-R202611-0007 欧阳娜娜 ¥2,290.00"
    full = " ".join(all_text(content)).replace("&", "&amp;").replace("<", "&lt;")
    table: list[tuple[str, ...]] = []
    for fmt in SlipFormat:
        def render(fmt: SlipFormat = fmt) -> bytes:
            return render_slip(content, fmt, signatures=strokes, digest=digest).pdf

        def render_new_qr(fmt: SlipFormat = fmt) -> bytes:
            flowables.qr_matrix.cache_clear()  # as the first print of a newly signed slip
            return render(fmt)

        base_short, base_full, cold, warm = interleaved_medians(
            [lambda: minimal_document(font.name, short), lambda: minimal_document(font.name, full),
             render_new_qr, render], args.runs)
        result = render_slip(content, fmt, signatures=strokes, digest=digest)
        pages = f"{result.page_count} p" if not fmt.is_roll else f"{result.page_size_pt[1] / 72 * 25.4:.0f} mm"
        table.append((f"{fmt.value} ({pages}, {len(result.pdf) // 1024} KB)", f"{cold:.1f} ms",
                      f"{warm:.1f} ms", f"{base_short:.1f} ms", f"{cold / base_short:.1f}x",
                      f"{base_full:.1f} ms", f"{cold / base_full:.1f}x", f"<= {TARGET:.0f}x"))

    print()
    print(f"Slip rendering, {args.parts} parts, {font.family} ({font.path}); medians of {args.runs}; "
          f"font found and loaded once in {load_ms:.0f} ms")
    print("baseline A: one short Paragraph; baseline B: one Paragraph with all of the slip's text (the same "
          "glyphs embedded); ratio = first render / baseline, measured taking turns")
    headers = ("format", "first render", "again (QR cached)", "baseline A", "ratio A", "baseline B", "ratio B",
               "target")
    widths = [max(len(row[i]) for row in [headers, *table]) for i in range(len(headers))]
    for row in [headers, tuple("-" * w for w in widths), *table]:
        print(" | ".join(cell.ljust(width) for cell, width in zip(row, widths)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
