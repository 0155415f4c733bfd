"""Armory, tech and cell props of the palace tileset (used by
`tools.art.tiles_palace`; storage, kitchen, lights and the arena are in
`tools.art.palace_household`). Same conventions as
`tools.art.palace_objects`: `fn(s, rng, frame_no)` draws a whole object.
"""

from __future__ import annotations

import math
import random

import pygame

from tools.art import palace_grids as pg
from tools.art.palace_draw import (
    GOLD,
    STEEL,
    STONE,
    WOOD,
    ball,
    bevel,
    cylinder,
    frame,
    grid,
    hline,
    px,
    rect,
    shadow,
    sun_crest,
    vline,
)

Surf = pygame.Surface
Rng = random.Random


def weapon_rack(s: Surf, rng: Rng, frame_no: int = 0) -> None:
    """An armory rack (2x2): spears, swords and a crest shield."""
    w, h = s.get_size()
    shadow(s, 1, h - 6, w - 1, 6, 80)
    for x in (2, w - 5):
        bevel(s, x, 2, 3, h - 4, "brown", "bronze", "brown_dark")
    for y in (7, h - 9):
        bevel(s, 1, y, w - 2, 3, "brown", "bronze", "brown_dark")
    for i, x in enumerate((7, 11, 20, 24)):
        spear = i % 2 == 0
        if spear:
            vline(s, x, 4, h - 8, "brown")
            vline(s, x + 1, 4, h - 8, "brown_dark")
            for k, c in enumerate(("white", "marble", "stone_light", "stone")):
                px(s, x, 0 + k, c)
                px(s, x + 1, 1 + k, "stone_light" if k < 3 else "stone")
            hline(s, x - 1, 4, 4, "gold")
        else:
            rect(s, x, 2, 2, 17, "marble")
            vline(s, x, 2, 17, "white")
            vline(s, x + 1, 3, 16, "stone_light")
            px(s, x, 1, "white")
            hline(s, x - 2, 19, 6, "gold")
            hline(s, x - 2, 20, 6, "bronze")
            rect(s, x, 21, 2, 4, "red_dark")
            ball(s, x + 1, 26, 1.5, 1.5, GOLD, None)
    # shield leaning in the middle
    ball(s, w / 2, h / 2 + 3, 5, 6, ("pale_gold", "gold", "bronze", "brown"))
    sun_crest(s, w // 2, h // 2 + 3, 3, "red_dark")


def mannequin(s: Surf, rng: Rng, frame_no: int = 0) -> None:
    """A suit of Daxamite armour on a stand (1x2)."""
    shadow(s, 2, 27, 13, 5, 90)
    rect(s, 4, 28, 8, 3, "ink")
    cylinder(s, 5, 28, 6, 2, WOOD[1:], None)
    vline(s, 7, 22, 6, "brown_dark")
    vline(s, 8, 22, 6, "brown")
    # legs (greaves)
    for x in (5, 9):
        rect(s, x - 1, 19, 4, 7, "ink")
        cylinder(s, x, 19, 2, 6, STEEL, None)
    # breastplate
    rect(s, 2, 8, 12, 12, "ink")
    cylinder(s, 3, 8, 10, 11, STEEL, None)
    hline(s, 3, 18, 10, "gold")
    sun_crest(s, 8, 12, 2, "navy")
    # pauldrons and arms
    for cx in (2.5, 13.5):
        ball(s, cx, 9.5, 2.5, 2.5, STEEL)
        px(s, int(cx), 8, "gold")
    vline(s, 1, 11, 7, "stone")
    vline(s, 14, 11, 7, "stone_dark")
    # red cape edge
    vline(s, 13, 13, 10, "red_dark")
    vline(s, 2, 13, 10, "red")
    grid(s, 3, 0, pg.HELM, pg.HELM_KEY)


def workbench(s: Surf, rng: Rng, frame_no: int = 0) -> None:
    """Winn's workbench (3x2): screens, tools, a half-built gauntlet."""
    w, h = s.get_size()
    shadow(s, 1, h - 6, w - 1, 6, 80)
    bevel(s, 0, 11, w, 15, "stone", "stone_light", "stone_dark")
    for y in range(13, 25, 3):
        hline(s, 2, y, w - 4, "stone_dark")
    bevel(s, 1, 25, w - 2, 4, "stone_dark", "stone", "violet_dark")
    for x in (2, w - 5):
        rect(s, x, 29, 3, 2, "stone_dark")
        frame(s, x - 1, 28, 5, 4, "ink")
    # two screens on stands
    for x0, sw in ((3, 18), (24, 16)):
        rect(s, x0 - 1, 0, sw + 2, 11, "ink")
        rect(s, x0, 1, sw, 9, "navy")
        for yy in range(2, 9, 2):
            ln = (yy * 7 + x0 + frame_no * 3) % (sw - 4) + 2
            hline(s, x0 + 1, yy, ln, "blue_light" if yy % 4 else "sky")
        px(s, x0 + sw - 3, 3, "ember")
        vline(s, x0 + sw // 2, 10, 2, "stone_dark")
    # gauntlet parts and tools
    ball(s, 12, 18, 4, 3, ("pale_gold", "gold", "bronze", "brown"))
    hline(s, 16, 18, 3, "ink")
    rect(s, 24, 15, 6, 2, "red")
    px(s, 24, 15, "red_light")
    hline(s, 31, 20, 8, "stone_light")
    px(s, 39, 20, "bronze")
    px(s, 39, 21, "bronze")
    for x, y, c in ((5, 21, "glow"), (6, 21, "sky"), (35, 15, "gold"), (20, 22, "ember")):
        px(s, x, y, c)
    rect(s, 41, 15, 4, 5, "blue")
    frame(s, 41, 15, 4, 5, "ink")
    px(s, 42, 16, "glow")


def suit_machine(s: Surf, rng: Rng, frame_no: int = 0) -> None:
    """The suit machine (2x3): a capsule with a glowing suit inside."""
    w, h = s.get_size()
    shadow(s, 1, h - 7, w - 1, 7, 90)
    rect(s, 2, 2, w - 4, h - 6, "ink")
    cylinder(s, 3, 3, w - 6, h - 8, STONE[1:])
    # dome top
    ball(s, w / 2, 6, w / 2 - 3, 5, STEEL)
    # glass
    rect(s, 7, 9, w - 14, h - 20, "navy")
    for y in range(9, h - 11):
        for x in range(7, w - 7):
            d = abs(x - w / 2 + 0.5) / (w / 2 - 7)
            if d < 0.35 or ((x + y) % 2 == 0 and d < 0.7):
                px(s, x, y, "blue")
    # the suit: red cape, blue body, crest
    rect(s, 12, 14, 8, 16, "blue_dark")
    rect(s, 13, 12, 6, 3, "skin_light")
    rect(s, 12, 14, 8, 2, "blue")
    rect(s, 11, 15, 1, 14, "red")
    rect(s, 20, 15, 1, 14, "red_dark")
    sun_crest(s, 16, 19, 2, "blue_dark")
    rect(s, 13, 30, 2, 5, "blue_dark")
    rect(s, 17, 30, 2, 5, "blue_dark")
    for x in range(7, w - 7, 2):
        px(s, x, 9, "glow")
        px(s, x + 1, h - 12, "sky")
    vline(s, 8, 10, 20, "glow")
    frame(s, 6, 8, w - 12, h - 18, "gold")
    # base with controls
    bevel(s, 2, h - 10, w - 4, 6, "stone_dark", "stone", "violet_dark")
    for i, c in enumerate(("ember", "gold", "leaf", "sky")):
        px(s, 6 + i * 3, h - 7, c)
    hline(s, 3, h - 10, w - 6, "gold")


def portal(s: Surf, rng: Rng, frame_no: int = 0) -> None:
    """The hidden transmatter portal (2x3): a stone and bronze ring with a
    swirling blue field. 4 frames."""
    w, h = s.get_size()
    cx, cy = w / 2, h / 2 - 1
    rx, ry = w / 2 - 1, h / 2 - 2
    shadow(s, 2, h - 5, w - 2, 5, 90)
    ball(s, cx, cy, rx, ry, STONE[1:], gloss=False)
    irx, iry = rx - 4, ry - 4
    ramp = ("glow", "sky", "blue_light", "blue", "blue_dark", "navy")
    for y in range(h):
        for x in range(w):
            nx = (x + 0.5 - cx) / irx
            ny = (y + 0.5 - cy) / iry
            d = math.hypot(nx, ny)
            if d > 1:
                if d <= (irx + 1.2) / irx and s.get_at((x, y)).a:
                    px(s, x, y, "ink")
                continue
            ang = math.atan2(ny, nx)
            v = math.sin(ang * 3 + d * 7 - frame_no * math.pi / 2) * 0.5 + 0.5
            t = d * 0.55 + v * 0.45
            t = min(0.999, t + (0.08 if (x + y + frame_no) % 2 else 0))
            px(s, x, y, ramp[int(t * len(ramp))])
            if d < 0.15:
                px(s, x, y, "glow")
    # bronze inlay and runes on the ring
    for k in range(12):
        a = k / 12 * 2 * math.pi
        x = int(cx + math.cos(a) * (rx - 2))
        y = int(cy + math.sin(a) * (ry - 2))
        lit = (k + frame_no) % 4 == 0
        px(s, x, y, "glow" if lit else "gold")
    # feet
    rect(s, 4, h - 6, w - 8, 4, "ink")
    bevel(s, 5, h - 6, w - 10, 3, "stone", "stone_light", "stone_dark", None)


def command_screen(s: Surf, rng: Rng, frame_no: int = 0) -> None:
    """A big command-centre wall screen (2x1) with a flickering map; 4 frames."""
    w, h = s.get_size()
    rect(s, 0, 0, w, h, "ink")
    bevel(s, 1, 1, w - 2, h - 2, "stone_dark", "stone", "violet_dark", None)
    on = frame_no != 2
    rect(s, 3, 2, w - 6, h - 5, "navy" if on else "blue_dark")
    if on:
        for x in range(4, w - 4, 5):
            vline(s, x, 3, h - 7, "blue_dark")
        # a coastline/map trace
        ys = (8, 7, 6, 7, 9, 9, 8, 6, 5, 5, 6, 8, 9, 8)
        for i, yy in enumerate(ys):
            hline(s, 4 + i * 2, yy, 2, "blue_light")
        bx = 6 + (frame_no * 7) % (w - 12)
        px(s, bx, 5, "ember")
        px(s, bx + 1, 5, "red_light")
        hline(s, 4, 11, 6 + frame_no * 3, "leaf")
        px(s, w - 6, 4, "gold" if frame_no % 2 else "orange")
        if frame_no == 3:
            hline(s, 3, 6, w - 6, "sky")
    else:
        for x in range(3, w - 3, 2):
            px(s, x, 7, "blue")
    hline(s, 2, h - 3, w - 4, "stone")
    for i, c in enumerate(("red", "gold", "leaf")):
        px(s, w - 10 + i * 3, h - 2, c)


def ff_console(s: Surf, rng: Rng, frame_no: int = 0) -> None:
    """Force-field console (1x1): a desk with a pulsing hologram; 3 frames."""
    shadow(s, 1, 12, 15, 4, 80)
    bevel(s, 1, 6, 14, 8, "stone_dark", "stone", "violet_dark")
    hline(s, 2, 7, 12, "stone_light")
    for i, c in enumerate(("red", "gold", "leaf", "sky")):
        px(s, 3 + i * 3, 10, c)
    ring = ("glow", "sky", "blue_light")[frame_no % 3]
    for y in range(0, 6):
        for x in range(4, 12):
            d = abs(x - 7.5) + abs(y - 2.5) * 1.3
            if d < 2.5 - frame_no * 0.3:
                px(s, x, y, "glow")
            elif d < 4.2 and (x + y + frame_no) % 2 == 0:
                px(s, x, y, ring)
    hline(s, 6, 5, 4, "sky")


def cell_glass(s: Surf, rng: Rng, frame_no: int = 0, post: bool = False) -> None:
    """The glass front of a cell (1x2, translucent); `post` adds a steel post."""
    h = s.get_height()
    rect(s, 0, 0, 16, h, "sky", 70)
    for y in range(h):
        for x in range(16):
            if (x - y // 2) % 11 == 0 or ((x - y // 2) % 11 == 1 and y % 3):
                px(s, x, y, "glow", 150)
    rect(s, 0, 0, 16, 3, "ink")
    hline(s, 0, 1, 16, "stone_light")
    hline(s, 0, h - 3, 16, "stone")
    hline(s, 0, h - 2, 16, "stone_dark")
    hline(s, 0, h - 1, 16, "ink")
    hline(s, 0, 3, 16, "blue_light")
    if post:
        rect(s, 5, 0, 6, h, "ink")
        cylinder(s, 6, 0, 4, h - 1, STEEL, None)
        for y in (6, 20):
            px(s, 7, y, "ember")
            px(s, 8, y, "red")
