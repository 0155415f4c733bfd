"""Contest effects: presence auras, the duel's white hit spark and dust, the arena.

The aura is drawn white so the game tints it per character (Kara's blue, the
Queen's red); four frames of a ring whose bright arcs travel round, so it
shimmers. Hits are never blood: a white star-burst and a puff of sand.
"""

from __future__ import annotations

import math
import random
from pathlib import Path

import pygame

from tools.art.palette import rgba
from tools.art.pixels import dither, fill, new_surface, save_png, speckle

AURA = 64  # frame size; the game scales it with the wave
AURA_FRAMES = 4


def aura() -> pygame.Surface:
    surf = new_surface(AURA * AURA_FRAMES, AURA)
    c = (AURA - 1) / 2
    for f in range(AURA_FRAMES):
        for y in range(AURA):
            for x in range(AURA):
                d = math.hypot(x - c, y - c)
                if not 24 <= d <= 31:
                    continue
                angle = math.atan2(y - c, x - c) + f * math.pi / 8
                bright = 0.5 + 0.5 * math.sin(angle * 6)
                core = 1.0 - abs(d - 28) / 4
                alpha = int(max(0.0, core) * (90 + 165 * bright))
                if alpha > 20:
                    alpha = (alpha // 40) * 40 + 20  # stepped, like the glow
                    surf.set_at((f * AURA + x, y), rgba("white", min(255, alpha)))
    return surf


def spark() -> pygame.Surface:
    """Three frames of a white star-burst, 32 px: big, smaller, fading."""
    surf = new_surface(96, 32)
    for f, (length, alpha) in enumerate(((15, 255), (11, 200), (7, 120))):
        cx = f * 32 + 16
        for k in range(8):
            a = k * math.pi / 4
            ln = length if k % 2 == 0 else length // 2
            end = (round(cx + math.cos(a) * ln), round(16 + math.sin(a) * ln))
            pygame.draw.line(surf, rgba("white", alpha), (cx, 16), end, 2 if k % 2 == 0 else 1)
        pygame.draw.circle(surf, rgba("white", alpha), (cx, 16), max(2, length // 4))
    return surf


def dust() -> pygame.Surface:
    """Four frames of a sand puff spreading and thinning, 32x16."""
    surf = new_surface(128, 16)
    rng = random.Random(11)
    for f in range(4):
        for _ in range(40 - f * 8):
            a = rng.uniform(math.pi, 2 * math.pi)
            r = rng.uniform(2, 6 + f * 3)
            x = round(f * 32 + 16 + math.cos(a) * r * 1.6)
            y = round(14 + math.sin(a) * r * 0.6)
            if f * 32 <= x < f * 32 + 32 and 0 <= y < 16:
                surf.set_at((x, y), rgba(rng.choice(("sand", "pale_gold", "marble")),
                                         220 - f * 45))
    return surf


def arena() -> pygame.Surface:
    """The arena at 480x270: tiers of nobles in the dark, lights, a sand floor."""
    surf = new_surface(480, 270)
    fill(surf, (0, 0, 480, 270), "navy")
    rng = random.Random(7)
    for tier in range(5):  # the tiers, each a step of stone with heads on it
        y = 28 + tier * 22
        fill(surf, (0, y + 14, 480, 8), "stone_dark" if tier % 2 else "violet_dark")
        fill(surf, (0, y + 14, 480, 1), "stone")
        for x in range(4 + (tier % 2) * 5, 480, 10):
            if rng.random() < 0.85:
                robe = rng.choice(("red_dark", "blue_dark", "violet", "bronze", "stone"))
                fill(surf, (x, y + 8, 6, 6), robe)
                pygame.draw.circle(surf, rgba(rng.choice(("skin", "skin_mid", "skin_dark",
                                                           "skin_light"))), (x + 3, y + 6), 2)
    fill(surf, (0, 140, 480, 10), "stone_dark")
    fill(surf, (0, 140, 480, 2), "gold")
    fill(surf, (0, 150, 480, 120), "sand")
    dither(surf, (0, 150, 480, 30), "dirt", "sand", 9)
    speckle(surf, (0, 180, 480, 90), ["dirt", "pale_gold", "bronze"], 0.03, rng)
    for lx in (60, 240, 420):  # three glaring lights and their pools on the sand
        pygame.draw.circle(surf, rgba("glow"), (lx, 14), 6)
        pygame.draw.circle(surf, rgba("white"), (lx, 14), 3)
        pool = new_surface(200, 60)
        pygame.draw.ellipse(pool, rgba("white", 36), (0, 0, 200, 60))
        pygame.draw.ellipse(pool, rgba("white", 30), (40, 12, 120, 36))
        surf.blit(pool, (lx - 100, 196))
    return surf


def build(root: Path) -> list[Path]:
    return [
        save_png(aura(), root / "fx" / "aura.png"),
        save_png(spark(), root / "fx" / "duel_spark.png"),
        save_png(dust(), root / "fx" / "duel_dust.png"),
        save_png(arena(), root / "fx" / "duel_arena.png"),
    ]
