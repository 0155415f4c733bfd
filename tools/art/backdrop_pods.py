"""Air traffic over the tower city seen from the balcony: lanes of different craft.

Each lane is a strip the balcony map scrolls sideways (image layer `drift`), far
lanes slow and westbound, near lanes faster and eastbound, so the pods travel and
differ from shot to shot instead of hanging in fixed rows.
"""

from __future__ import annotations

import random

import pygame

from tools.art.palette import rgba
from tools.art.pixels import new_surface

W = 480


def px(s: pygame.Surface, x: int, y: int, c: str, a: int = 255) -> None:
    if 0 <= x < s.get_width() and 0 <= y < s.get_height():
        s.set_at((x, y), rgba(c, a))


POD_DESIGNS = {  # canopy pod, cargo barge, courier skiff: rows of text, one pixel each
    "pod": (["....kkkkkk......", "..kkwwmmmmkk....", ".kwgggmmmmmmkk..",
             "kmmmmmmmmmmmmmk.", ".kssssssssssssk.", "..kkkkkkkkkkkk.."],
            {"k": "ink", "w": "white", "g": "glow", "m": "marble", "s": "stone"}),
    "barge": (["......kkkkkkkk..........", "....kkbbggbbbbkk........",
               "kkkkbbbbbbbbbbbbkkkkkkk.", "kooooooooooooooooooooook",
               "kbbbbbbbbbbbbbbbbbbbbbk.", ".kkddkkkkkkkkkkkddkkkk..", "...kk..........kk......."],
              {"k": "ink", "b": "bronze", "g": "gold", "o": "orange", "d": "brown_dark"}),
    "skiff": (["...kkk......", ".kkrggkk....", "krrrrrrrrkk.", ".kllllllllk.", "..kkkkkkkk.."],
              {"k": "ink", "r": "red", "g": "glow", "l": "red_dark"}),
}


def _pod(s: pygame.Surface, x: int, y: int, design: str, left: bool) -> None:
    rows, key = POD_DESIGNS[design]
    w = max(len(r) for r in rows)
    for dy, row in enumerate(rows):
        for dx, ch in enumerate(row):
            if ch in key:
                px(s, x + (w - 1 - dx if left else dx), y + dy, key[ch])
    mid = y + len(rows) // 2
    tail = x + w if left else x - 1  # the engine glows behind the craft
    step = 1 if left else -1
    for k, c in enumerate(("pale_gold", "gold", "ember")):
        px(s, tail + k * step, mid, c, 255 - k * 60)


def pods(lane: str = "near") -> pygame.Surface:
    """One traffic lane over the city: a 480-wide strip of different craft, spaced
    unevenly. The map scrolls it (`drift`), so the pods travel and wrap around."""
    far = lane == "far"
    s = new_surface(W, 12 if far else 14)
    rng = random.Random(f"pods:{lane}")
    x = rng.randrange(10, 40)
    while x < W - 30:
        design = rng.choice(("skiff", "pod") if far else ("pod", "barge", "skiff", "pod"))
        _pod(s, x, rng.randrange(0, 4) if not far else rng.randrange(0, 6), design, far)
        x += len(POD_DESIGNS[design][0][0]) + rng.randrange(60, 170)
    return s
