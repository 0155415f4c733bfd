"""Drawing primitives for the palace tileset (used by `tools.art.tiles_palace`).

Everything draws on a pygame surface in local pixel coordinates with palette
colour names only. Shading follows the house rule: light from the upper left,
shadows in the violet ramp, outlines in `ink`. Randomness comes only from the
`random.Random` passed in, so output is reproducible.
"""

from __future__ import annotations

import math
import random
from collections.abc import Sequence

import pygame

from tools.art.palette import rgba
from tools.art.pixels import paint_grid

# Shading ramps, light to dark.
MARBLE = ("white", "marble", "stone_light", "violet_light", "violet")
GOLD = ("pale_gold", "gold", "orange", "bronze", "brown")
RED = ("ember", "red_light", "red", "red_dark", "blood")
BLUE = ("glow", "sky", "blue_light", "blue", "blue_dark", "navy")
WOOD = ("orange", "bronze", "brown", "brown_dark", "shadow")
STONE = ("marble", "stone_light", "stone", "stone_dark", "violet_dark")
GREEN = ("leaf", "green_light", "green", "green_dark", "shadow")
STEEL = ("white", "marble", "stone_light", "stone", "stone_dark")
LIGHT = (-0.62, -0.78)  # direction the light comes from (upper left)


def px(s: pygame.Surface, x: int, y: int, c: str, a: int = 255) -> None:
    if 0 <= x < s.get_width() and 0 <= y < s.get_height():
        s.set_at((x, y), rgba(c, a))


def rect(s: pygame.Surface, x: int, y: int, w: int, h: int, c: str, a: int = 255) -> None:
    if w > 0 and h > 0:
        s.fill(rgba(c, a), pygame.Rect(x, y, w, h))


def hline(s: pygame.Surface, x: int, y: int, w: int, c: str) -> None:
    rect(s, x, y, w, 1, c)


def vline(s: pygame.Surface, x: int, y: int, h: int, c: str) -> None:
    rect(s, x, y, 1, h, c)


def frame(s: pygame.Surface, x: int, y: int, w: int, h: int, c: str) -> None:
    hline(s, x, y, w, c)
    hline(s, x, y + h - 1, w, c)
    vline(s, x, y, h, c)
    vline(s, x + w - 1, y, h, c)


def bevel(
    s: pygame.Surface, x: int, y: int, w: int, h: int,
    fill: str, light: str, dark: str, edge: str | None = "ink",
) -> None:
    """A filled box lit from the upper left, with an optional outline."""
    rect(s, x, y, w, h, fill)
    o = 0
    if edge:
        frame(s, x, y, w, h, edge)
        o = 1
    hline(s, x + o, y + o, w - 2 * o, light)
    vline(s, x + o, y + o, h - 2 * o, light)
    hline(s, x + o, y + h - 1 - o, w - 2 * o, dark)
    vline(s, x + w - 1 - o, y + o + 1, h - 2 * o - 1, dark)


def grid(s: pygame.Surface, x: int, y: int, rows: list[str], key: dict[str, str]) -> None:
    paint_grid(s, x, y, rows, key)


def dots(s: pygame.Surface, x: int, y: int, w: int, h: int, c: str, step: int = 2) -> None:
    """Checkerboard of `c` over a rectangle (a 50% dither)."""
    for yy in range(y, y + h):
        for xx in range(x, x + w):
            if (xx + yy) % step == 0:
                px(s, xx, yy, c)


def shadow(s: pygame.Surface, x: int, y: int, w: int, h: int, a: int = 80) -> None:
    """A soft contact shadow on the ground (ink with alpha), as an ellipse."""
    tmp = pygame.Surface((w, h), pygame.SRCALPHA, 32)
    tmp.fill((0, 0, 0, 0))
    pygame.draw.ellipse(tmp, rgba("ink", a), pygame.Rect(0, 0, w, h))
    for yy in range(h):
        for xx in range(w):
            if tmp.get_at((xx, yy)).a and s.get_at((x + xx, y + yy)).a == 0:
                px(s, x + xx, y + yy, "ink", a)


def ramp_at(ramp: tuple[str, ...], t: float) -> str:
    """Pick a ramp colour for brightness t in 0 (lit) .. 1 (dark)."""
    i = int(max(0.0, min(0.999, t)) * len(ramp))
    return ramp[i]


def ball(
    s: pygame.Surface, cx: float, cy: float, rx: float, ry: float,
    ramp: tuple[str, ...], edge: str | None = "ink", gloss: bool = True,
) -> None:
    """A shaded ellipsoid centred on (cx, cy), lit from the upper left."""
    inside = set()
    for y in range(int(cy - ry) - 1, int(cy + ry) + 2):
        for x in range(int(cx - rx) - 1, int(cx + rx) + 2):
            nx = (x + 0.5 - cx) / rx
            ny = (y + 0.5 - cy) / ry
            d = nx * nx + ny * ny
            if d <= 1.0:
                inside.add((x, y))
                nz = math.sqrt(1.0 - d)
                lum = -(nx * LIGHT[0] + ny * LIGHT[1]) * 0.55 + nz * 0.55
                t = 0.95 - lum
                if gloss and lum > 0.78:
                    t = 0.0
                px(s, x, y, ramp_at(ramp, t))
    if edge:
        w, h = s.get_size()
        for (x, y) in sorted(inside):
            for nx_, ny_ in ((x - 1, y), (x + 1, y), (x, y - 1), (x, y + 1)):
                if (nx_, ny_) not in inside and 0 <= nx_ < w and 0 <= ny_ < h:
                    px(s, nx_, ny_, edge)


def cylinder(
    s: pygame.Surface, x: int, y: int, w: int, h: int,
    ramp: tuple[str, ...], edge: str | None = "ink",
) -> None:
    """A vertical cylinder (pillar, barrel, vase neck): lit columns on the left."""
    for xx in range(w):
        u = (xx + 0.5) / w * 2 - 1  # -1..1
        nz = math.sqrt(max(0.0, 1 - u * u))
        lum = -u * LIGHT[0] * 0.6 + nz * 0.5
        c = ramp_at(ramp, 1.0 - lum)
        rect(s, x + xx, y, 1, h, c)
    if edge:
        vline(s, x - 1, y, h, edge)
        vline(s, x + w, y, h, edge)


def sun_crest(s: pygame.Surface, cx: int, cy: int, r: int, ground: str = "navy") -> None:
    """The crest of the House of Daxam: a red sun inside a gold ring.

    (cx, cy) is the centre pixel; r is the outer radius of the ring (3..8).
    """
    ring_w = 1 if r <= 4 else 2
    sun_r = max(1.2, r - ring_w - (1.2 if r > 4 else 0.7))
    for y in range(cy - r - 1, cy + r + 2):
        for x in range(cx - r - 1, cx + r + 2):
            dx, dy = x - cx, y - cy
            d = math.hypot(dx, dy)
            lit = -(dx * LIGHT[0] + dy * LIGHT[1]) / max(d, 0.01)
            if d <= r + 0.45:
                if d > r - ring_w + 0.45:
                    c = "pale_gold" if lit > 0.55 else "gold" if lit > -0.35 else "bronze"
                    px(s, x, y, c)
                elif d <= sun_r + 0.3:
                    if d < sun_r * 0.45 and lit >= 0:
                        c = "ember"
                    elif lit > 0.3:
                        c = "red_light"
                    elif lit > -0.5 or d < sun_r * 0.5:
                        c = "red"
                    else:
                        c = "red_dark"
                    px(s, x, y, c)
                else:
                    px(s, x, y, ground)
            elif d <= r + 1.3 and r >= 5:
                px(s, x, y, "ink")


def marble_slab(s: pygame.Surface, ox: int, oy: int, rng: random.Random, veins: int) -> None:
    """One 16x16 polished marble slab: tiles seamlessly with itself and its variants."""
    rect(s, ox, oy, 16, 16, "marble")
    # soft cloudy texture: small warm-white drifts
    for _ in range(3):
        cx, cy = rng.randrange(2, 12), rng.randrange(3, 13)
        for k in range(rng.randrange(3, 6)):
            px(s, ox + cx + k, oy + cy - k // 2, "white")
    # veins: long, faint, broken diagonals across the slab
    for _ in range(veins):
        x, y = 1, rng.randrange(1, 9)
        slope = rng.choice((2, 3))
        while x <= 14 and y <= 14:
            if rng.random() < 0.75:
                px(s, ox + x, oy + y, "stone_light")
            elif rng.random() < 0.5:
                px(s, ox + x, oy + y, "white")
            x += 1
            if x % slope == 0:
                y += 1
    # a rare fleck of mauve
    if veins > 1:
        px(s, ox + rng.randrange(2, 14), oy + rng.randrange(2, 14), "mauve")
    # grout on the bottom/right (the neighbour's edge), a glint at the top left
    hline(s, ox, oy + 15, 16, "stone_light")
    vline(s, ox + 15, oy, 16, "stone_light")
    px(s, ox + 15, oy + 15, "violet_light")
    hline(s, ox, oy, 5, "white")
    vline(s, ox, oy, 4, "white")
    px(s, ox + 14, oy + 14, "stone_light")


def checker(s: pygame.Surface, ox: int, oy: int, rng: random.Random, dark: str) -> None:
    """Checkered marble: 8x8 squares of white marble and a polished dark stone."""
    dark_ramp = {"blue_dark": ("blue", "blue_dark", "navy"),
                 "red_dark": ("red", "red_dark", "blood")}[dark]
    for qy in range(2):
        for qx in range(2):
            x0, y0 = ox + qx * 8, oy + qy * 8
            if (qx + qy) % 2 == 0:
                rect(s, x0, y0, 8, 8, "marble")
                hline(s, x0, y0, 7, "white")
                vline(s, x0, y0, 7, "white")
                hline(s, x0 + 1, y0 + 7, 7, "stone_light")
                vline(s, x0 + 7, y0 + 1, 7, "stone_light")
                for _ in range(3):
                    px(s, x0 + rng.randrange(1, 7), y0 + rng.randrange(1, 7), "white")
                px(s, x0 + rng.randrange(2, 6), y0 + rng.randrange(2, 6), "stone_light")
            else:
                rect(s, x0, y0, 8, 8, dark_ramp[1])
                hline(s, x0, y0, 7, dark_ramp[0])
                vline(s, x0, y0, 7, dark_ramp[0])
                hline(s, x0 + 1, y0 + 7, 7, dark_ramp[2])
                vline(s, x0 + 7, y0 + 1, 7, dark_ramp[2])
                px(s, x0 + 1, y0 + 1, dark_ramp[0])
                px(s, x0 + 2, y0 + 1, dark_ramp[0])


def edge_bands(s: pygame.Surface, ox: int, oy: int, side: str, seq: Sequence[str]) -> None:
    """Bands along one side ("n", "s", "w" or "e") of the tile at (ox, oy), the first
    colour outermost."""
    for i, c in enumerate(seq):
        if side == "n":
            hline(s, ox, oy + i, 16, c)
        elif side == "s":
            hline(s, ox, oy + 15 - i, 16, c)
        elif side == "w":
            vline(s, ox + i, oy, 16, c)
        else:
            vline(s, ox + 15 - i, oy, 16, c)


def carpet(
    s: pygame.Surface, ox: int, oy: int, edges: str, trim: str, rng: random.Random
) -> None:
    """A 16x16 carpet piece. `edges` holds the open sides among 'nsew';
    `trim` is 'gold' (gold-trimmed) or 'red' (plain red with a dark border)."""
    rect(s, ox, oy, 16, 16, "red")
    # woven lattice of small diamonds, period 8 so the centre tiles seamlessly
    for y in range(16):
        for x in range(16):
            u, v = x % 8, y % 8
            if abs(u - 4) + abs(v - 4) == 3:
                px(s, ox + x, oy + y, "red_dark")
            elif (u, v) == (4, 4):
                px(s, ox + x, oy + y, "gold" if trim == "gold" else "red_light")
            elif (u + v) % 8 == 0 and u in (0, 1):
                px(s, ox + x, oy + y, "red_light")
    # pile texture
    for _ in range(6):
        px(s, ox + rng.randrange(16), oy + rng.randrange(16), "red_light")
    if trim == "gold":
        bands = ("blood", "gold", "pale_gold", "red_dark", "gold", "red_dark")
        bands_dark = ("blood", "bronze", "gold", "red_dark", "bronze", "red_dark")
    else:
        bands = ("blood", "red_dark", "red_dark", "red_light", "red_dark")
        bands_dark = ("blood", "blood", "red_dark", "red", "red_dark")
    for side in "nwse":
        if side not in edges:
            continue
        seq = bands if side in "nw" else bands_dark
        edge_bands(s, ox, oy, side, seq)
    # re-square the corners so crossing bands meet in a mitre
    n = len(bands)
    for a in range(n):
        for b in range(n):
            i = min(a, b)
            if "n" in edges and "w" in edges:
                px(s, ox + a, oy + b, bands[i])
            if "n" in edges and "e" in edges:
                px(s, ox + 15 - a, oy + b, (bands if b < a else bands_dark)[i])
            if "s" in edges and "w" in edges:
                px(s, ox + a, oy + 15 - b, (bands if a < b else bands_dark)[i])
            if "s" in edges and "e" in edges:
                px(s, ox + 15 - a, oy + 15 - b, bands_dark[i])


def sand(s: pygame.Surface, ox: int, oy: int, rng: random.Random, pebbles: int) -> None:
    """Raked arena sand, seamless."""
    rect(s, ox, oy, 16, 16, "sand")
    for y in range(16):
        for x in range(16):
            r = rng.random()
            if r < 0.10:
                px(s, ox + x, oy + y, "dirt")
            elif r < 0.16:
                px(s, ox + x, oy + y, "pale_gold")
            elif r < 0.19:
                px(s, ox + x, oy + y, "orange")
    for _ in range(pebbles):
        x, y = rng.randrange(1, 14), rng.randrange(1, 14)
        px(s, ox + x, oy + y, "stone_light")
        px(s, ox + x + 1, oy + y, "stone")
        px(s, ox + x, oy + y + 1, "dirt")
        px(s, ox + x + 1, oy + y + 1, "brown")


def flagstone(s: pygame.Surface, ox: int, oy: int, rng: random.Random, split: int) -> None:
    """Dark dungeon flagstones (lower cells, armory), two slabs per tile, seamless."""
    rect(s, ox, oy, 16, 16, "stone_dark")
    for top, h in ((0, split), (split, 16 - split)):
        hline(s, ox, oy + top, 15, "stone")
        hline(s, ox, oy + top + h - 1, 16, "violet_dark")
    vline(s, ox + 15, oy, 16, "violet_dark")
    vline(s, ox + 7, oy + split, 16 - split, "violet_dark")
    vline(s, ox, oy, split, "stone")
    vline(s, ox + 8, oy + split + 1, 14 - split, "stone")
    for _ in range(10):
        px(s, ox + rng.randrange(1, 15), oy + rng.randrange(1, 15),
           rng.choice(("stone", "violet_dark", "violet_dark")))
