"""The slums on the far side of Daxam: dirt streets, scrap shacks, tarps, aid crates
with Kara's crest, braziers, the sun temple, the checkpoint with its scanner arch and
pod pad, and Oscar's home. Writes tilesets/slums.png + slums.tsx."""

from __future__ import annotations

import math
import random
from pathlib import Path

from tools.art import slums_extra
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
    polygon,
    put,
    rect,
    seamless_noise,
    shade,
    stamp,
)

TARPS = {"blue": ("blue_light", "blue", "blue_dark"), "red": ("red_light", "red", "red_dark"),
         "gold": ("gold", "orange", "bronze"), "violet": ("mauve", "violet_light", "violet")}


def dirt_tex(seed: int):
    rng = random.Random(seed)
    n = seamless_noise(seed, 4)
    g = [[("brown" if n(x, y) < 0.22 else "dirt") for x in range(T)] for y in range(T)]
    for _ in range(14):
        x, y = rng.randrange(T), rng.randrange(T)
        g[y][x] = rng.choice(("brown", "sand", "brown"))
        if g[y][x] == "sand":
            g[(y + 1) % T][x] = "brown"
    for _ in range(3):
        x, y = rng.randrange(T), rng.randrange(T)
        g[y][x], g[(y + 1) % T][x] = "stone_light", "brown_dark"
    return g


def ruts(vertical: bool, seed: int) -> Grid:
    g = dirt_tex(seed)
    for t in range(T):
        for a in (4, 11):
            w = a + (1 if (t // 5) % 2 else 0)
            x, y = (w, t) if vertical else (t, w)
            put(g, x, y, "brown_dark")
            put(g, x + (1 if vertical else 0), y + (0 if vertical else 1), "brown")
            put(g, x - (1 if vertical else 0), y - (0 if vertical else 1), "sand")
    return g


def puddle(seed: int, big: bool) -> Grid:
    g = dirt_tex(seed)
    rx, ry = (6.5, 4.5) if big else (4, 3)
    ellipse(g, 8, 8, rx + 1, ry + 1, "brown_dark")
    ellipse(g, 8, 8.5, rx, ry, "blue_dark")
    ellipse(g, 8.5, 9, rx - 1.5, ry - 1.5, "blue")
    line(g, 6, 7, 8, 7, "sky")
    put(g, 10, 10, "red_light")
    return g


def scrap_wall(x: int, y: int) -> str:
    seg = (x // 5 + y // 7 * 3) % 4
    base = ("stone_light", "bronze", "blue_light", "stone")[seg]
    if (x + y * 3) % 13 == 0:
        return "brown"
    return base if x % 2 else dark(base) or base


def shack(w: int, h: int, door_x: int, tarp: str | None, seed: int, good: bool = False) -> Grid:
    """A one-room shack seen from above: scrap walls with a south face, open or tarped."""
    W, H = w * T, h * T
    g = canvas(W, H)
    rng = random.Random(seed)
    floor = dirt_tex(seed)
    rect(g, 1, 1, W - 2, H - 3, "brown_dark")
    for y in range(5, H - 10):
        for x in range(5, W - 5):
            g[y][x] = dark(floor[y % T][x % T]) if (x < 8 or y < 8) else floor[y % T][x % T]
    wall = (lambda x, y: "brown" if y % 3 else "brown_dark") if good else scrap_wall
    for y in range(1, H - 10):
        for x in (*range(1, 5), *range(W - 5, W - 1)):
            g[y][x] = light(wall(x, y)) if x in (1, W - 5) else wall(x, y)
    for x in range(1, W - 1):
        for y in range(1, 5):
            g[y][x] = light(wall(x, y)) if y == 1 else wall(x, y)
        for y in range(H - 10, H - 2):
            c = wall(x, y // 2)
            g[y][x] = light(c) if y == H - 10 else c if (x + 1) % 4 else dark(c)
    if tarp:
        hi, mid, lo = TARPS[tarp]
        polygon(g, [(2, 2), (W - 3, 3), (W - 2, H - 8), (1, H - 9)],
                lambda x, y: hi if (x + y // 3) % 9 == 0 else mid if y < H * 0.55 else lo)
        for _ in range(3):
            px, py = rng.randrange(6, W - 14), rng.randrange(6, H - 18)
            other = TARPS[rng.choice([t for t in TARPS if t != tarp])]
            rect(g, px, py, 8, 6, other[1])
            rect(g, px, py, 8, 1, other[0])
            for k in range(0, 8, 2):
                put(g, px + k, py + 5, "ink")
        line(g, 2, 2, W // 2, H // 2 - 4, hi)
        line(g, W - 3, 3, W // 2, H // 2 - 4, hi)
    dx = door_x * T + 3
    rect(g, dx, H - 10, 10, 8, "brown_dark" if good else None)
    if good:
        rect(g, dx + 1, H - 9, 8, 7, "bronze")
        for x in range(dx + 1, dx + 9, 3):
            rect(g, x, H - 9, 1, 7, "brown")
        put(g, dx + 7, H - 6, "gold")
        rect(g, dx + 16, H - 8, 6, 4, "pale_gold")
        rect(g, dx + 16, H - 8, 6, 1, "orange")
    elif not tarp:
        rect(g, dx, H - 10, 10, 8, floor[0][0])
        bx = W - 22
        rect(g, bx, 8, 12, 20, rng.choice(("red_dark", "blue", "violet")))
        rect(g, bx, 8, 12, 5, "marble")
        for y in range(14, 28, 3):
            rect(g, bx, y, 12, 1, "shadow")
        ellipse(g, 12, H - 18, 3, 2.5, "stone_dark")
        ellipse(g, 12, H - 19, 2, 1.2, "ember")
    else:
        hi, mid, lo = TARPS[tarp]
        rect(g, dx, H - 10, 10, 8, "shadow")
        for x in range(dx + 1, dx + 9, 2):
            rect(g, x, H - 10, 1, 7, lo)
    return outline(g)


def crate(kind: str) -> Grid:
    g = canvas(T, T)
    rect(g, 1, 2, 14, 8, "bronze")
    for y in (4, 7):
        rect(g, 1, y, 14, 1, "brown")
    rect(g, 1, 2, 14, 1, "orange")
    rect(g, 1, 10, 14, 5, "brown")
    for x in (1, 7, 14):
        rect(g, x, 10, 1, 5, "brown_dark")
    if kind == "open":
        rect(g, 2, 3, 12, 6, "brown_dark")
        stamp(g, 3, 3, ["ss.bb.ss", "sSbBBbsS", ".bBBb.ss", "..bb..sS"],
              {"s": "sky", "S": "blue", "b": "sand", "B": "pale_gold"})
    else:
        ellipse(g, 8, 6, 3.5, 3.2, "gold")
        ellipse(g, 8, 6, 2.2, 2.0, "red")
        put(g, 7, 5, "red_light")
        stamp(g, 10, 11, ["s.s", "ss.", "s.s"], {"s": "sand"})  # Kara's K, cut small
    return outline(g)


def brazier(frame: int) -> Grid:
    g = canvas(T, 32)
    rect(g, 4, 24, 1, 6, "stone_dark")
    rect(g, 11, 24, 1, 6, "stone_dark")
    rect(g, 7, 24, 2, 7, "stone")
    ellipse(g, 8, 21, 6.5, 3.5, "stone")
    ellipse(g, 8, 20, 5.5, 2, "ember")
    rect(g, 2, 22, 12, 2, "stone_dark")
    rng = random.Random(frame)
    for i in range(9):
        x = 4 + i % 8 + rng.randrange(-1, 2)
        top = 8 + rng.randrange(0, 7) + abs(i - 4)
        for y in range(top, 21):
            t = (y - top) / max(21 - top, 1)
            c = "pale_gold" if t > 0.7 and 5 < x < 11 else "gold" if t > 0.45 else (
                "orange" if t > 0.2 else "red_light")
            put(g, x, y, c)
    put(g, 6 + frame % 3, 5 + frame % 2, "ember")
    put(g, 10 - frame % 2, 3 + frame % 3, "orange")
    return outline(g)


def temple() -> Grid:
    W, H = 96, 96
    g = canvas(W, H)
    for y in range(4, 30):
        inset = max(0, (30 - y) // 4) * 2
        for x in range(4 + inset, W - 4 - inset):
            g[y][x] = "marble" if (y - 4) % 4 == 0 else "stone" if (y - 4) % 4 == 3 else (
                "stone_light" if (x * 5 + y) % 23 else "stone")
    for y in range(30, 76):
        for x in range(6, W - 6):
            bx = (x + (y // 6) * 5) % 12
            g[y][x] = "stone_dark" if y % 6 == 5 or bx == 0 else (
                "stone_light" if y % 6 == 0 else "stone")
    rect(g, 4, 28, W - 8, 4, "marble")
    rect(g, 4, 31, W - 8, 1, "stone_dark")
    for cx in (14, 30, 66, 82):
        rect(g, cx - 3, 32, 6, 44, "marble")
        rect(g, cx - 3, 32, 1, 44, "white")
        rect(g, cx + 2, 32, 1, 44, "stone_light")
    ellipse(g, 48, 16, 10, 9, "gold")
    ellipse(g, 48, 16, 7, 6, "red")
    ellipse(g, 47, 15, 4, 3, "red_light")
    for a in range(12):
        ang = a * math.pi / 6
        line(g, 48 + round(11 * math.cos(ang)), 16 + round(10 * math.sin(ang)),
             48 + round(14 * math.cos(ang)), 16 + round(12 * math.sin(ang)), "orange")
    polygon(g, [(34, 76), (34, 50), (40, 43), (48, 41), (56, 43), (62, 50), (62, 76)], "ink")
    polygon(g, [(37, 76), (37, 51), (42, 46), (48, 44), (54, 46), (59, 51), (59, 76)],
            "shadow")
    ellipse(g, 48, 60, 4, 4, "ember")
    ellipse(g, 48, 60, 2, 2, "pale_gold")
    for i, y in enumerate(range(76, 94, 6)):
        rect(g, 2 + i * 2, y, W - 4 - i * 4, 6, "stone_light")
        rect(g, 2 + i * 2, y, W - 4 - i * 4, 1, "marble")
        rect(g, 2 + i * 2, y + 5, W - 4 - i * 4, 1, "stone_dark")
    return outline(g)


def scanner(frame: int) -> Grid:
    g = canvas(48, 48)
    for x0 in (2, 38):
        rect(g, x0, 8, 8, 38, "stone_dark")
        rect(g, x0 + 1, 8, 2, 38, "stone")
        for y in range(12, 44, 6):
            put(g, x0 + 5, y, "glow" if (y // 6 + frame) % 4 == 0 else "blue_light")
    rect(g, 2, 2, 44, 9, "stone")
    rect(g, 2, 2, 44, 2, "stone_light")
    rect(g, 4, 8, 40, 2, "blue_dark")
    for x in range(6, 42, 4):
        put(g, x, 9, "glow" if (x // 4 + frame) % 4 == 0 else "blue")
    g = outline(g)
    y = 14 + frame * 8  # the red scan light that sweeps each pod (PLACES.md)
    for x in range(10, 38):
        put(g, x, y, "red_light")
        put(g, x, y + 1, "red" if x % 2 else None)
        if frame % 2 == 0:
            put(g, x, y - 1, "ember" if x % 3 == 0 else None)
    return g


def booth() -> Grid:
    g = canvas(32, 32)
    rect(g, 2, 2, 28, 12, "stone")
    rect(g, 2, 2, 28, 2, "stone_light")
    rect(g, 2, 5, 28, 2, "red")
    rect(g, 3, 14, 26, 16, "stone_dark")
    rect(g, 6, 16, 20, 6, "glow")
    rect(g, 6, 16, 20, 2, "sky")
    rect(g, 6, 20, 20, 2, "blue_light")
    rect(g, 12, 23, 8, 7, "navy")
    put(g, 18, 26, "gold")
    return outline(g)


def pod_pad() -> Grid:
    g = canvas(64, 64)
    ellipse(g, 32, 32, 30, 30, "stone_dark")
    ellipse(g, 32, 32, 28, 28, lambda x, y: "stone" if int(math.hypot(x - 31.5, y - 31.5)) % 6
            else "stone_dark")
    ellipse(g, 32, 32, 20, 20, "gold")
    ellipse(g, 32, 32, 18, 18, "stone")
    ellipse(g, 32, 32, 10, 10, "red_dark")
    ellipse(g, 32, 32, 8, 8, "stone_dark")
    ellipse(g, 32, 32, 6, 6, "gold")
    ellipse(g, 32, 32, 4, 4, "red")
    rect(g, 30, 30, 2, 2, "red_light")
    for a in range(8):
        ang = a * math.pi / 4
        x, y = 32 + round(25 * math.cos(ang)), 32 + round(25 * math.sin(ang))
        rect(g, x - 1, y - 1, 2, 2, "pale_gold" if a % 2 else "ember")
    return outline(g)


def gate(frame_open: bool) -> Grid:
    g = canvas(48, 32)
    for x0 in (0, 40):
        rect(g, x0 + 1, 6, 7, 24, "stone")
        rect(g, x0 + 1, 6, 7, 3, "stone_light")
        rect(g, x0 + 3, 10, 3, 3, "red_light")
    if not frame_open:
        for x in range(8, 41):
            c = "red" if (x // 4) % 2 else "white"
            rect(g, x, 16, 1, 3, c)
        rect(g, 8, 19, 33, 1, "shadow")
    else:
        line(g, 8, 16, 10, 0, "red")
        line(g, 9, 16, 11, 0, "white")
    return outline(g)


def small(kind: str, seed: int) -> Grid:
    g = canvas(T, T)
    rng = random.Random(seed)
    if kind == "barrel":
        rect(g, 3, 3, 10, 12, "bronze")
        rect(g, 3, 3, 3, 12, "orange")
        rect(g, 10, 3, 3, 12, "brown")
        for y in (6, 11):
            rect(g, 3, y, 10, 1, "brown_dark")
        ellipse(g, 8, 3, 5, 2, "brown_dark")
        ellipse(g, 8, 3, 4, 1.2, "blue_dark" if seed % 2 else "brown")
    elif kind == "rubble":
        for _ in range(6):
            x, y, r = rng.randrange(3, 13), rng.randrange(5, 13), rng.uniform(1.5, 3.2)
            ellipse(g, x, y, r, r * 0.8, rng.choice(("stone", "stone_light", "dirt")))
        shade(g)
    elif kind == "debris":
        for _ in range(9):
            x, y = rng.randrange(1, 14), rng.randrange(1, 14)
            rect(g, x, y, rng.randrange(1, 3), 1, rng.choice(("stone_light", "stone", "bronze",
                                                            "brown")))
        return g
    return outline(g)


def laundry(colours: tuple[str, ...], end: str) -> Grid:
    g = canvas(T, T)
    for x in range(T):
        put(g, x, 3 + round(math.sin(math.pi * x / T)), "brown_dark")
    if end:
        px = 1 if end == "l" else 13
        rect(g, px, 1, 2, 14, "brown")
        rect(g, px, 1, 1, 14, "bronze")
    else:
        for i, c in enumerate(colours):
            x = 1 + i * 6
            rect(g, x, 4, 5, 7 - i * 2 + 2, c)
            rect(g, x, 4, 1, 7 - i * 2 + 2, light(c))
            put(g, x + 1, 4, "brown_dark")
            put(g, x + 3, 4, "brown_dark")
    return outline(g)


def lean_to(colour: str) -> Grid:
    hi, mid, lo = TARPS[colour]
    g = canvas(32, 32)
    polygon(g, [(2, 3), (30, 2), (29, 22), (3, 23)],
            lambda x, y: hi if y < 8 else mid if (x // 3) % 3 else lo)
    for x in (3, 28):
        rect(g, x, 22, 2, 8, "brown")
    rect(g, 3, 23, 26, 2, "shadow")
    return outline(g)


def build(root: Path) -> list[Path]:
    s = Sheet("slums")
    for i in range(3):
        s.add(f"dirt_{i + 1}", dirt_tex(50 + i))
    s.add("dirt_ruts_h", ruts(False, 50))
    s.add("dirt_ruts_v", ruts(True, 51))
    s.add("puddle_small", puddle(52, False))
    s.add("puddle_big", puddle(50, True))
    s.add("debris", small("debris", 3))
    s.add("rubble", small("rubble", 4), solid=True)
    s.add("rubble_2", small("rubble", 9), solid=True)
    s.add("barrel", small("barrel", 0), solid=True)
    s.add("barrel_water", small("barrel", 1), solid=True)
    s.add("crate_aid", crate("crest"), solid=True)
    s.add("crate_aid_open", crate("open"), solid=True)
    s.add("laundry_pole_l", laundry((), "l"), solid=True)
    s.add("laundry_line", laundry(("red", "sky", "gold"), ""))
    s.add("laundry_line_2", laundry(("mauve", "white", "blue_light"), ""))
    s.add("laundry_pole_r", laundry((), "r"), solid=True)
    # the fire and its stand are both solid: no one walks through the flames
    s.add_anim_block("brazier", [brazier(f) for f in range(4)], 120,
                     solid=lambda c, r: True, light={(0, 0): "48,orange"})
    s.newrow()
    walls = lambda w, h, dx: (lambda c, r: not (r == h - 1 and c == dx) and  # noqa: E731
                              (r in (0, h - 1) or c in (0, w - 1)))
    s.add_block("shack_open", shack(4, 3, 1, None, 60), walls(4, 3, 1))
    s.add_block("shack_open_2", shack(3, 3, 1, None, 61), walls(3, 3, 1))
    for i, tarp in enumerate(("blue", "red", "gold")):
        s.add_block(f"shack_tarp_{tarp}", shack(3, 3, 1, tarp, 62 + i), lambda c, r: True)
    s.add_block("oscar_home", shack(4, 3, 1, "violet", 70, good=True),
                lambda c, r: not (r == 2 and c == 1))
    for tarp in ("blue", "red"):
        s.add_block(f"tarp_lean_to_{tarp}", lean_to(tarp), lambda c, r: r == 1)
    s.add_block("temple", temple(), lambda c, r: r < 4 or (r == 4 and c not in (2, 3)))
    s.add_anim_block("scanner_arch", [scanner(f) for f in range(4)], 150,
                     solid=lambda c, r: c != 1, light={(1, 0): "32,red"})
    s.add_block("guard_booth", booth(), lambda c, r: True, {(1, 1): "24,glow"})
    s.add_block("gate_closed", gate(False), lambda c, r: r == 1)
    s.add_block("gate_open", gate(True), lambda c, r: r == 1 and c != 1)
    s.add_block("pod_pad", pod_pad())
    slums_extra.add_all(s)
    return [*s.save(root), slums_extra.save_overlay(root)]
