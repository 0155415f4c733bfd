"""Stealth art: a guard's soft-edged sight cone (calm and alert) and the
suspicion eye beside the meter.

The cone is a texture pointing right from its centre (the guard's eye); the
game rotates it to the guard's facing and cuts it where walls stop the rays,
so the soft edges (fading with distance and towards the sides) come from here.
Alpha is stepped in a few levels to stay in the pixel-art look.
"""

from __future__ import annotations

import math
from pathlib import Path

import pygame

from tools.art.palette import rgba
from tools.art.pixels import new_surface, paint_grid, save_png

REACH = 88  # matches game.world.stealth.SightRules.reach
HALF_ANGLE = math.radians(32)
LEVELS = 6

EYE_KEY = {"k": "ink", "w": "white", "p": "pale_gold", "r": "red", "b": "blue_dark",
           "g": "gold"}
EYE_FRAMES = (
    # closed: unnoticed
    ["................",
     "................",
     "................",
     "................",
     "..kkk......kkk..",
     "....kkkkkkkk....",
     "......gggg......",
     "................",
     "................",
     "................"],
    # half open: a guard wonders
    ["................",
     "................",
     "................",
     "....kkkkkkkk....",
     "..kkwwwbbwwwkk..",
     "..kpwwbbbbwwpk..",
     "....kkkkkkkk....",
     "................",
     "................",
     "................"],
    # wide open: seen
    ["................",
     "....kkkkkkkk....",
     "..kkwwwwwwwwkk..",
     ".kwwwwrrrrwwwwk.",
     "kwwwwrrkkrrwwwwk",
     "kwwwwrrkkrrwwwwk",
     ".kwwwwrrrrwwwwk.",
     "..kkwwwwwwwwkk..",
     "....kkkkkkkk....",
     "................"],
)


def cone(colour: str, peak: int) -> pygame.Surface:
    """A 2R x 2R cone texture, eye at the centre, looking along +x."""
    size = REACH * 2
    surface = new_surface(size, size)
    r, g, b, _ = rgba(colour)
    for y in range(size):
        for x in range(size):
            dx, dy = x + 0.5 - REACH, y + 0.5 - REACH
            distance = math.hypot(dx, dy)
            if distance > REACH or dx <= 0:
                continue
            off = abs(math.atan2(dy, dx)) / HALF_ANGLE
            if off > 1:
                continue
            along = 1.0 - (distance / REACH) ** 2  # fades towards the far end
            side = min(1.0, (1.0 - off) * 3.0)  # soft sides
            level = math.ceil(along * side * LEVELS) / LEVELS
            if level > 0:
                surface.set_at((x, y), (r, g, b, round(peak * level)))
    return surface


def eye_strip() -> pygame.Surface:
    """Three 16x10 frames side by side: closed, wondering, seen."""
    strip = new_surface(16 * len(EYE_FRAMES), 10)
    for i, rows in enumerate(EYE_FRAMES):
        frame = new_surface(16, 10)
        paint_grid(frame, 0, 0, rows, EYE_KEY)
        strip.blit(frame, (i * 16, 0))
    return strip


def build(root: Path) -> list[Path]:
    return [
        save_png(cone("pale_gold", 120), root / "fx" / "sight_cone.png"),
        save_png(cone("red_light", 150), root / "fx" / "sight_cone_alert.png"),
        save_png(eye_strip(), root / "ui" / "suspicion_eye.png"),
    ]
