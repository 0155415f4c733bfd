"""The title screen's art: the logo (gold letters over a red sun) and the three
parallax backdrops behind it (sky, city, the balcony's railing in front); written
into assets/ui/ by `tools.art.ui.build`.
"""

from __future__ import annotations

import math
import random

import pygame

from tools.art.font import parse_glyph, scale2x
from tools.art.font_glyphs import LARGE_BASE, LARGE_BASE_HEIGHT
from tools.art.pixels import SHEET_KEY, dither, fill, new_surface, paint_grid, put


def _letters(text: str, track: int) -> list[list[bool]]:
    """Text at 4x with Scale2x twice (smooth 24 px capitals) as a bitmap."""
    maps = []
    for ch in text:
        if ch == " ":
            maps.append([[False] * 10 for _ in range(32)])
            continue
        maps.append(scale2x(scale2x(parse_glyph(LARGE_BASE[ch], LARGE_BASE_HEIGHT))))
    width = sum(len(m[0]) + track for m in maps) - track
    out = [[False] * width for _ in range(32)]
    x = 0
    for m in maps:
        for yy, row in enumerate(m):
            for xx, ink in enumerate(row):
                out[yy][x + xx] = out[yy][x + xx] or ink
        x += len(m[0]) + track
    return out[:24]


def _gold_text(surf: pygame.Surface, bm: list[list[bool]], ox: int, oy: int) -> None:
    """Gold letters: 2 px ink outline, red drop shadow, vertical gold ramp."""
    h, w = len(bm), len(bm[0])

    def ink(x: int, y: int) -> bool:
        return 0 <= x < w and 0 <= y < h and bm[y][x]

    for y in range(-3, h + 4):
        for x in range(-3, w + 4):
            if ink(x - 2, y - 3) or ink(x - 1, y - 2):
                put(surf, ox + x, oy + y, "blood")
    for y in range(-2, h + 2):
        for x in range(-2, w + 2):
            if not ink(x, y) and any(ink(x + dx, y + dy) for dx in (-2, -1, 0, 1, 2)
                                     for dy in (-2, -1, 0, 1, 2) if abs(dx) + abs(dy) <= 2):
                put(surf, ox + x, oy + y, "ink")
    ramp = ["pale_gold"] * 5 + ["gold"] * 8 + ["orange"] * 6 + ["bronze"] * 5
    for y in range(h):
        for x in range(w):
            if not ink(x, y):
                continue
            name = ramp[min(y, len(ramp) - 1)]
            if not ink(x - 1, y) or not ink(x, y - 1):
                name = "white" if y < 12 else "pale_gold"
            elif not ink(x + 1, y) or not ink(x, y + 1):
                name = "bronze" if y < 14 else "brown"
            put(surf, ox + x, oy + y, name)


def _sun(surf: pygame.Surface, cx: float, cy: float, r: float, stripes: bool,
         start: int = 0) -> None:
    """A big dithered red sun, brighter to the upper left, with horizon stripes."""
    bayer = (0, 8, 2, 10, 12, 4, 14, 6, 3, 11, 1, 9, 15, 7, 13, 5)
    ramp = ["pale_gold", "orange", "ember", "red_light", "red", "red_dark"][start:]
    for y in range(int(cy - r - 1), int(cy + r + 2)):
        for x in range(int(cx - r - 1), int(cx + r + 2)):
            d = math.hypot(x - cx, y - cy)
            if d > r:
                continue
            if stripes and y > cy + r * 0.25:
                band = (y - cy - r * 0.25) / (r * 0.75)
                if (y - int(cy)) % 7 < 1 + int(band * 4):
                    continue
            t = (y - (cy - r)) / (2 * r) * 4.2 + d / r * 0.9
            i = int(t)
            frac = t - i
            if bayer[(y % 4) * 4 + x % 4] < int(frac * 16):
                i += 1
            put(surf, x, y, ramp[min(max(i, 0), len(ramp) - 1)])


def logo() -> pygame.Surface:
    surf = new_surface(300, 84)
    _sun(surf, 150, 42, 40, True)
    top = _letters("RED SUN", 4)
    _gold_text(surf, top, 150 - len(top[0]) // 2, 6)
    low = _letters("DAXAM", 5)
    _gold_text(surf, low, 150 - len(low[0]) // 2, 52)
    over = scale2x(_bits("over"))
    ow = len(over[0])
    ox, oy = 150 - ow // 2, 35
    for y, row in enumerate(over):
        for x, ink in enumerate(row):
            if ink:
                for dx, dy in ((-1, 0), (1, 0), (0, -1), (0, 1), (1, 1)):
                    if not (0 <= y + dy < len(over) and 0 <= x + dx < ow and over[y + dy][x + dx]):
                        put(surf, ox + x + dx, oy + y + dy, "ink")
    for y, row in enumerate(over):
        for x, ink in enumerate(row):
            if ink:
                put(surf, ox + x, oy + y, "white" if y < 8 else "glow")
    return surf


def _bits(text: str) -> list[list[bool]]:
    maps = [parse_glyph(LARGE_BASE[c], LARGE_BASE_HEIGHT) for c in text]
    out: list[list[bool]] = [[] for _ in range(LARGE_BASE_HEIGHT)]
    for m in maps:
        for y in range(LARGE_BASE_HEIGHT):
            out[y].extend(m[y] + [False])
    return [row[:-1] for row in out[:6]]


def sky() -> pygame.Surface:
    surf = new_surface(480, 270)
    bands = ["shadow", "violet_dark", "violet", "violet_light", "mauve", "red_light",
             "ember", "orange"]
    stops = [0, 50, 95, 135, 165, 190, 212, 232]
    for y in range(270):
        i = max(k for k in range(len(stops)) if stops[k] <= y)
        if i >= len(bands) - 1:
            fill(surf, (0, y, 480, 1), bands[-1])
            continue
        frac = (y - stops[i]) / (stops[i + 1] - stops[i])
        dither(surf, (0, y, 480, 1), bands[i], bands[i + 1], int(frac * 17))
    rng = random.Random(7)
    for _ in range(90):
        x, y = rng.randrange(480), rng.randrange(110)
        put(surf, x, y, rng.choice(["white", "glow", "mauve", "pale_gold"]))
        if rng.random() < 0.08:
            for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
                put(surf, x + dx, y + dy, "violet_light")
    for y in range(100, 232):
        for x in range(120, 360):
            d = math.hypot(x - 240, y - 222)
            if (96 < d < 104 and (x + y) % 2 == 0) or (104 <= d < 110 and (x + y) % 4 == 0):
                put(surf, x, y, "red_light")
    _sun(surf, 240, 222, 96, False, 2)
    # long cloud streaks across the sun
    for cy, cx, length, name in ((150, 110, 130, "violet_light"), (176, 290, 150, "mauve"),
                                 (200, 60, 170, "violet"), (112, 330, 90, "violet")):
        for x in range(length):
            edge = min(x, length - x)
            thick = 1 + min(3, edge // 14)
            for t in range(thick):
                put(surf, cx + x - t * 3, cy + t, name)
            if edge > 20:
                put(surf, cx + x, cy - 1, "mauve" if name != "mauve" else "pale_gold")
    return surf


def city() -> pygame.Surface:
    surf = new_surface(640, 270)
    rng = random.Random(11)
    for layer, (base, dark, lit, hmin, hmax) in enumerate((
            ("violet", "violet", "mauve", 25, 60), ("violet_dark", "violet_dark", "ember", 18, 50),
            ("shadow", "shadow", "gold", 10, 36))):
        x = -rng.randrange(20)
        ground = 212 + layer * 12
        while x < 640:
            w = rng.randrange(10, 26)
            h = rng.randrange(hmin, hmax)
            top = ground - h
            fill(surf, (x, top, w, 270 - top), base)
            # spire or dome crown
            if rng.random() < 0.5:
                for i in range(rng.randrange(8, 22)):
                    half = max(0, (w // 2 - 1) - i // 2)
                    fill(surf, (x + w // 2 - half, top - i, half * 2 + 1, 1), base)
            else:
                for i in range(w // 2):
                    half = int(math.sqrt(max(0, (w / 2) ** 2 - i * i)))
                    fill(surf, (x + w // 2 - half, top - i, half * 2, 1), base)
            fill(surf, (x, top, 1, 270 - top), "ink" if layer == 2 else dark)
            for wy in range(top + 4, 262, 5 + layer):
                for wx in range(x + 2, x + w - 2, 3):
                    if rng.random() < 0.18 + layer * 0.05:
                        put(surf, wx, wy, lit)
            x += w + rng.randrange(-4, 8)
    # pods flying between towers
    for px, py in ((80, 120), (260, 104), (430, 140), (560, 116)):
        paint_grid(surf, px, py, [".kk.", "kpgk", ".kk."], SHEET_KEY)
        fill(surf, (px - 6, py + 1, 5, 1), "ember")
    return surf


def front() -> pygame.Surface:
    """Palace balcony railing, back-lit by the sun: dark stone with warm rims."""
    surf = new_surface(480, 270)
    fill(surf, (0, 250, 480, 20), "violet_dark")
    dither(surf, (0, 250, 480, 3), "violet", "violet_dark", 8)
    fill(surf, (0, 250, 480, 1), "ember")
    baluster = ["..kvvk..", ".kvVVvk.", ".kvVVvk.", "..kvvk..", "...kk...", "..kvvk..",
                ".kvVVvk.", "kvVVVVsk", "kvVVVVsk", "kvVVVVsk", ".kvVVsk.", "..kvvk..",
                "...kk...", "..kvvk..", ".kvVvsk.", "kkkkkkkk"]
    for bx in range(4, 480, 14):
        paint_grid(surf, bx, 234, baluster, SHEET_KEY)
    fill(surf, (0, 226, 480, 8), "violet")
    fill(surf, (0, 226, 480, 1), "ember")
    fill(surf, (0, 227, 480, 1), "mauve")
    fill(surf, (0, 232, 480, 2), "shadow")
    fill(surf, (0, 233, 480, 1), "ink")
    for px in (0, 232, 464):
        fill(surf, (px, 214, 16, 36), "violet_dark")
        fill(surf, (px, 214, 16, 1), "ember")
        fill(surf, (px, 215, 1, 35), "mauve")
        fill(surf, (px + 15, 214, 1, 36), "ink")
        fill(surf, (px - 1, 212, 18, 3), "violet")
        fill(surf, (px - 1, 212, 18, 1), "orange")
    return surf
