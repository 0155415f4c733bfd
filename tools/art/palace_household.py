"""Storage, kitchen, lights, arena tiers and fountain of the palace tileset (used by
`tools.art.tiles_palace`). Same conventions as `tools.art.palace_objects`:
`fn(s, rng, frame_no)` draws a whole object.
"""

from __future__ import annotations

import math
import random

import pygame

from tools.art import palace_draw as pd
from tools.art import palace_grids as pg

Surf = pygame.Surface
Rng = random.Random


def crate(s: Surf, rng: Rng, frame_no: int = 0, crest: bool = False) -> None:
    h = s.get_height()
    pd.shadow(s, 2, h - 5, 14, 5, 80)
    for y0 in range(0, h, 16):
        pd.bevel(s, 1, y0 + 1, 14, 14, "bronze", "orange", "brown")
        pd.frame(s, 3, y0 + 3, 10, 10, "brown")
        if crest and y0 == h - 16:
            pd.sun_crest(s, 8, y0 + 8, 3, "brown")
        else:
            for k in range(8):
                pd.px(s, 4 + k, y0 + 4 + k, "brown")
                if k < 7:
                    pd.px(s, 4 + k, y0 + 5 + k, "brown_dark")
        pd.hline(s, 2, y0 + 2, 12, "pale_gold")
        for x, y in ((2, 2), (13, 2), (2, 13), (13, 13)):
            pd.px(s, x, y0 + y, "stone_light")


def barrel(s: Surf, rng: Rng, frame_no: int = 0) -> None:
    pd.shadow(s, 2, 11, 14, 5, 80)
    pd.rect(s, 2, 3, 12, 11, "ink")
    pd.cylinder(s, 3, 3, 10, 10, pd.WOOD[1:], None)
    for y in (5, 10):
        pd.hline(s, 3, y, 10, "stone")
        pd.px(s, 4, y, "stone_light")
    pd.ball(s, 8, 3.5, 5.5, 2.5, ("bronze", "brown", "brown_dark"), "ink", gloss=False)
    pd.hline(s, 5, 3, 6, "brown")
    pd.px(s, 8, 3, "brown_dark")
    for x in range(4, 12, 3):
        pd.vline(s, x, 6, 4, "brown_dark")


def stove(s: Surf, rng: Rng, frame_no: int = 0) -> None:
    """A kitchen range (2x1): iron top with pots, glowing firebox."""
    w, h = s.get_size()
    pd.bevel(s, 0, 0, w, h, "stone_dark", "stone", "violet_dark")
    pd.rect(s, 2, 10, w - 4, 5, "ink")
    for x in range(3, w - 3):
        pd.px(s, x, 11 + (x + frame_no) % 2, "ember" if x % 3 else "gold")
        pd.px(s, x, 13, "red_dark" if x % 2 else "red")
    pd.ball(s, 8, 5, 5, 4, pd.STEEL)
    pd.ball(s, 8, 4.5, 3, 2, ("blue_light", "blue", "blue_dark"), None)
    pd.ball(s, 23, 5, 5, 4, ("orange", "bronze", "brown", "brown_dark"))
    pd.px(s, 22, 2, "pale_gold")
    pd.hline(s, 27, 3, 4, "ink")


def counter(s: Surf, rng: Rng, frame_no: int = 0, end: str = "") -> None:
    """Kitchen counter with a marble top; `end` 'l' or 'r' closes a side."""
    pd.rect(s, 0, 0, 16, 16, "brown")
    pd.rect(s, 0, 0, 16, 7, "marble")
    pd.hline(s, 0, 0, 16, "ink")
    pd.hline(s, 0, 1, 16, "white")
    pd.hline(s, 0, 6, 16, "stone_light")
    pd.hline(s, 0, 7, 16, "ink")
    pd.frame(s, 2, 9, 12, 5, "brown_dark")
    pd.hline(s, 3, 9, 10, "bronze")
    pd.px(s, 8, 11, "gold")
    pd.hline(s, 0, 15, 16, "ink")
    pd.hline(s, 0, 14, 16, "brown_dark")
    for x, y in ((4, 3), (11, 4)):
        pd.px(s, x, y, "stone_light")
    if end == "l":
        pd.vline(s, 0, 0, 16, "ink")
        pd.vline(s, 1, 1, 14, "bronze")
        pd.vline(s, 1, 1, 6, "white")
    if end == "r":
        pd.vline(s, 15, 0, 16, "ink")
        pd.vline(s, 14, 1, 14, "brown_dark")
        pd.vline(s, 14, 1, 6, "stone_light")
    # a loaf or a bowl
    if end == "r":
        pd.ball(s, 9, 3.5, 3, 2, ("pale_gold", "sand", "orange", "bronze"))


def jar_shelf(s: Surf, rng: Rng, frame_no: int = 0) -> None:
    """Wall shelves with jars (1x2 overlay)."""
    for y0 in (4, 19):
        pd.grid(s, 0, y0, pg.JARS, pg.JAR_KEY)
        pd.rect(s, 0, y0 + 7, 16, 2, "bronze")
        pd.hline(s, 0, y0 + 7, 16, "orange")
        pd.hline(s, 0, y0 + 9, 16, "ink")
        for x in (1, 14):
            pd.px(s, x, y0 + 10, "brown")


def tray(s: Surf, rng: Rng, frame_no: int = 0) -> None:
    pd.grid(s, 0, 3, pg.TRAY, pg.TRAY_KEY)


def sconce(s: Surf, rng: Rng, frame_no: int = 0) -> None:
    """A gold wall sconce with an animated flame (overlay on a wall face)."""
    for y in range(0, 12):
        for x in range(2, 14):
            d = ((x - 7.5) ** 2 + (y - 3.5) ** 2 * 0.8) ** 0.5
            if d < 6.2:
                pd.px(s, x, y, "gold", 40 if d > 4 else 70)
    pd.grid(s, 0, 6, pg.SCONCE, pg.SCONCE_KEY)
    pd.grid(s, 5, -1, pg.FLAMES[frame_no % 4], pg.FLAME_KEY)


def chandelier(s: Surf, rng: Rng, frame_no: int = 0) -> None:
    """A crystal-and-gold chandelier hanging over the room (2x2): a chain up out of
    the picture, a lit ring of candles seen a little from above, crystal drops under
    it (drawn as rings on the floor it read as a carpet medallion; issue 12)."""
    c = s.get_width() // 2
    pd.shadow(s, 8, 26, 17, 6, 60)  # its shadow on the floor far below: it hangs
    for y in range(0, 9):  # the chain, link by link
        pd.px(s, c - 1, y, "ink")
        pd.px(s, c, y, "gold" if y % 3 else "pale_gold")
        pd.px(s, c + 1, y, "bronze" if y % 3 == 1 else "ink")
    pd.ball(s, c + 0.5, 9.5, 2.5, 1.8, ("pale_gold", "gold", "bronze"))
    pd.ball(s, c + 0.5, 12.5, 6.5, 2.2, ("pale_gold", "gold", "bronze"))  # upper tier
    pd.ball(s, c + 0.5, 19, 3.2, 4.2, ("white", "glow", "sky", "blue_light"))  # crystal heart
    lights = [(c + 0.5 + math.cos(a) * 12.5, 17.5 + math.sin(a) * 4.2)
              for a in (k / 8 * 2 * math.pi + 0.4 for k in range(8))]
    back = [p for p in lights if p[1] < 17.5]
    front = [p for p in lights if p[1] >= 17.5]
    for x, y in back:
        _candle(s, int(x), int(y))
    for k in range(40):  # the ring of arms, seen from a little above
        a = k / 40 * 2 * math.pi
        x, y = c + 0.5 + math.cos(a) * 12.5, 17.5 + math.sin(a) * 4.2
        pd.px(s, int(x), int(y) - 1, "ink" if math.sin(a) < 0 else "pale_gold")
        pd.px(s, int(x), int(y), "gold" if math.sin(a) < 0.3 else "bronze")
        pd.px(s, int(x), int(y) + 1, "bronze")
        pd.px(s, int(x), int(y) + 2, "ink" if math.sin(a) > 0 else "bronze")
    for x, y in front:
        _candle(s, int(x), int(y))
    for k in range(10):  # crystal drops under the front of the ring
        a = (k + 0.5) / 10 * math.pi
        x, y = int(c + 0.5 + math.cos(a) * 11), int(19.5 + math.sin(a) * 4)
        length = 2 + (k % 3)
        for d in range(length):
            pd.px(s, x, y + d, "white" if d == length - 1 else "sky")
    for y, col in ((24, "glow"), (25, "white"), (26, "sky"), (27, "white")):  # the finial
        pd.px(s, c, y, col)


def _candle(s: Surf, x: int, y: int) -> None:
    """One lit candle standing on the chandelier's ring at (x, y)."""
    pd.hline(s, x - 1, y - 1, 3, "bronze")  # the cup
    pd.vline(s, x, y - 4, 3, "white")
    pd.vline(s, x - 1, y - 4, 3, "marble")
    pd.px(s, x, y - 5, "gold")
    pd.px(s, x, y - 6, "ember")


def floor_lamp(s: Surf, rng: Rng, frame_no: int = 0) -> None:
    """A tall gold floor lamp with a glowing globe (1x2)."""
    pd.shadow(s, 3, 27, 12, 5, 80)
    pd.ball(s, 8, 6, 5, 5, ("white", "pale_gold", "gold", "orange"))
    pd.px(s, 6, 4, "white")
    pd.rect(s, 5, 11, 6, 2, "ink")
    pd.hline(s, 6, 11, 4, "gold")
    pd.vline(s, 7, 12, 16, "gold")
    pd.vline(s, 8, 12, 16, "bronze")
    pd.vline(s, 6, 12, 16, "ink")
    pd.vline(s, 9, 12, 16, "ink")
    pd.ball(s, 8, 29, 4.5, 2, pd.GOLD)


def tier(s: Surf, ox: int, oy: int, end: str, cushion: bool) -> None:
    """Arena stone tier seen from above: a bench tread and its riser (seamless
    vertically). `end` 'l' / 'r' caps the row; cushions for the nobles."""
    pd.rect(s, ox, oy, 16, 16, "stone")
    pd.rect(s, ox, oy, 16, 9, "stone_light")
    pd.hline(s, ox, oy, 16, "marble")
    pd.hline(s, ox, oy + 8, 16, "stone")
    pd.rect(s, ox, oy + 9, 16, 6, "stone_dark")
    pd.hline(s, ox, oy + 9, 16, "stone")
    pd.hline(s, ox, oy + 15, 16, "violet_dark")
    for x in range(0, 16, 8):
        pd.vline(s, ox + x + 3, oy + 10, 5, "violet_dark")
    for x, y in ((5, 3), (12, 6), (2, 5), (9, 2)):
        pd.px(s, ox + x, oy + y, "marble" if y % 2 else "stone")
    if cushion:
        pd.bevel(s, ox + 2, oy + 2, 12, 5, "red", "red_light", "red_dark")
        pd.px(s, ox + 3, oy + 3, "gold")
        pd.px(s, ox + 12, oy + 3, "gold")
    if end == "l":
        pd.rect(s, ox, oy, 3, 16, "stone_dark")
        pd.vline(s, ox, oy, 16, "ink")
        pd.vline(s, ox + 1, oy, 16, "stone")
    if end == "r":
        pd.rect(s, ox + 13, oy, 3, 16, "stone_dark")
        pd.vline(s, ox + 15, oy, 16, "ink")
        pd.vline(s, ox + 13, oy, 16, "violet_dark")


def fountain(s: Surf, rng: Rng, frame_no: int = 0) -> None:
    """A round marble fountain (3x3) with a gold spout; 3 frames of water."""
    w, h = s.get_size()
    c = w / 2
    pd.shadow(s, 4, h - 10, w - 4, 10, 90)
    pd.ball(s, c, c + 1, 23, 21, pd.MARBLE, gloss=False)
    pd.ball(s, c, c + 0.5, 20, 18, ("marble", "stone_light"), "violet_light", gloss=False)
    ramp = ("glow", "sky", "blue_light", "blue", "blue_dark")
    for y in range(h):
        for x in range(w):
            nx, ny = (x + 0.5 - c) / 18, (y + 0.5 - c - 1) / 16
            d = math.hypot(nx, ny)
            if d > 1:
                continue
            wave = math.sin(d * 14 - frame_no * 2.1) * 0.5 + 0.5
            t = 0.35 + wave * 0.35 + (0.2 if ny < -0.6 else 0) - (0.15 if nx < -0.4 else 0)
            if (x + y) % 2 and wave > 0.9:
                t = 0.1
            pd.px(s, x, y, ramp[min(4, max(0, int(t * 5)))])
    # upper bowl and spout
    pd.ball(s, c, c - 2, 8, 6, pd.MARBLE)
    pd.ball(s, c, c - 2.5, 6, 4, ("sky", "blue_light", "blue"), None)
    pd.cylinder(s, int(c) - 1, int(c) - 12, 2, 9, pd.GOLD)
    pd.ball(s, c, c - 13, 2.2, 2.2, pd.GOLD)
    # the jet: droplets arcing out, shifting with the frame
    for k in range(6):
        a = k / 6 * 2 * math.pi + frame_no * 0.35
        rr = 4 + (frame_no + k) % 3
        x = c + math.cos(a) * rr
        y = c - 2 + math.sin(a) * rr * 0.7
        pd.px(s, int(x), int(y), "white")
    for k in range(3):
        pd.px(s, int(c) - 1 + (k + frame_no) % 3, int(c) - 15 - k, "glow")
