"""Shared drawing helpers for the art generators.

Art is written as palette-indexed text grids (one character per pixel, looked up
in a key that maps characters to palette names) plus a few procedural helpers.
All randomness goes through a seeded `random.Random`, so output is reproducible.
"""

from __future__ import annotations

import math
import random
from collections.abc import Iterable, Mapping
from pathlib import Path

import pygame

from tools.art.palette import PALETTE, rgba

Key = Mapping[str, str | None]

#: The letters the interface and flight sheets' text grids share (one a palette name).
SHEET_KEY: Key = {
    "k": "ink", "s": "shadow", "v": "violet_dark", "V": "violet", "m": "mauve",
    "n": "navy", "d": "blue_dark", "B": "blue", "l": "blue_light", "c": "sky",
    "r": "red", "R": "red_light", "x": "red_dark", "e": "ember", "o": "orange",
    "g": "gold", "p": "pale_gold", "b": "bronze", "w": "white", "z": "brown",
    "t": "stone", "T": "stone_light", "a": "marble", "q": "stone_dark",
}


def new_surface(width: int, height: int) -> pygame.Surface:
    """A fully transparent RGBA surface."""
    surf = pygame.Surface((width, height), pygame.SRCALPHA, 32)
    surf.fill((0, 0, 0, 0))
    return surf


def paint_grid(
    target: pygame.Surface, x: int, y: int, rows: Iterable[str], key: Key
) -> None:
    """Paint a text grid at (x, y). Characters missing from `key`, or mapped to
    None, and the characters ' ' and '.' are transparent (left untouched)."""
    for dy, row in enumerate(rows):
        for dx, ch in enumerate(row):
            name = key.get(ch)
            if ch in " ." or name is None:
                continue
            target.set_at((x + dx, y + dy), rgba(name))


def grid_surface(rows: list[str], key: Key) -> pygame.Surface:
    """A new surface exactly the size of the grid."""
    width = max(len(r) for r in rows)
    surf = new_surface(width, len(rows))
    paint_grid(surf, 0, 0, rows, key)
    return surf


def put(target: pygame.Surface, x: int, y: int, name: str, alpha: int = 255) -> None:
    """One pixel of palette colour `name`; a pixel off the surface is skipped, so a
    shape may run past the edge."""
    if 0 <= x < target.get_width() and 0 <= y < target.get_height():
        target.set_at((x, y), rgba(name, alpha))


def hex_nearest(x: int, y: int, dx: float, dy: float, squash: float = 1.0
                ) -> tuple[float, float]:
    """The distances from pixel (x, y) to the two nearest cell centres of a hex mesh
    (columns `dx` apart, rows `dy`, odd rows shifted half a cell; `squash` stretches
    the rows): where the two are nearly equal the pixel lies on a cell edge."""
    near = []
    j0 = round(y / dy)
    for j in (j0 - 1, j0, j0 + 1):
        off = (j % 2) * dx / 2
        i0 = round((x - off) / dx)
        for i in (i0 - 1, i0, i0 + 1):
            near.append(math.hypot(x + 0.5 - i * dx - off, (y + 0.5 - j * dy) * squash))
    near.sort()
    return near[0], near[1]


def fill(target: pygame.Surface, rect: tuple[int, int, int, int], name: str) -> None:
    target.fill(rgba(name), pygame.Rect(rect))


def speckle(
    target: pygame.Surface,
    rect: tuple[int, int, int, int],
    names: list[str],
    density: float,
    rng: random.Random,
) -> None:
    """Scatter single pixels of the given colours over `rect` (noise for dirt, grass)."""
    x0, y0, w, h = rect
    for yy in range(y0, y0 + h):
        for xx in range(x0, x0 + w):
            if rng.random() < density:
                target.set_at((xx, yy), rgba(rng.choice(names)))


def dither(
    target: pygame.Surface,
    rect: tuple[int, int, int, int],
    name_a: str,
    name_b: str,
    level: int,
) -> None:
    """Ordered (Bayer 4x4) dither between two colours; `level` 0..16 is b's share."""
    bayer = (0, 8, 2, 10, 12, 4, 14, 6, 3, 11, 1, 9, 15, 7, 13, 5)
    x0, y0, w, h = rect
    for yy in range(y0, y0 + h):
        for xx in range(x0, x0 + w):
            use_b = bayer[(yy % 4) * 4 + (xx % 4)] < level
            target.set_at((xx, yy), rgba(name_b if use_b else name_a))


def outline(target: pygame.Surface, name: str = "ink") -> pygame.Surface:
    """Return a copy with a 1 px outline of `name` around every opaque pixel."""
    w, h = target.get_size()
    out = target.copy()
    colour = rgba(name)
    for yy in range(h):
        for xx in range(w):
            if target.get_at((xx, yy)).a:
                continue
            for nx, ny in ((xx - 1, yy), (xx + 1, yy), (xx, yy - 1), (xx, yy + 1)):
                if 0 <= nx < w and 0 <= ny < h and target.get_at((nx, ny)).a:
                    out.set_at((xx, yy), colour)
                    break
    return out


def recolour(source: pygame.Surface, mapping: Mapping[str, str]) -> pygame.Surface:
    """Palette swap: replace palette colour names by others (for crowds)."""
    out = source.copy()
    lookup = {PALETTE[a]: rgba(b) for a, b in mapping.items()}
    w, h = source.get_size()
    for yy in range(h):
        for xx in range(w):
            c = source.get_at((xx, yy))
            if c.a and (c.r, c.g, c.b) in lookup:
                out.set_at((xx, yy), lookup[(c.r, c.g, c.b)])
    return out


def save_png(surface: pygame.Surface, path: Path) -> Path:
    """Write a PNG, creating parent folders; returns the path."""
    path.parent.mkdir(parents=True, exist_ok=True)
    pygame.image.save(surface, str(path))
    return path
