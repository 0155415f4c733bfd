"""Our own pixel bitmap fonts: `daxam` (small) and `daxam_large`.

Glyphs are drawn as text in `tools.art.font_glyphs`; this module packs them in
one row per sheet (every glyph rect has y=0 and the full cell height, so the
baseline is shared) and writes the JSON index described in docs/ASSETS.md:
`{"line_height": int, "glyphs": {"A": [x, y, w, h], ...}}`, where `w` is the ink
width and the renderer adds 1 px of advance after every glyph.

`daxam_large` is drawn at half size and doubled with Scale2x, which keeps the
strokes 2 px wide and rounds the diagonals, so both fonts share one design.
"""

from __future__ import annotations

import json
from pathlib import Path

import pygame

from tools.art.font_glyphs import (
    LARGE_BASE,
    LARGE_BASE_HEIGHT,
    LARGE_FULL,
    SMALL,
    SMALL_HEIGHT,
)
from tools.art.palette import rgba
from tools.art.pixels import new_surface, save_png

Bitmap = list[list[bool]]

REQUIRED: str = "".join(chr(c) for c in range(32, 127)) + (
    "\u2014\u2013\u2019\u2018\u201c\u201d\u2026\u00e9"
)

# name -> (glyph table, cell height before scaling, scale2x?, space width, line height)
FONTS: dict[str, tuple[dict[str, str], int, bool, int, int]] = {
    "daxam": (SMALL, SMALL_HEIGHT, False, 3, 11),
    "daxam_large": (LARGE_BASE, LARGE_BASE_HEIGHT, True, 5, 17),
}


def parse_glyph(spec: str, height: int) -> Bitmap:
    """Turn "top:row|row" into a full-height bitmap; raises ValueError on bad data."""
    top_s, _, body = spec.partition(":")
    rows = body.split("|")
    top = int(top_s)
    width = len(rows[0])
    if any(len(r) != width for r in rows) or any(set(r) - {"#", "."} for r in rows):
        raise ValueError(f"ragged or bad glyph rows: {spec!r}")
    if top + len(rows) > height:
        raise ValueError(f"glyph taller than its cell: {spec!r}")
    grid = [[False] * width for _ in range(height)]
    for dy, row in enumerate(rows):
        for dx, ch in enumerate(row):
            grid[top + dy][dx] = ch == "#"
    return grid


def scale2x(src: Bitmap) -> Bitmap:
    """Scale2x (EPX) doubling of a boolean bitmap that only ever adds ink: the
    diagonals get smoothed but square corners stay square (so D is not O)."""
    h, w = len(src), len(src[0])

    def at(x: int, y: int) -> bool:
        return 0 <= x < w and 0 <= y < h and src[y][x]

    out = [[False] * (w * 2) for _ in range(h * 2)]
    for y in range(h):
        for x in range(w):
            p = src[y][x]
            a, b, c, d = at(x, y - 1), at(x + 1, y), at(x - 1, y), at(x, y + 1)
            out[2 * y][2 * x] = p or (c == a and c != d and a != b and a)
            out[2 * y][2 * x + 1] = p or (a == b and a != c and b != d and b)
            out[2 * y + 1][2 * x] = p or (d == c and d != b and c != a and c)
            out[2 * y + 1][2 * x + 1] = p or (b == d and b != a and d != c and d)
    return out


def glyph_bitmaps(name: str) -> tuple[dict[str, Bitmap], int]:
    """All bitmaps of font `name` (space included) and the cell height."""
    table, height, doubled, space_w, _ = FONTS[name]
    maps: dict[str, Bitmap] = {" ": [[False] * space_w for _ in range(height)]}
    for ch, spec in table.items():
        maps[ch] = parse_glyph(spec, height)
    if doubled:
        maps = {ch: scale2x(bm) for ch, bm in maps.items()}
        maps[" "] = [[False] * space_w for _ in range(height * 2)]
        height *= 2
        for ch, spec in LARGE_FULL.items():
            maps[ch] = parse_glyph(spec, height)
    return maps, height


def build_font(name: str) -> tuple[pygame.Surface, dict]:
    """The sheet surface and the JSON index of font `name`."""
    maps, height = glyph_bitmaps(name)
    order = [ch for ch in REQUIRED if ch in maps]
    width = sum(len(maps[ch][0]) + 1 for ch in order)
    sheet = new_surface(width, height)
    colour = rgba("white")
    index: dict[str, list[int]] = {}
    x = 0
    for ch in order:
        bm = maps[ch]
        w = len(bm[0])
        for yy, row in enumerate(bm):
            for xx, ink in enumerate(row):
                if ink:
                    sheet.set_at((x + xx, yy), colour)
        index[ch] = [x, 0, w, height]
        x += w + 1
    return sheet, {"line_height": FONTS[name][4], "glyphs": index}


def render_text(
    sheet: pygame.Surface, data: dict, text: str, colour: tuple[int, int, int] | None = None
) -> pygame.Surface:
    """Render `text` (may contain newlines) the way the game does; for previews and tests."""
    glyphs = data["glyphs"]
    lines = text.split("\n")
    h = data["line_height"] * len(lines)
    w = max(sum(glyphs.get(c, glyphs["?"])[2] + 1 for c in line) for line in lines)
    out = new_surface(max(w, 1), h)
    for i, line in enumerate(lines):
        x = 0
        for c in line:
            gx, gy, gw, gh = glyphs.get(c, glyphs["?"])
            out.blit(sheet, (x, i * data["line_height"]), pygame.Rect(gx, gy, gw, gh))
            x += gw + 1
    if colour is not None:
        out.fill((*colour, 255), special_flags=pygame.BLEND_RGBA_MULT)
    return out


LICENSE = """Fonts "daxam" and "daxam_large" for Red Sun over Daxam.

Drawn from scratch for this game as text grids (tools/art/font_glyphs.py) and
generated by tools/art/font.py; no glyphs were copied from any existing font.

Licence: CC0 1.0 Universal (public domain dedication).
https://creativecommons.org/publicdomain/zero/1.0/
"""


def build(root: Path) -> list[Path]:
    out: list[Path] = []
    for name in FONTS:
        sheet, data = build_font(name)
        out.append(save_png(sheet, root / "fonts" / f"{name}.png"))
        path = root / "fonts" / f"{name}.json"
        path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        out.append(path)
    lic = root / "fonts" / "LICENSE.txt"
    lic.write_text(LICENSE, encoding="utf-8")
    out.append(lic)
    return out
