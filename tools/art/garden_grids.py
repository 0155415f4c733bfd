"""Seamless textures for the garden tileset: grass, flagstones, gravel, lake water,
hedge leaves. Each returns a function (x, y) -> palette name that wraps every 16 px."""

from __future__ import annotations

import random

from tools.art.outdoor_kit import T, canvas, dark, light, seamless_noise


def grass_tex(seed: int, tufts: int = 9, pal=("green_dark", "green", "green_light", "leaf")):
    d, b, m, hi = pal
    rng = random.Random(seed)
    n = seamless_noise(seed, 2)
    g = [[m if n(x, y) > 0.72 or (n(x, y) > 0.6 and (x + y) % 2) else b for x in range(T)]
         for y in range(T)]
    for _ in range(22):
        g[rng.randrange(T)][rng.randrange(T)] = d if rng.random() < 0.6 else m
    for _ in range(tufts):
        x, y = rng.randrange(T), rng.randrange(T)
        for dx, dy, c in ((0, 0, hi), (-1, 1, m), (1, 1, m), (0, 1, d), (-1, 2, d), (1, 2, d)):
            g[(y + dy) % T][(x + dx) % T] = c
    return lambda x, y: g[y % T][x % T]


def cobble_tex(seed: int, bands=((0, 5, (6, 15)), (6, 5, (3, 11)), (12, 3, (0, 8)))):
    """Flagstones in running bond: bands of (top, height, mortar columns), wrapping."""
    rng = random.Random(seed)
    ids = [[-1] * T for _ in range(T)]
    for b, (y0, h, cuts) in enumerate(bands):
        for y in range(y0, y0 + h):
            for x in range(T):
                if x not in cuts:
                    ids[y][x] = b * 8 + sum(1 for c in cuts if c < x) % len(cuts)
    tone = {i: rng.choice(("stone_light", "marble", "stone_light")) for i in range(32)}

    def gap(x: int, y: int) -> bool:
        return ids[y % T][x % T] < 0

    g = canvas(T, T)
    for y in range(T):
        for x in range(T):
            if gap(x, y) or ((gap(x - 1, y) or gap(x + 1, y)) and (gap(x, y - 1) or
                                                                    gap(x, y + 1))):
                g[y][x] = "stone" if rng.random() < 0.85 else "green"
                continue
            c = tone[ids[y][x]]
            if gap(x, y - 1) or gap(x - 1, y):
                c = light(c)
            elif gap(x, y + 1) or gap(x + 1, y) or rng.random() < 0.07:
                c = dark(c)
            g[y][x] = c
    return lambda x, y: g[y % T][x % T]


def gravel_tex(seed: int):
    rng = random.Random(seed)
    g = [[rng.choice(("sand", "sand", "sand", "dirt", "pale_gold", "stone_light"))
          for _ in range(T)] for _ in range(T)]
    for _ in range(10):
        x, y = rng.randrange(T), rng.randrange(T)
        g[y][x], g[(y + 1) % T][(x + 1) % T] = "pale_gold", "dirt"
    return lambda x, y: g[y % T][x % T]


def water_tex(frame: int):
    """Ripples: light crests over dark troughs that drift 4 px a frame (wrapping)."""
    rng = random.Random(78)
    g = [["blue"] * T for _ in range(T)]
    for i in range(6):
        x, y, ln = rng.randrange(T), (i * 5 + rng.randrange(2)) % T, rng.choice((3, 4, 5, 6))
        sx = x + frame * (4 if i % 2 else -4)
        for k in range(ln):
            g[y][(sx + k) % T] = "blue_dark"
            g[(y - 1) % T][(sx + k + 1) % T] = "sky" if 0 < k < ln - 2 else "blue_light"
    for i in range(2):
        x, y = (3 + i * 8 + frame * 4) % T, (3 + i * 7) % T
        g[y][x] = ("glow", "mauve", "red_light", "violet_light")[(frame + i) % 4]
    return lambda x, y: g[y % T][x % T]


def _hedge_grid() -> list[list[str]]:
    """Leaf clumps on a jittered 4 px lattice, each lit from the upper left."""
    rng = random.Random(31)
    g = [["green_dark"] * T for _ in range(T)]
    for cy in range(0, T, 4):
        for cx in range(0, T, 4):
            ox, oy = cx + (2 if (cy // 4) % 2 else 0) + rng.randrange(-1, 2), cy + rng.randrange(2)
            for dx, dy, c in ((0, 0, "green"), (1, 0, "green_light"), (2, 0, "green"),
                              (-1, 1, "green"), (0, 1, "leaf"), (1, 1, "green_light"),
                              (2, 1, "green"), (3, 1, "green_dark"), (0, 2, "green"),
                              (1, 2, "green"), (2, 2, "green_dark"), (1, 3, "green_dark")):
                g[(oy + dy) % T][(ox + dx) % T] = c
    return g


_HEDGE = _hedge_grid()


def hedge_tex(x: int, y: int) -> str:
    return _HEDGE[y % T][x % T]


def hedge_front(x: int, y: int, d: int) -> str:
    if d == 1:
        return "shadow"
    if d == 2:
        return "green_dark"
    return "green" if (x + y // 2) % 3 == 0 else "green_dark"
