"""The victory night's rooms (Act 3): the sparring room's wooden floor, mats, staff
racks and benches; the banquet tables (plain, laid, candle-lit), the Queen's high
seat, a sideboard of goblets, Rann's silver-and-blue banner and a window full of
fireworks. Writes tilesets/feast.png + .tsx; the walls stay the palace's."""

from __future__ import annotations

import random
from pathlib import Path

from tools.art.outdoor_kit import Grid, Sheet, T, canvas, ellipse, outline, put, rect, stamp


def wood_floor(seed: int) -> Grid:
    """Oak boards, 4 px wide, joints staggered; grain from a seeded random."""
    rng = random.Random(seed)
    g = canvas(T, T)
    for x in range(T):
        board = x // 4
        joint = (board * 5 + seed * 3) % T
        for y in range(T):
            c = "brown" if x % 4 else "brown_dark"
            if y == joint and x % 4:
                c = "brown_dark"
            g[y][x] = c
    for _ in range(5):
        x, y = rng.randrange(1, T), rng.randrange(T)
        if x % 4:
            put(g, x, y, "bronze")
    return g


def mat(n: bool, s: bool, w: bool, e: bool) -> Grid:
    """A blue sparring mat; a red edge band where it ends; a faint seam grid."""
    g = canvas(T, T, "blue_dark")
    for y in range(T):
        for x in range(T):
            if (x + y) % 8 == 0:
                g[y][x] = "navy"
    if n:
        rect(g, 0, 0, T, 2, "red")
        rect(g, 0, 0, T, 1, "red_light")
    if s:
        rect(g, 0, T - 2, T, 2, "red_dark")
    if w:
        rect(g, 0, 0, 2, T, "red")
    if e:
        rect(g, T - 2, 0, 2, T, "red_dark")
    return g


def mat_sun() -> Grid:
    """The centre of the mat: the red sun in its ring, worn by feet."""
    g = mat(False, False, False, False)
    ellipse(g, 8, 8, 6.5, 6.5, "gold")
    ellipse(g, 8, 8, 5.5, 5.5, "blue_dark")
    ellipse(g, 8, 8, 3.5, 3.5, "red")
    ellipse(g, 7, 7, 1.5, 1.5, "red_light")
    return g


def staff_rack() -> Grid:
    """A wall rack of practice staves (2 x 2 tiles): the top of the wall to the floor."""
    g = canvas(2 * T, 2 * T)
    rect(g, 2, 4, 28, 3, "bronze")
    rect(g, 2, 4, 28, 1, "gold")
    rect(g, 2, 24, 28, 3, "bronze")
    rect(g, 2, 27, 28, 1, "brown_dark")
    for i, x in enumerate(range(5, 29, 4)):
        top = 1 + (i % 2)
        rect(g, x, top, 2, 29 - top, "brown" if i % 3 else "bronze")
        rect(g, x, top, 1, 29 - top, "gold" if i % 3 == 0 else "bronze")
        rect(g, x, top + 10, 2, 3, "red")
    rect(g, 1, 28, 2, 4, "brown_dark")
    rect(g, 29, 28, 2, 4, "brown_dark")
    return outline(g)


def bench(part: str) -> Grid:
    """A low wooden bench along the wall (left end, middle, right end)."""
    g = canvas(T, T)
    x0 = 2 if part == "l" else 0
    x1 = 14 if part == "r" else T
    rect(g, x0, 5, x1 - x0, 5, "brown")
    rect(g, x0, 5, x1 - x0, 1, "bronze")
    rect(g, x0, 10, x1 - x0, 1, "brown_dark")
    if part in ("l", "r"):
        lx = 3 if part == "l" else 11
        rect(g, lx, 11, 2, 4, "brown_dark")
    if part == "m":
        stamp(g, 5, 3, ["ww.....", "wwww...", ".wwwww."], {"w": "white"})  # a folded towel
    return outline(g)


def table(row: str, part: str, laid: str = "", frame: int = 0) -> Grid:
    """One tile of a long banquet table two tiles deep (row t or b; part l, m or r):
    white cloth over dark wood, a red runner down the middle; laid with a plate and a
    goblet, or a candle that flickers."""
    g = canvas(T, T)
    x0 = 1 if part == "l" else 0
    x1 = 15 if part == "r" else T
    if row == "t":
        rect(g, x0, 3, x1 - x0, 13, "white")
        rect(g, x0, 3, x1 - x0, 1, "marble")
        rect(g, x0, 12, x1 - x0, 4, "red")
        rect(g, x0, 12, x1 - x0, 1, "red_light")
    else:
        rect(g, x0, 0, x1 - x0, 4, "red")
        rect(g, x0, 0, x1 - x0, 11, "white")
        rect(g, x0, 0, x1 - x0, 3, "red")
        rect(g, x0, 0, x1 - x0, 1, "red_dark")
        rect(g, x0, 11, x1 - x0, 2, "marble")
        for x in range(x0 + 1, x1, 3):
            put(g, x, 12, "stone_light")
        rect(g, x0, 13, x1 - x0, 2, "brown_dark")
        if part in ("l", "r"):
            rect(g, 2 if part == "l" else 12, 13, 2, 3, "brown_dark")
    if laid == "plate":
        py = 7 if row == "t" else 6
        ellipse(g, 8, py, 3.5, 2.5, "marble")
        ellipse(g, 8, py, 2, 1.4, "white")
        put(g, 12, py - 1, "stone_light")
        stamp(g, 12, py - 3, ["go", "gg", ".g"], {"g": "gold", "o": "red_dark"})
    if laid == "candle":
        cy = 4 if row == "t" else 1
        rect(g, 6, cy + 3, 4, 2, "gold")
        rect(g, 7, cy, 2, 4, "pale_gold")
        flick = frame % 3
        stamp(g, 7 - (flick == 1), cy - 3 + (flick == 2), [".o", "og", "gy"],
              {"o": "orange", "g": "gold", "y": "pale_gold"})
    if laid == "fruit":
        cy = 6 if row == "t" else 5
        ellipse(g, 8, cy, 4, 2.5, "gold")
        for fx, fy, c in ((6, cy - 1, "red"), (9, cy - 2, "green"), (10, cy, "violet"),
                          (7, cy + 1, "orange")):
            ellipse(g, fx, fy, 1.3, 1.2, c)
    return outline(g)


def high_seat() -> Grid:
    """The Queen's seat at the head of the table (1 x 2): a tall crimson back with a
    gold sun, facing down the table to the right."""
    g = canvas(T, 2 * T)
    rect(g, 3, 1, 10, 24, "gold")
    rect(g, 4, 2, 8, 22, "red_dark")
    ellipse(g, 8, 7, 3, 3, "gold")
    ellipse(g, 8, 7, 2, 2, "red")
    rect(g, 2, 20, 12, 8, "red")
    rect(g, 2, 20, 12, 2, "red_light")
    rect(g, 1, 19, 2, 9, "gold")
    rect(g, 13, 19, 2, 9, "gold")
    rect(g, 3, 28, 2, 3, "bronze")
    rect(g, 11, 28, 2, 3, "bronze")
    return outline(g)


def sideboard(part: str) -> Grid:
    """A sideboard against the wall (l, r) with goblets and a jug."""
    g = canvas(T, T)
    rect(g, 0, 4, T, 10, "brown")
    rect(g, 0, 4, T, 2, "bronze")
    rect(g, 0, 13, T, 1, "brown_dark")
    rect(g, 1 if part == "l" else 0, 8, 15, 1, "brown_dark")
    if part == "l":
        for x in (3, 7, 11):
            stamp(g, x, 0, ["ggg", "grg", ".g.", "ggg"], {"g": "gold", "r": "red_dark"})
    else:
        stamp(g, 4, -1, [".ss.", "sSSs", "sSSs", "sSSs", ".ss."],
              {"s": "stone", "S": "stone_light"})
        stamp(g, 10, 0, ["ggg", "grg", ".g.", "ggg"], {"g": "gold", "r": "red_dark"})
    return outline(g)


def banner_rann(top: bool) -> Grid:
    """Rann's banner: silver cloth, an electric-blue bolt; two tiles tall."""
    g = canvas(T, T)
    if top:
        rect(g, 2, 0, 12, 2, "bronze")
        rect(g, 3, 2, 10, 14, "marble")
        rect(g, 3, 2, 1, 14, "white")
        stamp(g, 6, 5, ["..bb", ".bb.", "bbbb", "..b.", ".b.."],
              {"b": "blue_light"})
    else:
        rect(g, 3, 0, 10, 9, "marble")
        rect(g, 3, 0, 1, 9, "white")
        for x in range(3, 13, 2):
            rect(g, x, 9, 1, 2, "marble")
        rect(g, 3, 7, 10, 1, "blue_light")
    return outline(g, "violet_dark")


def fireworks_window(frame: int) -> Grid:
    """A tall window (1 x 2) on the victory night: a dark sky with bursts that bloom."""
    g = canvas(T, 2 * T, "navy")
    rect(g, 0, 0, T, 2 * T, "gold")
    rect(g, 2, 3, 12, 27, "navy")
    ellipse(g, 8, 4, 6, 3, "navy")
    for x in range(2, 14):
        put(g, x, 27 - (x % 3), "blue_dark")
    bursts = [(5, 9, "gold"), (10, 16, "red_light"), (6, 21, "violet_light")]
    for i, (bx, by, c) in enumerate(bursts):
        r = (frame + i) % 3
        if r:
            for dx, dy in ((-r, 0), (r, 0), (0, -r), (0, r), (-r + 1, -r + 1), (r - 1, r - 1),
                           (r - 1, -r + 1), (-r + 1, r - 1)):
                put(g, bx + dx, by + dy, c)
        put(g, bx, by, "white" if r == 1 else c)
    rect(g, 7, 3, 1, 27, "gold")
    rect(g, 2, 15, 12, 1, "gold")
    return outline(g)


def build(root: Path) -> list[Path]:
    s = Sheet("feast")
    s.add("wood_floor", wood_floor(1))
    s.add("wood_floor_b", wood_floor(2))
    s.add("wood_floor_c", wood_floor(3))
    edges = {"nw": (1, 0, 1, 0), "n": (1, 0, 0, 0), "ne": (1, 0, 0, 1), "w": (0, 0, 1, 0),
             "c": (0, 0, 0, 0), "e": (0, 0, 0, 1), "sw": (0, 1, 1, 0), "s": (0, 1, 0, 0),
             "se": (0, 1, 0, 1)}
    for key, (n, so, w, e) in edges.items():
        s.add(f"mat_{key}", mat(bool(n), bool(so), bool(w), bool(e)))
    s.add("mat_sun", mat_sun())
    for part in ("l", "m", "r"):
        s.add(f"bench_{part}", bench(part), solid=True)
    s.newrow()
    for row in ("t", "b"):
        for part in ("l", "m", "r"):
            s.add(f"table_{row}_{part}", table(row, part), solid=True)
        s.add(f"table_{row}_plate", table(row, "m", "plate"), solid=True)
        s.add(f"table_{row}_fruit", table(row, "m", "fruit"), solid=True)
    for row in ("t", "b"):
        s.add_anim(f"table_{row}_candle", [table(row, "m", "candle", f) for f in range(3)],
                   170, solid=True, light="36,gold")
    s.newrow()
    s.add_block("staff_rack", staff_rack(), lambda c, r: True)
    s.add_block("high_seat", high_seat(), lambda c, r: r == 1,
                names=[["high_seat_top"], ["high_seat_bottom"]])
    s.add("sideboard_l", sideboard("l"), solid=True)
    s.add("sideboard_r", sideboard("r"), solid=True)
    s.add("banner_rann_top", banner_rann(True))
    s.add("banner_rann_bottom", banner_rann(False))
    frames = [fireworks_window(f) for f in range(3)]
    tops = [f[:T] for f in frames]
    bottoms = [f[T:] for f in frames]
    s.add_anim("fireworks_window_top", tops, 260, solid=True, light="24,violet_light")
    s.add_anim("fireworks_window_bottom", bottoms, 260, solid=True)
    return s.save(root)
