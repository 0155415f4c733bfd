"""The slums' second sheet row: Oscar's one warm room (planks, board walls, the stove
of the kitchen corner, a table, a cot), the street's market stalls and bedrolls,
the pods queueing at the line, the temple steps, and the force field's flickering
hex mesh (an overlay image, not a tile). Kept apart from tiles_slums.py so that
neither file outgrows a screen of reading; the tiles are appended after the first
rows, so the old ids never move."""

from __future__ import annotations

import math
import random
from pathlib import Path

import pygame

from tools.art.outdoor_kit import (
    Grid,
    Sheet,
    T,
    canvas,
    dark,
    ellipse,
    light,
    line,
    outline,
    put,
    rect,
    shade,
)
from tools.art.palette import rgba
from tools.art.pixels import hex_nearest, new_surface, save_png


def planks(seed: int) -> Grid:
    """Worn floorboards running east-west, a knot here and there."""
    rng = random.Random(seed)
    g = canvas(T, T)
    for band in range(4):
        base = ("bronze", "brown")[(band + seed) % 2]
        rect(g, 0, band * 4, T, 4, base)
        rect(g, 0, band * 4 + 3, T, 1, "brown_dark")
        joint = (band * 7 + seed * 3) % T
        put(g, joint, band * 4, "brown_dark")
        put(g, joint, band * 4 + 1, "brown_dark")
        put(g, joint, band * 4 + 2, "brown_dark")
    for _ in range(3):
        x, y = rng.randrange(T), rng.randrange(T)
        if y % 4 != 3:
            put(g, x, y, "brown_dark")
    return g


def board_wall(face: bool, window: bool = False) -> Grid:
    """The room's walls: a dark top seen from above, or the south face of patched boards."""
    g = canvas(T, T)
    if not face:
        rect(g, 0, 0, T, T, "brown_dark")
        rect(g, 0, 6, T, 2, "brown")
        for x in range(1, T, 5):
            put(g, x, 3, "bronze")
        return g
    for x in range(T):
        c = ("brown", "bronze", "brown", "brown_dark")[(x // 4) % 4]
        for y in range(T):
            g[y][x] = c if x % 4 else "brown_dark"
    rect(g, 0, 0, T, 2, "bronze")
    rect(g, 0, 14, T, 2, "brown_dark")
    rect(g, 9, 9, 5, 4, "stone")
    rect(g, 9, 9, 5, 1, "stone_light")
    if window:
        rect(g, 3, 3, 10, 8, "ink")
        rect(g, 4, 4, 8, 6, "navy")
        rect(g, 4, 4, 8, 2, "violet")
        put(g, 6, 7, "red_light")
        put(g, 9, 6, "pale_gold")
        line(g, 8, 4, 8, 9, "brown_dark")
        rect(g, 2, 11, 12, 1, "bronze")
    return g


def stove() -> Grid:
    """The kitchen corner: an iron stove with a glowing grate and a dented pot."""
    g = canvas(T, T)
    rect(g, 2, 5, 12, 10, "stone_dark")
    rect(g, 2, 5, 12, 2, "stone")
    rect(g, 5, 9, 6, 4, "ink")
    rect(g, 6, 10, 4, 2, "ember")
    put(g, 7, 10, "gold")
    ellipse(g, 8, 4, 4, 2.5, "stone_light")
    ellipse(g, 8, 3.5, 3, 1.5, "stone")
    put(g, 12, 2, "marble")
    put(g, 13, 1, "marble")
    return outline(g)


def shelf() -> Grid:
    """A board on two pegs: bowls, a jar, a bundle of dried herbs."""
    g = canvas(T, T)
    rect(g, 1, 9, 14, 2, "bronze")
    rect(g, 1, 11, 14, 1, "brown_dark")
    ellipse(g, 4, 7.5, 2.5, 1.6, "sand")
    ellipse(g, 4, 7, 1.5, 0.8, "brown_dark")
    rect(g, 8, 4, 3, 5, "blue_light")
    rect(g, 8, 4, 3, 1, "stone_light")
    rect(g, 12, 3, 2, 6, "green")
    put(g, 12, 3, "leaf")
    for x in (3, 12):
        rect(g, x, 12, 1, 3, "brown_dark")
    return outline(g)


def table() -> Grid:
    """A scarred two-tile table: a bread loaf, two bowls, a candle stub."""
    g = canvas(2 * T, T)
    rect(g, 1, 2, 30, 9, "bronze")
    rect(g, 1, 2, 30, 1, "orange")
    rect(g, 1, 10, 30, 1, "brown_dark")
    for x in (2, 28):
        rect(g, x, 11, 2, 4, "brown")
    line(g, 4, 6, 12, 6, "brown")
    ellipse(g, 9, 6, 3, 2, "sand")
    ellipse(g, 9, 5.5, 2, 1, "pale_gold")
    for cx in (17, 24):
        ellipse(g, cx, 6, 2.5, 1.8, "stone_light")
        ellipse(g, cx, 6, 1.5, 1, "brown_dark")
    rect(g, 28, 3, 2, 3, "marble")
    put(g, 28, 2, "gold")
    return outline(g)


def stool() -> Grid:
    g = canvas(T, T)
    ellipse(g, 8, 8, 4.5, 3.5, "bronze")
    ellipse(g, 8, 7.5, 3.5, 2.5, "orange")
    for x in (5, 10):
        rect(g, x, 11, 1, 3, "brown_dark")
    return outline(g)


def cot() -> Grid:
    """A narrow cot along the wall, one patched blanket, one flat pillow."""
    g = canvas(T, 2 * T)
    rect(g, 2, 1, 12, 29, "brown")
    rect(g, 3, 2, 10, 6, "marble")
    rect(g, 3, 8, 10, 21, "red_dark")
    rect(g, 3, 8, 10, 2, "red")
    rect(g, 5, 15, 5, 4, "blue")
    rect(g, 8, 22, 4, 4, "gold")
    for y in (14, 20, 26):
        line(g, 3, y, 12, y, "blood")
    shade(g)
    return outline(g)


def rug() -> Grid:
    """A braided rag rug, the one bright thing in the room."""
    g = canvas(T, T)
    ellipse(g, 8, 8, 7.5, 6.5, "red")
    ellipse(g, 8, 8, 5.5, 4.5, "gold")
    ellipse(g, 8, 8, 3.5, 2.5, "blue")
    ellipse(g, 8, 8, 1.5, 1, "sand")
    return g


def lamp() -> Grid:
    g = canvas(T, T)
    rect(g, 6, 10, 4, 3, "bronze")
    ellipse(g, 8, 8, 2.5, 3, "pale_gold")
    put(g, 8, 6, "white")
    rect(g, 5, 13, 6, 1, "brown_dark")
    return outline(g)


def pod(colour: str) -> Grid:
    """A civilian pod seen from above: a rounded hull, a canopy, twin vents."""
    g = canvas(2 * T, 2 * T)
    ellipse(g, 16, 17, 14, 11, "shadow")
    ellipse(g, 16, 15, 14, 11, colour)
    ellipse(g, 16, 13, 12, 8, light(colour) or colour)
    ellipse(g, 16, 12, 7, 5, "navy")
    ellipse(g, 14, 10, 3, 2, "sky")
    for x in (6, 24):
        rect(g, x, 22, 3, 3, "stone_dark")
        put(g, x + 1, 23, "glow")
    line(g, 4, 15, 28, 15, dark(colour) or colour)
    return outline(g)


def stall() -> Grid:
    """A market stall: a striped awning (top row, drawn over heads) on a counter of
    fruit, roots and bread (bottom row, solid)."""
    g = canvas(2 * T, 2 * T)
    for x in (2, 28):
        rect(g, x, 6, 2, 24, "brown")
    for x in range(1, 31):
        c = "red" if (x // 4) % 2 else "sand"
        rect(g, x, 1, 1, 10, c)
        put(g, x, 11, dark(c) or c)
    rect(g, 1, 1, 30, 1, "pale_gold")
    rect(g, 1, 18, 30, 8, "bronze")
    rect(g, 1, 18, 30, 1, "orange")
    rect(g, 1, 26, 30, 4, "brown_dark")
    goods = [("red_light", 5), ("gold", 10), ("green", 15), ("sand", 21), ("violet_light", 26)]
    for c, x in goods:
        for dx in (-1, 1):
            ellipse(g, x + dx, 21, 1.6, 1.4, c)
        put(g, x, 20, light(c) or c)
    return outline(g)


def bedroll(seed: int) -> Grid:
    """A blanket on the dirt where someone sleeps outside."""
    g = canvas(T, T)
    c = ("blue", "red_dark", "violet")[seed % 3]
    rect(g, 1, 4, 14, 8, c)
    rect(g, 1, 4, 4, 8, "sand")
    for x in range(6, 15, 3):
        rect(g, x, 4, 1, 8, dark(c) or c)
    return outline(g)


def steps() -> Grid:
    """Worn stone steps up to the temple."""
    g = canvas(T, T)
    for i in range(3):
        y = i * 5 + 1
        rect(g, 0, y, T, 5, ("stone", "stone_light", "stone")[i])
        rect(g, 0, y + 4, T, 1, "stone_dark")
    put(g, 4, 8, "stone_dark")
    put(g, 11, 3, "stone_dark")
    return g


def add_all(s: Sheet) -> None:
    """Append the room, street and line tiles on a fresh row of the slums sheet."""
    s.newrow()
    s.add("plank_floor", planks(1))
    s.add("plank_floor_2", planks(2))
    s.add("board_wall_top", board_wall(False), solid=True)
    s.add("board_wall", board_wall(True), solid=True)
    s.add("board_wall_window", board_wall(True, window=True), solid=True)
    s.add("stove", stove(), solid=True, light="40,orange")
    s.add("kitchen_shelf", shelf(), solid=True)
    s.add_block("table", table(), lambda c, r: True)
    s.add("stool", stool())
    s.add("rug", rug())
    s.add("oil_lamp", lamp(), light="56,gold")
    s.add("steps", steps())
    for i in range(3):
        s.add(f"bedroll_{i + 1}", bedroll(i))
    s.newrow()
    s.add_block("cot", cot(), lambda c, r: True)
    s.add_block("pod_grey", pod("stone"), lambda c, r: True)
    s.add_block("pod_blue", pod("blue"), lambda c, r: True)
    s.add_block("pod_red", pod("red_dark"), lambda c, r: True)
    s.add_block("stall", stall(), lambda c, r: r == 1)


def field_overlay() -> pygame.Surface:
    """The force field as seen from the street: a faint hex mesh over the whole view,
    brighter in two slow bands that drift across it (the layer's `drift`), so the
    ceiling seems to flicker. Tiles seamlessly left to right (480 = 20 cells of 24)."""
    w, h = 480, 270
    s = new_surface(w, h)
    dx, dy = 24, 14
    for y in range(h):
        for x in range(w):
            near = hex_nearest(x, y, dx, dy, squash=1.2)
            if near[1] - near[0] >= 1.1:
                continue
            band = 0.5 + 0.5 * math.sin(2 * math.pi * (x / w * 2 + y / h * 0.7))
            alpha = 18 + int(62 * band ** 3)
            if (x * 7 + y * 13) % 29 == 0:
                continue  # a dropped pixel here and there: the field is failing
            s.set_at((x, y), rgba("glow" if band > 0.8 else "sky", alpha))
    return s


def save_overlay(root: Path) -> Path:
    return save_png(field_overlay(), root / "backdrops" / "slums" / "field.png")
