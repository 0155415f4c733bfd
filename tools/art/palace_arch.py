"""Architecture of the palace tileset: wall caps, wall faces, windows, doors,
pillars, the dais and floor light. Used by `tools.art.tiles_palace`.

Walls are seen the JRPG way: a dark cap (the top of the wall, seen from above,
blue with a gold rim) and a two-tile face (red damask with a gold cornice above,
a gold chair rail, marble wainscot and a deep-blue baseboard below).
"""

from __future__ import annotations

import random

import pygame

from tools.art.palace_draw import (
    GOLD,
    MARBLE,
    bevel,
    cylinder,
    edge_bands,
    frame,
    hline,
    marble_slab,
    px,
    rect,
    shadow,
    sun_crest,
    vline,
)

RIM_OUT = "ink"


def wall_cap(s: pygame.Surface, ox: int, oy: int, rims: str, inner: str = "") -> None:
    """Top of a wall seen from above. `rims`: open sides among 'nsew';
    `inner`: inner corners among 'nw ne sw se' (space separated)."""
    rect(s, ox, oy, 16, 16, "blue_dark")
    for y in range(16):
        for x in range(16):
            if (x + 2 * y) % 8 == 0:
                px(s, ox + x, oy + y, "navy")
            elif (x - 2 * y) % 16 == 5:
                px(s, ox + x, oy + y, "blue")
    lit = {"n": "pale_gold", "w": "pale_gold", "s": "bronze", "e": "gold"}
    for side in "nswe":
        if side not in rims:
            continue
        seq = (RIM_OUT, lit[side], "blue")
        edge_bands(s, ox, oy, side, seq)
    # convex corners: round off the outline
    for a, b, sx, sy in (("n", "w", 0, 0), ("n", "e", 15, 0),
                         ("s", "w", 0, 15), ("s", "e", 15, 15)):
        if a in rims and b in rims:
            px(s, ox + sx, oy + sy, "ink")
            px(s, ox + (1 if sx == 0 else 14), oy + (1 if sy == 0 else 14), "ink")
    for corner in inner.split():
        sx = 0 if corner[1] == "w" else 13
        sy = 0 if corner[0] == "n" else 13
        rect(s, ox + sx, oy + sy, 3, 3, "blue")
        cx = ox + (0 if corner[1] == "w" else 15)
        cy = oy + (0 if corner[0] == "n" else 15)
        px(s, cx, cy, RIM_OUT)
        gx = cx + (1 if corner[1] == "w" else -1)
        gy = cy + (1 if corner[0] == "n" else -1)
        px(s, gx, cy, RIM_OUT)
        px(s, cx, gy, RIM_OUT)
        px(s, gx, gy, "gold")


def damask(s: pygame.Surface, ox: int, oy: int, y0: int, y1: int) -> None:
    """Red damask wall fabric between rows y0..y1 (period 8, seamless)."""
    rect(s, ox, oy + y0, 16, y1 - y0, "red_dark")
    for y in range(y0, y1):
        for x in range(16):
            u, v = x % 8, (y - 4) % 8
            if (u, v) in ((3, 1), (4, 1), (2, 2), (5, 2), (3, 3), (4, 3), (3, 5), (4, 5)):
                px(s, ox + x, oy + y, "red")
            elif (u, v) in ((3, 2), (4, 2)):
                px(s, ox + x, oy + y, "red_light")
            elif (u, v) in ((7, 5), (0, 6)):
                px(s, ox + x, oy + y, "blood")


def face_upper(s: pygame.Surface, ox: int, oy: int, end: str = "") -> None:
    damask(s, ox, oy, 0, 16)
    hline(s, ox, oy, 16, "pale_gold")
    hline(s, ox, oy + 1, 16, "gold")
    for x in range(16):
        px(s, ox + x, oy + 2, "pale_gold" if x % 4 == 1 else "bronze")
    hline(s, ox, oy + 3, 16, "brown_dark")
    for x in range(16):
        if x % 2 == 0:
            px(s, ox + x, oy + 4, "blood")
    _face_end(s, ox, oy, end, upper=True)


def face_lower(s: pygame.Surface, ox: int, oy: int, end: str = "") -> None:
    damask(s, ox, oy, 0, 2)
    hline(s, ox, oy + 2, 16, "pale_gold")
    hline(s, ox, oy + 3, 16, "gold")
    hline(s, ox, oy + 4, 16, "bronze")
    rect(s, ox, oy + 5, 16, 7, "marble")
    hline(s, ox, oy + 5, 16, "stone_light")
    bevel(s, ox + 2, oy + 6, 12, 5, "marble", "white", "stone_light", None)
    px(s, ox + 2, oy + 10, "white")
    px(s, ox + 13, oy + 6, "stone_light")
    vline(s, ox + 15, oy + 6, 6, "stone_light")
    vline(s, ox, oy + 6, 6, "white")
    hline(s, ox, oy + 12, 16, "gold")
    hline(s, ox, oy + 13, 16, "blue")
    hline(s, ox, oy + 14, 16, "blue_dark")
    hline(s, ox, oy + 15, 16, "navy")
    _face_end(s, ox, oy, end, upper=False)


def _face_end(s: pygame.Surface, ox: int, oy: int, end: str, upper: bool) -> None:
    """Shade the face where it meets a side wall (inner corner of a room)."""
    if end == "l":
        vline(s, ox, oy, 16, "ink")
        for y in range(16):
            if y % 2 == 0 or not upper:
                px(s, ox + 1, oy + y, "shadow" if upper else "violet_light")
        if upper:
            vline(s, ox + 1, oy + 4, 12, "blood")
    elif end == "r":
        vline(s, ox + 15, oy, 16, "ink")
        vline(s, ox + 14, oy, 16, "violet_dark" if upper else "stone_light")
        if upper:
            px(s, ox + 14, oy, "gold")


def floor_shadow(s: pygame.Surface, ox: int, oy: int, sides: str, rng: random.Random) -> None:
    """Marble floor with the wall's shadow falling on it (sides among 'nw')."""
    marble_slab(s, ox, oy, rng, 1)
    if "n" in sides:
        hline(s, ox, oy, 16, "violet_light")
        hline(s, ox, oy + 1, 16, "stone_light")
        for x in range(16):
            if x % 2 == 0:
                px(s, ox + x, oy + 2, "stone_light")
    if "w" in sides:
        vline(s, ox, oy, 16, "violet_light")
        vline(s, ox + 1, oy, 16, "stone_light")
        for y in range(16):
            if y % 2 == 0:
                px(s, ox + 2, oy + y, "stone_light")


def window(s: pygame.Surface, rng: random.Random, frame_no: int = 0) -> None:
    """A tall arched window (1x2) in the wall face, sunset glass, red drapes."""
    face_upper(s, 0, 0)
    face_lower(s, 0, 16)
    # recess and frame
    rect(s, 2, 5, 12, 23, "ink")
    rect(s, 3, 6, 10, 21, "bronze")
    sky = ("pale_gold", "gold", "orange", "ember")
    for y in range(7, 26):
        for x in range(4, 12):
            t = (y - 7) / 19
            c = sky[min(3, int((1 - t) * 2.6))]
            px(s, x, y, c)
    # arched top
    for x, y in ((3, 6), (12, 6), (4, 7), (11, 7), (3, 7), (12, 7)):
        px(s, x, y, "ink" if y == 6 else "bronze")
    px(s, 4, 7, "bronze")
    px(s, 11, 7, "bronze")
    # the red sun low in the glass
    for x, y in ((6, 22), (7, 22), (8, 22), (5, 23), (6, 23), (7, 23), (8, 23), (9, 23),
                 (5, 24), (6, 24), (7, 24), (8, 24), (9, 24)):
        px(s, x, y, "red_light" if y == 22 else "red")
    hline(s, 4, 25, 8, "violet")  # distant hills
    px(s, 10, 24, "violet")
    # mullions and highlight
    vline(s, 7, 8, 18, "bronze")
    vline(s, 8, 8, 18, "brown")
    hline(s, 4, 15, 8, "bronze")
    hline(s, 4, 16, 8, "brown")
    for k in range(4):
        px(s, 5 + k // 2, 12 - k, "white")
    # sill
    hline(s, 1, 27, 14, "white")
    hline(s, 1, 28, 14, "marble")
    hline(s, 1, 29, 14, "stone_light")
    px(s, 1, 29, "ink")
    px(s, 14, 29, "ink")
    # drapes
    for side in (0, 1):
        for y in range(4, 27):
            sway = 1 if 9 < y < 18 else 0
            for i, c in enumerate(("red_light", "red", "red_dark")):
                x = 1 + i + sway if side == 0 else 14 - i - sway
                px(s, x, y, c if side == 0 else ("red", "red_dark", "blood")[i])
        px(s, 2 if side == 0 else 13, 12, "gold")
        px(s, 3 if side == 0 else 12, 12, "pale_gold")
    hline(s, 0, 4, 16, "gold")
    hline(s, 0, 5, 16, "bronze")
    px(s, 0, 4, "pale_gold")
    px(s, 15, 4, "pale_gold")


def window_light(s: pygame.Surface, rng: random.Random, frame_no: int = 0) -> None:
    """2x2 floor tiles: warm light from a window falling down-right onto marble."""
    for ty in range(2):
        for tx in range(2):
            marble_slab(s, tx * 16, ty * 16, rng, rng.randrange(1, 3))
    for y in range(32):
        x0 = 3 + y // 2
        x1 = 13 + y // 2
        fade = y > 24
        for x in range(x0, min(32, x1 + 1)):
            c = tuple(s.get_at((x, y)))[:3]
            edge = x in (x0, x1)
            if edge or (fade and (x + y) % 2):
                if (x + y) % 2 == 0 and c != (0x9D, 0x98, 0xA8):
                    px(s, x, y, "white")
                continue
            if c == (0x9D, 0x98, 0xA8):
                px(s, x, y, "marble")
            elif (x + y) % 2 == 0 or c == (0xF4, 0xEF, 0xE6):
                px(s, x, y, "pale_gold")
            else:
                px(s, x, y, "white")
    # window mullion shadows in the pool of light
    for y in range(2, 30):
        px(s, 8 + y // 2, y, "marble")
    for x in range(5, 17):
        px(s, x + 4, 11, "marble")


def door(s: pygame.Surface, rng: random.Random, frame_no: int = 0,
         width: int = 1, is_open: bool = False) -> None:
    """A door in the wall face: `width` 1 (single) or 2 (grand double doors)."""
    w = 16 * width
    for tx in range(width):
        face_upper(s, tx * 16, 0)
        face_lower(s, tx * 16, 16)
    x0, x1 = (3, 12) if width == 1 else (4, 27)
    top = 7 if width == 1 else 6
    # frame (pilasters and lintel)
    rect(s, x0 - 2, top - 2, x1 - x0 + 5, 34 - top, "ink")
    rect(s, x0 - 1, top - 1, x1 - x0 + 3, 33 - top, "gold")
    vline(s, x0 - 1, top - 1, 33 - top, "pale_gold")
    vline(s, x1 + 1, top - 1, 33 - top, "bronze")
    hline(s, x0 - 1, top - 1, x1 - x0 + 3, "pale_gold")
    if width == 2:  # pediment with the crest
        rect(s, x0 - 3, 2, x1 - x0 + 7, 4, "ink")
        rect(s, x0 - 2, 2, x1 - x0 + 5, 3, "gold")
        hline(s, x0 - 2, 2, x1 - x0 + 5, "pale_gold")
        hline(s, x0 - 2, 4, x1 - x0 + 5, "bronze")
        sun_crest(s, w // 2, 3, 3)
    if is_open:
        rect(s, x0, top, x1 - x0 + 1, 32 - top, "ink")
        for y in range(top + 6, 32):
            for x in range(x0, x1 + 1):
                depth = (y - top - 6) / (26 - top)
                if ((x + y) % 2 == 0 and depth > 0.25) or depth > 0.6:
                    px(s, x, y, "shadow")
                if depth > 0.8 and (x + y) % 2 == 0:
                    px(s, x, y, "violet_dark")
        hline(s, x0, 31, x1 - x0 + 1, "violet")
        return
    leaves = ((x0, x1),) if width == 1 else ((x0, w // 2 - 1), (w // 2, x1))
    for i, (a, b) in enumerate(leaves):
        lw = b - a + 1
        wood = ("red", "red_light", "red_dark") if width == 2 else ("brown", "bronze",
                                                                     "brown_dark")
        bevel(s, a, top, lw, 32 - top - 1, wood[0], wood[1], wood[2], None)
        # raised panels
        for py, ph in ((top + 2, 9), (top + 13, 32 - top - 16)):
            frame(s, a + 2, py, lw - 4, ph, "gold" if width == 2 else "brown_dark")
            hline(s, a + 2, py, lw - 4, "pale_gold" if width == 2 else "bronze")
        if width == 2:
            sun_crest(s, b - 3 if i == 0 else a + 3, top + 11, 2, "red_dark")
        # handle
        hx = b - 1 if i == 0 else a + 1
        if width == 1:
            hx = b - 2
        px(s, hx, 19, "pale_gold")
        px(s, hx, 20, "gold")
        px(s, hx, 21, "bronze")
    if width == 2:
        vline(s, w // 2, top, 32 - top - 1, "ink")
        vline(s, w // 2 - 1, top, 32 - top - 1, "red_dark")
    hline(s, x0 - 1, 31, x1 - x0 + 3, "stone_light")


def pillar(s: pygame.Surface, rng: random.Random, frame_no: int = 0, part: str = "") -> None:
    """Marble column with gold capital and base. 1x2 (capital+shaft, shaft+base)
    or a single plain shaft piece (part='shaft') to make it taller."""
    h = s.get_height()
    cylinder(s, 3, 0, 10, h, MARBLE)
    for x in (5, 8, 11):  # flutes
        for y in range(h):
            if y % 3:
                px(s, x, y, "stone_light" if x > 5 else "marble")
    if part == "shaft":
        return
    # capital
    rect(s, 0, 0, 16, 6, "ink")
    cylinder(s, 1, 0, 14, 3, GOLD, None)
    hline(s, 1, 0, 14, "pale_gold")
    cylinder(s, 2, 3, 12, 2, GOLD, None)
    hline(s, 1, 5, 14, "ink")
    px(s, 0, 0, "ink")
    hline(s, 3, 6, 10, "violet_light")
    # base
    rect(s, 1, 25, 14, 7, "ink")
    cylinder(s, 2, 25, 12, 2, GOLD, None)
    cylinder(s, 2, 27, 12, 4, MARBLE, None)
    hline(s, 2, 27, 12, "white")
    hline(s, 2, 30, 12, "stone_light")
    shadow(s, 9, 28, 7, 4, 70)


def dais(s: pygame.Surface, ox: int, oy: int, part: str, carpet: bool) -> None:
    """One tile of a two-step royal dais (3x3 set). part is a compass position
    among 'nw n ne w c e sw s se'. The front (south) row shows both steps."""
    rect(s, ox, oy, 16, 16, "blue_dark")
    for y in range(16):
        for x in range(16):
            if (x % 8, y % 8) in ((0, 0), (4, 4)):
                px(s, ox + x, oy + y, "blue")
            elif (x % 8, y % 8) == (4, 0):
                px(s, ox + x, oy + y, "navy")
    if carpet:
        rect(s, ox + 3, oy, 10, 16, "red")
        vline(s, ox + 3, oy, 16, "gold")
        vline(s, ox + 12, oy, 16, "bronze")
        for y in range(0, 16, 4):
            px(s, ox + 7, oy + y, "red_light")
            px(s, ox + 8, oy + y + 2, "red_dark")
    if "n" in part:
        hline(s, ox, oy, 16, "ink")
        hline(s, ox, oy + 1, 16, "gold")
    if "s" in part:
        hline(s, ox, oy + 2, 16, "pale_gold")
        hline(s, ox, oy + 3, 16, "gold")
        hline(s, ox, oy + 4, 16, "bronze")
        for top, cols in ((5, ("white", "marble", "marble", "stone_light", "violet_light")),
                          (10, ("white", "marble", "marble", "stone_light", "violet_light"))):
            for i, c in enumerate(cols):
                hline(s, ox, oy + top + i, 16, c)
        hline(s, ox, oy + 15, 16, "violet")
        if carpet:
            for top in (5, 10):
                rect(s, ox + 3, oy + top, 10, 5, "red")
                hline(s, ox + 3, oy + top, 10, "red_light")
                hline(s, ox + 3, oy + top + 3, 10, "red_dark")
                hline(s, ox + 3, oy + top + 4, 10, "blood")
                vline(s, ox + 3, oy + top, 5, "gold")
                vline(s, ox + 12, oy + top, 5, "bronze")
    for side in ("w", "e"):
        if side not in part:
            continue
        x_out = ox if side == "w" else ox + 15
        step = 1 if side == "w" else -1
        lower = "white" if side == "w" else "stone_light"
        for i, c in enumerate(("marble", lower, "marble", lower, "gold")):
            vline(s, x_out + step * i, oy, 16, c)
        vline(s, x_out, oy, 16, "violet_light" if side == "e" else "stone_light")
        if "s" in part:
            for y in range(5, 16):
                for i in range(5):
                    if i < (2 if y >= 10 else 4):
                        px(s, x_out + step * i, oy + y, "violet_light")
        if "n" in part:
            px(s, x_out + step * 4, oy, "ink")
