"""The hangar and launch platform (Act 4 on): deck plating, hazard stripes, landing
pads, the runway and its edge lights, the drop beyond it, steel walls with the
palm-scanner door and the blast door, pods and jets seen from above.
Writes tilesets/hangar.png + .tsx."""

from __future__ import annotations

import math
import random
from pathlib import Path

from tools.art.outdoor_kit import (
    Grid,
    Sheet,
    T,
    canvas,
    ellipse,
    line,
    outline,
    polygon,
    put,
    rect,
    shade,
    stamp,
    steel_plate,
)


def plate(seed: int, bolts: bool = True) -> Grid:
    """Deck plating: 8 px plates with seams, a few scuffs, bolts at the corners."""
    rng = random.Random(seed)
    g = steel_plate()
    if bolts:
        for bx, by in ((1, 1), (9, 1), (1, 9), (9, 9)):
            put(g, bx, by, "stone_light")
    for _ in range(3):
        x, y = rng.randrange(1, 15), rng.randrange(1, 15)
        if g[y][x] == "stone_dark":
            g[y][x] = rng.choice(("violet", "stone"))
    return g


def stain(seed: int) -> Grid:
    """Deck plating with an oil stain where a jet has stood."""
    rng = random.Random(seed)
    g = plate(seed)
    cx, cy = rng.randrange(5, 11), rng.randrange(5, 11)
    ellipse(g, cx, cy, 4.5, 3, "shadow")
    ellipse(g, cx - 1, cy - 1, 2.5, 1.5, "violet_dark")
    put(g, cx - 2, cy - 1, "stone")
    return g


def grate() -> Grid:
    """A drain grate in the deck: dark slots between steel bars."""
    g = plate(45, bolts=False)
    rect(g, 1, 1, 14, 14, "stone")
    for y in range(2, 14, 3):
        rect(g, 2, y, 12, 2, "ink")
        rect(g, 2, y, 12, 1, "shadow")
    return g


def arrow() -> Grid:
    """A painted guide arrow pointing down the taxiway to the runway."""
    g = plate(46)
    stamp(g, 3, 2, ["....gg....", "....gg....", "....gg....", "....gg....", "....gg....",
                    "gg..gg..gg", ".gg.gg.gg.", "..gggggg..", "...gggg...", "....gg...."],
          {"g": "gold"})
    return g


def hazard(edge: str) -> Grid:
    """Gold and ink warning stripes: a full tile, or a band along one edge."""
    g = plate(40)
    band = {"full": (0, 0, T, T), "n": (0, 0, T, 5), "s": (0, 11, T, 5),
            "w": (0, 0, 5, T), "e": (11, 0, 5, T)}[edge]
    bx, by, bw, bh = band
    for y in range(by, by + bh):
        for x in range(bx, bx + bw):
            g[y][x] = "gold" if (x + y) // 3 % 2 == 0 else "shadow"
    return g


def pad() -> Grid:
    """A 2 x 2 landing pad: a ring of lights round a worn circle and a crest letter."""
    g = canvas(2 * T, 2 * T)
    for y in range(2 * T):
        for x in range(2 * T):
            g[y][x] = plate(41 + (x // T) + 2 * (y // T))[y % T][x % T]
    ellipse(g, 16, 16, 15, 15, "stone")
    ellipse(g, 16, 16, 13, 13, "blue_dark")
    ellipse(g, 16, 16, 11, 11, "navy")
    for i in range(8):
        a = i * math.pi / 4
        put(g, round(16 + 12 * math.cos(a)), round(16 + 12 * math.sin(a)), "gold")
    stamp(g, 12, 11, ["..gg..", ".g..g.", "g....g", "g....g", ".g..g.", "..gg.."],
          {"g": "red_light"})
    rect(g, 15, 14, 2, 4, "red_light")
    return g


def tarmac(kind: str) -> Grid:
    """Runway: dark grit; `line` the dashed centre line, `edge` the painted border."""
    rng = random.Random(50 + len(kind))
    g = canvas(T, T, "navy")
    for _ in range(18):
        put(g, rng.randrange(T), rng.randrange(T), rng.choice(("blue_dark", "shadow")))
    if kind == "line":
        rect(g, 2, 7, 9, 2, "white")
        rect(g, 2, 8, 9, 1, "marble")
    if kind == "edge":
        rect(g, 0, 0, T, 2, "white")
        rect(g, 0, 2, T, 1, "stone_light")
    return g


def edge_light(frame: int) -> Grid:
    """The runway's rim: a low steel kerb with a lamp that pulses."""
    g = tarmac("")
    rect(g, 0, 9, T, 7, "stone")
    rect(g, 0, 9, T, 1, "stone_light")
    rect(g, 0, 15, T, 1, "violet_dark")
    lamp = ("red_light", "ember", "pale_gold")[frame]
    ellipse(g, 8, 7, 3, 2.5, "red_dark")
    ellipse(g, 8, 7, 2, 1.6, lamp)
    return g


def drop(seed: int) -> Grid:
    """Beyond the runway edge: red haze far below, a tower tip or two."""
    rng = random.Random(seed)
    g = canvas(T, T)
    for y in range(T):
        for x in range(T):
            g[y][x] = "red_dark" if y < 6 else "blood" if y < 12 else "violet_dark"
    for _ in range(2):
        x = rng.randrange(1, 13)
        h = rng.randrange(4, 9)
        rect(g, x, T - h, 2, h, "shadow")
        put(g, x, T - h - 1, "ember")
    return g


def hull(kind: str, frame: int = 0) -> Grid:
    """Steel wall pieces: `top` (the wall seen from above), `upper`/`lower` faces."""
    g = canvas(T, T, "stone_dark")
    if kind == "top":
        rect(g, 0, 0, T, T, "violet_dark")
        for y in range(0, T, 4):
            rect(g, 0, y, T, 1, "violet")
        rect(g, 0, 0, T, 1, "stone")
        return g
    if kind == "upper":
        rect(g, 0, 0, T, 2, "stone")
        rect(g, 0, 2, T, 1, "stone_light")
        for x in (3, 12):
            rect(g, x, 4, 1, 12, "violet_dark")
        rect(g, 5, 6, 6, 6, "navy")
        rect(g, 6, 7, 4, 4, "blue_dark")
        if frame >= 0:
            lamp = ("blue_light", "sky", "glow")[frame % 3]
            rect(g, 6, 9, 4, 1, lamp)
    if kind == "lower":
        for x in (3, 12):
            rect(g, x, 0, 1, 9, "violet_dark")
        rect(g, 0, 9, T, 2, "stone")
        for x in range(T):
            for y in range(11, 15):
                g[y][x] = "gold" if (x + y) // 3 % 2 == 0 else "shadow"
        rect(g, 0, 15, T, 1, "ink")
    return g


def scanner_door(open_: bool) -> Grid:
    """Two tiles wide, three tall: the wall's top with the lintel, then the door in
    its face; open, the leaves have slid into the frame and the floor runs through."""
    g = canvas(2 * T, 3 * T)
    rect(g, 0, 0, 2 * T, T, "violet_dark")
    rect(g, 0, 12, 2 * T, 4, "stone")
    rect(g, 0, 12, 2 * T, 1, "stone_light")
    rect(g, 0, T, 2 * T, 2 * T, "stone_dark")
    rect(g, 0, T, 4, 2 * T, "stone")
    rect(g, 28, T, 4, 2 * T, "stone")
    rect(g, 0, T, 1, 2 * T, "stone_light")
    if open_:
        for y in range(T, 3 * T):
            for x in range(4, 28):
                g[y][x] = plate(44)[y % T][x % T]
        rect(g, 4, T, 3, 2 * T, "stone_light")
        rect(g, 25, T, 3, 2 * T, "stone_light")
    else:
        rect(g, 4, T, 24, 2 * T, "blue_dark")
        rect(g, 15, T, 2, 2 * T, "navy")
        rect(g, 4, T, 24, 1, "blue")
        for y in range(T + 4, 3 * T, 6):
            rect(g, 6, y, 8, 1, "blue")
            rect(g, 18, y, 8, 1, "blue")
    rect(g, 4, 13, 24, 3, "red_light" if not open_ else "green_light")
    return g


def scanner_panel(frame: int) -> Grid:
    """The palm scanner beside the door: a hand outline on glass, a sweeping bar."""
    g = hull("upper", -1)
    rect(g, 3, 3, 10, 12, "ink")
    rect(g, 4, 4, 8, 10, "navy")
    stamp(g, 5, 5, [".s.s.", "ss.ss", "sssss", "sssss", ".sss.", ".sss."],
          {"s": "blue_light"})
    put(g, 11, 8, "blue_light")
    rect(g, 4, 5 + frame * 3, 8, 1, "glow")
    put(g, 7, 13, "red_light" if frame < 2 else "green_light")
    return g


def blast_door() -> Grid:
    """Two wide, two tall, in a wall's face: the heavy door to the command centre."""
    g = canvas(2 * T, 2 * T, "stone_dark")
    rect(g, 0, 0, 2 * T, 3, "stone")
    rect(g, 2, 3, 28, 29, "stone")
    rect(g, 4, 5, 24, 27, "blue_dark")
    rect(g, 4, 5, 24, 1, "blue")
    for y in range(7, 30, 4):
        line(g, 5, y, 14, y + 2, "navy")
        line(g, 26, y, 17, y + 2, "navy")
    rect(g, 15, 5, 2, 27, "navy")
    ellipse(g, 16, 16, 4, 4, "red_dark")
    ellipse(g, 16, 16, 2.5, 2.5, "gold")
    return g


def pod() -> Grid:
    """A two-seat pod from above: a rounded hull, the glass canopy, fins and lamps."""
    g = canvas(2 * T, 2 * T)
    ellipse(g, 16, 17, 13, 12, "stone_light")
    ellipse(g, 16, 18, 13, 11, lambda x, y: "marble" if y < 16 else "stone_light")
    ellipse(g, 16, 13, 8, 6, "blue_dark")
    ellipse(g, 14, 11, 5, 3.5, "blue")
    put(g, 11, 10, "glow")
    put(g, 12, 9, "sky")
    rect(g, 7, 22, 18, 2, "red")
    rect(g, 7, 22, 18, 1, "red_light")
    for x in (5, 26):
        rect(g, x, 24, 2, 4, "stone")
    put(g, 5, 18, "ember")
    put(g, 26, 18, "ember")
    shade(g)
    return outline(g)


def jet() -> Grid:
    """A fighter from above, nose to the runway: delta wings, twin tails, a canopy."""
    g = canvas(3 * T, 3 * T)
    polygon(g, [(24, 46), (44, 16), (42, 10), (24, 16), (6, 10), (4, 16)],
            lambda x, y: "stone_light" if x < 24 else "stone")
    polygon(g, [(20, 2), (28, 2), (29, 40), (24, 46), (19, 40)],
            lambda x, y: "marble" if x < 24 else "stone_light")
    polygon(g, [(10, 4), (14, 4), (16, 14), (10, 12)], "stone")
    polygon(g, [(34, 4), (38, 4), (38, 12), (32, 14)], "stone")
    ellipse(g, 24, 30, 3, 7, "blue_dark")
    ellipse(g, 23, 28, 1.5, 4, "sky")
    rect(g, 21, 2, 2, 3, "ember")
    rect(g, 26, 2, 2, 3, "ember")
    line(g, 8, 14, 22, 22, "red")
    line(g, 40, 14, 26, 22, "red")
    ellipse(g, 12, 16, 2, 2, "gold")
    ellipse(g, 36, 16, 2, 2, "gold")
    put(g, 12, 16, "red")
    put(g, 36, 16, "red")
    return outline(g)


def cart() -> Grid:
    """A tool cart: a steel box with drawers and a red lid."""
    g = canvas(T, T)
    rect(g, 2, 5, 12, 9, "stone")
    rect(g, 2, 3, 12, 3, "red")
    rect(g, 2, 3, 12, 1, "red_light")
    for y in (7, 10):
        rect(g, 3, y, 10, 2, "stone_light")
        rect(g, 7, y, 2, 1, "stone_dark")
    rect(g, 3, 14, 2, 2, "ink")
    rect(g, 11, 14, 2, 2, "ink")
    return outline(g)


def tank() -> Grid:
    """A fuel cell: an upright blue drum with a glowing gauge."""
    g = canvas(T, T)
    ellipse(g, 8, 9, 6, 6.5, lambda x, y: "blue_light" if x < 7 else "blue")
    ellipse(g, 8, 5, 5, 2.5, "sky")
    rect(g, 6, 9, 4, 2, "glow")
    rect(g, 3, 13, 10, 2, "blue_dark")
    return outline(g)


def build(root: Path) -> list[Path]:
    s = Sheet("hangar")
    for i in range(3):
        s.add(f"plate_{i + 1}", plate(10 + i, bolts=i != 2))
    for edge in ("full", "n", "s", "w", "e"):
        s.add(f"hazard_{edge}", hazard(edge))
    s.add("tarmac", tarmac(""))
    s.add("tarmac_line", tarmac("line"))
    s.add("tarmac_edge", tarmac("edge"))
    s.add_anim("edge_light", [edge_light(f) for f in range(3)], 400, solid=True,
               light="24,red_light")
    s.newrow()
    s.add("drop_1", drop(60), solid=True)
    s.add("drop_2", drop(61), solid=True)
    s.add("hull_top", hull("top"), solid=True)
    s.add("hull_upper", hull("upper", -1), solid=True)
    s.add_anim("hull_lamp", [hull("upper", f) for f in range(3)], 500, solid=True,
               light="20,blue_light")
    s.add("hull_lower", hull("lower"), solid=True)
    s.add_anim("scanner_panel", [scanner_panel(f) for f in range(3)], 300, solid=True,
               light="20,glow")
    s.add("cart", cart(), solid=True)
    s.add("tank", tank(), solid=True, light="16,sky")
    s.newrow()
    s.add_block("pad", pad())
    s.add_block("scanner_door", scanner_door(False), lambda c, r: True)
    s.add_block("scanner_open", scanner_door(True))
    s.add_block("blast_door", blast_door())
    s.add_block("pod", pod(), lambda c, r: True)
    s.add_block("jet", jet(), lambda c, r: True)
    s.newrow()  # later tiles go below, so the ids above stay put for maps made already
    s.add("stain_1", stain(47))
    s.add("stain_2", stain(48))
    s.add("grate", grate())
    s.add("arrow", arrow())
    return s.save(root)
