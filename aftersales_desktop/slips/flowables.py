"""reportlab flowables of a slip: the signature box (strokes as vector paths) and the QR code."""

from __future__ import annotations

import re
from functools import lru_cache

from reportlab.graphics.barcode import qrencoder
from reportlab.lib.colors import Color
from reportlab.platypus import Flowable, Paragraph

from aftersales_desktop.domain.signatures import Strokes

#: Pen width in points for pressure 0 and 1; a device without pressure draws at the constant width.
MIN_PEN, MAX_PEN, CONSTANT_PEN = 0.6, 1.6, 1.0
_BOX_LINE = Color(0.55, 0.55, 0.55)


class SignatureBox(Flowable):
    """A signing area as wide as it is given, ``height`` high, with a baseline at its foot.

    It holds drawn strokes (the ink scaled to fit, keeping its proportions), a typed name (a
    Paragraph, centred), or nothing (a draft's empty box).
    """

    def __init__(self, height: float, strokes: Strokes | None = None, typed: Paragraph | None = None,
                 max_width: float | None = None) -> None:
        super().__init__()
        self.height = height
        self.width = max_width or 0.0
        self.max_width = max_width
        self.strokes = strokes.normalised() if strokes is not None else None
        self.typed = typed

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = min(available_width, self.max_width) if self.max_width else available_width
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setStrokeColor(_BOX_LINE)
        canvas.setLineWidth(0.6)
        canvas.line(0, 0, self.width, 0)
        if self.strokes is not None and not self.strokes.is_empty:
            self._draw_strokes()
        elif self.typed is not None:
            _, used = self.typed.wrap(self.width - 4, self.height)
            self.typed.drawOn(canvas, 2, max(2.0, (self.height - used) / 2))
        canvas.restoreState()

    def _draw_strokes(self) -> None:
        """Each stroke as connected segments, round-capped, width following the pen's pressure."""
        strokes = self.strokes
        assert strokes is not None
        pad = 2.0
        box_w, box_h = self.width - 2 * pad, self.height - 2 * pad
        aspect = strokes.aspect if strokes.aspect > 0 else 3.0
        # Fit the ink, not the whole pad: people sign in one corner of it. Pad units keep the
        # signature's proportions (x runs to ``aspect``, y to 1); a tiny mark is not blown up
        # beyond 2.5 times the size it had on the pad.
        xs = [p.x * aspect for stroke in strokes.strokes for p in stroke]
        ys = [p.y for stroke in strokes.strokes for p in stroke]
        ink_w, ink_h = max(max(xs) - min(xs), 1e-3), max(max(ys) - min(ys), 1e-3)
        whole_pad = min(box_w / aspect, box_h)
        scale = min(box_w / ink_w, box_h / ink_h, 2.5 * whole_pad)
        left = pad + (box_w - ink_w * scale) / 2 - min(xs) * scale
        top = self.height - pad - (box_h - ink_h * scale) / 2 + min(ys) * scale

        def at(point) -> str:  # noqa: ANN001 - a signatures.Point
            return f"{left + point.x * aspect * scale:.2f} {top - point.y * scale:.2f}"

        # Written as PDF operators: a 20,000-point signature through reportlab's path objects and
        # number formatting would take a tenth of a second.
        ops = ["q 0 G 1 J 1 j"]  # black, round caps and joins
        for stroke in strokes.strokes:
            if len(stroke) == 1:  # a dot (the point over an i): a round-capped zero-length line
                ops.append(f"{_pen(stroke[0].pressure)} w {at(stroke[0])} m {at(stroke[0])} l S")
                continue
            # Consecutive segments of one (rounded) width share a path: far fewer operators.
            width = None
            for a, b in zip(stroke, stroke[1:]):
                seg_width = _pen(None if a.pressure is None or b.pressure is None
                                 else (a.pressure + b.pressure) / 2)
                if seg_width != width:
                    if width is not None:
                        ops.append("S")
                    width = seg_width
                    ops.append(f"{width} w {at(a)} m")
                ops.append(f"{at(b)} l")
            ops.append("S")
        ops.append("Q")
        self.canv.addLiteral("\n".join(ops))


def _pen(pressure: float | None) -> float:
    if pressure is None:
        return CONSTANT_PEN
    return round(MIN_PEN + (MAX_PEN - MIN_PEN) * min(1.0, max(0.0, pressure)), 1)


class QrCode(Flowable):
    """A ``size`` x ``size`` point QR code of ``payload``: error correction M, 4-module quiet zone.

    reportlab's QrCodeWidget encodes the payload twice per drawing (once to measure) and draws each
    module as a shape object: about 90 ms for a slip's code. This draws the same code (reportlab's
    encoder, the standard's mask choice) as one filled path of row runs, written as PDF operators.
    """

    def __init__(self, payload: str, size: float) -> None:
        super().__init__()
        self.payload = payload
        self.width = self.height = size

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        rows = qr_matrix(self.payload)
        count = len(rows)
        module = self.width / (count + 2 * QUIET_ZONE)
        ops = [f"q 0 g {module:.5f} 0 0 {module:.5f} 0 0 cm"]
        for index, row in enumerate(rows):
            y = count - 1 - index + QUIET_ZONE
            for run in _DARK_RUN.finditer(row):
                ops.append(f"{run.start() + QUIET_ZONE} {y} {run.end() - run.start()} 1 re")
        ops.append("f Q")
        self.canv.addLiteral("\n".join(ops))


QUIET_ZONE = 4
_DARK_RUN = re.compile("1+")
_FINDER_LIKE = re.compile("(?=10111010000|00001011101)")
_SAME_COLOUR_RUN = re.compile("0{5,}|1{5,}")


@lru_cache(maxsize=128)
def qr_matrix(payload: str) -> tuple[str, ...]:
    """The QR symbol of ``payload`` as rows of '1' (dark) and '0', with the lowest-penalty mask.

    Cached: a slip is previewed, printed and copied with the same payload.
    """
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(payload)
    code.version = code.calculate_version()
    best: tuple[int, tuple[str, ...]] | None = None
    for mask in range(8):
        code.makeImpl(False, mask)
        rows = tuple("".join("1" if dark else "0" for dark in row) for row in code.modules)
        score = _mask_penalty(rows)
        if best is None or score < best[0]:
            best = (score, rows)
    assert best is not None
    return best[1]


def _mask_penalty(rows: tuple[str, ...]) -> int:
    """ISO/IEC 18004 mask penalty (rules N1-N4), computed on row and column strings."""
    count = len(rows)
    # Every row and column in one text, separated so that no run or pattern crosses from one to the next.
    lines = "2".join((*rows, *("".join(column) for column in zip(*rows))))
    runs = _SAME_COLOUR_RUN.findall(lines)
    score = sum(map(len, runs)) - 2 * len(runs)  # 3 + (length - 5) per run of five or more
    score += 40 * len(_FINDER_LIKE.findall(lines))
    # 2 x 2 blocks of one colour: bit k of ``same`` is set where columns k and k+1 of both rows agree.
    bits = [int(row, 2) for row in rows]
    window = (1 << (count - 1)) - 1
    for upper, lower in zip(bits, bits[1:]):
        vertical = upper ^ lower
        differs = vertical | (vertical >> 1) | (upper ^ (upper >> 1))
        score += 3 * bin(~differs & window).count("1")
    dark = sum(row.count("1") for row in rows)
    score += 10 * (abs(dark * 100 // (count * count) - 50) // 5)
    return score
