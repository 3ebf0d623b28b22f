"""Draw the application icon (resources/icons/aftersales.png): a printer with a service tick, in the theme's blue.

Run ``python3 packaging/make_icon.py`` to redraw it; the build converts the PNG to .ico/.icns.
Needs Pillow (a build-only dependency, in the ``build`` extra).
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

ICON_PNG = Path(__file__).resolve().parent.parent / "resources" / "icons" / "aftersales.png"
SIZE = 1024
ACCENT = (21, 101, 192, 255)      # gui/theme.py ACCENT #1565c0
DARK = (13, 71, 161, 255)
PAPER = (255, 255, 255, 255)
TICK = (67, 160, 71, 255)


def draw_icon(size: int = SIZE) -> Image.Image:
    """The icon at ``size`` pixels square, drawn at 4x and scaled down for smooth edges."""
    scale = 4
    big = size * scale
    unit = big / 32  # the drawing is laid out on a 32 x 32 grid
    image = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)

    def box(x0: float, y0: float, x1: float, y1: float) -> tuple[int, int, int, int]:
        return int(x0 * unit), int(y0 * unit), int(x1 * unit), int(y1 * unit)

    draw.rounded_rectangle(box(1, 1, 31, 31), radius=int(6 * unit), fill=ACCENT)
    # The sheet going in at the top, the printer body, the sheet coming out with printed lines.
    draw.rectangle(box(10, 5, 22, 12), fill=PAPER)
    draw.rounded_rectangle(box(5, 11, 27, 22), radius=int(2 * unit), fill=DARK)
    draw.rectangle(box(9, 19, 23, 28), fill=PAPER)
    for row in (21.5, 23.5, 25.5):
        draw.rectangle(box(11, row, 19, row + 0.8), fill=(144, 164, 174, 255))
    draw.ellipse(box(23, 13.5, 25, 15.5), fill=(129, 199, 132, 255))
    # The service tick in a white disc at the lower right: repaired, checked, returned.
    draw.ellipse(box(19, 19, 30, 30), fill=PAPER)
    draw.line([box(21.8, 24.6, 0, 0)[:2], box(23.9, 26.8, 0, 0)[:2], box(27.6, 22.0, 0, 0)[:2]],
              fill=TICK, width=int(1.6 * unit), joint="curve")
    return image.resize((size, size), Image.Resampling.LANCZOS)


if __name__ == "__main__":
    draw_icon().save(ICON_PNG, optimize=True)
    print(f"wrote {ICON_PNG}")
