"""Kara's balcony: marble floor, the railing along the south edge (gaps show the
parallax view), potted plants, the dinner table for two, chairs, the firefly box,
the palace wall with its doorway and sconces. Writes tilesets/balcony.png + .tsx."""

from __future__ import annotations

import random
from pathlib import Path

from tools.art.outdoor_kit import (
    Grid,
    Sheet,
    T,
    canvas,
    ellipse,
    light,
    line,
    outline,
    put,
    rect,
    stamp,
)


def floor(seed: int, inlay: str | None = None) -> Grid:
    """Marble slabs, 8 px, staggered; veins and chips from a seeded random."""
    rng = random.Random(seed)
    g = canvas(T, T)
    for y in range(T):
        for x in range(T):
            sx = (x + (8 if (y // 8) % 2 else 0)) % 16
            sy = y % 8
            if sy == 7 or sx == 15:
                c = "stone_light"
            elif sy == 0 and sx % 3 != 2:
                c = "white"
            else:
                c = "marble"
            g[y][x] = c
    for _ in range(2):
        x, y = rng.randrange(1, 14), rng.randrange(1, 14)
        for _ in range(rng.randrange(2, 5)):
            if g[y][x] == "marble":
                g[y][x] = "stone_light"
            x, y = x + rng.choice((0, 1)), y + 1
            if x > 15 or y > 15:
                break
    if inlay:
        rect(g, 0, 7, T, 2, inlay)
        rect(g, 0, 7, T, 1, light(inlay))
        for x in range(2, T, 8):
            stamp(g, x, 5, ["..g..", ".grg.", "grRrg", ".grg.", "..g.."],
                  {"g": "gold", "r": "red", "R": "ember"})
    return g


def railing(kind: str) -> Grid:
    """South railing seen from the balcony: marble cap, balusters, gaps to the sky."""
    g = canvas(T, T)
    if kind in ("h", "post"):
        rect(g, 0, 2, T, 3, "marble")
        rect(g, 0, 2, T, 1, "white")
        rect(g, 0, 5, T, 1, "stone")
        for bx in (2, 7, 12):
            stamp(g, bx, 6, [".mm.", "mwms", ".ms.", ".ms.", "mwms", "mmss", ".ms."],
                  {"m": "marble", "w": "white", "s": "stone_light"})
        rect(g, 0, 13, T, 3, "stone_light")
        rect(g, 0, 13, T, 1, "marble")
        rect(g, 0, 15, T, 1, "stone")
        rect(g, 0, 14, T, 1, "gold")
        if kind == "post":
            rect(g, 4, 0, 8, 16, "marble")
            rect(g, 4, 0, 2, 16, "white")
            rect(g, 10, 0, 2, 16, "stone_light")
            rect(g, 3, 0, 10, 3, "white")
            rect(g, 5, 6, 6, 4, "gold")
            put(g, 7, 7, "pale_gold")
            put(g, 8, 8, "red")
    else:
        x0 = 5
        rect(g, x0, 0, 5, T, "marble")
        rect(g, x0, 0, 1, T, "white")
        rect(g, x0 + 4, 0, 1, T, "stone_light")
        for y in range(3, T, 6):
            rect(g, x0 + 1, y, 3, 1, "stone_light")
        rect(g, x0 + 2, 0, 1, T, "gold")
        if kind in ("corner_l", "corner_r"):
            g = canvas(T, T)
            rect(g, 4, 0, 8, 16, "marble")
            rect(g, 4, 0, 2, 16, "white")
            rect(g, 10, 0, 2, 16, "stone_light")
            rect(g, 3, 0, 10, 3, "white")
            lo, hi = (0, 4) if kind == "corner_r" else (12, 16)
            rect(g, lo, 2, hi - lo, 3, "marble")
            rect(g, lo, 13, hi - lo, 3, "stone_light")
            rect(g, lo, 14, hi - lo, 1, "gold")
    return outline(g, "violet_dark")


def ledge() -> Grid:
    g = canvas(T, T)
    rect(g, 0, 0, T, 4, "stone_light")
    rect(g, 0, 0, T, 1, "marble")
    rect(g, 0, 4, T, 2, "gold")
    rect(g, 0, 5, T, 1, "bronze")
    rect(g, 0, 6, T, 4, "stone")
    for x in range(0, T, 4):
        rect(g, x + 1, 10, 2, 2, "stone_dark")
    rect(g, 0, 10, T, 1, "violet")
    return g


def plant(tall: bool) -> Grid:
    h = 32 if tall else T
    g = canvas(T, h)
    py = h - 7
    rect(g, 4, py, 8, 6, "red_light")
    rect(g, 3, py, 10, 2, "ember")
    rect(g, 10, py + 2, 2, 4, "red")
    rect(g, 5, py + 5, 6, 1, "red_dark")
    rect(g, 5, py + 3, 6, 1, "gold")
    rng = random.Random(3 if tall else 4)
    top = 2 if tall else 1
    for _ in range(14 if tall else 8):
        x, y = rng.randrange(3, 13), rng.randrange(top, py - 1)
        ellipse(g, x, y, 2.2, 1.8, lambda xx, yy, x=x, y=y: (
            "leaf" if xx < x and yy < y else "green_light" if xx <= x else "green"))
    if tall:
        line(g, 8, 8, 8, py - 1, "brown")
    for x, y in ((5, top + 3), (10, top + 5)):
        put(g, x, y, "red_light")
    return outline(g)


def table(frame: int) -> Grid:
    g = canvas(32, 32)
    ellipse(g, 16, 15, 14, 10, "white")
    ellipse(g, 16, 16, 14, 10, lambda x, y: "marble" if y > 20 else "white")
    for x in range(3, 30, 3):
        put(g, x, 24, "stone_light")
    ellipse(g, 16, 14, 12, 8, "white")
    rect(g, 12, 5, 8, 18, "red")
    rect(g, 12, 5, 1, 18, "red_light")
    for cx, cy in ((8, 14), (24, 14)):
        ellipse(g, cx, cy, 3.5, 3, "marble")
        ellipse(g, cx, cy, 2, 1.7, "stone_light")
        put(g, cx - 1, cy - 1, "white")
    for cx in (13, 19):
        rect(g, cx, 8, 2, 6, "pale_gold")
        put(g, cx, 13, "gold")
        flick = (frame + cx) % 3
        stamp(g, cx, 4 + (flick == 1), [".o", "og", "gy"],
              {"o": "orange", "g": "gold", "y": "pale_gold"})
    stamp(g, 15, 15, [".r.", "rRr", ".g."], {"r": "red_light", "R": "red", "g": "green"})
    rect(g, 4, 25, 2, 5, "bronze")
    rect(g, 26, 25, 2, 5, "bronze")
    rect(g, 15, 25, 2, 6, "brown")
    return outline(g)


def chair(facing: str) -> Grid:
    g = canvas(T, T)
    if facing in ("down", "up"):
        rect(g, 3, 5, 10, 8, "red")
        rect(g, 3, 5, 10, 2, "red_light")
        back = 1 if facing == "down" else 11
        rect(g, 2, back, 12, 4, "bronze")
        rect(g, 2, back, 12, 1, "gold")
        for x in (4, 8, 12):
            put(g, x, back + 2, "brown")
        rect(g, 3, 13, 2, 2, "brown")
        rect(g, 11, 13, 2, 2, "brown")
    else:
        rect(g, 4, 4, 8, 8, "red")
        rect(g, 4, 4, 8, 2, "red_light")
        bx = 2 if facing == "right" else 11
        rect(g, bx, 1, 3, 12, "bronze")
        rect(g, bx, 1, 1, 12, "gold")
        rect(g, 4, 12, 2, 3, "brown")
        rect(g, 10, 12, 2, 3, "brown")
    return outline(g)


def firefly_box(open_: bool, frame: int = 0) -> Grid:
    g = canvas(T, T)
    rect(g, 3, 8, 10, 6, "brown")
    rect(g, 3, 8, 10, 1, "bronze")
    for x in range(4, 12, 2):
        rect(g, x, 9, 1, 4, "pale_gold" if open_ else "brown_dark")
    rect(g, 3, 13, 10, 1, "brown_dark")
    if open_:
        rect(g, 3, 4, 10, 2, "bronze")
        rect(g, 3, 4, 10, 1, "gold")
        rng = random.Random(frame)
        for _ in range(3):
            x, y = rng.randrange(2, 14), rng.randrange(0, 7)
            stamp(g, x - 1, y - 1, [".o.", "owo", ".o."], {"o": "gold", "w": "pale_gold"})
    else:
        rect(g, 2, 6, 12, 3, "bronze")
        rect(g, 2, 6, 12, 1, "gold")
        put(g, 8, 8, "gold")
    return outline(g)


def palace_wall(kind: str, frame: int = 0) -> Grid:
    w, h = (32, 48) if kind == "door" else (T, 48)
    g = canvas(w, h)
    for y in range(h):
        for x in range(w):
            bx, by = (x + (y // 8) * 8) % 16, y % 8
            g[y][x] = ("stone_light" if by == 7 or bx == 15 else "white" if by == 0 or bx == 0
                       else "marble")
    rect(g, 0, 0, w, 5, "red_dark")
    rect(g, 0, 0, w, 1, "red")
    rect(g, 0, 5, w, 2, "gold")
    rect(g, 0, 40, w, 6, "stone_light")
    rect(g, 0, 40, w, 1, "white")
    rect(g, 0, 46, w, 2, "violet_light")
    if kind == "window":
        rect(g, 3, 10, 10, 28, "gold")
        rect(g, 4, 12, 8, 25, "blue_dark")
        ellipse(g, 8, 13, 4, 3, "blue_dark")
        rect(g, 4, 22, 8, 1, "gold")
        rect(g, 7, 12, 1, 25, "gold")
        for y in (14, 25):
            put(g, 5, y, "sky")
            put(g, 5, y + 1, "blue_light")
    if kind == "sconce":
        stamp(g, 5, 18, ["..kk..", ".kkkk.", "bkkkkb", ".bggb.", "..bb..", "..b..."],
              {"k": "bronze", "b": "gold", "g": "orange"})
        flick = frame % 3
        stamp(g, 6, 14 + (flick == 2), ["..o.", ".ogo" if flick else "ogo.", ".gyg", ".gyg",
                                        "..g."],
              {"o": "orange", "g": "gold", "y": "pale_gold"})
    if kind == "door":
        rect(g, 2, 6, 28, 40, "gold")
        ellipse(g, 16, 12, 14, 8, "gold")
        rect(g, 4, 12, 24, 34, "navy")
        ellipse(g, 16, 13, 12, 7, "navy")
        for x in (4, 24):
            rect(g, x, 12, 4, 34, "red")
            rect(g, x + (3 if x == 4 else 0), 12, 1, 34, "red_light")
            rect(g, x, 26, 4, 2, "gold")
        rect(g, 8, 40, 16, 6, "blue_dark")
        rect(g, 8, 28, 16, 1, "blue_dark")
        ellipse(g, 16, 16, 4, 4, "gold")
        ellipse(g, 16, 16, 2.5, 2.5, "red")
    return g


def build(root: Path) -> list[Path]:
    s = Sheet("balcony")
    for i in range(3):
        s.add(f"floor_{i + 1}", floor(20 + i))
    s.add("floor_inlay_red", floor(23, "red_dark"))
    s.add("floor_inlay_blue", floor(24, "blue_dark"))
    s.add("ledge", ledge())
    for kind in ("h", "post", "v", "corner_l", "corner_r"):
        s.add(f"railing_{kind}", railing(kind), solid=True)
    s.add("plant_pot", plant(False), solid=True)
    s.add("chair_down", chair("down"), solid=True)
    s.add("chair_up", chair("up"), solid=True)
    s.add("chair_left", chair("left"), solid=True)
    s.add("chair_right", chair("right"), solid=True)
    s.newrow()
    s.add_block("plant_tall", plant(True), lambda c, r: r == 1)
    s.add_anim_block("dinner_table", [table(f) for f in range(3)], 180,
                     solid=lambda c, r: True, light={(0, 0): "32,gold", (1, 0): "32,gold"})
    s.add("firefly_box_closed", firefly_box(False), solid=True)
    s.add_anim("firefly_box_open", [firefly_box(True, f) for f in range(3)], 200,
               solid=True, light="32,pale_gold")
    s.newrow()
    wall = palace_wall("plain")
    s.add_block("wall", wall, lambda c, r: True,
                names=[["wall_top"], ["wall_face"], ["wall_base"]])
    s.add_block("wall_window", palace_wall("window"), lambda c, r: True)
    s.add_anim_block("wall_sconce", [palace_wall("sconce", f) for f in range(3)], 160,
                     solid=lambda c, r: True, light={(0, 1): "40,orange"})
    s.add_block("doorway", palace_wall("door"), lambda c, r: r < 2)
    return s.save(root)
