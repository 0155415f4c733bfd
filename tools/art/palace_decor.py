"""Rugs, plants, vases, wall panels and banners of the palace tileset (used by
`tools.art.tiles_palace`); the furniture is in `tools.art.palace_objects`, with the
same conventions: `fn(s, rng, frame_no)` draws a whole object.
"""

from __future__ import annotations

import random

import pygame

from tools.art import palace_draw as pd
from tools.art import palace_grids as pg

Surf = pygame.Surface
Rng = random.Random


def rug(s: Surf, rng: Rng, frame_no: int = 0) -> None:
    """A deep-blue rug with gold border and the crest at its heart (3x2)."""
    w, h = s.get_size()
    pd.rect(s, 1, 1, w - 2, h - 2, "blue_dark")
    for y in range(1, h - 1):
        for x in range(1, w - 1):
            if (x + y) % 6 == 0 and (x - y) % 4 == 0:
                pd.px(s, x, y, "blue")
    pd.frame(s, 1, 1, w - 2, h - 2, "navy")
    pd.frame(s, 2, 2, w - 4, h - 4, "gold")
    pd.frame(s, 3, 3, w - 6, h - 6, "red_dark")
    for x in range(4, w - 4, 2):
        pd.px(s, x, 4, "bronze")
        pd.px(s, x + 1, h - 5, "bronze")
    pd.hline(s, 2, 2, w - 4, "pale_gold")
    for y in range(5, h - 5):  # diamond around the medallion
        half = (h // 2 - 5) - abs(y - h // 2 + 0.5) + 0.5
        span = int(half * 2.2)
        if span > 0:
            pd.hline(s, w // 2 - span, y, 2 * span, "blue")
            pd.px(s, w // 2 - span, y, "gold")
            pd.px(s, w // 2 + span - 1, y, "gold")
    pd.sun_crest(s, w // 2, h // 2, 6, "navy")
    for x in range(2, w - 2, 2):  # fringe
        pd.px(s, x, 0, "white")
        pd.px(s, x, h - 1, "marble")
    for y in (1, h - 2):
        pd.px(s, 1, y, "navy")


def plant(s: Surf, rng: Rng, frame_no: int = 0) -> None:
    """A potted palm in a gold-banded red urn (1x2)."""
    pd.shadow(s, 3, 27, 12, 5, 80)
    pd.grid(s, 0, 0, pg.PLANT, pg.LEAF_KEY)
    pd.ball(s, 8, 24, 5.5, 5, ("ember", "red_light", "red", "red_dark", "blood"))
    pd.rect(s, 3, 19, 10, 2, "gold")
    pd.hline(s, 3, 19, 10, "pale_gold")
    pd.frame(s, 2, 18, 12, 4, "ink")
    pd.rect(s, 3, 19, 10, 2, "gold")
    pd.hline(s, 3, 19, 6, "pale_gold")
    pd.hline(s, 4, 18, 8, "green_dark")
    pd.rect(s, 6, 28, 4, 2, "bronze")
    pd.frame(s, 5, 28, 6, 3, "ink")
    pd.hline(s, 6, 29, 4, "gold")


def vase(s: Surf, rng: Rng, frame_no: int = 0) -> None:
    """A blue and gold vase on a marble stand (1x2)."""
    pd.shadow(s, 3, 27, 12, 5, 80)
    # stand
    pd.rect(s, 3, 15, 10, 3, "ink")
    pd.cylinder(s, 4, 15, 8, 2, pd.MARBLE, None)
    pd.hline(s, 4, 15, 8, "white")
    pd.cylinder(s, 6, 18, 4, 9, pd.MARBLE)
    pd.rect(s, 3, 27, 10, 4, "ink")
    pd.cylinder(s, 4, 27, 8, 3, pd.MARBLE, None)
    pd.hline(s, 4, 27, 8, "white")
    # vase
    pd.ball(s, 8, 10, 5, 5, pd.BLUE[1:])
    pd.rect(s, 6, 1, 4, 5, "ink")
    pd.cylinder(s, 7, 1, 2, 4, pd.BLUE[2:], None)
    pd.hline(s, 5, 1, 6, "ink")
    pd.hline(s, 6, 2, 4, "gold")
    for x in range(4, 13):
        if 0 < x - 3 < 9:
            pd.px(s, x, 10, "gold" if x % 2 else "pale_gold")
    pd.px(s, 6, 8, "glow")
    pd.hline(s, 6, 14, 4, "ink")
    # lilies
    for x, y, c in ((6, 0, "white"), (9, 0, "white"), (8, 0, "leaf"), (5, 1, "marble")):
        pd.px(s, x, y, c)


def wall_panel(s: Surf, rng: Rng, frame_no: int = 0) -> None:
    """A tech screen set into the wall face (2x1 overlay), slow scanline."""
    w, h = s.get_size()
    pd.rect(s, 1, 1, w - 2, h - 2, "ink")
    pd.bevel(s, 2, 2, w - 4, h - 4, "stone_dark", "stone_light", "stone", None)
    pd.rect(s, 4, 4, w - 8, h - 8, "navy")
    for x in range(5, w - 5, 4):
        pd.vline(s, x, 5, h - 10, "blue_dark")
    for y in range(6, h - 5, 3):
        pd.hline(s, 5, y, w - 10, "blue_dark")
    # horizon and city towers glimpsed outside ("the walls become windows")
    for i, x in enumerate(range(6, w - 6, 3)):
        th = 2 + (i * 5 + 3) % 4
        pd.vline(s, x, h - 5 - th, th, "blue")
    scan = 5 + (frame_no * 2) % (h - 10)
    pd.hline(s, 5, scan, w - 10, "sky")
    pd.px(s, 7 + frame_no * 5, 6, "glow")
    pd.px(s, w - 6, h - 6, "ember" if frame_no % 2 else "red")
    pd.px(s, 5, 5, "blue_light")


def banner(s: Surf, rng: Rng, frame_no: int = 0, cloth: str = "blue") -> None:
    """A hanging banner (1x2 overlay) with the red-sun crest."""
    ramp = ("blue_light", "blue", "blue_dark", "navy") if cloth == "blue" else \
        ("red_light", "red", "red_dark", "blood")
    # rod
    pd.hline(s, 1, 3, 14, "ink")
    pd.hline(s, 1, 4, 14, "gold")
    pd.hline(s, 2, 3, 12, "pale_gold")
    pd.ball(s, 1.5, 4, 1.6, 1.6, pd.GOLD)
    pd.ball(s, 14.5, 4, 1.6, 1.6, pd.GOLD)
    for y in range(5, 30):
        for x in range(3, 13):
            if y > 26 and abs(x - 7.5) < (y - 25):  # swallowtail
                continue
            c = ramp[1]
            if x in (3, 4):
                c = ramp[0] if y % 6 else ramp[1]
            elif x in (11, 12):
                c = ramp[2] if x == 11 else ramp[3]
            elif x == 8 and y > 10:
                c = ramp[2]
            pd.px(s, x, y, c)
    for y in range(5, 30):
        for x in (2, 13):
            if s.get_at((x + (1 if x == 2 else -1), y)).a:
                pd.px(s, x, y, "ink")
    for x in range(3, 13):
        pd.px(s, x, 6, "gold")
    for y in range(22, 30):
        for x in range(3, 13):
            if s.get_at((x, y)).a and (y == 29 or not s.get_at((x, y + 1)).a):
                pd.px(s, x, y, "gold")
                if y + 1 < 32:
                    pd.px(s, x, y + 1, "ink")
    pd.sun_crest(s, 8, 14, 5, ramp[3] if cloth == "blue" else "navy")
    pd.vline(s, 7, 20, 2, "gold")
    pd.px(s, 7, 22, "pale_gold")
