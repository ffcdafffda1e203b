#!/usr/bin/env python3
"""Draws the Teams app icons for SalesBot with nothing but the standard library (zlib + struct PNG writer).

    python3 manifests/teams/icons-src/make_icons.py

writes manifests/teams/color.png (192x192, full colour) and manifests/teams/outline.png (32x32, white on transparent).
The symbol: three rising bars (a growing pipeline) under an arrow pointing up and to the right.
Shapes are sampled 4x4 per pixel, so edges are anti-aliased.
"""
import math
import os
import struct
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

BLUE = (37, 99, 235)      # #2563EB, the manifest's accentColor
WHITE = (255, 255, 255)
AMBER = (251, 191, 36)    # #FBBF24
SAMPLES = 4


def rect(x0, y0, x1, y1):
    return lambda x, y: x0 <= x <= x1 and y0 <= y <= y1


def rounded_rect(x0, y0, x1, y1, r):
    def inside(x, y):
        if not (x0 <= x <= x1 and y0 <= y <= y1):
            return False
        cx = min(max(x, x0 + r), x1 - r)
        cy = min(max(y, y0 + r), y1 - r)
        return (x - cx) ** 2 + (y - cy) ** 2 <= r * r
    return inside


def segment(ax, ay, bx, by, width):
    dx, dy = bx - ax, by - ay
    length2 = dx * dx + dy * dy
    def inside(x, y):
        t = max(0.0, min(1.0, ((x - ax) * dx + (y - ay) * dy) / length2))
        px, py = ax + t * dx, ay + t * dy
        return (x - px) ** 2 + (y - py) ** 2 <= (width / 2) ** 2
    return inside


def triangle(p, q, r):
    def side(a, b, x, y):
        return (b[0] - a[0]) * (y - a[1]) - (b[1] - a[1]) * (x - a[0])
    def inside(x, y):
        d1, d2, d3 = side(p, q, x, y), side(q, r, x, y), side(r, p, x, y)
        negative = d1 < 0 or d2 < 0 or d3 < 0
        positive = d1 > 0 or d2 > 0 or d3 > 0
        return not (negative and positive)
    return inside


def arrow(ax, ay, bx, by, width, head):
    """A line from a to b ending in a triangular head of the given length at b."""
    angle = math.atan2(by - ay, bx - ax)
    ux, uy = math.cos(angle), math.sin(angle)
    base_x, base_y = bx - ux * head, by - uy * head
    nx, ny = -uy, ux
    tip = triangle((bx, by), (base_x + nx * head * 0.6, base_y + ny * head * 0.6), (base_x - nx * head * 0.6, base_y - ny * head * 0.6))
    shaft = segment(ax, ay, base_x + ux * 1.0, base_y + uy * 1.0, width)
    return lambda x, y: tip(x, y) or shaft(x, y)


def render(size, background, layers):
    """layers: (colour, shape) drawn in order over the background (None = transparent). Returns RGBA rows."""
    rows = []
    step = 1.0 / SAMPLES
    for py in range(size):
        row = bytearray()
        for px in range(size):
            r = g = b = a = 0.0
            for sy in range(SAMPLES):
                for sx in range(SAMPLES):
                    x, y = px + (sx + 0.5) * step, py + (sy + 0.5) * step
                    colour, alpha = background, 1.0 if background else 0.0
                    for layer_colour, shape in layers:
                        if shape(x, y):
                            colour, alpha = layer_colour, 1.0
                    if alpha:
                        r, g, b, a = r + colour[0], g + colour[1], b + colour[2], a + 1
            n = SAMPLES * SAMPLES
            if a:
                row += bytes((round(r / a), round(g / a), round(b / a), round(255 * a / n)))
            else:
                row += bytes((0, 0, 0, 0))
        rows.append(bytes(row))
    return rows


def write_png(path, size, rows):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    raw = b"".join(b"\x00" + row for row in rows)
    png = b"\x89PNG\r\n\x1a\n"
    png += chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0))
    png += chunk(b"IDAT", zlib.compress(raw, 9))
    png += chunk(b"IEND", b"")
    with open(path, "wb") as f:
        f.write(png)
    print(f"wrote {path} ({size}x{size}, {len(png)} bytes)")


def symbol(scale, offset_x, offset_y, bar_colour, arrow_colour):
    """The bars and arrow on a 32-unit grid, scaled and moved into place."""
    def s(v, o):
        return o + v * scale
    bars = [(5, 20, 10, 28), (13, 15, 18, 28), (21, 10, 26, 28)]
    layers = [(bar_colour, rounded_rect(s(x0, offset_x), s(y0, offset_y), s(x1, offset_x), s(y1, offset_y), 0.8 * scale)) for x0, y0, x1, y1 in bars]
    layers.append((arrow_colour, arrow(s(4, offset_x), s(15, offset_y), s(27, offset_x), s(3, offset_y), 2.2 * scale, 6.5 * scale)))
    return layers


def main():
    # Colour icon: full-bleed blue square; the symbol fills the middle ~120 px, as the Teams icon guidelines ask.
    scale = 120 / 32
    offset = (192 - 32 * scale) / 2
    write_png(os.path.join(OUT, "color.png"), 192, render(192, BLUE, symbol(scale, offset, offset, WHITE, AMBER)))
    # Outline icon: the same symbol, white only, on transparent.
    write_png(os.path.join(OUT, "outline.png"), 32, render(32, None, symbol(1.0, 0.0, 0.0, WHITE, WHITE)))


if __name__ == "__main__":
    main()
