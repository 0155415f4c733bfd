"""The command centre (comm room): steel deck plates, a wall of monitors, the
hologram pad Titus of Braal flickers on, the war table with its star chart,
operators' consoles and the shield console the Queen raises. Everything glows
cold blue against the palace's warm reds, so the room reads as a machine.
Writes tilesets/command.png + .tsx (ids in the fixed order of `build`)."""

from __future__ import annotations

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
    put,
    rect,
    stamp,
    steel_plate,
)

KEY_GLOW = {"blue": "sky", "red": "ember", "green": "leaf"}


def deck(seed: int, kind: str = "plain") -> Grid:
    """Steel deck plate, 8 px panels with rivets; `glow` adds a light strip, `grate` a vent."""
    rng = random.Random(seed)
    g = steel_plate()
    for px, py in ((1, 1), (5, 1), (1, 5), (5, 5)):
        ox, oy = px + 8 * rng.randrange(2), py + 8 * rng.randrange(2)
        put(g, ox, oy, "stone_light")
    for _ in range(3):
        x, y = rng.randrange(1, 15), rng.randrange(1, 15)
        if g[y][x] == "stone_dark":
            g[y][x] = "blue_dark"
    if kind == "glow":
        rect(g, 0, 7, T, 2, "blue")
        rect(g, 0, 7, T, 1, "sky")
    if kind == "grate":
        rect(g, 2, 2, 12, 12, "navy")
        for y in range(3, 14, 2):
            rect(g, 3, y, 10, 1, "violet_dark")
        rect(g, 2, 2, 12, 1, "stone")
    return g


def monitor_wall(kind: str, frame: int) -> Grid:
    """A 2x2 bank of four screens set into the wall face (rows 1-2 of a room)."""
    g = canvas(32, 32, "stone_dark")
    rect(g, 0, 0, 32, 2, "stone")
    rect(g, 0, 30, 32, 2, "violet_dark")
    rng = random.Random(f"{kind}{frame}")
    for sx, sy in ((1, 3), (17, 3), (1, 16), (17, 16)):
        rect(g, sx, sy, 14, 12, "ink")
        rect(g, sx + 1, sy + 1, 12, 10, "navy")
        idx = (sx // 16) + 2 * (sy // 16)
        if kind == "map":
            for _ in range(5):
                put(g, sx + 1 + rng.randrange(12), sy + 1 + rng.randrange(10), "blue_light")
            bx = sx + 2 + (frame * 3 + idx * 4) % 10
            by = sy + 2 + (idx * 3 + frame) % 8
            stamp(g, bx - 1, by - 1, [".s.", "sgs", ".s."], {"s": "sky", "g": "glow"})
            line(g, sx + 2, sy + 9, sx + 11, sy + 3, "blue")
        elif kind == "alert":
            on = (frame + idx) % 3 != 0
            rect(g, sx + 1, sy + 1, 12, 10, "blood" if on else "navy")
            stamp(g, sx + 5, sy + 2, ["..r..", ".rRr.", ".rRr.", "rrRrr", "rr.rr", "rrRrr"],
                  {"r": "red_light" if on else "red_dark", "R": "ember" if on else "red"})
        elif kind == "scan":
            sweep = sy + 1 + (frame * 4 + idx * 2) % 10
            rect(g, sx + 1, sweep, 12, 1, "sky")
            for yy in range(sy + 2, sy + 11, 2):
                w = 3 + rng.randrange(8)
                rect(g, sx + 2, yy, w, 1, "blue_light" if yy != sweep else "glow")
        else:  # "planet": Daxam with its red sun, the shield line pulsing
            ellipse(g, sx + 7, sy + 6, 4, 4, "red_dark")
            ellipse(g, sx + 6, sy + 5, 2, 2, "red")
            ring = "glow" if (frame + idx) % 3 == 0 else "sky"
            ellipse(g, sx + 7, sy + 6, 5.5, 5.5, lambda x, y, sx=sx, sy=sy, ring=ring: (
                ring if (x - sx - 7) ** 2 + (y - sy - 6) ** 2 > 16 else None))
            put(g, sx + 12, sy + 2, "ember")
        rect(g, sx + 1, sy + 1, 12, 1, "blue_dark")
        put(g, sx + 12, sy + 10, "leaf" if frame % 2 else "green")
    for y in range(4, 28, 6):
        put(g, 16, y, "stone_light")
    return g


def holo_pad(frame: int) -> Grid:
    """A round floor emitter, 2x2: bevelled rim, a cold ring that pulses outward."""
    g = canvas(32, 32)
    ellipse(g, 16, 17, 14, 11, "violet_dark")
    ellipse(g, 16, 16, 14, 11, "stone")
    ellipse(g, 16, 16, 12, 9, "stone_dark")
    ellipse(g, 16, 16, 9, 6.5, "navy")
    r = 3 + frame * 2
    ellipse(g, 16, 16, r * 1.3, r, lambda x, y: (
        ("sky" if frame < 2 else "blue_light")
        if ((x + 0.5 - 16) / (r * 1.3)) ** 2 + ((y + 0.5 - 16) / r) ** 2 > 0.6 else None))
    ellipse(g, 16, 16, 2.5, 2, "glow")
    for ax, ay in ((4, 16), (28, 16), (16, 6), (16, 26)):
        rect(g, ax - 1, ay - 1, 2, 2, "pale_gold" if (frame + ax) % 3 else "gold")
    return outline(g)


def war_table(frame: int) -> Grid:
    """The war table, 3x2: a dark glass top with a star chart, gold rim, heavy legs."""
    g = canvas(48, 32)
    rect(g, 1, 3, 46, 20, "bronze")
    rect(g, 1, 3, 46, 1, "gold")
    rect(g, 3, 5, 42, 16, "navy")
    rng = random.Random(7)
    for _ in range(24):
        put(g, 4 + rng.randrange(40), 6 + rng.randrange(14), "blue_light")
    for cx, cy, c in ((12, 12, "red_light"), (24, 9, "sky"), (36, 15, "orange")):
        ellipse(g, cx, cy, 2.2, 2, c)
    line(g, 12, 12, 24, 9, "blue")
    line(g, 24, 9, 36, 15, "blue")
    blip = [(30, 8), (33, 11), (36, 15)][frame]
    stamp(g, blip[0] - 1, blip[1] - 1, [".e.", "eRe", ".e."], {"e": "ember", "R": "red"})
    rect(g, 3, 5, 42, 1, "blue_dark")
    rect(g, 1, 23, 46, 3, "brown")
    rect(g, 1, 23, 46, 1, "bronze")
    for lx in (3, 21, 41):
        rect(g, lx, 26, 4, 5, "brown_dark")
    return outline(g)


def console(tone: str, frame: int) -> Grid:
    """An operator's desk seen from behind: a tilted screen, a row of lit keys."""
    g = canvas(T, T)
    rect(g, 1, 2, 14, 7, "stone_dark")
    rect(g, 2, 3, 12, 5, "navy")
    lit = {"blue": ("sky", "blue_light"), "red": ("ember", "red_light"),
           "green": ("leaf", "green_light")}[tone]
    for i in range(3):
        w = 3 + (frame * 2 + i * 3) % 7
        rect(g, 3, 4 + i * 1, w, 1, lit[i % 2])
    rect(g, 0, 9, 16, 4, "stone")
    rect(g, 0, 9, 16, 1, "stone_light")
    for x in range(2, 14, 3):
        put(g, x, 11, lit[0] if (x + frame) % 2 else "violet_dark")
    rect(g, 2, 13, 2, 2, "violet_dark")
    rect(g, 12, 13, 2, 2, "violet_dark")
    return outline(g)


def shield_console(frame: int) -> Grid:
    """The planetary shield control, 2x2: a dome icon and one big red lever."""
    g = canvas(32, 32)
    rect(g, 2, 4, 28, 22, "stone_dark")
    rect(g, 2, 4, 28, 1, "stone_light")
    rect(g, 4, 6, 24, 11, "navy")
    dome = ["glow", "sky", "blue_light"][frame]
    ellipse(g, 16, 16, 9, 8, lambda x, y: dome if y < 16 else None)
    ellipse(g, 16, 16, 7, 6, lambda x, y: "navy" if y < 16 else None)
    rect(g, 6, 15, 20, 1, "red_light")
    rect(g, 4, 19, 24, 5, "stone")
    rect(g, 4, 19, 24, 1, "stone_light")
    for x in (6, 10, 14):
        put(g, x, 21, "ember" if (x + frame) % 2 else "red_dark")
    rect(g, 21, 18, 3, 5, "red")
    rect(g, 21, 18, 3, 1, "ember")
    rect(g, 4, 26, 3, 4, "violet_dark")
    rect(g, 25, 26, 3, 4, "violet_dark")
    return outline(g)


def stool() -> Grid:
    g = canvas(T, T)
    ellipse(g, 8, 8, 5, 3.5, "blue_dark")
    ellipse(g, 8, 7, 4, 2.5, "blue")
    rect(g, 7, 10, 2, 4, "stone_dark")
    rect(g, 4, 13, 8, 1, "stone")
    return outline(g)


def cable(vertical: bool) -> Grid:
    """A bundle of cables across the deck (a decor overlay, walkable)."""
    g = canvas(T, T)
    for i, c in enumerate(("blue_dark", "violet", "red_dark")):
        if vertical:
            rect(g, 6 + i * 2, 0, 1, T, c)
        else:
            rect(g, 0, 6 + i * 2, T, 1, c)
    return g


def comm_lamp(frame: int) -> Grid:
    """A tall blue light column (1x2), the upper half drawn over characters."""
    g = canvas(T, 32)
    rect(g, 5, 28, 6, 3, "stone")
    rect(g, 6, 3, 4, 25, "stone_dark")
    rect(g, 7, 4, 2, 23, "sky" if frame else "blue_light")
    rect(g, 7, 4 + (frame * 7) % 20, 2, 2, "glow")
    rect(g, 5, 1, 6, 3, "stone_light")
    return outline(g)


# ---------------------------------------------------------------- celebration dressing
def oil_lamp(frame: int) -> Grid:
    """One small lamp on a stand: the only light in the spare room that night."""
    g = canvas(T, T)
    rect(g, 5, 13, 6, 2, "brown")
    rect(g, 7, 9, 2, 4, "bronze")
    ellipse(g, 8, 8, 3.5, 2, "bronze")
    rect(g, 6, 3, 4, 5, "pale_gold" if frame else "gold")
    rect(g, 7, 4 - (frame % 2), 2, 3, "white")
    rect(g, 6, 2, 4, 1, "bronze")
    return outline(g)


def dessert_table(frame: int) -> Grid:
    """A long dessert table, 3x2: white cloth, cakes, fruit and a gap for the pie."""
    g = canvas(48, 32)
    rect(g, 1, 8, 46, 14, "white")
    rect(g, 1, 8, 46, 1, "marble")
    for x in range(2, 46, 4):
        rect(g, x, 20, 2, 4, "marble")
    rect(g, 1, 22, 46, 2, "red")
    rect(g, 1, 22, 46, 1, "red_light")
    for lx in (3, 42):
        rect(g, lx, 24, 3, 6, "brown")
    # a tiered cake, a bowl of fruit, little tarts (the pie's place stays bare)
    rect(g, 5, 3, 10, 5, "pale_gold")
    rect(g, 7, 0, 6, 3, "white")
    rect(g, 5, 5, 10, 1, "red_light")
    put(g, 10, 0, "red")
    ellipse(g, 36, 9, 5, 3, "marble")
    for cx, cy, c in ((34, 7, "red"), (37, 6, "orange"), (39, 8, "green_light"), (35, 9, "violet")):
        ellipse(g, cx, cy, 1.6, 1.6, c)
    for tx in (17, 42):
        ellipse(g, tx, 15, 2.2, 1.6, "gold")
        put(g, tx, 15, "red_light" if (frame + tx) % 2 else "ember")
    for cx in (6, 44):
        rect(g, cx, 11, 1, 6, "pale_gold")
        stamp(g, cx - 1, 8 + (frame == 1), [".o.", "oyo"], {"o": "orange", "y": "pale_gold"})
    return outline(g)


def pie_dish() -> Grid:
    """Kara's weakness: a lattice berry pie on a white dish."""
    g = canvas(T, T)
    ellipse(g, 8, 10, 7, 4, "white")
    ellipse(g, 8, 9, 5.5, 3, "gold")
    for x in range(4, 13, 2):
        line(g, x, 7, x + 1, 11, "orange")
    for x, y in ((5, 9), (8, 8), (11, 9), (7, 10), (10, 10)):
        put(g, x, y, "red_dark")
    ellipse(g, 8, 9, 5.5, 3, lambda x, y: "bronze" if y >= 11 else None)
    return outline(g)


def banner_stand() -> Grid:
    """A festival banner on a gilt pole (1x2): the red sun in its ring."""
    g = canvas(T, 32)
    rect(g, 7, 1, 2, 30, "bronze")
    put(g, 7, 0, "gold")
    put(g, 8, 0, "gold")
    rect(g, 2, 3, 12, 18, "red")
    rect(g, 2, 3, 12, 1, "gold")
    rect(g, 2, 20, 12, 1, "gold")
    for x in range(2, 14, 3):
        put(g, x, 21, "gold")
    ellipse(g, 8, 11, 4, 4, "gold")
    ellipse(g, 8, 11, 2.5, 2.5, "ember")
    rect(g, 5, 29, 6, 2, "brown")
    return outline(g)


def build(root: Path) -> list[Path]:
    s = Sheet("command")
    s.add("deck_a", deck(1))
    s.add("deck_b", deck(2))
    s.add("deck_c", deck(3))
    s.add("deck_glow", deck(4, "glow"), light="24,blue_light")
    s.add("deck_grate", deck(5, "grate"))
    s.add("cable_h", cable(False))
    s.add("cable_v", cable(True))
    s.add("stool", stool())
    for tone in ("blue", "red", "green"):
        s.add_anim(f"console_{tone}", [console(tone, f) for f in range(3)], 260,
                   solid=True, light=f"20,{KEY_GLOW[tone]}")
    s.newrow()
    for kind in ("map", "alert", "scan", "planet"):
        s.add_anim_block(f"monitors_{kind}", [monitor_wall(kind, f) for f in range(3)], 300,
                         solid=lambda c, r: True,
                         light={(0, 1): "40,sky", (1, 1): "40,sky"} if kind != "alert"
                         else {(0, 1): "40,red_light", (1, 1): "40,red_light"})
    s.newrow()
    s.add_anim_block("holo_pad", [holo_pad(f) for f in range(3)], 220,
                     light={(0, 0): "48,sky", (1, 1): "40,glow"})
    s.add_anim_block("war_table", [war_table(f) for f in range(3)], 400,
                     solid=lambda c, r: True, light={(1, 0): "36,blue_light"})
    s.add_anim_block("shield_console", [shield_console(f) for f in range(3)], 250,
                     solid=lambda c, r: True, light={(0, 0): "32,sky"})
    s.newrow()
    s.add_anim_block("comm_lamp", [comm_lamp(f) for f in range(2)], 500,
                     solid=lambda c, r: r == 1, light={(0, 1): "36,sky"})
    s.add_anim("oil_lamp", [oil_lamp(f) for f in range(2)], 420, light="56,pale_gold")
    s.add("pie_dish", pie_dish())
    s.add_block("banner_stand", banner_stand(), lambda c, r: r == 1)
    s.newrow()
    s.add_anim_block("dessert_table", [dessert_table(f) for f in range(2)], 500,
                     solid=lambda c, r: True, light={(0, 0): "28,gold", (2, 0): "28,gold"})
    return s.save(root)
