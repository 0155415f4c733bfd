"""Interface art: nine-slice frames, cursor, prompt, icons, and (drawn by
`tools.art.ui_title`) the title logo and backdrops. See assets/ui/README.txt for the layout
of each file (written by this module)."""

from __future__ import annotations

import math
from pathlib import Path

import pygame

from tools.art import ui_title
from tools.art.palette import rgba
from tools.art.pixels import (
    SHEET_KEY,
    dither,
    fill,
    grid_surface,
    new_surface,
    paint_grid,
    put,
    save_png,
)

SUN_ORNAMENT = [
    "..kkk..",
    ".kReRk.",
    "kRepeRk",
    "kReeeRk",
    "kRRRrrk",
    ".krrrk.",
    "..kkk..",
]


def frame(size: int, corner: int, bands: list[str], body: list[str], alpha: int,
          ornament: bool) -> pygame.Surface:
    """A bordered square: `bands` are the border colours from the outside in
    (top/left side; bottom/right use the darker variants), then the body."""
    surf = new_surface(size, size)
    dark = {"pale_gold": "gold", "gold": "bronze", "bronze": "brown"}
    for y in range(size):
        for x in range(size):
            d = min(x, y, size - 1 - x, size - 1 - y)
            lit = min(x, y) <= min(size - 1 - x, size - 1 - y)
            if d < len(bands):
                name = bands[d] if lit else dark.get(bands[d], bands[d])
                put(surf, x, y, name)
            else:
                put(surf, x, y, body[0] if d > len(bands) else body[1], alpha)
    for cx, cy in ((0, 0), (size - 1, 0), (0, size - 1), (size - 1, size - 1)):
        surf.set_at((cx, cy), (0, 0, 0, 0))
    if ornament:
        off = size - 7
        for ox, oy in ((0, 0), (off, 0), (0, off), (off, off)):
            paint_grid(surf, ox, oy, SUN_ORNAMENT, SHEET_KEY)
    del corner
    return surf


def cursor() -> pygame.Surface:
    return grid_surface([
        "kk......",
        "kpkk....",
        "kppgkk..",
        "kpgggbk.",
        "kggbbbk.",
        "kgbbkk..",
        "kbkk....",
        "kk......",
    ], SHEET_KEY)


def prompt() -> pygame.Surface:
    arrow = ["kkkkkkk", "kpggggk", ".kggbk.", "..kbk..", "...k..."]
    surf = new_surface(32, 8)
    for i, dy in enumerate((0, 1, 2, 1)):
        paint_grid(surf, i * 8, 1 + dy, arrow, SHEET_KEY)
    return surf


ICONS = [
    # journal: a red book with gold clasp
    ["................", "...kkkkkkkkkk...", "..kRrrrrrrrrrk..", "..kRrrgggrrrak..",
     "..kRrrgrrrrrak..", "..kRrrgggrrrak..", "..kRrrrrrrrrak..", "..kRrrrrrrrrak..",
     "..kRrrrrrrrrak..", "..kRrrrrrrrrak..", "..kRrrrrrrrrak..", "..kxxxxxxxxxak..",
     "..kxkaaaaaaaak..", "...kkkkkkkkkk...", "................", "................"],
    # save: a blue data crystal on a gold mount
    ["................", ".......kk.......", "......kcwk......", ".....kclcBk.....",
     "....kclcBBdk....", "....kclcBBdk....", "....kcllBBdk....", "....kclBBddk....",
     ".....kcBBdk.....", "......kBdk......", "....kkkkkkkk....", "...kpggggggbk...",
     "...kgbbbbbbzk...", "....kkkkkkkk....", "................", "................"],
]


def _gear(surf: pygame.Surface, ox: int) -> None:
    """A gold gear: 8 teeth, lit from the upper left, ink outlined."""
    body = new_surface(16, 16)
    for y in range(16):
        for x in range(16):
            dx, dy = x - 7.5, y - 7.5
            r = math.hypot(dx, dy)
            ang = math.atan2(dy, dx)
            tooth = math.cos(ang * 8) > 0.25
            if 2.2 < r < (6.6 if tooth else 5.0):
                light = -(dx + dy) / max(r, 0.1)
                name = "pale_gold" if light > 0.6 else "gold" if light > -0.3 else "bronze"
                if r < 3.3:
                    name = "bronze" if light > 0 else "pale_gold"
                body.set_at((x, y), rgba(name))
    inked = new_surface(16, 16)
    for y in range(16):
        for x in range(16):
            if body.get_at((x, y)).a:
                inked.set_at((x, y), body.get_at((x, y)))
            elif any(0 <= x + a < 16 and 0 <= y + b < 16 and body.get_at((x + a, y + b)).a
                     for a, b in ((1, 0), (-1, 0), (0, 1), (0, -1))):
                inked.set_at((x, y), rgba("ink"))
    surf.blit(inked, (ox, 0))


def icons() -> pygame.Surface:
    surf = new_surface(16 * (len(ICONS) + 1), 16)
    for i, rows in enumerate(ICONS):
        paint_grid(surf, i * 16, 0, [r.ljust(16, ".")[:16] for r in rows], SHEET_KEY)
    _gear(surf, 16 * len(ICONS))
    return surf


def bar_frame() -> pygame.Surface:
    """3-part horizontal bar frame 16x8: 4 px caps, 8 px stretchable middle,
    transparent inner area x 3..12, y 2..5 for the engine's fill."""
    return grid_surface([
        ".kkkkkkkkkkkkkk.",
        "kpgggggggggggggk",
        "kgkkkkkkkkkkkkbk",
        "kgk..........kbk",
        "kgk..........kbk",
        "kgkkkkkkkkkkkkbk",
        "kbbbbbbbbbbbbbzk",
        ".kkkkkkkkkkkkkk.",
    ], SHEET_KEY)


def slot_empty() -> pygame.Surface:
    surf = new_surface(64, 36)
    fill(surf, (0, 0, 64, 36), "ink")
    dither(surf, (1, 1, 62, 34), "navy", "shadow", 6)
    fill(surf, (1, 1, 62, 1), "blue_dark")
    fill(surf, (1, 1, 1, 34), "blue_dark")
    cx, cy = 32, 18
    for y in range(36):
        for x in range(64):
            r = math.hypot(x - cx, y - cy)
            ray = int(math.degrees(math.atan2(y - cy, x - cx)) + 360) % 45 < 12
            if 6.5 <= r < 8 or r < 4.5 or (8 <= r < 12 and ray):
                put(surf, x, y, "violet_dark")
    return surf


README = """UI sheets (generated by tools/art/ui.py, CC0)
dialogue_frame.png, panel.png: 24x24 nine-slice, 8 px corners.
namebox.png: 12x12 nine-slice, 4 px corners.
cursor.png: 8x8, points right. prompt.png: 4 frames of 8x8 (bobbing arrow), play 0-1-2-3.
icons.png: 16x16 icons in this order: journal, save, settings.
bar_frame.png: 16x8 three-part bar: 4 px caps, middle x 4..11 stretches; fill area x 3..12, y 2..5.
slot_empty.png: 64x36 save-slot thumbnail placeholder.
logo.png: the title logo (300x84).
title_backdrop_sky.png (480x270), title_backdrop_city.png (640x270, transparent sky),
title_backdrop_front.png (480x270, transparent above the railing): back to front.
"""


def build(root: Path) -> list[Path]:
    ui = root / "ui"
    gold = ["ink", "pale_gold", "gold", "bronze", "ink"]
    items = {
        "dialogue_frame.png": frame(24, 8, [*gold, "blue_dark"], ["navy", "blue_dark"], 235, True),
        "panel.png": frame(24, 8, [*gold, "violet"], ["violet_dark", "shadow"], 235, True),
        "namebox.png": frame(12, 4, ["ink", "gold", "ink"], ["red_dark", "blood"], 245, False),
        "cursor.png": cursor(),
        "prompt.png": prompt(),
        "icons.png": icons(),
        "bar_frame.png": bar_frame(),
        "slot_empty.png": slot_empty(),
        "logo.png": ui_title.logo(),
        "title_backdrop_sky.png": ui_title.sky(),
        "title_backdrop_city.png": ui_title.city(),
        "title_backdrop_front.png": ui_title.front(),
    }
    out = [save_png(s, ui / n) for n, s in items.items()]
    (ui / "README.txt").write_text(README, encoding="utf-8")
    out.append(ui / "README.txt")
    return out
